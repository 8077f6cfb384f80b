package org.tadaserver.e2e.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The ids the fuzzer puts into events: the fuzzing user's own chats (so some events are valid and really run), other
 * teams' contacts, groups and messages (the bystanders': every use must be refused without a trace on their side),
 * and well-formed ids of nothing.
 *
 * @param own chat JIDs the fuzzing users may write to (their team's direct chats)
 * @param foreignChats the bystanders' chat JIDs in another team
 * @param foreignMessages ids of the bystanders' messages
 */
record FuzzIds(List<String> own, List<String> foreignChats, List<String> foreignMessages) {

  /** A chat JID: own 1 time in 20 (a valid send is a real database write), else foreign or made up. */
  String chat(SplittableRandom random) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return own.get(random.nextInt(own.size()));
    }
    if (roll < 12) {
      return foreignChats.get(random.nextInt(foreignChats.size()));
    }
    return (random.nextBoolean() ? "d-" : "g-") + UUID.randomUUID();
  }

  String message(SplittableRandom random) {
    return random.nextBoolean() ? foreignMessages.get(random.nextInt(foreignMessages.size()))
        : UUID.randomUUID().toString();
  }

  /** Any id at all, of any kind. */
  String any(SplittableRandom random) {
    return random.nextBoolean() ? chat(random) : message(random);
  }
}
