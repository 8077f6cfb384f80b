package org.tadaserver.store.account;

import static org.junit.jupiter.api.Assertions.*;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class TokenRepositoryTest extends StoreTestBase {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final TokenRepository tokens = repos.tokens();

  /** Verifies that a token is found by its hash while it is valid. */
  @Test
  void insertAndFind() {
    UserRow user = newUser();
    byte[] hash = newHash();
    TokenRow token = await(tokens.insert(user.uid(), hash, "phone"));
    assertEquals(user.uid(), token.user());
    assertEquals("phone", token.deviceName());
    assertTrue(token.isActive());
    assertNull(token.lastUsed());
    assertEquals(Optional.of(token), await(tokens.findActiveByHash(hash.clone())));
    assertEquals(Optional.empty(), await(tokens.findActiveByHash(newHash())));
    assertEquals(Optional.empty(), await(tokens.findActiveByHash(new byte[3])));
    assertEquals(Optional.empty(), await(tokens.findActiveByHash(null)));
  }

  /** Verifies that a hash is unique, must be 32 bytes and must belong to an existing user. */
  @Test
  void insertFailures() {
    UserRow user = newUser();
    byte[] hash = newHash();
    await(tokens.insert(user.uid(), hash, null));
    assertConflict(tokens.insert(newUser().uid(), hash, "other"), TokenRepository.HASH_TAKEN);
    failure(tokens.insert(user.uid(), new byte[31], "short"), StoreException.Invalid.class);
    failure(tokens.insert(user.uid(), null, "none"), StoreException.Invalid.class);
    failure(tokens.insert(UUID.randomUUID(), newHash(), "ghost"), StoreException.NotFound.class);
  }

  /** Verifies that a revoked token is no longer found, and revoking is idempotent. */
  @Test
  void revoke() {
    UserRow user = newUser();
    byte[] hash = newHash();
    TokenRow token = await(tokens.insert(user.uid(), hash, "web"));
    await(tokens.revoke(token.id()));
    assertEquals(Optional.empty(), await(tokens.findActiveByHash(hash)));
    await(tokens.revoke(token.id()));
    failure(tokens.revoke(UUID.randomUUID()), StoreException.NotFound.class);
  }

  /** Verifies that revoking all of a user's tokens leaves other users' tokens alone. */
  @Test
  void revokeAllForUser() {
    UserRow user = newUser();
    UserRow other = newUser();
    byte[] a = newHash();
    byte[] b = newHash();
    byte[] c = newHash();
    await(tokens.insert(user.uid(), a, "a"));
    await(tokens.insert(user.uid(), b, "b"));
    await(tokens.insert(other.uid(), c, "c"));
    assertEquals(2, await(tokens.listActiveForUser(user.uid())).size());
    assertEquals(2, await(tokens.revokeAllForUser(user.uid())));
    assertEquals(0, await(tokens.revokeAllForUser(user.uid())));
    assertEquals(List.of(), await(tokens.listActiveForUser(user.uid())));
    assertTrue(await(tokens.findActiveByHash(c)).isPresent());
  }

  /** Verifies that touch records the last use. */
  @Test
  void touch() {
    TokenRow token = await(tokens.insert(newUser().uid(), newHash(), "cli"));
    await(tokens.touch(token.id()));
    TokenRow used = await(tokens.listActiveForUser(token.user())).get(0);
    assertNotNull(used.lastUsed());
    assertFalse(used.lastUsed().isBefore(used.created()));
    failure(tokens.touch(UUID.randomUUID()), StoreException.NotFound.class);
  }

  /** A SHA-256 of 256 fresh random bits, as the directory makes them. */
  private static byte[] newHash() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    try {
      return MessageDigest.getInstance("SHA-256").digest(token);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
