package org.tadaserver.chats.messages;

import java.util.UUID;
import org.tadaserver.protocol.enums.Mediasubtype;

/**
 * A {@code change} message the server posts into a chat to report an action (protocol-reference §3.0, §3.3): "group
 * created", "member added", a task field changed, ...
 *
 * @param actor the contact who acted: the message's {@code from} and {@code content.actor}
 * @param title the readable line ({@code content.title}, also {@code content.text} and {@code push_text})
 * @param oldValue {@code content.old}, or null
 * @param newValue {@code content.new}, or null
 * @param subtype {@code content.subtype} ({@code newtask} on a task's first message), or null
 */
public record SystemChange(UUID chat, UUID actor, String title, String oldValue, String newValue,
    Mediasubtype subtype) {
  public SystemChange {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a change message needs a title");
    }
  }

  public SystemChange(UUID chat, UUID actor, String title, String oldValue, String newValue) {
    this(chat, actor, title, oldValue, newValue, null);
  }

  public static SystemChange of(UUID chat, UUID actor, String title) {
    return new SystemChange(chat, actor, title, null, null);
  }
}
