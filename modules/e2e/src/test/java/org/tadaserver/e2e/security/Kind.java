package org.tadaserver.e2e.security;

/**
 * The kinds of caller the authorization matrix tries every endpoint and event as. In the world ({@link World}) the
 * private group and the task are shared by {@link #MEMBER} and {@link #CHAT_ADMIN} only, so the team's admin and owner
 * are, for them, team members outside the chat: their rank gives them no way into a private conversation.
 */
enum Kind {
  /** No token at all. */
  NONE,
  /** A token the server never issued. */
  BAD,
  /** A real member's token after {@code POST /auth/logout}. */
  REVOKED,
  /** A user of another team, its admin (so that no rank check of that team stops it before the object lookup). */
  STRANGER,
  /** A plain member of the team, in none of the world's chats. */
  OUTSIDER,
  /** A plain member of the team and of the group (author of its message, assignee of the task, owner of the remind). */
  MEMBER,
  /** A plain member of the team, admin of the group (its creator) and owner of the task. */
  CHAT_ADMIN,
  /** A team admin outside the group and the task. */
  TEAM_ADMIN,
  /** The team's owner, outside the group and the task. */
  OWNER;

  /** Whether the caller has no valid token (no session can be opened). */
  boolean tokenless() {
    return this == NONE || this == BAD || this == REVOKED;
  }

  /** Whether the caller is a live member of the world's team. */
  boolean inTeam() {
    return !tokenless() && this != STRANGER;
  }
}
