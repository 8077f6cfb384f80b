package org.tadaserver.sections;

import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;

/** Checks shared by sections and tags; each failure is the typed error the service answers. */
final class Inputs {
  /** The longest description kept; the columns allow no more. */
  static final int MAX_DESCRIPTION = 4096;

  private Inputs() {}

  /** A name trimmed and within {@code max}; null when not given and not {@code required}. */
  static String name(String name, int max, boolean required) {
    if (name == null) {
      if (required) {
        throw ServiceException.invalid("name", "required");
      }
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw ServiceException.invalid("name", "must not be blank");
    }
    if (trimmed.length() > max) {
      throw ServiceException.invalid("name", "longer than " + max + " characters");
    }
    return trimmed;
  }

  static Integer sortOrdering(Integer value) {
    if (value != null && value < 0) {
      throw ServiceException.invalid("sort_ordering", "must not be negative");
    }
    return value;
  }

  static String description(String value) {
    if (value != null && value.length() > MAX_DESCRIPTION) {
      throw ServiceException.invalid("description", "longer than " + MAX_DESCRIPTION + " characters");
    }
    return value;
  }

  /** A uid from a path; malformed is the same NOT_FOUND as unknown. */
  static UUID uid(String uid, String what) {
    try {
      UUID parsed = UUID.fromString(uid);
      if (parsed.toString().equals(uid)) {
        return parsed;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // answered below
    }
    throw ServiceException.notFound(what);
  }

  /** Managing sections, projects and tags is for the team's admins and owner (as {@code can_manage_*} say). */
  static void mayManage(Membership actor, String right) {
    if (!actor.isAdmin()) {
      throw ServiceException.accessDenied("needs " + right);
    }
  }
}
