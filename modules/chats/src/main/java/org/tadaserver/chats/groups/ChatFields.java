package org.tadaserver.chats.groups;

import java.util.ArrayList;
import java.util.List;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The keys of {@code PUT .../chats/{jid}} and who may change them ({@code Chat.changeable_fields}). Personal keys
 * change the viewer's own view; shared keys change the chat for everyone and need the right to.
 */
final class ChatFields {
  static final String COLLAPSED = "collapsed";
  static final String COUNTERS_ENABLED = "counters_enabled";
  static final String HIDDEN = "hidden";
  static final String NOTIFICATIONS_ENABLED = "notifications_enabled";
  static final String PINNED = "pinned";
  static final String PINNED_SORT_ORDERING = "pinned_sort_ordering";
  static final String AUTOCLEANUP_AGE = "autocleanup_age";
  static final String DEFAULT_FOR_ALL = "default_for_all";
  static final String DESCRIPTION = "description";
  static final String DISPLAY_NAME = "display_name";
  static final String PUBLIC = "public";
  static final String READONLY_FOR_MEMBERS = "readonly_for_members";

  static final List<String> PERSONAL =
      List.of(COLLAPSED, COUNTERS_ENABLED, HIDDEN, NOTIFICATIONS_ENABLED, PINNED, PINNED_SORT_ORDERING);

  private ChatFields() {}

  /**
   * Group admins change the title, description and readonly flag; making a group public needs a non-guest (guests
   * create nothing shared), and {@code default_for_all} (it puts every team member in) a team admin.
   */
  static List<String> shared(boolean chatAdmin, TeamStatus status) {
    List<String> out = new ArrayList<>();
    if (!chatAdmin) {
      return out;
    }
    out.add(AUTOCLEANUP_AGE);
    if (Rights.isAdmin(status)) {
      out.add(DEFAULT_FOR_ALL);
    }
    out.add(DESCRIPTION);
    out.add(DISPLAY_NAME);
    if (Rights.canCreateShared(status)) {
      out.add(PUBLIC);
    }
    out.add(READONLY_FOR_MEMBERS);
    return out;
  }

  /** Everything the viewer may change, sorted (the order clients see). */
  static List<String> changeable(boolean member, boolean chatAdmin, TeamStatus status) {
    if (!member) {
      return List.of();
    }
    List<String> out = new ArrayList<>(PERSONAL);
    out.addAll(shared(chatAdmin, status));
    out.sort(String::compareTo);
    return out;
  }
}
