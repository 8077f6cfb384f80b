package org.tadaserver.chats.access;

import static org.tadaserver.bus.testing.Await.await;
import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.GroupChange;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.NewGroup;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;

class ChatAccessTest {
  private static final AtomicLong CLOCK = new AtomicLong();
  private static Vertx vertx;
  private static EmbeddedDatabaseFixture db;
  private static Repositories repos;
  private static ChatAccess access;
  private static ChatRepository chats;
  private static MemberRepository members;

  @BeforeAll
  static void up() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    repos = Repositories.on(db.database().pool());
    access = new ChatAccess(db.database().pool());
    chats = new ChatRepository(db.database().pool());
    members = new MemberRepository(db.database().pool());
  }

  @AfterAll
  static void down() throws Exception {
    db.close();
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private static long gentime() {
    return CLOCK.updateAndGet(p -> Math.max(p + 1, System.currentTimeMillis() * 1_000_000L));
  }

  private static UUID team() {
    return await(repos.teams().insert(NewTeam.of("team " + UUID.randomUUID(), "T", "#336699"), gentime())).uid();
  }

  private static Membership person(UUID team, TeamStatus status) {
    UUID user = await(repos.users().insert(NewUser.named("u" + UUID.randomUUID()))).uid();
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, user, status.wire(), "Name", "Name", "N", "#123456"), gentime()));
    return new Membership(team, user, c.uid(), status);
  }

  private static ChatRow group(Membership creator, boolean isPublic) {
    ChatRow g = await(chats.insertGroup(new NewGroup(UUID.randomUUID(), creator.team(), creator.contact(), "G", "",
        isPublic, false, false, null, null), gentime()));
    await(members.join(g.uid(), creator.team(), creator.contact(), MemberRow.ADMIN, gentime()));
    return g;
  }

  private static void notFound(Membership actor, String jid) {
    ServiceException e = assertThrows(ServiceException.class, () -> await(access.resolve(actor, jid)));
    assertEquals(ApiError.NOT_FOUND, e.error(), jid);
  }

  /** Verifies d- JIDs: the direct chat with that contact (before and after it exists), oneself, and strangers. */
  @Test
  void directJids() {
    UUID team = team();
    Membership ann = person(team, TeamStatus.MEMBER);
    Membership bob = person(team, TeamStatus.MEMBER);
    String bobJid = Jid.contact(bob.contact()).toString();
    ChatTarget before = await(access.resolve(ann, bobJid));
    assertTrue(before.isDirect() && !before.exists() && before.isMember() && !before.self());
    assertEquals(bob.contact(), before.peer().uid());
    assertTrue(ChatRights.canWrite(ann, before));

    ChatRow chat = await(chats.createDirect(team, ann.contact(), bob.contact(), gentime()));
    ChatTarget after = await(access.resolve(ann, bobJid));
    assertEquals(chat.uid(), after.chat().uid());
    assertEquals(ann.contact(), after.member().contactUid());
    assertEquals(Jid.contact(bob.contact()), after.jid());
    assertFalse(ChatRights.isChatAdmin(ann, after), "direct chats have no admins");

    ChatTarget self = await(access.resolve(ann, Jid.contact(ann.contact()).toString()));
    assertTrue(self.self());
    assertFalse(self.isMember());
    assertEquals(Optional.of(ChatRights.SELF), ChatRights.cantWriteReason(ann, self));

    notFound(ann, Jid.contact(UUID.randomUUID()).toString());
    notFound(ann, Jid.contact(person(team(), TeamStatus.MEMBER).contact()).toString());
    notFound(ann, Jid.group(chat.uid()).toString());
    notFound(ann, Jid.meeting(UUID.randomUUID()).toString());
    ServiceException bad = assertThrows(ServiceException.class, () -> await(access.resolve(ann, "d-123")));
    assertEquals(ApiError.INVALID_DATA, bad.error());

    await(repos.contacts().archive(bob.contact(), gentime()));
    assertEquals(Optional.of(ChatRights.ARCHIVED_CONTACT),
        ChatRights.cantWriteReason(ann, await(access.resolve(ann, bobJid))), "history stays, writing stops");
  }

  /** Verifies g- JIDs: members see their groups; public groups are visible (not writable) to non-guests only. */
  @Test
  void groupJids() {
    UUID team = team();
    Membership owner = person(team, TeamStatus.MEMBER);
    Membership other = person(team, TeamStatus.MEMBER);
    Membership guest = person(team, TeamStatus.GUEST);
    ChatRow closed = group(owner, false);
    ChatRow open = group(owner, true);

    ChatTarget mine = await(access.resolve(owner, Jid.group(closed.uid()).toString()));
    assertTrue(mine.isMember());
    assertTrue(ChatRights.isChatAdmin(owner, mine));
    notFound(other, Jid.group(closed.uid()).toString());
    notFound(guest, Jid.group(open.uid()).toString());
    notFound(person(team(), TeamStatus.ADMIN), Jid.group(closed.uid()).toString());

    ChatTarget joinable = await(access.resolve(other, Jid.group(open.uid()).toString()));
    assertFalse(joinable.isMember());
    assertEquals(Optional.of(ChatRights.NOT_MEMBER), ChatRights.cantWriteReason(other, joinable));
    ServiceException e = assertThrows(ServiceException.class,
        () -> await(access.resolveMember(other, Jid.group(open.uid()).toString())));
    assertEquals(ApiError.NOT_FOUND, e.error());
    notFound(other, Jid.task(open.uid()).toString());

    await(members.join(closed.uid(), team, other.contact(), MemberRow.MEMBER, gentime()));
    await(members.leave(closed.uid(), other.contact(), gentime()));
    notFound(other, Jid.group(closed.uid()).toString());
    await(chats.archive(open.uid(), gentime()));
    notFound(other, Jid.group(open.uid()).toString());
    assertEquals(Optional.of(ChatRights.ARCHIVED_CHAT),
        ChatRights.cantWriteReason(owner, await(access.resolve(owner, Jid.group(open.uid()).toString()))));
  }

  /** Verifies readonly groups: group admins and team admins in the group write, members do not. */
  @Test
  void readonlyRights() {
    UUID team = team();
    Membership owner = person(team, TeamStatus.MEMBER);
    Membership member = person(team, TeamStatus.MEMBER);
    Membership teamAdmin = person(team, TeamStatus.ADMIN);
    ChatRow g = group(owner, false);
    await(members.join(g.uid(), team, member.contact(), MemberRow.MEMBER, gentime()));
    await(members.join(g.uid(), team, teamAdmin.contact(), MemberRow.MEMBER, gentime()));
    await(chats.updateGroup(g.uid(), new GroupChange(null, null, null, null, true, false, null), gentime()));
    String jid = Jid.group(g.uid()).toString();
    assertTrue(ChatRights.canWrite(owner, await(access.resolve(owner, jid))));
    assertTrue(ChatRights.canWrite(teamAdmin, await(access.resolve(teamAdmin, jid))));
    assertEquals(Optional.of(ChatRights.READONLY),
        ChatRights.cantWriteReason(member, await(access.resolve(member, jid))));
    assertFalse(ChatRights.isChatAdmin(member, await(access.resolve(member, jid))));
    Membership promoted = new Membership(team, member.user(), member.contact(), TeamStatus.ADMIN);
    assertTrue(ChatRights.canWrite(promoted, await(access.resolve(promoted, jid))), "a team admin in the group");
  }
}
