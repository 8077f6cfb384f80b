package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.model.Auth;

/** The database never holds a password or a token as it was given out. */
class NoPlaintextTest {
  static DirectoryFixture fx;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /**
   * Verifies, after accounts, logins and a logout, that no text, JSON or binary column of any table contains a
   * password or a token, neither as text nor as its UTF-8 bytes.
   */
  @Test
  void noTableHoldsAPasswordOrToken() {
    UUID team = await(fx.admin.createTeam("Secrets"));
    String password = "correct-horse-" + UUID.randomUUID();
    String username = DirectoryFixture.unique("plain");
    CreatedUser u = await(fx.admin.createUser(team, username, password, "P", "T", true));
    Auth login = await(fx.service.passwordLogin(username, password, "device"));
    await(fx.service.logout(await(fx.service.authenticate(login.token()))));
    String fresh = await(fx.admin.issueToken(username));

    List<String> secrets = List.of(password, u.token(), login.token(), fresh);
    List<String[]> columns = columns();
    assertTrue(columns.stream().anyMatch(c -> c[0].equals("password_hashes")), "the scan sees the credential tables");
    assertTrue(columns.stream().anyMatch(c -> c[0].equals("tokens") && c[2].equals("bytea")));
    for (String secret : secrets) {
      String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
      for (String[] c : columns) {
        String sql = "SELECT count(*) AS n FROM public.\"" + c[0] + "\" WHERE strpos(\"" + c[1] + "\"::text, $1) > 0"
            + " OR strpos(lower(\"" + c[1] + "\"::text), $2) > 0";
        Row row = await(fx.db.database().pool().preparedQuery(sql).execute(Tuple.of(secret, hex))).iterator().next();
        assertEquals(0L, row.getLong("n"), c[0] + "." + c[1] + " holds a secret");
      }
    }
  }

  /** Every text-like or binary column of every table in the schema, as {table, column, type}. */
  private static List<String[]> columns() {
    String sql = "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
        + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN "
        + "('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')";
    List<String[]> out = new ArrayList<>();
    for (Row r : await(fx.db.database().pool().query(sql).execute())) {
      out.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
    }
    return out;
  }
}
