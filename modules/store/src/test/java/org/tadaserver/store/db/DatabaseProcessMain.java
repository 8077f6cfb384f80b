package org.tadaserver.store.db;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.account.NewUser;

/**
 * A second process for {@link SecondProcessTest}: opens the embedded database of the directory in {@code args[0]}, then
 * obeys one command per stdin line and answers each with one line starting with {@code @@}. At the end of stdin it
 * exits without closing, like a crashed process.
 */
public final class DatabaseProcessMain {
  private DatabaseProcessMain() {}

  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    Database db;
    try {
      db = Database.open(vertx, new DatabaseConfig(null, Path.of(args[0]), 2, 0, false)).await(120, TimeUnit.SECONDS);
    } catch (Throwable e) {
      e.printStackTrace();
      System.out.println("@@FAIL " + e);
      Runtime.getRuntime().halt(2);
      return;
    }
    Repositories repos = Repositories.on(db.pool());
    System.out.println("@@READY");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] cmd = line.split(" ", 2);
      try {
        switch (cmd[0]) {
          case "insert" -> repos.users().insert(NewUser.named(cmd[1])).await(30, TimeUnit.SECONDS);
          case "find" -> {
            if (repos.users().findByUsername(cmd[1]).await(30, TimeUnit.SECONDS).isEmpty()) {
              throw new IllegalStateException("no user " + cmd[1]);
            }
          }
          case "ping" -> db.ping().await(30, TimeUnit.SECONDS);
          case "close" -> {
            db.close().await(120, TimeUnit.SECONDS);
            System.out.println("@@OK");
            vertx.close();
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown command " + cmd[0]);
        }
        System.out.println("@@OK");
      } catch (Exception e) {
        System.out.println("@@FAIL " + e);
      }
    }
    Runtime.getRuntime().halt(3);
  }
}
