package org.tadaserver.testkit;

import io.vertx.core.Future;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.store.db.Database;

/** Blocking admin operations for test set-up; every name made here is unique within the run. */
public final class TestAdmin {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final DirectoryAdmin admin;

  TestAdmin(Database database) {
    this.admin = new DirectoryAdmin(database);
  }

  public UUID createTeam(String name) {
    return await(admin.createTeam(name));
  }

  public UUID createTeam() {
    return createTeam("team " + SEQ.incrementAndGet());
  }

  public CreatedUser createUser(UUID team, String username, String password, boolean admin) {
    return await(this.admin.createUser(team, username, password, "Given" + SEQ.get(), "Family", admin));
  }

  /** A new member with a unique username and the password {@code "secret-" + username}. */
  public CreatedUser newUser(UUID team, boolean admin) {
    String username = "user" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return createUser(team, username, "secret-" + username, admin);
  }

  public String addMember(UUID team, String username, boolean admin) {
    return await(this.admin.addMember(team, username, admin));
  }

  public String issueToken(String username) {
    return await(admin.issueToken(username));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
