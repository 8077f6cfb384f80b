package org.tadaserver.store.team;

/**
 * A change of a team: a null field keeps the stored value; non-null {@code settings} replace all settings (read the
 * row, change what the request names, write the whole record back).
 */
public record TeamUpdate(String name, String iconLetters, String iconColor, TeamSettings settings) {
  public static final TeamUpdate NONE = new TeamUpdate(null, null, null, null);

  public TeamUpdate withName(String value) {
    return new TeamUpdate(value, iconLetters, iconColor, settings);
  }

  public TeamUpdate withIcon(String letters, String color) {
    return new TeamUpdate(name, letters, color, settings);
  }

  public TeamUpdate withSettings(TeamSettings value) {
    return new TeamUpdate(name, iconLetters, iconColor, value);
  }
}
