package org.tadaserver.chats;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * Direct and group chats, messages, read state and counters. Served over the event bus at {@link #ADDRESS} (see
 * {@code BusRpc}); the gateway holds a client of it. The message path and its guarantees: docs/messages.md.
 *
 * <p>Every operation acts for {@code actor}, the caller's membership in the team (resolved by the gateway from the
 * token through the directory). Chat JIDs are as the actor sees them: a direct chat is named by the OTHER person's
 * {@code d-} JID. Failures are {@code ServiceException}s: {@code NOT_FOUND} alike for a chat or message that does not
 * exist and one the actor may not see; {@code ACCESS_DENIED} for a visible chat the actor may not write or change
 * (with a readable reason); {@code INVALID_DATA} with field details for bad values and exceeded limits.
 *
 * <p>Every future completes only after the change is committed; the events it causes are published to the sockets
 * ({@code Deliveries}) after that commit, to every session of every member concerned.
 */
public interface ChatService {
  String ADDRESS = "tada.chats";

  // ---- messages ----

  /**
   * Creates a message, or edits it when {@code message_id} names an existing message of the actor (a resend of the
   * same create is a no-op that returns the stored message). Returns the message as the actor sees it.
   */
  Future<Message> send(Membership actor, SendMessage request);

  /** Archives a message: its author within the team's update age, or a chat admin. Repeated deletes are no-ops. */
  Future<Message> delete(Membership actor, String messageId);

  /** Adds or removes the actor's reaction {@code name} (an emoji) on a message. */
  Future<Message> react(Membership actor, String messageId, String name, boolean add);

  /** Pins a message in its chat ({@code messageId} null unpins); chat admins, or either side of a direct chat. */
  Future<Chat> pin(Membership actor, String chatJid, String messageId);

  /**
   * Unpins {@code messageId} if it is the chat's pinned message (else changes nothing); the same rights as
   * {@link #pin}, checked whether or not it is pinned.
   */
  Future<Chat> unpin(Membership actor, String chatJid, String messageId);

  /** History of one chat, newest first. */
  Future<List<Message>> messages(Membership actor, String chatJid, MessageFilter filter);

  /** Moves the actor's read marker ({@code messageId} null = up to the last message). */
  Future<Void> markRead(Membership actor, String chatJid, String messageId);

  /** Tells the other members the actor is typing (or recording, or stopped); nothing is stored. */
  Future<Void> composing(Membership actor, String chatJid, boolean composing, boolean audio);

  /** Stores the actor's draft when its revision (unix ms) is newer and tells the actor's other sessions. */
  Future<Void> draft(Membership actor, String chatJid, String draft, long revision);

  // ---- chats ----

  /** The actor's chats, filtered and paged; with {@code gentime_gt} also the archived and left ones. */
  Future<ChatPage> chats(Membership actor, ChatFilter filter);

  Future<Chat> chat(Membership actor, String chatJid);

  /** Changes the actor's personal settings of a chat, and shared fields the actor may change. */
  Future<Chat> updateChat(Membership actor, String chatJid, ChatUpdate update);

  // ---- groups ----

  /** Creates a group; the actor becomes its admin and a member, as do the members listed. */
  Future<Chat> createGroup(Membership actor, GroupRequest request);

  /** Groups the actor is a member of, plus public groups the actor may join. */
  Future<List<Chat>> groups(Membership actor);

  /** Changes a group's shared settings; group admins (and team admins) only. */
  Future<Chat> updateGroup(Membership actor, String groupJid, GroupRequest request);

  /** Archives a group; every member gets {@code server.chat.deleted}. */
  Future<Chat> deleteGroup(Membership actor, String groupJid);

  Future<List<GroupMembership>> groupMembers(Membership actor, String groupJid);

  /** Adds a member (or changes the status of one already in); group admins only, or anyone for a public group. */
  Future<GroupMembership> addGroupMember(Membership actor, String groupJid, GroupMembership member);

  /** Removes a member; group admins, or the member themselves (leaving). */
  Future<GroupMembership> removeGroupMember(Membership actor, String groupJid, String contactJid);

  /** Joins a public group. */
  Future<Chat> joinGroup(Membership actor, String groupJid);

  /** Called by the directory when a contact joins a team: puts them in the team's {@code default_for_all} groups. */
  Future<Void> contactJoined(Membership joined);
}
