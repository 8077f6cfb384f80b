package org.tadaserver.store.team;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;
import org.tadaserver.store.account.UserRow;

class TeamRepositoryTest extends StoreTestBase {
  private final TeamRepository teams = repos.teams();

  /** Verifies that a new team has the default settings and reads back whole. */
  @Test
  void insertWithDefaults() {
    long gentime = gentime();
    TeamRow team = await(teams.insert(NewTeam.of("Acme", "AC", "#ff0000"), gentime));
    assertEquals("Acme", team.name());
    assertEquals(TeamSettings.DEFAULTS, team.settings());
    assertEquals(86_400, team.settings().maxMessageUpdateAge());
    assertEquals(gentime, team.gentime());
    assertFalse(team.isArchive());
    assertEquals(team, await(teams.get(team.uid())));
  }

  /** Verifies that custom settings are stored, and that the schema refuses bad ones. */
  @Test
  void customSettingsAndBadValues() {
    TeamSettings custom = TeamSettings.DEFAULTS.withDefaultTaskDeadline(LocalTime.of(18, 0))
        .withTaskImportance(true, 1, 3, true).withNameOrder(true, true).withTaskFields(true, false, true)
        .withMembership(true, true).withMaxMessageUpdateAge(600);
    TeamRow team = await(teams.insert(new NewTeam(UUID.randomUUID(), "Custom", "C", "#000", custom), gentime()));
    assertEquals(custom, team.settings());
    failure(teams.insert(NewTeam.of("", "E", "#000"), gentime()), StoreException.Invalid.class);
    failure(teams.insert(new NewTeam(null, "Bad", "B", "#000",
        TeamSettings.DEFAULTS.withTaskImportance(true, 5, 1, false)), gentime()), StoreException.Invalid.class);
    assertConflict(teams.insert(new NewTeam(team.uid(), "Dup", "D", "#000", null), gentime()), "teams_pkey");
  }

  /** Verifies that an update keeps unnamed fields, replaces settings when given, and always raises gentime. */
  @Test
  void update() {
    TeamRow team = newTeam();
    TeamRow renamed = await(teams.update(team.uid(), TeamUpdate.NONE.withName("Renamed"), team.gentime() - 5));
    assertEquals("Renamed", renamed.name());
    assertEquals(team.settings(), renamed.settings());
    assertEquals(team.gentime() + 1, renamed.gentime(), "a lagging clock still moves gentime forward");
    TeamSettings settings = TeamSettings.DEFAULTS.withMaxMessageUpdateAge(0)
        .withDefaultTaskDeadline(LocalTime.of(9, 30));
    long later = gentime();
    TeamRow configured = await(teams.update(team.uid(), TeamUpdate.NONE.withSettings(settings).withIcon("R", "#1"),
        later));
    assertEquals(settings, configured.settings());
    assertEquals("Renamed", configured.name());
    assertEquals("R", configured.iconLetters());
    assertEquals(later, configured.gentime());
    TeamRow cleared = await(teams.update(team.uid(), TeamUpdate.NONE.withSettings(TeamSettings.DEFAULTS), gentime()));
    assertNull(cleared.settings().defaultTaskDeadline(), "settings are replaced whole, nulls included");
    failure(teams.update(UUID.randomUUID(), TeamUpdate.NONE.withName("x"), gentime()), StoreException.NotFound.class);
    failure(teams.update(team.uid(), TeamUpdate.NONE.withSettings(TeamSettings.DEFAULTS.withMaxMessageUpdateAge(-1)),
        gentime()), StoreException.Invalid.class);
  }

  /** Verifies archive and restore, each a new version. */
  @Test
  void archiveAndRestore() {
    TeamRow team = newTeam();
    TeamRow archived = await(teams.archive(team.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertTrue(archived.gentime() > team.gentime());
    TeamRow restored = await(teams.restore(team.uid(), gentime()));
    assertFalse(restored.isArchive());
    assertTrue(restored.gentime() > archived.gentime());
    failure(teams.archive(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
  }

  /** Verifies that a user's teams are those with a live contact of theirs, archived teams included. */
  @Test
  void listForUser() {
    UserRow user = newUser();
    TeamRow a = await(teams.insert(NewTeam.of("a " + unique("t"), "A", "#1"), gentime()));
    TeamRow b = await(teams.insert(NewTeam.of("b " + unique("t"), "B", "#1"), gentime()));
    TeamRow left = newTeam();
    newTeam();
    newContact(a, user, "member", "U");
    newContact(b, user, "owner", "U");
    ContactRow gone = newContact(left, user, "member", "U");
    await(repos.contacts().archive(gone.uid(), gentime()));
    TeamRow archivedB = await(teams.archive(b.uid(), gentime()));
    assertEquals(java.util.List.of(a, archivedB), await(teams.listForUser(user.uid())));
    assertEquals(java.util.List.of(), await(teams.listForUser(UUID.randomUUID())));
    assertFalse(await(teams.list(1000, 0)).isEmpty());
  }
}
