package org.tadaserver.store.chat;

import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.tadaserver.store.StoreTestBase;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.TeamRow;

/** A team with people in it, and helpers to make groups and to set counters the message path owns. */
abstract class ChatTestBase extends StoreTestBase {
  protected final ChatRepository chats = new ChatRepository(db.database().pool());
  protected final MemberRepository members = new MemberRepository(db.database().pool());

  protected static ContactRow person(TeamRow team, String name) {
    return newContact(team, newUser(), "member", name);
  }

  /** A contact with a chosen uid (to pick how PostgreSQL and Java order a pair). */
  protected static ContactRow person(TeamRow team, String name, UUID uid) {
    return await(repos.contacts().insert(
        NewContact.member(team.uid(), newUser().uid(), "member", name, name, "AB", "#112233").withUid(uid),
        gentime()));
  }

  protected ChatRow group(TeamRow team, ContactRow creator, String title, boolean isPublic) {
    ChatRow chat = await(chats.insertGroup(new NewGroup(UUID.randomUUID(), team.uid(), creator.uid(), title, "",
        isPublic, false, false, null, null), gentime()));
    await(members.join(chat.uid(), team.uid(), creator.uid(), MemberRow.ADMIN, gentime()));
    return chat;
  }

  /** Sets what the message path keeps: the chat's last order number and activity, a member's unread count. */
  protected static void setLastSeq(UUID chat, long seq) {
    await(db.database().pool().preparedQuery("UPDATE chats SET last_seq = $2, last_activity = now() WHERE uid = $1")
        .execute(Tuple.of(chat, seq)));
  }

  protected static void setUnread(UUID chat, UUID contact, int unread) {
    await(db.database().pool()
        .preparedQuery("UPDATE chat_members SET num_unread = $3 WHERE chat_uid = $1 AND contact_uid = $2")
        .execute(Tuple.of(chat, contact, unread)));
  }
}
