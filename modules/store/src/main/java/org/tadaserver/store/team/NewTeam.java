package org.tadaserver.store.team;

import java.util.UUID;

/** The values of a new team. A null {@code uid} gets a random one; null {@code settings} are the defaults. */
public record NewTeam(UUID uid, String name, String iconLetters, String iconColor, TeamSettings settings) {
  public static NewTeam of(String name, String iconLetters, String iconColor) {
    return new NewTeam(null, name, iconLetters, iconColor, null);
  }
}
