package org.tadaserver.app.cluster;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts a node can run ({@code roles} in conf/application.yaml). A node runs all of them by default; a cluster can
 * split them, for example gateway+presence nodes behind the load balancer and directory+chats nodes behind them. Every
 * role must run somewhere in the cluster: the gateway reaches the others only over the event bus.
 */
public enum Role {
  /** HTTP: REST, WebSocket sessions, features.json, metrics and health. */
  GATEWAY,
  /** The online state of this node's sessions, shared with the cluster; needed wherever the gateway runs. */
  PRESENCE,
  /** Accounts, tokens, teams, contacts, and the team's sections and tags. */
  DIRECTORY,
  /** Chats and messages. */
  CHATS,
  /**
   * Call signalling and call state, driving the Janus SFU ({@code calls.janus_url}); needs the database for chat
   * membership. Deployed only when calls are configured.
   */
  CALLS,
  /** Reminds and their scheduler (every node running it shares the firing; each remind fires once). */
  REMINDS;

  /**
   * Parses a comma-separated list ({@code "gateway, presence"}); names are case-insensitive.
   *
   * @throws IllegalArgumentException for an empty list, an unknown name, or a gateway without presence
   */
  public static Set<Role> parse(String list) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String part : list.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown role '" + name + "' in roles (known: gateway, presence, directory,"
            + " chats, calls, reminds)");
      }
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException(
          "roles must name at least one of gateway, presence, directory, chats, calls, reminds");
    }
    if (roles.contains(GATEWAY) != roles.contains(PRESENCE)) {
      throw new IllegalArgumentException("roles gateway and presence go together: presence tracks the gateway's sessions");
    }
    return Collections.unmodifiableSet(roles);
  }

  /** The name as written in the configuration. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
