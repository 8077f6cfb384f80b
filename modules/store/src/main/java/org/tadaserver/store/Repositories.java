package org.tadaserver.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.function.Function;
import org.tadaserver.store.account.PasswordRepository;
import org.tadaserver.store.account.TokenRepository;
import org.tadaserver.store.account.UserRepository;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.SectionRepository;
import org.tadaserver.store.team.TeamRepository;

/**
 * Every repository over one {@link SqlClient}: the pool for independent statements, or one connection for a
 * transaction ({@link #inTransaction}). Repositories are cheap to make; hold one of these per client.
 */
public record Repositories(
    UserRepository users, PasswordRepository passwords, TokenRepository tokens, TeamRepository teams,
    ContactRepository contacts, SectionRepository sections) {

  public static Repositories on(SqlClient client) {
    return new Repositories(new UserRepository(client), new PasswordRepository(client), new TokenRepository(client),
        new TeamRepository(client), new ContactRepository(client), new SectionRepository(client));
  }

  /**
   * Runs {@code work} in one transaction: it commits when the returned future succeeds and rolls back when it fails
   * (the failure is passed on). Example: a team and its owner's contact, both or neither.
   */
  public static <T> Future<T> inTransaction(Pool pool, Function<Repositories, Future<T>> work) {
    return pool.withTransaction(connection -> work.apply(on(connection)));
  }
}
