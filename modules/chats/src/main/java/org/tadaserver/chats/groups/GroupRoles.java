package org.tadaserver.chats.groups;

import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.store.chat.MemberRow;

/**
 * Group statuses between the wire ({@link GroupStatus}) and the store ({@link MemberRow#ADMIN},
 * {@link MemberRow#MEMBER}).
 */
final class GroupRoles {
  private GroupRoles() {}

  /** The wire status of a current member, null for someone who left. */
  static GroupStatus status(MemberRow m) {
    if (m == null || !m.isMember()) {
      return null;
    }
    return MemberRow.ADMIN.equals(m.status()) ? GroupStatus.ADMIN : GroupStatus.MEMBER;
  }

  static String stored(GroupStatus status) {
    return status == GroupStatus.ADMIN ? MemberRow.ADMIN : MemberRow.MEMBER;
  }
}
