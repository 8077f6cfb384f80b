package org.tadaserver.chats.messages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.ReactionRow;

/**
 * What rendering messages needs beyond their rows, loaded once per page or event batch.
 *
 * @param updateAge the team's {@code max_message_update_age} in seconds (for {@code editable_until})
 * @param positions live messages' positions by uid; a message without one shows no {@code num}/{@code prev}
 * @param referenced messages answered or forwarded by the rendered ones, by uid
 * @param reactions reactions by message uid
 * @param received uids of messages some member other than the author has read
 * @param revealDeleted show a deleted message's original text (only in the deletion event, see {@link MessageViews})
 */
public record ViewContext(
    int updateAge, Map<UUID, Position> positions, Map<UUID, MessageRow> referenced,
    Map<UUID, List<ReactionRow>> reactions, Set<UUID> received, boolean revealDeleted) {
  public ViewContext {
    positions = Map.copyOf(positions);
    referenced = Map.copyOf(referenced);
    reactions = Map.copyOf(reactions);
    received = Set.copyOf(received);
  }

  /** Only the update age and positions: for new messages (nothing referenced is rendered, nothing reacted yet). */
  public static ViewContext of(int updateAge, Map<UUID, Position> positions) {
    return new ViewContext(updateAge, positions, Map.of(), Map.of(), Set.of(), false);
  }

  public ViewContext withReferenced(Map<UUID, MessageRow> rows) {
    return new ViewContext(updateAge, positions, rows, reactions, received, revealDeleted);
  }

  public ViewContext revealingDeleted() {
    return new ViewContext(updateAge, positions, referenced, reactions, received, true);
  }
}
