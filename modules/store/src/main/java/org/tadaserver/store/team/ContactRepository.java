package org.tadaserver.store.team;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.Page;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.sql.Rows;

/**
 * Contacts ({@code contacts}): memberships of users in teams, and team bots. Gentime arguments are the caller's clock
 * reading; the stored value is {@code max(given, previous + 1)} and the returned row carries it.
 */
public final class ContactRepository {
  /** {@link StoreException.Conflict#constraint()} when the user already has a contact in the team. */
  public static final String USER_IN_TEAM = "contacts_team_user_key";
  /** {@link StoreException.Conflict#constraint()} when the team has a bot of that name. */
  public static final String BOTNAME_TAKEN = "contacts_team_botname_key";
  /** {@link StoreException.Conflict#constraint()} when the chosen uid exists. */
  public static final String UID_TAKEN = "contacts_pkey";

  private final SqlClient client;

  public ContactRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Fails with {@link StoreException.Conflict} ({@link #USER_IN_TEAM}, {@link #BOTNAME_TAKEN}, {@link #UID_TAKEN}),
   * {@link StoreException.NotFound} for an unknown team or user, {@link StoreException.Invalid} for a bad status.
   */
  public Future<ContactRow> insert(NewContact c, long gentime) {
    Tuple params = Tuple.of(c.uid() == null ? UUID.randomUUID() : c.uid(), c.team(), c.user(), orEmpty(c.botname()),
            orEmpty(c.role()), c.status(), orEmpty(c.givenName()), orEmpty(c.familyName()), orEmpty(c.patronymic()))
        .addValue(c.displayName()).addValue(c.shortName()).addValue(orEmpty(c.contactEmail()))
        .addValue(orEmpty(c.contactPhone())).addValue(c.iconLetters()).addValue(c.iconColor())
        .addValue(c.settings() == null ? new JsonObject() : c.settings()).addValue(gentime);
    return one(ContactSql.INSERT, params, "contact");
  }

  /** Fails with {@link StoreException.NotFound}. */
  public Future<ContactRow> get(UUID uid) {
    return one(ContactSql.GET, Tuple.of(uid), "contact " + uid);
  }

  /** The user's contact in the team, archived or not; fails with {@link StoreException.NotFound}. */
  public Future<ContactRow> getByTeamAndUser(UUID team, UUID user) {
    return one(ContactSql.GET_BY_TEAM_AND_USER, Tuple.of(team, user), "contact of user " + user + " in team " + team);
  }

  /** The user's live contacts in all teams, oldest first. */
  public Future<List<ContactRow>> listForUser(UUID user) {
    return mapped(client.preparedQuery(ContactSql.LIST_FOR_USER).execute(Tuple.of(user)))
        .map(rows -> Rows.all(rows, ContactSql::map));
  }

  /** Records when the contact was last seen online; an older time than the stored one changes nothing. */
  public Future<Void> recordLastActivity(UUID team, UUID contact, Instant at) {
    return mapped(client.preparedQuery(ContactSql.SET_LAST_ACTIVITY)
        .execute(Tuple.of(contact, team, at.atOffset(ZoneOffset.UTC)))).mapEmpty();
  }

  /** The team's contacts that pass {@code filter}, by display name (ignoring case), with the total match count. */
  public Future<Page<ContactRow>> list(UUID team, ContactFilter filter) {
    Tuple params = filterParams(team, filter)
        .addValue(filter.limit() == 0 ? null : filter.limit())
        .addValue(filter.offset());
    return mapped(client.preparedQuery(ContactSql.LIST).execute(params))
        .compose(rows -> page(rows, team, filter));
  }

  /** Applies {@code update}; fails with {@link StoreException.NotFound} or {@link StoreException.Invalid}. */
  public Future<ContactRow> update(UUID uid, ContactUpdate u, long gentime) {
    Tuple params = Tuple.of(uid, u.role(), u.status(), u.givenName(), u.familyName(), u.patronymic(),
            u.displayName(), u.shortName(), u.contactEmail())
        .addValue(u.contactPhone()).addValue(u.iconLetters()).addValue(u.iconColor()).addValue(u.settingsPatch())
        .addValue(gentime);
    return one(ContactSql.UPDATE, params, "contact " + uid);
  }

  /** Marks the contact archived (it left the team); fails with {@link StoreException.NotFound}. */
  public Future<ContactRow> archive(UUID uid, long gentime) {
    return one(ContactSql.SET_ARCHIVE, Tuple.of(uid, true, gentime), "contact " + uid);
  }

  /** Brings an archived contact back (the user rejoins); fails with {@link StoreException.NotFound}. */
  public Future<ContactRow> restore(UUID uid, long gentime) {
    return one(ContactSql.SET_ARCHIVE, Tuple.of(uid, false, gentime), "contact " + uid);
  }

  /**
   * Makes {@code sections} the contact's exact set of sections and bumps its gentime. Fails with
   * {@link StoreException.NotFound} for an unknown contact or a section that is not of the contact's team.
   */
  public Future<ContactRow> setSections(UUID uid, List<UUID> sections, long gentime) {
    Tuple params = Tuple.of(uid, sections.toArray(new UUID[0]), gentime);
    return mapped(client.preparedQuery(ContactSql.SET_SECTIONS).execute(params))
        .compose(rows -> Rows.touched(rows, "contact " + uid))
        .compose(v -> get(uid));
  }

  private Future<Page<ContactRow>> page(RowSet<Row> rows, UUID team, ContactFilter filter) {
    List<ContactRow> items = Rows.all(rows, ContactSql::map);
    if (!items.isEmpty() || filter.offset() == 0) {
      long total = items.isEmpty() ? 0 : rows.iterator().next().getLong("total");
      return Future.succeededFuture(new Page<>(items, total));
    }
    // past the last page: the window count came with no row, so count separately
    return mapped(client.preparedQuery(ContactSql.COUNT).execute(filterParams(team, filter)))
        .map(counted -> new Page<>(items, counted.iterator().next().getLong("total")));
  }

  private static Tuple filterParams(UUID team, ContactFilter f) {
    String text = f.displayNameContains() == null || f.displayNameContains().isEmpty() ? null
        : f.displayNameContains();
    return Tuple.of(team, f.statuses().toArray(new String[0]), f.uids().toArray(new UUID[0]), text, f.archived(),
        f.bots(), f.excludeUid(), f.gentimeGt());
  }

  private Future<ContactRow> one(String sql, Tuple params, String what) {
    return mapped(client.preparedQuery(sql).execute(params)).compose(rows -> Rows.one(rows, ContactSql::map, what));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
