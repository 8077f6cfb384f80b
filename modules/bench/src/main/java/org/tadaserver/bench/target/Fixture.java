package org.tadaserver.bench.target;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tadaserver.bench.client.BenchUser;

/**
 * A team and its bench users. Creating thousands of users costs tens of milliseconds of password hashing each, so a
 * fixture can be saved and reused by later runs against the same database ({@code --fixture FILE}).
 */
public record Fixture(String team, List<BenchUser> users) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Fixture {
    users = List.copyOf(users);
  }

  /** The fixture in {@code file}, or null when there is none or it has fewer than {@code users} users. */
  public static Fixture load(Path file, int users) throws IOException {
    if (file == null || !Files.exists(file)) {
      return null;
    }
    Fixture f = JSON.readValue(file.toFile(), Fixture.class);
    return f.users().size() >= users ? new Fixture(f.team(), f.users().subList(0, users)) : null;
  }

  public void save(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }
}
