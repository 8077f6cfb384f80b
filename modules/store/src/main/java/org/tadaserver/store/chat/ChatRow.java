package org.tadaserver.store.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code chats}: the shared state of one chat, the same for every member.
 *
 * @param chatType {@link #DIRECT}, {@link #GROUP} or {@link #TASK}
 * @param directLow direct chats: the contact with the lower uuid; null otherwise
 * @param directHigh direct chats: the contact with the higher uuid; null otherwise
 * @param autocleanupAge seconds, or null
 * @param creator the contact that created it (null for direct chats made by a first message)
 * @param baseGentime version of the shared fields, from the team clock
 * @param lastSeq the last message order number handed out in this chat
 * @param lastMessage the newest message that is not deleted, or null
 * @param lastActivity time of the last message, even a deleted one; null when there was none
 */
public record ChatRow(
    UUID uid, UUID teamUid, String chatType, UUID directLow, UUID directHigh, String title, String description,
    boolean isPublic, boolean defaultForAll, boolean readonlyForMembers, Integer autocleanupAge, UUID sectionUid,
    UUID pinnedMessage, UUID creator, Instant created, long baseGentime, long lastSeq, UUID lastMessage,
    Instant lastActivity, int numMessages, int numImportants, boolean isArchive) {
  public static final String DIRECT = "direct";
  public static final String GROUP = "group";
  public static final String TASK = "task";

  public boolean isDirect() {
    return DIRECT.equals(chatType);
  }

  public boolean isGroup() {
    return GROUP.equals(chatType);
  }

  public boolean isTask() {
    return TASK.equals(chatType);
  }

  /**
   * Direct chats: the other side as seen by {@code contact}, or null when {@code contact} is not one of the two (or
   * this is not a direct chat).
   */
  public UUID peerOf(UUID contact) {
    if (!isDirect()) {
      return null;
    }
    if (contact.equals(directLow)) {
      return directHigh;
    }
    return contact.equals(directHigh) ? directLow : null;
  }
}
