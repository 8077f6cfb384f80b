package org.tadaserver.store.chat;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.NewContact;

/**
 * The per-team notes bot ({@code Team.notebot}, "My notes"): a bot contact without a user whose direct chat with each
 * member is that member's notes. Its uid is derived from the team's, so anyone can name it ({@link #uid}) before it
 * exists; the contact row is created on first use ({@link #ensure}).
 */
public final class Notebot {
  public static final String BOTNAME = "notebot";
  public static final String DISPLAY_NAME = "My notes";
  private static final String ICON_LETTERS = "MN";
  private static final String ICON_COLOR = "#7e57c2";

  private Notebot() {}

  /** The notebot's contact uid in {@code team} (a name-based UUID of the team's), stable forever. */
  public static UUID uid(UUID team) {
    return UUID.nameUUIDFromBytes(("tada-notebot:" + team).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates the team's notebot contact unless it exists. Run it on the POOL, not inside a transaction: a concurrent
   * creator's row makes the insert fail with a conflict, which is taken as success.
   *
   * @param gentime the contact's version (directory convention: the caller's clock)
   */
  public static Future<Void> ensure(SqlClient pool, UUID team, long gentime) {
    ContactRepository contacts = new ContactRepository(pool);
    NewContact bot = NewContact.bot(team, BOTNAME, DISPLAY_NAME, ICON_LETTERS, ICON_COLOR).withUid(uid(team));
    return contacts.get(uid(team)).<Void>mapEmpty()
        .recover(missing -> missing instanceof StoreException.NotFound
            ? contacts.insert(bot, gentime).<Void>mapEmpty()
                .recover(e -> e instanceof StoreException.Conflict ? Future.succeededFuture() : Future.failedFuture(e))
            : Future.failedFuture(missing));
  }
}
