package org.tadaserver.e2e.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may use an endpoint or event, and how everyone else is refused. The refusals follow one rule everywhere: no
 * token is {@code 401 EMPTY_TOKEN}; a token that is not (or no longer) valid is {@code 401 INVALID_TOKEN}; an object
 * the caller may not see (another team, a chat they are not in, someone else's remind) is {@code 404 NOT_FOUND}, the
 * same answer as for an object that does not exist; a visible object the caller lacks the right for is
 * {@code 403 ACCESS_DENIED}.
 */
enum Policy {
  /** Anyone, even without a token. */
  PUBLIC(EnumSet.allOf(Kind.class), EnumSet.allOf(Kind.class)),
  /** Anyone with a valid token. */
  ANY_USER(EnumSet.of(Kind.STRANGER, Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN, Kind.TEAM_ADMIN, Kind.OWNER),
      EnumSet.of(Kind.STRANGER, Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN, Kind.TEAM_ADMIN, Kind.OWNER)),
  /** Any member of the team. */
  TEAM(team(), team()),
  /** Team admins and the owner; other members see the object but may not change it. */
  TEAM_ADMIN(team(), EnumSet.of(Kind.TEAM_ADMIN, Kind.OWNER)),
  /** Members of the chat (group or task). */
  CHAT(chat(), chat()),
  /** The chat's admin (of the task: its owner); its other members see it but may not do this. */
  CHAT_ADMIN(chat(), EnumSet.of(Kind.CHAT_ADMIN)),
  /** The author of the message (of a task, its assignee); the chat's other members see it but may not do this. */
  AUTHOR(chat(), EnumSet.of(Kind.MEMBER)),
  /** The object's owner only (a remind): to everyone else it does not exist. */
  OWN(EnumSet.of(Kind.MEMBER), EnumSet.of(Kind.MEMBER)),
  /** Nobody: the feature is off on this server, and everyone connected is told so. */
  DISABLED(EnumSet.noneOf(Kind.class), EnumSet.noneOf(Kind.class));

  private final Set<Kind> see;
  private final Set<Kind> act;

  Policy(Set<Kind> see, Set<Kind> act) {
    this.see = see;
    this.act = act;
  }

  /** The expected answer for {@code kind}. */
  Expect expect(Kind kind) {
    if (this != PUBLIC && kind == Kind.NONE) {
      return Expect.EMPTY_TOKEN;
    }
    if (this != PUBLIC && kind.tokenless()) {
      return Expect.INVALID_TOKEN;
    }
    if (act.contains(kind)) {
      return Expect.OK;
    }
    return see.contains(kind) ? Expect.DENIED : Expect.NOT_FOUND;
  }

  private static Set<Kind> team() {
    return EnumSet.of(Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN, Kind.TEAM_ADMIN, Kind.OWNER);
  }

  private static Set<Kind> chat() {
    return EnumSet.of(Kind.MEMBER, Kind.CHAT_ADMIN);
  }
}
