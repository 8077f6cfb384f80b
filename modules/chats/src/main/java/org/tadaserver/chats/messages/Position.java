package org.tadaserver.chats.messages;

import java.util.UUID;

/**
 * Where a live message stands in its chat for {@code num}, {@code prev}, {@code is_first} and {@code is_last}
 * (protocol-reference §3.3). Deleted messages have no position.
 *
 * @param num 0-based index among the chat's live messages (it shifts down when an earlier message is deleted)
 * @param prev the previous live message, or null for the first
 */
public record Position(int num, UUID prev, boolean last) {
  public boolean first() {
    return num == 0;
  }
}
