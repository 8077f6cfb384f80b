package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.directory.DirectoryFixture.contactRequest;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.directory.DirectoryFixture.isEvent;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.store.account.UserRepository;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.team.NewSection;
import org.tadaserver.store.team.SectionRepository;

class ContactTest {
  static DirectoryFixture fx;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** A team with an owner, an admin and a member. */
  private record Crew(UUID team, CreatedUser owner, CreatedUser admin, CreatedUser member) {
    Caller asOwner() {
      return fx.caller(owner);
    }

    Caller asAdmin() {
      return fx.caller(admin);
    }

    Caller asMember() {
      return fx.caller(member);
    }
  }

  private static Crew crew() {
    DirectoryFixture.Members t = fx.team();
    return new Crew(t.team(), t.owner(), fx.user(t.team(), true), fx.user(t.team(), false));
  }

  /** An account (in a team of its own) with a login phone and e-mail. */
  private static UserRow account(String phone, String email) {
    UUID elsewhere = await(fx.admin.createTeam("elsewhere"));
    CreatedUser made = await(fx.admin.createUser(elsewhere, DirectoryFixture.unique("acct"), "pw", "Ada", "Lovelace",
        false, phone, email));
    return await(new UserRepository(fx.db.database().pool()).get(made.user()));
  }

  /**
   * Verifies that the last activity the presence service records shows as last_activity to every viewer, never moves
   * back, and that a bad contact jid is refused.
   */
  @Test
  void lastActivityRecorded() {
    Crew c = crew();
    String jid = c.member().jid();
    assertNull(await(fx.service.contact(c.asAdmin(), c.team(), jid)).lastActivity());
    Instant seen = Instant.parse("2026-11-26T10:00:00.123456Z");
    await(fx.service.recordLastActivity(c.team(), jid, seen));
    await(fx.service.recordLastActivity(c.team(), jid, seen.minusSeconds(60)));
    assertEquals(seen, await(fx.service.contact(c.asAdmin(), c.team(), jid)).lastActivity());
    assertEquals(seen, await(fx.service.contact(c.asMember(), c.team(), jid)).lastActivity());
    failsWith(ApiError.BAD_REQUEST, fx.service.recordLastActivity(c.team(), "g-not-a-contact", seen));
    failsWith(ApiError.BAD_REQUEST, fx.service.recordLastActivity(c.team(), null, seen));
  }

  /** Verifies the list: everyone live, with per-viewer rights, and the filters of ContactFilter. */
  @Test
  void listAndFilter() {
    Crew c = crew();
    List<Contact> all = await(fx.service.contacts(c.asMember(), c.team(), ContactFilter.ALL));
    assertEquals(3, all.size());
    Contact self = all.stream().filter(x -> x.jid().toString().equals(c.member().jid())).findFirst().orElseThrow();
    assertFalse(self.canSendMessage(), "no messages to oneself");
    Contact owner = all.stream().filter(x -> x.status() == TeamStatus.OWNER).findFirst().orElseThrow();
    assertTrue(owner.canSendMessage() && owner.canCall() && owner.canCreateTask());
    assertFalse(owner.canDelete());
    assertNull(owner.changeableFields(), "a member changes nothing of the owner");
    assertTrue(self.changeableFields().contains("alt_send"));
    assertFalse(self.changeableFields().contains("status"));

    assertEquals(1, await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of("owner"), List.of(), null, null, null, false, 0, 0))).size());
    assertEquals(2, await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of(), null, null, null, true, 0, 0))).size());
    assertEquals(List.of(c.admin().jid()), await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of(c.admin().jid()), null, null, null, false, 0, 0)))
        .stream().map(x -> x.jid().toString()).toList());
    assertEquals(1, await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of(), null, null, null, false, 1, 1))).size());
    assertEquals(0, await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of(), null, true, null, false, 0, 0))).size());
    failsWith(ApiError.INVALID_DATA, fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of("king"), List.of(), null, null, null, false, 0, 0)));
    failsWith(ApiError.INVALID_DATA, fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of("g-" + UUID.randomUUID()), null, null, null, false, 0, 0)));
    failsWith(ApiError.INVALID_DATA, fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of(), List.of(), null, null, null, false, -1, 0)));
    failsWith(ApiError.NOT_FOUND, fx.service.contacts(fx.caller(fx.team().owner()), c.team(), ContactFilter.ALL));
  }

  /** Verifies GET contact: by d- JID in the caller's team only; other JIDs and other teams' contacts are NOT_FOUND. */
  @Test
  void contactByJid() {
    Crew c = crew();
    Contact admin = await(fx.service.contact(c.asMember(), c.team(), c.admin().jid()));
    assertEquals(TeamStatus.ADMIN, admin.status());
    assertNull(admin.altSend(), "own settings are shown only to their owner");
    DirectoryFixture.Members other = fx.team();
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), c.team(), other.owner().jid()));
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), c.team(), "d-" + UUID.randomUUID()));
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), c.team(), "g-" + UUID.randomUUID()));
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), c.team(), "nonsense"));
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), c.team(), null));
    failsWith(ApiError.NOT_FOUND, fx.service.contact(c.asMember(), other.team(), other.owner().jid()));
  }

  /** Verifies adding by user_uid, phone and e-mail; a new contact uuid per team; pushes to the team and the user. */
  @Test
  void addContactByEachKey() {
    Crew c = crew();
    UserRow byPhone = account("+7 900 000-00-01", null);
    UserRow byMail = account(null, "ada@example.org");
    assertEquals("+79000000001", byPhone.phone(), "phones are stored without formatting");
    Contact a = await(fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{'phone':'+7 (900) 000 00 01'}")));
    assertEquals(TeamStatus.MEMBER, a.status());
    assertEquals("Ada Lovelace", a.displayName());
    assertEquals("Ada", a.shortName());
    assertFalse(a.jid().uuid().equals(byPhone.uid()), "contact uuid is not the user uuid");
    Contact b = await(fx.service.addContact(c.asOwner(), c.team(),
        contactRequest("{'contact_email':'ADA@example.org','status':'guest','role':'Analyst'}")));
    assertEquals(TeamStatus.GUEST, b.status());
    assertEquals("Analyst", b.role());
    Contact d = await(fx.service.addContact(c.asOwner(), c.team(),
        contactRequest("{'user_uid':'" + c.member().user() + "'}")));
    assertEquals(c.member().jid(), d.jid().toString(), "re-adding returns the existing contact");
    fx.awaitDeliveries(x -> isEvent(x, "server.contact.updated") && c.team().equals(x.team())
        && x.event().contains(a.jid().toString()));
    fx.awaitDeliveries(x -> isEvent(x, "server.team.updated") && x.users().equals(List.of(byMail.uid())));
    Team joined = await(fx.service.teams(fx.caller(fx.user(c.team(), false)))).get(0);
    assertEquals(c.team().toString(), joined.uid());
  }

  /** Verifies that re-adding an existing member is idempotent: same contact, same gentime, no push. */
  @Test
  void reAddingIsIdempotent() {
    Crew c = crew();
    UserRow acct = account("+7 900 000-00-02", null);
    Contact first = await(fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{'phone':'+7 900 000-00-02'}")));
    DirectoryFixture.settle();
    int before = fx.deliveries.size();
    Contact again = await(fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{'phone':'+7 900 000-00-02'}")));
    assertEquals(first.jid(), again.jid());
    assertEquals(first.gentime(), again.gentime());
    DirectoryFixture.settle();
    assertEquals(before, fx.deliveries.size(), "nothing changed, nothing pushed");
    assertEquals(acct.uid(), await(fx.service.authenticate(await(fx.admin.issueToken(acct.username())))).user());
  }

  /** Verifies add failures: members may not add, nobody adds an owner, unknown accounts and empty requests. */
  @Test
  void addContactFailures() {
    Crew c = crew();
    UserRow acct = account("+7 900 000-00-03", null);
    String byUid = "{'user_uid':'" + acct.uid() + "'}";
    failsWith(ApiError.ACCESS_DENIED, fx.service.addContact(c.asMember(), c.team(), contactRequest(byUid)));
    failsWith(ApiError.ACCESS_DENIED, fx.service.addContact(c.asAdmin(), c.team(),
        contactRequest("{'user_uid':'" + acct.uid() + "','status':'owner'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.addContact(c.asOwner(), c.team(),
        contactRequest("{'user_uid':'" + acct.uid() + "','status':'owner'}")));
    failsWith(ApiError.NOT_FOUND, fx.service.addContact(c.asAdmin(), c.team(),
        contactRequest("{'user_uid':'" + UUID.randomUUID() + "'}")));
    failsWith(ApiError.NOT_FOUND, fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{'phone':'+1 555'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{'user_uid':'x'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.addContact(c.asAdmin(), c.team(), contactRequest("{}")));
    failsWith(ApiError.INVALID_DATA, fx.service.addContact(c.asAdmin(), c.team(),
        contactRequest("{'user_uid':'" + acct.uid() + "','role':'" + "r".repeat(101) + "'}")));
    failsWith(ApiError.NOT_FOUND, fx.service.addContact(fx.caller(fx.team().owner()), c.team(), contactRequest(byUid)));
    failsWith(ApiError.BAD_REQUEST, fx.service.addContact(c.asAdmin(), c.team(), null));
  }

  /** Verifies own changes: names rebuild display name and icon letters; own settings are checked and kept. */
  @Test
  void memberChangesOwnProfileAndSettings() {
    Crew c = crew();
    Contact changed = await(fx.service.updateContact(c.asMember(), c.team(), c.member().jid(), contactRequest(
        "{'given_name':' Grace ','family_name':'Hopper','role':'Admiral','mood':'busy','alt_send':true,"
            + "'timezone':'Europe/Berlin','quiet_time_start':'22:30','focus_until':'2030-01-02T03:04:05Z'}")));
    assertEquals("Grace Hopper", changed.displayName());
    assertEquals("Grace", changed.shortName());
    assertEquals("GH", changed.icons().letters());
    assertEquals("Admiral", changed.role());
    assertEquals("busy", changed.mood());
    assertEquals(Boolean.TRUE, changed.altSend());
    assertEquals("Europe/Berlin", changed.timezone());
    assertEquals("22:30", changed.quietTimeStart());
    assertEquals("2030-01-02T03:04:05Z", changed.focusUntil().toString());
    Contact seenByOwner = await(fx.service.contact(c.asOwner(), c.team(), c.member().jid()));
    assertEquals("busy", seenByOwner.mood());
    assertNull(seenByOwner.altSend());
    List<Delivery> pushes = fx.awaitDeliveries(x -> isEvent(x, "server.contact.updated")
        && x.event().contains("Grace Hopper"));
    JsonNode own = pushes.stream().filter(x -> x.users().contains(c.member().user()))
        .map(x -> Envelope.parse(x.event()).params().path("contacts").get(0)).findFirst().orElseThrow();
    assertTrue(own.path("alt_send").asBoolean());
    assertTrue(pushes.stream().filter(x -> !x.users().contains(c.member().user()))
        .allMatch(x -> !x.event().contains("alt_send")), "others never see own settings");

    Contact cleared = await(fx.service.updateContact(c.asMember(), c.team(), c.member().jid(),
        contactRequest("{'mood':'','timezone':''}")));
    assertNull(cleared.mood());
    assertNull(cleared.timezone());
  }

  /** Verifies value checks on changes: too long names, role and mood, bad settings values. */
  @Test
  void changeValuesAreValidated() {
    Crew c = crew();
    Caller m = c.asMember();
    String jid = c.member().jid();
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'given_name':'" + "g".repeat(101) + "'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'role':'" + "r".repeat(101) + "'}")));
    assertEquals("mood", failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'mood':'" + "m".repeat(101) + "'}"))).details().keySet().iterator().next());
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'timezone':'Mars/Base'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'quiet_time_start':'25:00'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'focus_until':'soon'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'default_lang':'42'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'contact_email':'not an address'}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'contact_phone':'call me'}")));
    assertEquals("r".repeat(100), await(fx.service.updateContact(m, c.team(), jid,
        contactRequest("{'role':'" + "r".repeat(100) + "'}"))).role());
  }

  /** Verifies that a member changes nobody else, and never their own status; unchanged values are not changes. */
  @Test
  void memberCannotChangeOthersOrOwnStatus() {
    Crew c = crew();
    Caller m = c.asMember();
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(m, c.team(), c.admin().jid(),
        contactRequest("{'role':'x'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(m, c.team(), c.owner().jid(),
        contactRequest("{'alt_send':true}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(m, c.team(), c.member().jid(),
        contactRequest("{'status':'admin'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(m, c.team(), c.member().jid(),
        contactRequest("{'sections':['" + UUID.randomUUID() + "']}")));
    Contact same = await(fx.service.updateContact(m, c.team(), c.member().jid(),
        contactRequest("{'status':'member'}")));
    assertEquals(TeamStatus.MEMBER, same.status());
    Contact ownerBefore = await(fx.service.contact(m, c.team(), c.owner().jid()));
    assertEquals(ownerBefore, await(fx.service.updateContact(m, c.team(), c.owner().jid(),
        contactRequest("{'botname':'x','phone':'+1 555 0100','user_uid':'" + c.owner().user() + "'}"))),
        "keys that are not contact fields are ignored");
    Contact admin = await(fx.service.contact(m, c.team(), c.admin().jid()));
    assertEquals(admin, await(fx.service.updateContact(m, c.team(), c.admin().jid(),
        contactRequest("{'role':'" + admin.role() + "','given_name':'" + admin.givenName() + "'}"))));
  }

  /**
   * Verifies that a status outside the enum is refused when the request is decoded (by the gateway, or by the bus on
   * the way in), so it never reaches the service; and that the filter's free-text statuses are checked too.
   */
  @Test
  void statusOnlyFromTheEnum() {
    assertThrows(WireException.class, () -> contactRequest("{'status':'king'}"));
    assertThrows(WireException.class, () -> contactRequest("{'status':'OWNER'}"));
    Crew c = crew();
    failsWith(ApiError.INVALID_DATA, fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of("member", ""), List.of(), null, null, null, false, 0, 0)));
  }

  /** Verifies admin rights: manage members, but not the owner, other admins, or make an owner. */
  @Test
  void adminManagesMembersOnly() {
    Crew c = crew();
    Caller a = c.asAdmin();
    Contact promoted = await(fx.service.updateContact(a, c.team(), c.member().jid(),
        contactRequest("{'status':'guest','role':'Visitor'}")));
    assertEquals(TeamStatus.GUEST, promoted.status());
    assertEquals("Visitor", promoted.role());
    Team guestView = await(fx.service.team(c.asMember(), c.team()));
    assertFalse(guestView.me().canCreateGroup(), "guests create nothing shared");
    fx.awaitDeliveries(x -> isEvent(x, "server.team.updated") && x.users().equals(List.of(c.member().user()))
        && x.event().contains("\"guest\""));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(a, c.team(), c.member().jid(),
        contactRequest("{'status':'owner'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(a, c.team(), c.owner().jid(),
        contactRequest("{'role':'x'}")));
    CreatedUser admin2 = fx.user(c.team(), true);
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(a, c.team(), admin2.jid(),
        contactRequest("{'status':'member'}")));
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(a, c.team(), c.admin().jid(),
        contactRequest("{'status':'member'}")));
  }

  /** Verifies that the owner hands the team over by making someone owner, and becomes an admin. */
  @Test
  void ownerTransfer() {
    Crew c = crew();
    Contact newOwner = await(fx.service.updateContact(c.asOwner(), c.team(), c.admin().jid(),
        contactRequest("{'status':'owner'}")));
    assertEquals(TeamStatus.OWNER, newOwner.status());
    Team oldView = await(fx.service.team(c.asOwner(), c.team()));
    assertEquals(TeamStatus.ADMIN, oldView.me().status());
    assertEquals(c.admin().jid(), oldView.owner().jid().toString());
    assertEquals(1, await(fx.service.contacts(c.asMember(), c.team(),
        new ContactFilter(List.of("owner"), List.of(), null, null, null, false, 0, 0))).size());
  }

  /** Verifies sections: set by admins to sections of the team; an unknown section is INVALID_DATA. */
  @Test
  void sections() {
    Crew c = crew();
    UUID section = await(new SectionRepository(fx.db.database().pool())
        .insert(NewSection.of(c.team(), "Ops", 0), Gentime.next())).uid();
    Contact inSection = await(fx.service.updateContact(c.asAdmin(), c.team(), c.member().jid(),
        contactRequest("{'sections':['" + section + "']}")));
    assertEquals(List.of(section.toString()), inSection.sections());
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(c.asAdmin(), c.team(), c.member().jid(),
        contactRequest("{'sections':['" + UUID.randomUUID() + "']}")));
    failsWith(ApiError.INVALID_DATA, fx.service.updateContact(c.asAdmin(), c.team(), c.member().jid(),
        contactRequest("{'sections':['nope']}")));
    assertEquals(List.of(section.toString()),
        await(fx.service.contact(c.asMember(), c.team(), c.member().jid())).sections(),
        "the failed change kept nothing");
  }

  /** Verifies archiving: admins remove members; nobody removes the owner or themself; the removed lose the team. */
  @Test
  void archiveContact() {
    Crew c = crew();
    failsWith(ApiError.ACCESS_DENIED, fx.service.archiveContact(c.asAdmin(), c.team(), c.owner().jid()));
    failsWith(ApiError.ACCESS_DENIED, fx.service.archiveContact(c.asOwner(), c.team(), c.owner().jid()));
    failsWith(ApiError.ACCESS_DENIED, fx.service.archiveContact(c.asMember(), c.team(), c.admin().jid()));
    failsWith(ApiError.ACCESS_DENIED, fx.service.archiveContact(c.asMember(), c.team(), c.member().jid()));
    failsWith(ApiError.NOT_FOUND, fx.service.archiveContact(c.asAdmin(), c.team(), "d-" + UUID.randomUUID()));
    Caller member = c.asMember();
    Contact gone = await(fx.service.archiveContact(c.asAdmin(), c.team(), c.member().jid()));
    assertTrue(gone.isArchive());
    assertFalse(gone.canSendMessage());
    assertEquals(gone, await(fx.service.archiveContact(c.asAdmin(), c.team(), c.member().jid())), "idempotent");
    fx.awaitDeliveries(x -> isEvent(x, "server.team.deleted") && x.users().equals(List.of(c.member().user())));
    fx.awaitDeliveries(x -> isEvent(x, "server.contact.updated") && x.event().contains("\"is_archive\":true")
        && x.users().contains(c.owner().user()));
    failsWith(ApiError.NOT_FOUND, fx.service.membership(member, c.team()));
    failsWith(ApiError.NOT_FOUND, fx.service.team(member, c.team()));
    assertTrue(await(fx.service.teams(member)).isEmpty());
    assertEquals(2, await(fx.service.contacts(c.asOwner(), c.team(), ContactFilter.ALL)).size());
    assertEquals(1, await(fx.service.contacts(c.asOwner(), c.team(),
        new ContactFilter(List.of(), List.of(), null, true, null, false, 0, 0))).size());
    failsWith(ApiError.ACCESS_DENIED, fx.service.updateContact(c.asOwner(), c.team(), c.member().jid(),
        contactRequest("{'role':'ghost'}")));

    Contact back = await(fx.service.addContact(c.asAdmin(), c.team(),
        contactRequest("{'user_uid':'" + c.member().user() + "'}")));
    assertEquals(c.member().jid(), back.jid().toString(), "a removed member comes back with the same contact");
    assertFalse(back.isArchive());
    assertEquals(TeamStatus.MEMBER, back.status());
  }
}
