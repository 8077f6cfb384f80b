package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * A hand-written stand-in for the chat service: canned answers, a record of every call with its arguments, a switch
 * that makes the next call fail, and one that holds the next call open until the test completes it. It lets the REST
 * routes and the WebSocket handlers be tested without a database.
 */
public final class FakeChats implements ChatService {
  public static final String GROUP = "g-7f1c2b1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d";
  public static final String MESSAGE = "5b3c1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
  public final List<Object[]> calls = new CopyOnWriteArrayList<>();
  public volatile RuntimeException nextFailure;
  public volatile Promise<Object> hold;
  /** What {@link #messages} answers (the history; also the lookup of a message by the REST routes). */
  public volatile List<Message> history = List.of(message(MESSAGE, "stored text"));
  public volatile Chat chat = chat(GROUP);
  public volatile List<GroupMembership> members = List.of();

  public static Message message(String id, String text) {
    return Message.builder().messageId(id).content(MessageContent.plain(text)).chat(Jid.parse(GROUP))
        .to(Jid.parse(GROUP)).chatType(ChatType.GROUP).created(Instant.parse("2024-01-02T03:04:05.123456Z"))
        .gentime(1).build();
  }

  public static Chat chat(String jid) {
    return Chat.builder().jid(Jid.parse(jid)).chatType(ChatType.GROUP).displayName("G").gentime(1).build();
  }

  /** The arguments of the last call of {@code method} (index 0 is the name), or null when it was not called. */
  public Object[] last(String method) {
    for (int i = calls.size() - 1; i >= 0; i--) {
      if (calls.get(i)[0].equals(method)) {
        return calls.get(i);
      }
    }
    return null;
  }

  public int count(String method) {
    return (int) calls.stream().filter(c -> c[0].equals(method)).count();
  }

  @SuppressWarnings("unchecked")
  private <T> Future<T> answer(T value, Object... call) {
    calls.add(call);
    RuntimeException failure = nextFailure;
    if (failure != null) {
      nextFailure = null;
      return Future.failedFuture(failure);
    }
    Promise<Object> held = hold;
    if (held != null) {
      hold = null;
      return held.future().map(v -> (T) value);
    }
    return Future.succeededFuture(value);
  }

  @Override
  public Future<Message> send(Membership actor, SendMessage request) {
    return answer(message(request.messageId() == null ? MESSAGE : request.messageId(), request.content().text()),
        "send", actor, request);
  }

  @Override
  public Future<Message> delete(Membership actor, String messageId) {
    return answer(message(messageId, "").withIsArchive(true), "delete", actor, messageId);
  }

  @Override
  public Future<Message> react(Membership actor, String messageId, String name, boolean add) {
    return answer(message(messageId, "stored text"), "react", actor, messageId, name, add);
  }

  @Override
  public Future<Chat> pin(Membership actor, String chatJid, String messageId) {
    return answer(chat, "pin", actor, chatJid, messageId);
  }

  @Override
  public Future<Chat> unpin(Membership actor, String chatJid, String messageId) {
    return answer(chat, "unpin", actor, chatJid, messageId);
  }

  @Override
  public Future<List<Message>> messages(Membership actor, String chatJid, MessageFilter filter) {
    return answer(history, "messages", actor, chatJid, filter);
  }

  @Override
  public Future<Void> markRead(Membership actor, String chatJid, String messageId) {
    return answer(null, "markRead", actor, chatJid, messageId);
  }

  @Override
  public Future<Void> composing(Membership actor, String chatJid, boolean composing, boolean audio) {
    return answer(null, "composing", actor, chatJid, composing, audio);
  }

  @Override
  public Future<Void> draft(Membership actor, String chatJid, String draft, long revision) {
    return answer(null, "draft", actor, chatJid, draft, revision);
  }

  @Override
  public Future<ChatPage> chats(Membership actor, ChatFilter filter) {
    return answer(new ChatPage(List.of(chat), 1, 100, 0), "chats", actor, filter);
  }

  @Override
  public Future<Chat> chat(Membership actor, String chatJid) {
    return answer(chat, "chat", actor, chatJid);
  }

  @Override
  public Future<Chat> updateChat(Membership actor, String chatJid, ChatUpdate update) {
    return answer(chat, "updateChat", actor, chatJid, update);
  }

  @Override
  public Future<Chat> createGroup(Membership actor, GroupRequest request) {
    return answer(chat, "createGroup", actor, request);
  }

  @Override
  public Future<List<Chat>> groups(Membership actor) {
    return answer(List.of(chat), "groups", actor);
  }

  @Override
  public Future<Chat> updateGroup(Membership actor, String groupJid, GroupRequest request) {
    return answer(chat, "updateGroup", actor, groupJid, request);
  }

  @Override
  public Future<Chat> deleteGroup(Membership actor, String groupJid) {
    return answer(chat, "deleteGroup", actor, groupJid);
  }

  @Override
  public Future<List<GroupMembership>> groupMembers(Membership actor, String groupJid) {
    return answer(members, "groupMembers", actor, groupJid);
  }

  @Override
  public Future<GroupMembership> addGroupMember(Membership actor, String groupJid, GroupMembership member) {
    return answer(new GroupMembership(member.jid(), member.status() == null ? GroupStatus.MEMBER : member.status(),
        false), "addGroupMember", actor, groupJid, member);
  }

  @Override
  public Future<GroupMembership> removeGroupMember(Membership actor, String groupJid, String contactJid) {
    return answer(new GroupMembership(Jid.parse(contactJid), GroupStatus.MEMBER, false), "removeGroupMember", actor,
        groupJid, contactJid);
  }

  @Override
  public Future<Chat> joinGroup(Membership actor, String groupJid) {
    return answer(chat, "joinGroup", actor, groupJid);
  }

  @Override
  public Future<Void> contactJoined(Membership joined) {
    return answer(null, "contactJoined", joined);
  }
}
