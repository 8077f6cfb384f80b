package org.tadaserver.store.chat;

import io.vertx.sqlclient.Row;
import org.tadaserver.store.sql.Rows;

/**
 * Select lists and row mappers for {@code chats} (alias {@code c}) and {@code chat_members} (alias {@code m}, joined
 * with {@code contacts k} for the user). Member columns carry an {@code m_} prefix so both fit in one row.
 */
public final class ChatColumns {
  public static final String CHAT = "c.uid, c.team_uid, c.chat_type, c.direct_low, c.direct_high, c.title, "
      + "c.description, "
      + "c.is_public, c.default_for_all, c.readonly_for_members, c.autocleanup_age, c.section_uid, c.pinned_message, "
      + "c.creator, c.created, c.base_gentime, c.last_seq, c.last_message, c.last_activity, c.num_messages, "
      + "c.num_importants, c.is_archive";
  public static final String MEMBER = "m.chat_uid AS m_chat_uid, m.contact_uid AS m_contact_uid, "
      + "m.team_uid AS m_team_uid, "
      + "k.user_uid AS m_user_uid, m.status AS m_status, m.is_member AS m_is_member, "
      + "m.last_read_seq AS m_last_read_seq, m.last_read_message AS m_last_read_message, "
      + "m.num_unread AS m_num_unread, m.num_unread_notices AS m_num_unread_notices, m.hidden AS m_hidden, "
      + "m.pinned AS m_pinned, m.pinned_sort_ordering AS m_pinned_sort_ordering, "
      + "m.notifications_enabled AS m_notifications_enabled, m.counters_enabled AS m_counters_enabled, "
      + "m.collapsed AS m_collapsed, m.draft AS m_draft, m.draft_revision AS m_draft_revision, "
      + "m.gentime AS m_gentime";
  /** {@code chat_members m} with its contact, for {@link #MEMBER}. */
  public static final String MEMBERS_FROM = "chat_members m JOIN contacts k ON k.uid = m.contact_uid";

  private ChatColumns() {}

  public static ChatRow chat(Row r) {
    return new ChatRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getString("chat_type"), r.getUUID("direct_low"),
        r.getUUID("direct_high"), r.getString("title"), r.getString("description"), r.getBoolean("is_public"),
        r.getBoolean("default_for_all"), r.getBoolean("readonly_for_members"), r.getInteger("autocleanup_age"),
        r.getUUID("section_uid"), r.getUUID("pinned_message"), r.getUUID("creator"), Rows.instant(r, "created"),
        r.getLong("base_gentime"), r.getLong("last_seq"), r.getUUID("last_message"), Rows.instant(r, "last_activity"),
        r.getInteger("num_messages"), r.getInteger("num_importants"), r.getBoolean("is_archive"));
  }

  public static MemberRow member(Row r) {
    return new MemberRow(r.getUUID("m_chat_uid"), r.getUUID("m_contact_uid"), r.getUUID("m_team_uid"),
        r.getUUID("m_user_uid"), r.getString("m_status"), r.getBoolean("m_is_member"), r.getLong("m_last_read_seq"),
        r.getUUID("m_last_read_message"), r.getInteger("m_num_unread"), r.getInteger("m_num_unread_notices"),
        r.getBoolean("m_hidden"), r.getBoolean("m_pinned"), r.getInteger("m_pinned_sort_ordering"),
        r.getBoolean("m_notifications_enabled"), r.getBoolean("m_counters_enabled"), r.getBoolean("m_collapsed"),
        r.getString("m_draft"), r.getLong("m_draft_revision"), r.getLong("m_gentime"));
  }
}
