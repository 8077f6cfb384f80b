package org.tadaserver.e2e.cluster;

import io.vertx.core.Future;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.testkit.TestAdmin;

/** Making teams and users for a scenario, through a test node's admin or straight on a database. */
interface Accounts {
  UUID newTeam();

  CreatedUser newUser(UUID team, boolean admin);

  static Accounts of(TestAdmin admin) {
    return new Accounts() {
      @Override
      public UUID newTeam() {
        return admin.createTeam();
      }

      @Override
      public CreatedUser newUser(UUID team, boolean isAdmin) {
        return admin.newUser(team, isAdmin);
      }
    };
  }

  /** On a database this JVM opened (the 3-JVM test makes its users before and between node processes). */
  static Accounts of(DirectoryAdmin admin) {
    AtomicInteger seq = new AtomicInteger();
    return new Accounts() {
      @Override
      public UUID newTeam() {
        return await(admin.createTeam("it team " + seq.incrementAndGet()));
      }

      @Override
      public CreatedUser newUser(UUID team, boolean isAdmin) {
        String username = "it" + seq.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        return await(admin.createUser(team, username, "secret-" + username, "Given", "Family", isAdmin));
      }
    };
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
