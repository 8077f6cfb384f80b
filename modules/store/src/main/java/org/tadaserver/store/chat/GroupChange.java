package org.tadaserver.store.chat;

/**
 * Changed shared fields of a group chat; null = unchanged. {@code autocleanupAge} is changed only when
 * {@code setAutocleanupAge} is true (so it can be cleared to null).
 */
public record GroupChange(
    String title, String description, Boolean isPublic, Boolean defaultForAll, Boolean readonlyForMembers,
    boolean setAutocleanupAge, Integer autocleanupAge) {
  public static final GroupChange NONE = new GroupChange(null, null, null, null, null, false, null);

  public boolean isEmpty() {
    return title == null && description == null && isPublic == null && defaultForAll == null
        && readonlyForMembers == null && !setAutocleanupAge;
  }
}
