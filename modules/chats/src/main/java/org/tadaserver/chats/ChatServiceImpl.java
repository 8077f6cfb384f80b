package org.tadaserver.chats;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.chats.groups.ChatOps;
import org.tadaserver.chats.messages.MessageOps;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * The chat service: message operations ({@link MessageOps}: the hot path, counters, deliveries) and chat operations
 * ({@link ChatOps}: groups, chat lists, chat settings). This class only routes.
 */
public final class ChatServiceImpl implements ChatService {
  private final MessageOps messages;
  private final ChatOps chats;

  public ChatServiceImpl(MessageOps messages, ChatOps chats) {
    this.messages = messages;
    this.chats = chats;
  }

  @Override
  public Future<Message> send(Membership actor, SendMessage request) {
    return messages.send(actor, request);
  }

  @Override
  public Future<Message> delete(Membership actor, String messageId) {
    return messages.delete(actor, messageId);
  }

  @Override
  public Future<Message> react(Membership actor, String messageId, String name, boolean add) {
    return messages.react(actor, messageId, name, add);
  }

  @Override
  public Future<Chat> pin(Membership actor, String chatJid, String messageId) {
    return messages.pin(actor, chatJid, messageId);
  }

  @Override
  public Future<Chat> unpin(Membership actor, String chatJid, String messageId) {
    return messages.unpin(actor, chatJid, messageId);
  }

  @Override
  public Future<List<Message>> messages(Membership actor, String chatJid, MessageFilter filter) {
    return messages.history(actor, chatJid, filter);
  }

  @Override
  public Future<Void> markRead(Membership actor, String chatJid, String messageId) {
    return messages.markRead(actor, chatJid, messageId);
  }

  @Override
  public Future<Void> composing(Membership actor, String chatJid, boolean composing, boolean audio) {
    return messages.composing(actor, chatJid, composing, audio);
  }

  @Override
  public Future<Void> draft(Membership actor, String chatJid, String draft, long revision) {
    return messages.draft(actor, chatJid, draft, revision);
  }

  @Override
  public Future<ChatPage> chats(Membership actor, ChatFilter filter) {
    return chats.list(actor, filter);
  }

  @Override
  public Future<Chat> chat(Membership actor, String chatJid) {
    return chats.get(actor, chatJid);
  }

  @Override
  public Future<Chat> updateChat(Membership actor, String chatJid, ChatUpdate update) {
    return chats.update(actor, chatJid, update);
  }

  @Override
  public Future<Chat> createGroup(Membership actor, GroupRequest request) {
    return chats.createGroup(actor, request);
  }

  @Override
  public Future<List<Chat>> groups(Membership actor) {
    return chats.groups(actor);
  }

  @Override
  public Future<Chat> updateGroup(Membership actor, String groupJid, GroupRequest request) {
    return chats.updateGroup(actor, groupJid, request);
  }

  @Override
  public Future<Chat> deleteGroup(Membership actor, String groupJid) {
    return chats.deleteGroup(actor, groupJid);
  }

  @Override
  public Future<List<GroupMembership>> groupMembers(Membership actor, String groupJid) {
    return chats.members(actor, groupJid);
  }

  @Override
  public Future<GroupMembership> addGroupMember(Membership actor, String groupJid, GroupMembership member) {
    return chats.addMember(actor, groupJid, member);
  }

  @Override
  public Future<GroupMembership> removeGroupMember(Membership actor, String groupJid, String contactJid) {
    return chats.removeMember(actor, groupJid, contactJid);
  }

  @Override
  public Future<Chat> joinGroup(Membership actor, String groupJid) {
    return chats.join(actor, groupJid);
  }

  @Override
  public Future<Void> contactJoined(Membership joined) {
    return chats.contactJoined(joined);
  }
}
