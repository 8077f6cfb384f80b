package org.tadaserver.chats.messages;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.model.MessageLink;
import org.tadaserver.protocol.model.MessageReaction;
import org.tadaserver.protocol.model.MessageReactionDetail;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.ReactionRow;

/**
 * Renders stored messages as one viewer sees them (protocol-reference §3.1, §3.3): {@code chat} is personalised for
 * direct chats, {@code notice} marks mentions of the viewer, positions and {@code editable_until} are filled for live
 * messages.
 *
 * <p>Deleted messages: {@code is_archive}, {@code edited} = deletion time, no {@code num}, content type
 * {@code deleted}. Their text is EMPTY everywhere (history, sync, replies, forwards) except in the one
 * {@code server.message.updated} that announces the deletion to the chat's members, who had the text already: that
 * event keeps the original text so clients (tdclient's own delete test) can match it. The row keeps the content; the
 * API never shows it again.
 */
public final class MessageViews {
  private static final TypeReference<List<MessageLink>> LINKS = new TypeReference<>() {};

  private MessageViews() {}

  /** The message for {@code viewer}, with its answered and forwarded messages (one level deep). */
  public static Message view(MessageRow row, UUID viewer, ViewContext ctx) {
    Message base = plain(row, viewer, ctx, ctx.revealDeleted());
    if (row.isArchive()) {
      return base;
    }
    Message replyTo = row.replyTo() == null || !ctx.referenced().containsKey(row.replyTo()) ? null
        : plain(ctx.referenced().get(row.replyTo()), viewer, ctx, false);
    List<Message> linked = new ArrayList<>();
    for (UUID uid : row.linked()) {
      MessageRow ref = ctx.referenced().get(uid);
      if (ref != null) {
        linked.add(plain(ref, viewer, ctx, false));
      }
    }
    return base.withReplyTo(replyTo).withLinkedMessages(linked);
  }

  /**
   * What makes {@code viewer}'s view of {@code row} differ from another viewer's: the chat names and notices of the
   * message and of the messages it answers or forwards. Equal signatures render to equal messages.
   */
  static String signature(MessageRow row, UUID viewer, ViewContext ctx) {
    StringBuilder s = new StringBuilder(64).append(chatFor(row, viewer)).append(noticeFor(row, viewer));
    if (!row.isArchive()) {
      List<UUID> refs = new ArrayList<>(row.linked());
      if (row.replyTo() != null) {
        refs.add(row.replyTo());
      }
      for (UUID uid : refs) {
        MessageRow ref = ctx.referenced().get(uid);
        if (ref != null) {
          s.append('|').append(chatFor(ref, viewer)).append(noticeFor(ref, viewer));
        }
      }
    }
    return s.toString();
  }

  private static boolean noticeFor(MessageRow row, UUID viewer) {
    return !viewer.equals(row.sender()) && row.mentions().contains(viewer);
  }

  /** The chat as {@code viewer} names it: for a direct chat the other party (or the recipient for outsiders). */
  public static Jid chatFor(MessageRow row, UUID viewer) {
    if (!ChatType.DIRECT.wire().equals(row.chatType())) {
      return Jid.of(ChatType.fromWire(row.chatType()), row.chatUid());
    }
    UUID recipient = row.directRecipient();
    return Jid.contact(viewer.equals(recipient) ? row.sender() : recipient);
  }

  /** The absolute recipient: the group/task, or the contact a direct message was written to. */
  public static Jid to(MessageRow row) {
    return ChatType.DIRECT.wire().equals(row.chatType()) ? Jid.contact(row.directRecipient())
        : Jid.of(ChatType.fromWire(row.chatType()), row.chatUid());
  }

  private static Message plain(MessageRow row, UUID viewer, ViewContext ctx, boolean revealDeleted) {
    var b = Message.builder()
        .messageId(row.uid().toString())
        .from(Jid.contact(row.sender()))
        .to(to(row))
        .chat(chatFor(row, viewer))
        .chatType(ChatType.fromWire(row.chatType()))
        .created(row.created())
        .edited(row.edited())
        .gentime(row.gentime())
        .important(row.important())
        .nopreview(row.nopreview())
        .silently(row.silently())
        .received(ctx.received().contains(row.uid()))
        .isArchive(row.isArchive());
    if (row.isArchive()) {
      MessageContent original = content(row);
      return b.content(MessageContent.builder().type(Mediatype.DELETED)
          .text(revealDeleted && original.text() != null ? original.text() : "").build()).build();
    }
    Position position = ctx.positions().get(row.uid());
    if (position != null) {
      b.num(position.num()).isFirst(position.first()).isLast(position.last())
          .prev(position.prev() == null ? null : position.prev().toString());
    }
    return b.content(content(row))
        .pushText(row.pushText())
        .links(links(row))
        .notice(noticeFor(row, viewer))
        .editableUntil(row.isSystem() ? row.created() : row.created().plusSeconds(ctx.updateAge()))
        .reactions(reactions(ctx.reactions().getOrDefault(row.uid(), List.of())))
        .build();
  }

  static MessageContent content(MessageRow row) {
    return Wire.fromJson(row.content().encode(), MessageContent.class);
  }

  private static List<MessageLink> links(MessageRow row) {
    try {
      return Wire.mapper().readValue(row.links().encode(), LINKS);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("stored links of " + row.uid() + " are unreadable", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored links of " + row.uid() + " are not JSON", e);
    }
  }

  /** Reactions grouped by emoji, in the order each emoji was first used, with who reacted and when. */
  static List<MessageReaction> reactions(List<ReactionRow> rows) {
    Map<String, List<MessageReactionDetail>> byName = new LinkedHashMap<>();
    rows.stream().sorted(java.util.Comparator.comparing(ReactionRow::created))
        .forEach(r -> byName.computeIfAbsent(r.name(), n -> new ArrayList<>())
            .add(new MessageReactionDetail(r.created(), Jid.contact(r.contact()), r.name())));
    List<MessageReaction> out = new ArrayList<>();
    byName.forEach((name, details) -> out.add(new MessageReaction(name, details.size(), details)));
    return out;
  }
}
