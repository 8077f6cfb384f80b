package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.TeamClock;
import org.tadaserver.store.team.TeamRepository;

/**
 * One send batch inside one transaction. Teams are handled one after another in uuid order, each after taking its
 * clock, so two batches never deadlock. Within a team the existing messages among the batch's ids are locked and
 * each item becomes one of: a new message ({@link MessageWriter}), a resend (same content: nothing changes, the
 * stored message is answered), an edit by its author within {@code max_message_update_age} ({@link Edits}), or a
 * refusal.
 */
final class SendBatch {
  private SendBatch() {}

  static Future<Outcome> write(SqlClient tx, List<Pending> batch) {
    Outcome outcome = new Outcome();
    TreeMap<UUID, List<Pending>> byTeam = batch.stream()
        .collect(Collectors.groupingBy(Pending::team, TreeMap::new, Collectors.toList()));
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<UUID, List<Pending>> e : byTeam.entrySet()) {
      chain = chain.compose(v -> team(tx, e.getKey(), e.getValue(), outcome));
    }
    return chain.map(v -> {
      batch.stream().filter(p -> !outcome.decided(p)).findAny().ifPresent(p -> {
        throw new IllegalStateException("no decision for message " + p.uid());
      });
      return outcome;
    });
  }

  private static Future<Void> team(SqlClient tx, UUID team, List<Pending> items, Outcome outcome) {
    List<UUID> uids = items.stream().map(Pending::uid).toList();
    Future<Long> clock = new TeamClock(tx).next(team);
    Future<org.tadaserver.store.team.TeamRow> teamRow = new TeamRepository(tx).get(team);
    Future<List<MessageRow>> locked = new MessageRepository(tx).lockAll(uids);
    return Future.all(clock, teamRow, locked).map(v -> teamRow.result())
        .compose(t -> locked.compose(existing -> {
          Map<UUID, MessageRow> stored = existing.stream().collect(Collectors.toMap(MessageRow::uid, r -> r));
          int age = t.settings().maxMessageUpdateAge();
          List<Pending> fresh = new ArrayList<>();
          List<Pending> edits = new ArrayList<>();
          List<Pending> resends = new ArrayList<>();
          for (Pending p : items) {
            MessageRow old = stored.get(p.uid());
            if (old == null) {
              fresh.add(p);
              continue;
            }
            ServiceException refused = refusal(p, old, age);
            if (refused != null) {
              outcome.fail(p, refused);
            } else if (sameAs(p.message(), old)) {
              resends.add(p);
            } else {
              edits.add(p);
            }
          }
          return create(tx, team, fresh, age, outcome)
              .compose(v -> sequentially(edits, p -> Edits.apply(tx, team, p, stored.get(p.uid()), age, outcome)))
              .compose(v -> sequentially(resends, p -> resend(tx, p, stored.get(p.uid()), age, outcome)));
        }));
  }

  private static Future<Void> create(SqlClient tx, UUID team, List<Pending> fresh, int age, Outcome outcome) {
    if (fresh.isEmpty()) {
      return Future.succeededFuture();
    }
    Map<UUID, MessageRow> referenced = new HashMap<>();
    fresh.forEach(p -> referenced.putAll(p.referenced()));
    return MessageWriter.create(tx, team, fresh.stream().map(Pending::message).toList(), age).map(w -> {
      ViewContext ctx = ViewContext.of(w.updateAge(), w.positions()).withReferenced(referenced);
      Map<UUID, MessageRow> rows = w.messages().stream().collect(Collectors.toMap(MessageRow::uid, r -> r));
      for (Pending p : fresh) {
        ServiceException rejected = w.rejected().get(p.uid());
        if (rejected != null) {
          outcome.fail(p, rejected);
        } else {
          outcome.created(p, MessageViews.view(rows.get(p.uid()), p.actor().contact(), ctx));
        }
      }
      outcome.publishLater(() -> MessageEvents.created(w, referenced));
      return null;
    });
  }

  /**
   * Why the message id cannot be (re)used by this send, or null. Checked before comparing contents, so a resend of
   * someone else's message id learns nothing about that message.
   */
  private static ServiceException refusal(Pending p, MessageRow old, int age) {
    if (!old.chatUid().equals(p.message().chat())) {
      return ServiceException.invalid("message_id", "already used by another message");
    }
    if (!old.sender().equals(p.message().sender())) {
      return ServiceException.accessDenied("Only the author can edit a message");
    }
    if (sameAs(p.message(), old)) {
      return null;
    }
    if (old.isSystem()) {
      return ServiceException.accessDenied("System messages can't be edited");
    }
    if (old.isArchive()) {
      return ServiceException.accessDenied("The message is deleted");
    }
    if (Instant.now().isAfter(old.created().plusSeconds(age))) {
      return ServiceException.accessDenied("The message is older than " + age + " s and can no longer be edited");
    }
    return null;
  }

  /** A resend: what the author sends equals what is stored. */
  static boolean sameAs(Outgoing o, MessageRow old) {
    var content = MessageViews.content(old);
    return Objects.equals(o.content().text(), content.text()) && o.important() == old.important()
        && o.nopreview() == old.nopreview() && Objects.equals(o.replyTo(), old.replyTo())
        && o.linked().equals(old.linked());
  }

  private static Future<Void> resend(SqlClient tx, Pending p, MessageRow stored, int age, Outcome outcome) {
    return PageContext.load(tx, stored.chatUid(), age, List.of(stored))
        .map(ctx -> {
          outcome.succeed(p, MessageViews.view(stored, p.actor().contact(), ctx));
          return null;
        });
  }

  static Future<Void> sequentially(List<Pending> items, java.util.function.Function<Pending, Future<Void>> step) {
    Future<Void> chain = Future.succeededFuture();
    for (Pending p : items) {
      chain = chain.compose(v -> step.apply(p));
    }
    return chain;
  }
}
