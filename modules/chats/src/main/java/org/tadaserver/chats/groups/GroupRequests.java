package org.tadaserver.chats.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;
import org.tadaserver.store.chat.GroupChange;

/**
 * Checks and normalises the values of a group body ({@code tdapi.Group}). tdclient sends every key, with nulls and
 * empty strings for what it does not set: null and "" mean "not given" everywhere, except that a new group needs a
 * title. Failures are {@code INVALID_DATA} naming the key.
 */
final class GroupRequests {
  static final String TITLE = "display_name";

  private final Limits limits;

  GroupRequests(Limits limits) {
    this.limits = limits;
  }

  /** The title of a new group: required, stripped, at most {@code max_group_title_length} characters. */
  String requiredTitle(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ServiceException.invalid(TITLE, "a group needs a title");
    }
    return title(raw);
  }

  /** A changed title, or null when none is given. */
  String optionalTitle(String raw) {
    return raw == null || raw.isBlank() ? null : title(raw);
  }

  /** A description, stripped of trailing blanks; at most {@code max_message_length} characters. */
  String description(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.stripTrailing();
    if (value.codePointCount(0, value.length()) > limits.maxMessageLength()) {
      throw ServiceException.invalid("description", "at most " + limits.maxMessageLength() + " characters");
    }
    return value;
  }

  /** Seconds; 0 = none. */
  static Integer autocleanupAge(Integer age) {
    if (age == null || age == 0) {
      return null;
    }
    if (age < 0) {
      throw ServiceException.invalid("autocleanup_age", "must not be negative");
    }
    return age;
  }

  /** A group section as a bare uuid or an {@code sg-} JID; null for none. */
  static UUID section(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    try {
      return value.startsWith("sg-") ? Jid.parse(value).uuid() : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid("section", "not a group section id: " + value);
    }
  }

  /**
   * The members listed in a new group's body, by contact, each with its status (member when not given). Entries must
   * name contacts ({@code d-} JIDs); a contact listed twice keeps its last status.
   */
  static Map<UUID, GroupStatus> members(List<GroupMembership> listed) {
    Map<UUID, GroupStatus> out = new LinkedHashMap<>();
    if (listed == null) {
      return out;
    }
    for (GroupMembership m : listed) {
      if (m == null || m.jid() == null || !m.jid().isContact()) {
        throw ServiceException.invalid("members", "each member needs a contact jid (d-...)");
      }
      out.put(m.jid().uuid(), m.status() == null ? GroupStatus.MEMBER : m.status());
    }
    return out;
  }

  /** The shared changes of an update body; keys not given stay unchanged. */
  GroupChange change(GroupRequest r) {
    boolean setAge = r.autocleanupAge() != null;
    return new GroupChange(optionalTitle(r.displayName()), description(r.description()), r.isPublic(),
        r.defaultForAll(), r.readonlyForMembers(), setAge, setAge ? autocleanupAge(r.autocleanupAge()) : null);
  }

  private String title(String raw) {
    String value = raw.strip();
    if (value.codePointCount(0, value.length()) > limits.maxGroupTitleLength()) {
      throw ServiceException.invalid(TITLE, "at most " + limits.maxGroupTitleLength() + " characters");
    }
    return value;
  }
}
