package org.tadaserver.store.team;

/** A change of a contact section: a null field keeps the stored value. */
public record SectionUpdate(String name, String description, Integer sortOrdering) {
  public static final SectionUpdate NONE = new SectionUpdate(null, null, null);

  public SectionUpdate withName(String value) {
    return new SectionUpdate(value, description, sortOrdering);
  }

  public SectionUpdate withDescription(String value) {
    return new SectionUpdate(name, value, sortOrdering);
  }

  public SectionUpdate withSortOrdering(Integer value) {
    return new SectionUpdate(name, description, value);
  }
}
