package org.tadaserver.directory.rules;

import java.util.List;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * Who may do what in a team, from team statuses alone. Ranks: owner > admin > member > guest. The rules:
 * <ul>
 *   <li>Admins and the owner manage the team: its settings, members, contact sections, tags, projects.</li>
 *   <li>An admin acts on contacts it outranks (members and guests); the owner on everyone else. Nobody changes their
 *       own status, and nobody archives the owner (a team always keeps its owner).</li>
 *   <li>Only the owner makes someone owner; that hands the team over and the old owner becomes an admin.</li>
 *   <li>Guests may talk to people but create nothing shared: no tasks, groups or meetings, no public groups or
 *       tasks.</li>
 * </ul>
 * The service enforces these rules and also reports them to clients as the per-viewer {@code can_*} fields, so both
 * always agree.
 */
public final class Rights {
  private static final List<TeamStatus> OWNER_GIVES =
      List.of(TeamStatus.OWNER, TeamStatus.ADMIN, TeamStatus.MEMBER, TeamStatus.GUEST);
  private static final List<TeamStatus> ADMIN_GIVES = List.of(TeamStatus.ADMIN, TeamStatus.MEMBER, TeamStatus.GUEST);

  private Rights() {}

  public static boolean isAdmin(TeamStatus status) {
    return status == TeamStatus.OWNER || status == TeamStatus.ADMIN;
  }

  public static boolean isGuest(TeamStatus status) {
    return status == TeamStatus.GUEST;
  }

  /** Whether {@code actor} ranks strictly above {@code target}. */
  public static boolean outranks(TeamStatus actor, TeamStatus target) {
    return rank(actor) > rank(target);
  }

  /** The statuses {@code actor} may give others ({@code Team.changeable_statuses}); empty for members and guests. */
  public static List<TeamStatus> changeableStatuses(TeamStatus actor) {
    return switch (actor) {
      case OWNER -> OWNER_GIVES;
      case ADMIN -> ADMIN_GIVES;
      case MEMBER, GUEST -> List.of();
    };
  }

  /** Whether {@code actor} may manage (edit the role, names, sections and status of) another contact. */
  public static boolean canManage(TeamStatus actor, TeamStatus target, boolean self) {
    return !self && isAdmin(actor) && outranks(actor, target);
  }

  /** Whether {@code actor} may move another contact from its status to {@code wanted}. */
  public static boolean canSetStatus(TeamStatus actor, TeamStatus target, boolean self, TeamStatus wanted) {
    return canManage(actor, target, self) && changeableStatuses(actor).contains(wanted);
  }

  /** Whether {@code actor} may archive (remove from the team) a contact; never the owner, never oneself. */
  public static boolean canArchive(TeamStatus actor, TeamStatus target, boolean self) {
    return target != TeamStatus.OWNER && canManage(actor, target, self);
  }

  /** Whether {@code actor} may create tasks, groups and meetings and join public ones. */
  public static boolean canCreateShared(TeamStatus actor) {
    return !isGuest(actor);
  }

  private static int rank(TeamStatus status) {
    return switch (status) {
      case OWNER -> 3;
      case ADMIN -> 2;
      case MEMBER -> 1;
      case GUEST -> 0;
    };
  }
}
