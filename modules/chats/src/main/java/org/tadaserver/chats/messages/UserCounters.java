package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.model.TeamCounter;
import org.tadaserver.protocol.model.TeamUnread;

/**
 * One user's unread counters as one of their contacts sees them: the exact values for {@code team_unread} and
 * {@code badge} in that team's events, and for {@code server.team.counters} in the user's other teams.
 *
 * @param teamUnread the counters of {@code team}, all five chat types present
 * @param badge unread messages over all of the user's live teams
 * @param teams every live team of the user (including {@code team}) with its counters
 */
public record UserCounters(UUID user, UUID contact, UUID team, TeamUnread teamUnread, int badge,
    Map<UUID, TeamUnread> teams) {
  public UserCounters {
    teams = Map.copyOf(teams);
  }

  /** The user's teams other than {@code team}, where {@code server.team.counters} goes. */
  public List<UUID> otherTeams() {
    return teams.keySet().stream().filter(t -> !t.equals(team)).sorted().toList();
  }

  /** The {@code teams} list of {@code server.team.counters} for a session in {@code sessionTeam}: all other teams. */
  public List<TeamCounter> countersSeenFrom(UUID sessionTeam) {
    List<TeamCounter> out = new ArrayList<>();
    teams.entrySet().stream()
        .filter(e -> !e.getKey().equals(sessionTeam))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(new TeamCounter(e.getKey().toString(), e.getValue())));
    return out;
  }
}
