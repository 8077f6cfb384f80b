package org.tadaserver.chats.messages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;

/**
 * What one {@link MessageWriter#create} stored, with everything the events need, read inside the same transaction.
 *
 * @param messages the stored rows, in the order given
 * @param positions position of each stored message right after the write, by uid
 * @param members every current member of the touched chats after the write, by chat
 * @param counters team_unread/badge of those members, by contact
 * @param rejected items not written and why (the sender may no longer write there), by uid
 * @param updateAge the team's {@code max_message_update_age} in seconds
 * @param receipts {@code server.message.received} for messages the writers have now read for the first time
 */
public record Written(
    UUID team, List<MessageRow> messages, Map<UUID, Position> positions, Map<UUID, List<MemberRow>> members,
    Map<UUID, UserCounters> counters, Map<UUID, ServiceException> rejected, int updateAge,
    List<Delivery> receipts) {}
