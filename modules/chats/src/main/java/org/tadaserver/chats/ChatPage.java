package org.tadaserver.chats;

import java.util.List;
import org.tadaserver.protocol.model.Chat;

/**
 * {@code PaginatedChats}: {@code objects} is always present and empty past the end (tdclient pages until it is).
 *
 * @param count all chats matching the filter, not just this page
 */
public record ChatPage(List<Chat> objects, int count, int limit, int offset) {
  public ChatPage {
    objects = objects == null ? List.of() : List.copyOf(objects);
  }
}
