package org.tadaserver.store.account;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class PasswordRepositoryTest extends StoreTestBase {
  private static final String ARGON = "$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
  private static final String BCRYPT = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
  private final PasswordRepository passwords = repos.passwords();

  /** Verifies that a hash is stored, replaced and read back, and that an account without one has none. */
  @Test
  void setFindReplace() {
    UserRow user = newUser();
    assertEquals(Optional.empty(), await(passwords.find(user.uid())));
    await(passwords.set(user.uid(), ARGON));
    assertEquals(Optional.of(ARGON), await(passwords.find(user.uid())));
    await(passwords.set(user.uid(), BCRYPT));
    assertEquals(Optional.of(BCRYPT), await(passwords.find(user.uid())));
  }

  /** Verifies that a plain password or junk is never stored. */
  @Test
  void refusesWhatIsNotAHash() {
    UserRow user = newUser();
    failure(passwords.set(user.uid(), "correct horse battery staple"), StoreException.Invalid.class);
    failure(passwords.set(user.uid(), "$short$"), StoreException.Invalid.class);
    failure(passwords.set(user.uid(), null), StoreException.Invalid.class);
    assertEquals(Optional.empty(), await(passwords.find(user.uid())));
  }

  /** Verifies that a hash for an unknown account is refused. */
  @Test
  void unknownUser() {
    failure(passwords.set(UUID.randomUUID(), ARGON), StoreException.NotFound.class);
  }

  /** Verifies that delete removes the hash and reports whether there was one. */
  @Test
  void delete() {
    UserRow user = newUser();
    await(passwords.set(user.uid(), ARGON));
    assertTrue(await(passwords.delete(user.uid())));
    assertFalse(await(passwords.delete(user.uid())));
    assertEquals(Optional.empty(), await(passwords.find(user.uid())));
  }
}
