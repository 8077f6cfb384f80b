package org.tadaserver.store.chat;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tadaserver.store.sql.Rows;

/** Select list ({@code messages g} joined with {@code chats c}), insert and row mapper for {@link MessageRow}. */
final class MessageSql {
  static final String COLUMNS = "g.uid, g.chat_uid, g.team_uid, g.sender, g.seq, g.content, g.push_text, g.links, "
      + "g.mentions, g.reply_to, g.linked, g.important, g.nopreview, g.silently, g.is_system, g.created, g.edited, "
      + "g.gentime, g.is_archive, c.chat_type AS g_chat_type, c.direct_low AS g_direct_low, "
      + "c.direct_high AS g_direct_high";
  static final String FROM = " FROM messages g JOIN chats c ON c.uid = g.chat_uid ";
  static final String INSERT = """
      INSERT INTO messages (uid, chat_uid, team_uid, sender, seq, content, push_text, links, mentions, reply_to, linked,
        important, nopreview, silently, is_system, created, gentime)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)""";

  private MessageSql() {}

  static Tuple insertParams(MessageRow m) {
    return Tuple.tuple()
        .addValue(m.uid()).addValue(m.chatUid()).addValue(m.teamUid()).addValue(m.sender()).addValue(m.seq())
        .addValue(m.content()).addValue(m.pushText()).addValue(m.links())
        .addValue(m.mentions().toArray(java.util.UUID[]::new)).addValue(m.replyTo())
        .addValue(m.linked().toArray(java.util.UUID[]::new)).addValue(m.important()).addValue(m.nopreview())
        .addValue(m.silently()).addValue(m.isSystem()).addValue(at(m.created())).addValue(m.gentime());
  }

  /** A timestamptz parameter (the driver takes OffsetDateTime, not Instant); null stays null. */
  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static MessageRow map(Row r) {
    Object links = r.getValue("links");
    return new MessageRow(r.getUUID("uid"), r.getUUID("chat_uid"), r.getUUID("team_uid"), r.getUUID("sender"),
        r.getLong("seq"), r.getJsonObject("content"), r.getString("push_text"),
        links instanceof JsonArray array ? array : new JsonArray(), Rows.uuids(r, "mentions"), r.getUUID("reply_to"),
        Rows.uuids(r, "linked"), r.getBoolean("important"), r.getBoolean("nopreview"), r.getBoolean("silently"),
        r.getBoolean("is_system"), Rows.instant(r, "created"), Rows.instant(r, "edited"), r.getLong("gentime"),
        r.getBoolean("is_archive"), r.getString("g_chat_type"), r.getUUID("g_direct_low"),
        r.getUUID("g_direct_high"));
  }
}
