package org.tadaserver.bench.scenario;

import java.time.Duration;

/**
 * The mix and the checks of a soak. The load: {@code pairs} pairs writing 1:1 messages, one group of
 * {@code groupMembers} of whom {@code groupSenders} write, and {@code reconnectSessions} sessions of otherwise idle
 * users that drop every {@code reconnectEvery} and come back after {@code reconnectAway}. The checks: a server sample
 * every {@code sampleEvery}; the heap's trend fitted over the samples after {@code trendWarmup}, compared with
 * {@code maxSlopePercent} (of the heap's limit, per hour) and {@code maxGrowthPercent} (last {@code trendWindow}
 * samples against the first), see {@link HeapTrend}.
 */
public record SoakOptions(int pairs, int groupMembers, int groupSenders, int reconnectSessions,
    Duration reconnectEvery, Duration reconnectAway, Duration sampleEvery, Duration trendWarmup, int trendWindow,
    double maxSlopePercent, double maxGrowthPercent) {

  public SoakOptions {
    if (pairs < 1 || groupMembers < 2 || groupSenders < 1 || groupSenders > groupMembers || reconnectSessions < 0) {
      throw new IllegalArgumentException("need 1+ pairs, 2+ group members, 1..members group senders, 0+ reconnects");
    }
    if (sampleEvery.toSeconds() < 1 || trendWindow < 1 || maxSlopePercent < 0 || maxGrowthPercent < 0) {
      throw new IllegalArgumentException("need samples 1 s or more apart, a window of 1+ and limits >= 0");
    }
  }

  /** Users of the soak's team: both ends of every pair, the group, and the reconnecting sessions' users. */
  int users() {
    return 2 * pairs + groupMembers + reconnectSessions;
  }
}
