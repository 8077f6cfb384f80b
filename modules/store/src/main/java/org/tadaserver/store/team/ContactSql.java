package org.tadaserver.store.team;

import io.vertx.sqlclient.Row;
import org.tadaserver.store.sql.Rows;

/** The SQL text of {@link ContactRepository}, and its row mapper. */
final class ContactSql {
  /** Columns of a contact row aliased {@code c}, with its live sections in section order. */
  static final String COLUMNS = """
      c.uid, c.team_uid, c.user_uid, c.botname, c.role, c.status, c.given_name, c.family_name, c.patronymic,
      c.display_name, c.short_name, c.contact_email, c.contact_phone, c.icon_letters, c.icon_color, c.settings,
      ARRAY(SELECT m.section_uid FROM contact_section_members m JOIN contact_sections s ON s.uid = m.section_uid
            WHERE m.contact_uid = c.uid AND NOT s.is_archive ORDER BY s.sort_ordering, s.uid) AS sections,
      c.gentime, c.is_archive, c.created, c.last_activity""";

  static final String INSERT = """
      INSERT INTO contacts AS c (uid, team_uid, user_uid, botname, role, status, given_name, family_name, patronymic,
        display_name, short_name, contact_email, contact_phone, icon_letters, icon_color, settings, gentime)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
      RETURNING\s""" + COLUMNS;

  static final String GET = "SELECT " + COLUMNS + " FROM contacts c WHERE c.uid = $1";

  static final String GET_BY_TEAM_AND_USER = "SELECT " + COLUMNS
      + " FROM contacts c WHERE c.team_uid = $1 AND c.user_uid = $2";

  static final String LIST_FOR_USER = "SELECT " + COLUMNS
      + " FROM contacts c WHERE c.user_uid = $1 AND NOT c.is_archive ORDER BY c.created, c.uid";

  private static final String FILTER = """
      FROM contacts c
      WHERE c.team_uid = $1
        AND (cardinality($2::text[]) = 0 OR c.status = ANY($2::text[]))
        AND (cardinality($3::uuid[]) = 0 OR c.uid = ANY($3::uuid[]))
        AND ($4::text IS NULL OR strpos(lower(c.display_name), lower($4::text)) > 0)
        AND ($5::boolean IS NULL OR c.is_archive = $5::boolean)
        AND ($6::boolean IS NULL OR (c.botname <> '') = $6::boolean)
        AND ($7::uuid IS NULL OR c.uid <> $7::uuid)
        AND ($8::bigint IS NULL OR c.gentime > $8::bigint)
      """;

  /** {@code total} is the count of all matching rows, computed before LIMIT/OFFSET. */
  static final String LIST = "SELECT " + COLUMNS + ", count(*) OVER () AS total " + FILTER
      + "ORDER BY lower(c.display_name), c.uid LIMIT $9 OFFSET $10";

  static final String COUNT = "SELECT count(*) AS total " + FILTER;

  static final String UPDATE = """
      UPDATE contacts c SET
        role = COALESCE($2, c.role),
        status = COALESCE($3, c.status),
        given_name = COALESCE($4, c.given_name),
        family_name = COALESCE($5, c.family_name),
        patronymic = COALESCE($6, c.patronymic),
        display_name = COALESCE($7, c.display_name),
        short_name = COALESCE($8, c.short_name),
        contact_email = COALESCE($9, c.contact_email),
        contact_phone = COALESCE($10, c.contact_phone),
        icon_letters = COALESCE($11, c.icon_letters),
        icon_color = COALESCE($12, c.icon_color),
        settings = CASE WHEN $13::jsonb IS NULL THEN c.settings ELSE jsonb_strip_nulls(c.settings || $13::jsonb) END,
        gentime = GREATEST($14, c.gentime + 1)
      WHERE c.uid = $1
      RETURNING\s""" + COLUMNS;

  static final String SET_ARCHIVE = "UPDATE contacts c SET is_archive = $2, gentime = GREATEST($3, c.gentime + 1) "
      + "WHERE c.uid = $1 RETURNING " + COLUMNS;

  /**
   * Replaces a contact's sections in one statement (so atomically, also on the pool) and bumps its gentime. The
   * composite foreign keys refuse a section of another team.
   */
  static final String SET_SECTIONS = """
      WITH target AS (SELECT uid, team_uid FROM contacts WHERE uid = $1 FOR UPDATE),
      removed AS (
        DELETE FROM contact_section_members m USING target t
        WHERE m.contact_uid = t.uid AND m.section_uid <> ALL($2::uuid[])),
      added AS (
        INSERT INTO contact_section_members (team_uid, section_uid, contact_uid)
        SELECT DISTINCT t.team_uid, s.uid, t.uid FROM target t CROSS JOIN unnest($2::uuid[]) AS s(uid)
        ON CONFLICT DO NOTHING)
      UPDATE contacts c SET gentime = GREATEST($3, c.gentime + 1) FROM target t WHERE c.uid = t.uid
      RETURNING c.uid""";

  /** Moves a contact's last activity forward (never back: reports from several nodes may arrive out of order). */
  static final String SET_LAST_ACTIVITY = """
      UPDATE contacts SET last_activity = GREATEST(last_activity, $3)
      WHERE uid = $1 AND team_uid = $2""";

  private ContactSql() {}

  static ContactRow map(Row r) {
    return new ContactRow(r.getUUID("uid"), r.getUUID("team_uid"), r.getUUID("user_uid"), r.getString("botname"),
        r.getString("role"), r.getString("status"), r.getString("given_name"), r.getString("family_name"),
        r.getString("patronymic"), r.getString("display_name"), r.getString("short_name"),
        r.getString("contact_email"), r.getString("contact_phone"), r.getString("icon_letters"),
        r.getString("icon_color"), r.getJsonObject("settings"), Rows.uuids(r, "sections"), r.getLong("gentime"),
        r.getBoolean("is_archive"), Rows.instant(r, "created"), Rows.instant(r, "last_activity"));
  }
}
