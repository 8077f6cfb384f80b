package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Wire;
import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.TeamClock;

/**
 * An author's edit of their message (the caller checked the rights and the age under the team lock): new content,
 * {@code edited} = now, a new gentime; the chat's important count and the notices of members who have not read the
 * message follow the change. Every current member gets {@code server.message.updated} with {@code delayed:true}.
 */
final class Edits {
  private Edits() {}

  static Future<Void> apply(SqlClient tx, UUID team, Pending p, MessageRow old, int age, Outcome outcome) {
    Outgoing o = p.message();
    CounterRepository counters = new CounterRepository(tx);
    return new TeamClock(tx).next(team).compose(gentime -> {
      MessageRow edited = old.edited(new JsonObject(Wire.toJson(o.content())), o.pushText(),
          new JsonArray(Wire.toJson(o.links())), o.mentions(), o.replyTo(), o.linked(), o.important(), o.nopreview(),
          IsoTime.now(), gentime);
      List<UUID> added = new ArrayList<>(o.mentions());
      added.removeAll(old.mentions());
      List<UUID> removed = new ArrayList<>(old.mentions());
      removed.removeAll(o.mentions());
      int importance = Boolean.compare(o.important(), old.important());
      return new MessageRepository(tx).edit(edited)
          .compose(v -> importance == 0 ? Future.succeededFuture() : counters.importantsChanged(old.chatUid(),
              importance))
          .compose(v -> counters.noticesChanged(edited, added, removed, gentime))
          .compose(changed -> events(tx, team, edited, changed, age, p.referenced()))
          .map(result -> {
            outcome.publishLater(result.deliveries());
            outcome.succeed(p, MessageViews.view(edited, p.actor().contact(), result.ctx()));
            return null;
          });
    });
  }

  private record Events(ViewContext ctx, List<org.tadaserver.bus.Delivery> deliveries) {}

  /** Events for every current member; those whose notices moved also get fresh team counters. */
  private static Future<Events> events(SqlClient tx, UUID team, MessageRow edited, List<MemberRow> changed, int age,
      Map<UUID, MessageRow> referenced) {
    return new MemberRepository(tx).active(edited.chatUid()).compose(active -> {
      Map<UUID, MemberRow> members = new LinkedHashMap<>();
      active.forEach(m -> members.put(m.contactUid(), m));
      changed.forEach(m -> members.put(m.contactUid(), m));
      List<UUID> moved = changed.stream().map(MemberRow::contactUid).toList();
      return PageContext.load(tx, edited.chatUid(), age, List.of(edited))
          .compose(ctx -> Fanout.counters(tx, team, moved).map(c -> {
            ViewContext full = ctx.withReferenced(merged(ctx.referenced(), referenced));
            return new Events(full, MessageEvents.changed(team, edited, List.copyOf(members.values()), full, c));
          }));
    });
  }

  private static Map<UUID, MessageRow> merged(Map<UUID, MessageRow> a, Map<UUID, MessageRow> b) {
    Map<UUID, MessageRow> out = new LinkedHashMap<>(a);
    out.putAll(b);
    return out;
  }
}
