package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * The chat operations of the chat service (everything but messages): chat lists and delta sync, one chat, personal
 * and shared chat settings, and groups with their members. Semantics and failures are those of
 * {@link org.tadaserver.chats.ChatService}; each write runs in one transaction behind the team clock and publishes its
 * events ({@code server.chat.updated}/{@code .deleted}, system messages) after COMMIT.
 */
public final class ChatOps {
  private final ChatReads reads;
  private final ChatSettings settings;
  private final GroupWrites groups;
  private final GroupMembers members;

  /** @param limits enforced on titles and descriptions ({@code max_group_title_length}, {@code max_message_length}) */
  public ChatOps(Vertx vertx, Pool pool, Limits limits) {
    TeamWrites writes = new TeamWrites(pool, new Fanout(vertx));
    GroupRequests requests = new GroupRequests(limits);
    this.reads = new ChatReads(pool);
    this.settings = new ChatSettings(writes, requests);
    this.groups = new GroupWrites(writes, requests);
    this.members = new GroupMembers(writes);
  }

  public Future<ChatPage> list(Membership actor, ChatFilter filter) {
    return reads.list(actor, filter);
  }

  public Future<Chat> get(Membership actor, String chatJid) {
    return reads.get(actor, chatJid);
  }

  public Future<Chat> update(Membership actor, String chatJid, ChatUpdate update) {
    return settings.update(actor, chatJid, update);
  }

  public Future<Chat> createGroup(Membership actor, GroupRequest request) {
    return groups.create(actor, request);
  }

  public Future<List<Chat>> groups(Membership actor) {
    return reads.groups(actor);
  }

  public Future<Chat> updateGroup(Membership actor, String groupJid, GroupRequest request) {
    return groups.update(actor, groupJid, request);
  }

  public Future<Chat> deleteGroup(Membership actor, String groupJid) {
    return groups.delete(actor, groupJid);
  }

  public Future<List<GroupMembership>> members(Membership actor, String groupJid) {
    return members.list(actor, groupJid);
  }

  public Future<GroupMembership> addMember(Membership actor, String groupJid, GroupMembership member) {
    return members.add(actor, groupJid, member);
  }

  public Future<GroupMembership> removeMember(Membership actor, String groupJid, String contactJid) {
    return members.remove(actor, groupJid, contactJid);
  }

  public Future<Chat> join(Membership actor, String groupJid) {
    return members.join(actor, groupJid);
  }

  public Future<Void> contactJoined(Membership joined) {
    return members.contactJoined(joined);
  }
}
