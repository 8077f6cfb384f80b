package org.tadaserver.store.chat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code messages} with the chat facts every view of it needs ({@code chat_type} and, for direct chats, the
 * two contacts), so a message can be rendered for any viewer without another lookup.
 *
 * @param uid the client's {@code message_id}
 * @param seq order in the chat (never reused; deleted messages keep theirs)
 * @param content the {@code MessageContent} as sent on the wire
 * @param links the {@code MessageLink[]} made from the text
 * @param mentions contacts the text mentions (the message is a notice for them)
 * @param linked forwarded messages, in the order given
 * @param isSystem a {@code change} message made by the server, never editable
 * @param edited time of the last edit or of the deletion; null when never changed
 * @param gentime version, from the team clock
 * @param isArchive deleted
 */
public record MessageRow(
    UUID uid, UUID chatUid, UUID teamUid, UUID sender, long seq, JsonObject content, String pushText, JsonArray links,
    List<UUID> mentions, UUID replyTo, List<UUID> linked, boolean important, boolean nopreview, boolean silently,
    boolean isSystem, Instant created, Instant edited, long gentime, boolean isArchive, String chatType,
    UUID directLow, UUID directHigh) {
  public MessageRow {
    mentions = List.copyOf(mentions);
    linked = List.copyOf(linked);
  }

  /** Direct chats: the contact the sender wrote to; null for other chats. */
  public UUID directRecipient() {
    if (directLow == null) {
      return null;
    }
    return sender.equals(directLow) ? directHigh : directLow;
  }

  /** This message after an edit by its author. */
  public MessageRow edited(JsonObject content, String pushText, JsonArray links, List<UUID> mentions, UUID replyTo,
      List<UUID> linked, boolean important, boolean nopreview, Instant at, long gentime) {
    return new MessageRow(uid, chatUid, teamUid, sender, seq, content, pushText, links, mentions, replyTo, linked,
        important, nopreview, silently, isSystem, created, at, gentime, isArchive, chatType, directLow, directHigh);
  }

  /** This message deleted: archived, stamped, content kept as it was (the view decides what to show). */
  public MessageRow archived(Instant at, long gentime) {
    return new MessageRow(uid, chatUid, teamUid, sender, seq, content, pushText, links, mentions, replyTo, linked,
        important, nopreview, silently, isSystem, created, at, gentime, true, chatType, directLow, directHigh);
  }

  /** This message with a new version only (reactions changed). */
  public MessageRow touched(long gentime) {
    return new MessageRow(uid, chatUid, teamUid, sender, seq, content, pushText, links, mentions, replyTo, linked,
        important, nopreview, silently, isSystem, created, edited, gentime, isArchive, chatType, directLow, directHigh);
  }
}
