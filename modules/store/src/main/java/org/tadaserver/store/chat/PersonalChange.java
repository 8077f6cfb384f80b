package org.tadaserver.store.chat;

/** Changed personal settings of one member's view of a chat; null = unchanged. */
public record PersonalChange(
    Boolean hidden, Boolean pinned, Integer pinnedSortOrdering, Boolean notificationsEnabled, Boolean countersEnabled,
    Boolean collapsed) {
  public boolean isEmpty() {
    return hidden == null && pinned == null && pinnedSortOrdering == null && notificationsEnabled == null
        && countersEnabled == null && collapsed == null;
  }
}
