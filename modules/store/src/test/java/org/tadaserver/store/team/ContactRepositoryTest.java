package org.tadaserver.store.team;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;
import org.tadaserver.store.account.UserRow;

class ContactRepositoryTest extends StoreTestBase {
  private final ContactRepository contacts = repos.contacts();

  /** Verifies that a contact reads back whole, by uid and by team and user. */
  @Test
  void insertAndGet() {
    TeamRow team = newTeam();
    UserRow user = newUser();
    UUID uid = UUID.randomUUID();
    long gentime = gentime();
    ContactRow contact = await(contacts.insert(
        NewContact.member(team.uid(), user.uid(), "admin", "Ann Lee", "Ann", "AL", "#abcdef").withUid(uid)
            .withNames("Ann", "Lee", "").withRole("CTO").withContactInfo("ann@example.org", "+1")
            .withSettings(new JsonObject().put("timezone", "Europe/Berlin")), gentime));
    assertEquals(uid, contact.uid());
    assertEquals(team.uid(), contact.team());
    assertEquals(user.uid(), contact.user());
    assertFalse(contact.isBot());
    assertEquals("", contact.botname());
    assertEquals("CTO", contact.role());
    assertEquals("admin", contact.status());
    assertEquals("Lee", contact.familyName());
    assertEquals("ann@example.org", contact.contactEmail());
    assertEquals("Europe/Berlin", contact.settings().getString("timezone"));
    assertEquals(List.of(), contact.sections());
    assertEquals(gentime, contact.gentime());
    assertEquals(contact, await(contacts.get(uid)));
    assertEquals(contact, await(contacts.getByTeamAndUser(team.uid(), user.uid())));
  }

  /** Verifies that a user has one contact per team, and bad references and statuses are refused. */
  @Test
  void insertFailures() {
    TeamRow team = newTeam();
    UserRow user = newUser();
    ContactRow first = newContact(team, user, "member", "U");
    assertConflict(contacts.insert(NewContact.member(team.uid(), user.uid(), "member", "U2", "U2", "U", "#1"),
        gentime()), ContactRepository.USER_IN_TEAM);
    assertConflict(contacts.insert(NewContact.member(newTeam().uid(), newUser().uid(), "member", "X", "X", "X", "#1")
        .withUid(first.uid()), gentime()), ContactRepository.UID_TAKEN);
    failure(contacts.insert(NewContact.member(team.uid(), newUser().uid(), "boss", "B", "B", "B", "#1"), gentime()),
        StoreException.Invalid.class);
    failure(contacts.insert(NewContact.member(UUID.randomUUID(), user.uid(), "member", "G", "G", "G", "#1"),
        gentime()), StoreException.NotFound.class);
    failure(contacts.insert(NewContact.member(team.uid(), UUID.randomUUID(), "member", "G", "G", "G", "#1"),
        gentime()), StoreException.NotFound.class);
    // the same user in another team is a different contact
    assertNotEquals(first.uid(), newContact(newTeam(), user, "guest", "U").uid());
  }

  /** Verifies that bots have no user and unique names per team. */
  @Test
  void bots() {
    TeamRow team = newTeam();
    ContactRow bot = await(contacts.insert(NewContact.bot(team.uid(), "notebot", "My notes", "N", "#1"), gentime()));
    assertTrue(bot.isBot());
    assertNull(bot.user());
    assertConflict(contacts.insert(NewContact.bot(team.uid(), "notebot", "Other", "N", "#1"), gentime()),
        ContactRepository.BOTNAME_TAKEN);
    await(contacts.insert(NewContact.bot(newTeam().uid(), "notebot", "My notes", "N", "#1"), gentime()));
  }

  /** Verifies that get fails for unknown keys. */
  @Test
  void notFound() {
    failure(contacts.get(UUID.randomUUID()), StoreException.NotFound.class);
    failure(contacts.getByTeamAndUser(newTeam().uid(), newUser().uid()), StoreException.NotFound.class);
  }

  /** Verifies that an update changes the named fields only, merges settings and raises gentime. */
  @Test
  void update() {
    ContactRow c = await(contacts.insert(NewContact.member(newTeam().uid(), newUser().uid(), "member", "Bo", "Bo",
        "B", "#1").withSettings(new JsonObject().put("alt_send", true).put("timezone", "UTC")), gentime()));
    ContactRow changed = await(contacts.update(c.uid(), ContactUpdate.NONE.withStatus("admin").withRole("Dev")
        .withDisplayNames("Bo Smith", "Bo S").withIcon("BS", "#2").withContactInfo("b@x", null)
        .withNames("Bo", "Smith", null)
        .withSettingsPatch(new JsonObject().putNull("alt_send").put("quiet_time_start", "22:00")), c.gentime() - 10));
    assertEquals("admin", changed.status());
    assertEquals("Dev", changed.role());
    assertEquals("Bo Smith", changed.displayName());
    assertEquals("Smith", changed.familyName());
    assertEquals("b@x", changed.contactEmail());
    assertEquals("", changed.contactPhone());
    assertEquals(new JsonObject().put("timezone", "UTC").put("quiet_time_start", "22:00"), changed.settings());
    assertEquals(c.gentime() + 1, changed.gentime());
    failure(contacts.update(c.uid(), ContactUpdate.NONE.withStatus("king"), gentime()), StoreException.Invalid.class);
    failure(contacts.update(UUID.randomUUID(), ContactUpdate.NONE.withRole("x"), gentime()),
        StoreException.NotFound.class);
  }

  /** Verifies archive and restore, and that archived memberships leave the user's list. */
  @Test
  void archiveRestoreAndListForUser() {
    UserRow user = newUser();
    ContactRow a = newContact(newTeam(), user, "member", "A");
    ContactRow b = newContact(newTeam(), user, "member", "B");
    ContactRow archived = await(contacts.archive(a.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertEquals(List.of(b), await(contacts.listForUser(user.uid())));
    ContactRow restored = await(contacts.restore(a.uid(), gentime()));
    assertFalse(restored.isArchive());
    assertTrue(restored.gentime() > archived.gentime());
    assertEquals(2, await(contacts.listForUser(user.uid())).size());
    failure(contacts.archive(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
  }

  /** Verifies each list filter, the order by display name, paging and the total count. */
  @Test
  void listFilters() {
    TeamRow team = newTeam();
    ContactRow owner = newContact(team, newUser(), "owner", "Zed Owner");
    ContactRow admin = newContact(team, newUser(), "admin", "anna Admin");
    ContactRow member = newContact(team, newUser(), "member", "Bob Member");
    ContactRow guest = newContact(team, newUser(), "guest", "Ёжик Guest");
    ContactRow bot = await(contacts.insert(NewContact.bot(team.uid(), "notebot", "My notes", "N", "#1"), gentime()));
    ContactRow gone = await(contacts.archive(newContact(team, newUser(), "member", "Carl Gone").uid(), gentime()));
    newContact(newTeam(), newUser(), "member", "Other Team");

    assertEquals(List.of(admin, member, gone, bot, owner, guest), items(team, ContactFilter.ALL));
    assertEquals(6, await(contacts.list(team.uid(), ContactFilter.ALL)).total());
    assertEquals(List.of(admin, owner), items(team, ContactFilter.ALL.withStatuses(List.of("owner", "admin"))));
    assertEquals(List.of(member, guest),
        items(team, ContactFilter.ALL.withUids(List.of(guest.uid(), member.uid()))));
    assertEquals(List.of(admin), items(team, ContactFilter.ALL.withDisplayNameContains("ANNA")));
    assertEquals(List.of(guest), items(team, ContactFilter.ALL.withDisplayNameContains("ёжик")));
    assertEquals(List.of(), items(team, ContactFilter.ALL.withDisplayNameContains("%")));
    assertEquals(List.of(gone), items(team, ContactFilter.ALL.withArchived(true)));
    assertEquals(5, items(team, ContactFilter.ALL.withArchived(false)).size());
    assertEquals(List.of(bot), items(team, ContactFilter.ALL.withBots(true)));
    assertEquals(List.of(admin, member, gone, guest),
        items(team, ContactFilter.ALL.withBots(false).withExcludeUid(owner.uid())));
    assertEquals(List.of(gone, bot), items(team, ContactFilter.ALL.withGentimeGt(guest.gentime())));
    assertEquals(List.of(), items(team, ContactFilter.ALL.withStatuses(List.of("nonsense"))));
  }

  /** Verifies paging: limit, offset, total, and a page past the end. */
  @Test
  void paging() {
    TeamRow team = newTeam();
    for (String name : List.of("a", "b", "c", "d", "e")) {
      newContact(team, newUser(), "member", name);
    }
    var page = await(contacts.list(team.uid(), ContactFilter.ALL.withPage(2, 1)));
    assertEquals(List.of("b", "c"), page.items().stream().map(ContactRow::displayName).toList());
    assertEquals(5, page.total());
    var past = await(contacts.list(team.uid(), ContactFilter.ALL.withPage(2, 10)));
    assertEquals(List.of(), past.items());
    assertEquals(5, past.total());
    assertEquals(0, await(contacts.list(UUID.randomUUID(), ContactFilter.ALL)).total());
    assertThrows(IllegalArgumentException.class, () -> ContactFilter.ALL.withPage(-1, 0));
  }

  private List<ContactRow> items(TeamRow team, ContactFilter filter) {
    return await(contacts.list(team.uid(), filter)).items();
  }
}
