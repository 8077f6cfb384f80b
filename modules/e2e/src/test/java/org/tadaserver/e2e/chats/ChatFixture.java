package org.tadaserver.e2e.chats;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;

/**
 * A real node (embedded PostgreSQL, real sockets) for one test class, with helpers to make teams and people. Each test
 * makes its own team and people, so counters and events of one test never mix with another's.
 */
final class ChatFixture implements AutoCloseable {
  private static final AtomicInteger SEQ = new AtomicInteger();
  final TestNode node;

  ChatFixture() {
    this.node = TestNode.start();
  }

  UUID team() {
    return node.admin().createTeam();
  }

  /** A new user in {@code team} with a unique login name (letters and digits, so {@code @name} mentions them). */
  Person person(UUID team, boolean admin) {
    String username = "u" + SEQ.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    CreatedUser created = node.admin().createUser(team, username, "secret-" + username, admin);
    return new Person(username, created.user(), created.jid(), team,
        TadaClient.of(node.baseUrl()).withToken(created.token()));
  }

  Person person(UUID team) {
    return person(team, false);
  }

  /** Adds an existing person to another team; returns them as seen there. */
  Person join(Person person, UUID otherTeam) {
    String jid = node.admin().addMember(otherTeam, person.username(), false);
    return person.in(otherTeam, jid);
  }

  @Override
  public void close() {
    node.close();
  }
}
