package org.tadaserver.gateway.rest;

import java.util.List;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.Message;

/**
 * Small request and answer bodies of the chat routes that tdproto types only loosely or not at all (their paths are
 * [PROPOSED], see the route classes). Decoded with {@link Bodies}, so wrong types are {@code 422} naming the key.
 */
final class ChatBodies {
  private ChatBodies() {}

  /**
   * {@code tdapi.Draft}: body of {@code PUT .../chats/{jid}/draft} and the answer of both draft routes.
   *
   * @param draft the text; null or "" clears the draft
   * @param revision unix milliseconds; the newest revision wins
   */
  record Draft(String draft, Long revision) {}

  /**
   * Body of {@code POST .../chats/{jid}/lastread}.
   *
   * @param lastReadMessageId the last message read; absent or null = up to the last message
   */
  record LastRead(String lastReadMessageId) {}

  /** Body of {@code PUT .../groups/{g}/members/{contact}}. */
  record MemberStatus(GroupStatus status) {}

  /** Answer of the history routes: {@code {messages:[Message]}}, newest first (what tdclient decodes). */
  record Messages(List<Message> messages) {}
}
