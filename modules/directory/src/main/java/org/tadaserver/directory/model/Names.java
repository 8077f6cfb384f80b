package org.tadaserver.directory.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How a contact's names appear in a team. {@code display_name} joins the given and family names (and the patronymic
 * when the team uses them), family name first when the team says so; {@code short_name} is the given name. A contact
 * without names is shown by its account's username in both places, so no contact ever shows an empty name.
 */
public final class Names {
  private Names() {}

  /** The full name as the team's settings order it. */
  public static String displayName(String given, String family, String patronymic, String username,
      boolean familyFirst, boolean usePatronymic) {
    List<String> parts = new ArrayList<>(3);
    String middle = usePatronymic ? patronymic : null;
    if (familyFirst) {
      add(parts, family);
      add(parts, given);
      add(parts, middle);
    } else {
      add(parts, given);
      add(parts, middle);
      add(parts, family);
    }
    return parts.isEmpty() ? username : String.join(" ", parts);
  }

  /** The given name, or the username when there is none. */
  public static String shortName(String given, String username) {
    return isBlank(given) ? username : given.strip();
  }

  private static void add(List<String> parts, String part) {
    if (!isBlank(part)) {
      parts.add(part.strip());
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
