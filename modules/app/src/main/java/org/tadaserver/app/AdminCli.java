package org.tadaserver.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.protocol.Wire;
import org.tadaserver.store.db.Database;

/**
 * Admin commands, run in their own process against the node's database (the embedded one of {@code data_dir}, also
 * while the node runs, or {@code pg_url}). Each prints exactly one JSON object on stdout; scripts depend on that:
 * <pre>
 * create-team --name NAME                                  {"uid": "&lt;team uuid&gt;"}
 * create-user --team UID --username U --password P [--given-name G] [--family-name F] [--phone P] [--email E] [--admin]
 *                                                          {"user": "&lt;uuid&gt;", "jid": "d-&lt;uuid&gt;", "token": "&lt;token&gt;"}
 * add-member --team UID --username U [--admin]             {"jid": "d-&lt;uuid&gt;"}
 * issue-token --username U                                 {"token": "&lt;token&gt;"}
 * </pre>
 * A failure prints {@code {"error": CODE, "message": ...}} and exits 1; a usage error exits 2.
 */
public final class AdminCli {
  private static final Set<String> FLAGS = Set.of("admin");
  private static final long TIMEOUT_S = 120;

  private AdminCli() {}

  public static int run(NodeConfig config, String[] args, PrintStream out, PrintStream err) {
    Command command;
    try {
      command = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + "\n" + usage());
      return 2;
    }
    Vertx vertx = Vertx.vertx();
    try {
      Database db = Database.open(vertx, config.database(2)).await(TIMEOUT_S, TimeUnit.SECONDS);
      try {
        out.println(command.apply(new DirectoryAdmin(db, config.gateway().limits())).await(TIMEOUT_S, TimeUnit.SECONDS));
        return 0;
      } finally {
        db.close().await(TIMEOUT_S, TimeUnit.SECONDS);
      }
    } catch (ServiceException e) {
      out.println(error(e.error().name(), e.getMessage()));
      return 1;
    } catch (Exception e) {
      out.println(error("INTERNAL_SERVER_ERROR", String.valueOf(e.getMessage())));
      return 1;
    } finally {
      vertx.close();
    }
  }

  /** One admin operation, fully validated before the database is opened. */
  private interface Command extends Function<DirectoryAdmin, Future<ObjectNode>> {}

  private static Command parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("no admin command given");
    }
    Map<String, String> o = options(args);
    return switch (args[0]) {
      case "create-team" -> {
        String name = required(o, "name");
        yield admin -> admin.createTeam(name).map(uid -> json("uid", uid.toString()));
      }
      case "create-user" -> {
        UUID team = team(o);
        String username = required(o, "username");
        String password = required(o, "password");
        yield admin -> admin.createUser(team, username, password, o.get("given-name"), o.get("family-name"),
                o.containsKey("admin"), o.get("phone"), o.get("email"))
            .map(u -> json("user", u.user().toString()).put("jid", u.jid()).put("token", u.token()));
      }
      case "add-member" -> {
        UUID team = team(o);
        String username = required(o, "username");
        yield admin -> admin.addMember(team, username, o.containsKey("admin")).map(jid -> json("jid", jid));
      }
      case "issue-token" -> {
        String username = required(o, "username");
        yield admin -> admin.issueToken(username).map(token -> json("token", token));
      }
      default -> throw new IllegalArgumentException("unknown admin command: " + args[0]);
    };
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + args[i]);
      }
      String name = args[i].substring(2);
      if (FLAGS.contains(name)) {
        opts.put(name, "true");
      } else if (i + 1 < args.length) {
        opts.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return opts;
  }

  private static UUID team(Map<String, String> o) {
    try {
      return UUID.fromString(required(o, "team"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--team must be a team uuid");
    }
  }

  private static String required(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }

  private static ObjectNode json(String key, String value) {
    return Wire.mapper().createObjectNode().put(key, value);
  }

  private static String error(String code, String message) {
    return json("error", code).put("message", message).toString();
  }

  static String usage() {
    return """
        usage: java -jar tada-server.jar admin <command> [options]
          create-team --name NAME
          create-user --team UID --username U --password P [--given-name G] [--family-name F]
                      [--phone PHONE] [--email EMAIL] [--admin]
          add-member  --team UID --username U [--admin]
          issue-token --username U""";
  }
}
