package org.tadaserver.store.db;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect: one value that yields both the reactive client's options and the JDBC URL Flyway
 * needs, so the two never disagree.
 */
record PgEndpoint(String host, int port, String database, String user, String password, SslMode sslMode) {
  /** Shown in {@code pg_stat_activity}, so an operator can tell the server's sessions from others. */
  static final String APPLICATION_NAME = "tada-server";
  private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@]*:)[^@]*@");
  private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)(password=)[^&]*");

  /**
   * Parses {@code postgresql://user:pass@host:port/db?sslmode=...}; the {@code postgres://} and
   * {@code jdbc:postgresql://} spellings are accepted too. Missing parts take libpq's defaults.
   *
   * @throws IllegalArgumentException when {@code url} is not such a URL
   */
  static PgEndpoint parseUrl(String url) {
    String uri = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
    if (!uri.startsWith("postgresql://") && !uri.startsWith("postgres://")) {
      throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user:pass@host:port/db): " + redact(url));
    }
    PgConnectOptions options;
    try {
      options = PgConnectOptions.fromUri(uri);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed PostgreSQL URL " + redact(url) + ": " + e.getMessage(), e);
    }
    return new PgEndpoint(options.getHost(), options.getPort(), options.getDatabase(), options.getUser(),
        options.getPassword(), options.getSslMode());
  }

  /** A server on the loopback interface, without TLS (the embedded one). */
  static PgEndpoint loopback(int port, String database, String user, String password) {
    return new PgEndpoint("127.0.0.1", port, database, user, password, SslMode.DISABLE);
  }

  /**
   * Every statement is prepared once per connection and kept: without the cache each execution parses and plans its
   * statement again, which was most of the database's CPU per message on the send path. The limits admit the longest
   * statements (the chat list, the counters) and all distinct statements of the server.
   */
  PgConnectOptions connectOptions() {
    return new PgConnectOptions()
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(1024)
        .setPreparedStatementCacheSqlLimit(16 * 1024)
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password)
        .setSslMode(sslMode)
        .setProperties(Map.of("application_name", APPLICATION_NAME));
  }

  /** The JDBC URL without credentials; pass {@link #user()} and {@link #password()} separately. */
  String jdbcUrl() {
    return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database
        + "?sslmode=" + sslMode.value;
  }

  /** {@code url} with any password replaced by {@code ***}, for logs and messages. */
  static String redact(String url) {
    String withoutUserInfo = URL_PASSWORD.matcher(url).replaceAll("$1***@");
    return QUERY_PASSWORD.matcher(withoutUserInfo).replaceAll("$1***");
  }

  private String hostForUrl() {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "postgresql://" + user + "@" + hostForUrl() + ":" + port + "/" + database;
  }
}
