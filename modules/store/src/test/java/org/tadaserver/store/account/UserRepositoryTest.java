package org.tadaserver.store.account;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class UserRepositoryTest extends StoreTestBase {
  private final UserRepository users = repos.users();

  /** Verifies that an inserted account reads back with every field, blanks normalized. */
  @Test
  void insertAndGet() {
    UUID uid = UUID.randomUUID();
    String name = unique("Alice");
    UserRow created = await(users.insert(new NewUser(uid, name, "Alice", "Smith", null, "  ", "A@Example.org", "en",
        new JsonObject().put("alt_send", true))));
    assertEquals(uid, created.uid());
    assertEquals("", created.patronymic());
    assertNull(created.phone(), "blank phone is stored as unknown");
    assertEquals("A@Example.org", created.email());
    assertEquals(true, created.settings().getBoolean("alt_send"));
    assertNotNull(created.created());
    assertFalse(created.isArchive());
    assertEquals(created, await(users.get(uid)));
  }

  /** Verifies that login names, e-mail addresses and phones are unique, names and e-mails ignoring case. */
  @Test
  void uniqueIdentities() {
    String name = unique("bob");
    String email = unique("bob") + "@example.org";
    String phone = "+7" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    await(users.insert(NewUser.named(name).withContacts(phone, email)));
    assertConflict(users.insert(NewUser.named(name.toUpperCase())), UserRepository.USERNAME_TAKEN);
    assertConflict(users.insert(NewUser.named(unique("x")).withContacts(null, email.toUpperCase())),
        UserRepository.EMAIL_TAKEN);
    assertConflict(users.insert(NewUser.named(unique("x")).withContacts(phone, null)), UserRepository.PHONE_TAKEN);
    // accounts without phone or e-mail never clash with each other
    await(users.insert(NewUser.named(unique("y")).withContacts("", "")));
    await(users.insert(NewUser.named(unique("z")).withContacts("", "")));
  }

  /** Verifies that names are unique across scripts too (the cluster folds case by Unicode rules). */
  @Test
  void caseInsensitiveBeyondAscii() {
    String name = "Ёлка-" + UUID.randomUUID();
    UserRow user = await(users.insert(NewUser.named(name)));
    assertEquals(Optional.of(user), await(users.findByUsername(name.toLowerCase())));
    assertConflict(users.insert(NewUser.named(name.toUpperCase())), UserRepository.USERNAME_TAKEN);
  }

  /** Verifies lookups by name, e-mail and phone, and that unknown or blank keys find nothing. */
  @Test
  void finders() {
    String email = unique("carol") + "@Example.org";
    UserRow carol = await(users.insert(NewUser.named(unique("Carol")).withContacts("+100200300", email)));
    assertEquals(Optional.of(carol), await(users.findByUsername(carol.username().toUpperCase())));
    assertEquals(Optional.of(carol), await(users.findByEmail(" " + email.toLowerCase() + " ")));
    assertEquals(Optional.of(carol), await(users.findByPhone("+100200300")));
    assertEquals(Optional.empty(), await(users.findByUsername(unique("nobody"))));
    assertEquals(Optional.empty(), await(users.findByEmail("")));
    assertEquals(Optional.empty(), await(users.findByPhone(null)));
  }

  /** Verifies that an update changes only the given fields and merges settings (null removes a key). */
  @Test
  void partialUpdate() {
    UserRow user = await(users.insert(NewUser.named(unique("dave")).withNames("Dave", "Jones", "")
        .withContacts("+1555" + System.nanoTime() % 100000, null)));
    await(users.update(user.uid(), UserUpdate.NONE.withSettingsPatch(new JsonObject().put("a", 1).put("b", 2))));
    UserRow changed = await(users.update(user.uid(), UserUpdate.NONE.withNames("David", null, null).withPhone("")
        .withSettingsPatch(new JsonObject().put("a", 3).putNull("b"))));
    assertEquals("David", changed.givenName());
    assertEquals("Jones", changed.familyName());
    assertNull(changed.phone(), "blank clears the phone");
    assertEquals(user.username(), changed.username());
    assertEquals(new JsonObject().put("a", 3), changed.settings());
  }

  /** Verifies that renaming onto a taken name conflicts and bad values are refused. */
  @Test
  void updateFailures() {
    UserRow a = newUser();
    UserRow b = newUser();
    assertConflict(users.update(b.uid(), UserUpdate.NONE.withUsername(a.username())), UserRepository.USERNAME_TAKEN);
    failure(users.update(b.uid(), UserUpdate.NONE.withUsername(" padded ")), StoreException.Invalid.class);
    failure(users.update(UUID.randomUUID(), UserUpdate.NONE.withNames("x", null, null)), StoreException.NotFound.class);
  }

  /** Verifies that bad new accounts are refused with a typed error. */
  @Test
  void invalidInsert() {
    failure(users.insert(NewUser.named("")), StoreException.Invalid.class);
    failure(users.insert(NewUser.named(null)), StoreException.Invalid.class);
    failure(users.insert(NewUser.named("x".repeat(129))), StoreException.Invalid.class);
  }

  /** Verifies that get fails for an unknown account, archive marks it and list pages by name. */
  @Test
  void getArchiveList() {
    failure(users.get(UUID.randomUUID()), StoreException.NotFound.class);
    failure(users.archive(UUID.randomUUID()), StoreException.NotFound.class);
    UserRow user = newUser();
    await(users.archive(user.uid()));
    assertTrue(await(users.get(user.uid())).isArchive());
    var all = await(users.list(1000, 0));
    assertTrue(all.stream().anyMatch(u -> u.uid().equals(user.uid())));
    assertEquals(1, await(users.list(1, 0)).size());
  }
}
