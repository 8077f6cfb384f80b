package org.tadaserver.e2e.security;

import java.util.UUID;

/**
 * What a path parameter or a body placeholder ({@code {GROUP}}) of a matrix row stands for. {@link #unknown} is a
 * made-up id of the same shape, for the "does not exist" twin of a "not yours" request.
 */
enum Ref {
  TEAM(""),
  /** The caller's own team: the world's team, or the stranger's (to name the world's objects from another team). */
  OWN_TEAM(""),
  /** The private group (members: the chat admin, the member and a spare member). */
  GROUP("g-"),
  /** A message of the member in the group. */
  GROUP_MSG(""),
  /** The other side of the direct chat between the member and the chat admin, as the caller names it. */
  DIRECT_PEER("d-"),
  /** A message of the member in that direct chat. */
  DIRECT_MSG(""),
  /** The task (owner: the chat admin, assignee: the member). */
  TASK("t-"),
  /** A checklist item of the task. */
  ITEM(""),
  /** The member's remind on the group. */
  REMIND(""),
  /** A group section of the team. */
  SECTION(""),
  /** A tag of the team. */
  TAG(""),
  /** The member's contact. */
  MEMBER_JID("d-"),
  /** The spare member's contact (a group member who is none of the callers). */
  SPARE_JID("d-"),
  /** The spare member's user uuid (bodies only). */
  SPARE_USER(null),
  /** The spare member's login name (bodies only). */
  SPARE_NAME(null),
  /** A contact made for archiving. */
  ARCHIVABLE("d-"),
  /** A reaction, URL-encoded for a path. */
  EMOJI(null),
  /** The kind of sections the matrix uses. */
  SECTION_KIND(null),
  /** A random suffix, so that names stay unique. */
  RAND(null),
  /** An hour from now, RFC 3339. */
  LATER(null),
  /** The current unix milliseconds (a draft revision that always wins). */
  NOW_MS(null);

  private final String prefix;

  Ref(String prefix) {
    this.prefix = prefix;
  }

  /** Whether the value names an object (and so has an unknown twin). */
  boolean isId() {
    return prefix != null;
  }

  /** An id of this shape that names nothing. */
  String unknown() {
    return prefix + UUID.randomUUID();
  }
}
