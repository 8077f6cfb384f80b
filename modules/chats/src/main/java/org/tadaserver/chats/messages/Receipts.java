package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.event.ServerMessageReceived;
import org.tadaserver.protocol.model.ReceivedMessage;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.FirstRead;

/**
 * {@code server.message.received} (protocol-reference §3.4): when a member other than the author reads past a message
 * for the first time (by {@code client.chat.lastread}, or by writing after it), its author's sessions learn it, with
 * the chat named as the author sees it. At most {@link #MAX_PER_READ} messages per read, newest first.
 */
final class Receipts {
  static final int MAX_PER_READ = 500;

  private Receipts() {}

  static List<Delivery> events(UUID team, ChatRow chat, List<FirstRead> reads) {
    Map<UUID, List<ReceivedMessage>> byAuthor = new LinkedHashMap<>();
    for (FirstRead f : reads) {
      if (f.senderUser() != null) {
        Jid jid = chat.isDirect() ? Jid.contact(chat.peerOf(f.sender()))
            : Jid.of(ChatType.fromWire(chat.chatType()), chat.uid());
        byAuthor.computeIfAbsent(f.senderUser(), u -> new ArrayList<>())
            .add(new ReceivedMessage(jid, f.message().toString(), true, 0, null));
      }
    }
    List<Delivery> out = new ArrayList<>();
    byAuthor.forEach((user, messages) -> out.add(Fanout.toUser(team, user, new ServerMessageReceived(messages))));
    return out;
  }
}
