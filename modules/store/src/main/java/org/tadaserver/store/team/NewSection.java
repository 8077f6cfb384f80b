package org.tadaserver.store.team;

import java.util.UUID;

/** The values of a new contact section. A null {@code uid} gets a random one; a null description becomes empty. */
public record NewSection(UUID uid, UUID team, String name, String description, int sortOrdering) {
  public static NewSection of(UUID team, String name, int sortOrdering) {
    return new NewSection(null, team, name, null, sortOrdering);
  }
}
