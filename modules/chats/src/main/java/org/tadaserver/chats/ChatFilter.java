package org.tadaserver.chats;

import java.util.List;

/**
 * The ChatFilter query of {@code GET /api/v4/teams/{team}/chats} (protocol-reference §2.3). Zero and null mean "not
 * set" (tdclient sends integer zeros).
 *
 * @param chatTypes direct, group, task; empty = any
 * @param gentimeGt only chats whose version (shared or personal) is newer; includes archived and left chats
 * @param hidden true = only hidden, false = only visible (the default), null = both ("any")
 * @param sort {@code [-]group_chat_display_name} or {@code [-]last_message}; null = last activity, newest first
 * @param q case-insensitive substring of the display name
 * @param limit page size; 0 = the default of 100
 */
public record ChatFilter(
    List<String> chatTypes, long gentimeGt, Boolean hidden, boolean unreadOnly, boolean unreadFirst,
    String sort, String q, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 100;
  public static final ChatFilter ALL = new ChatFilter(List.of(), 0, false, false, false, null, null, 0, 0);

  public ChatFilter {
    chatTypes = chatTypes == null ? List.of() : List.copyOf(chatTypes);
  }
}
