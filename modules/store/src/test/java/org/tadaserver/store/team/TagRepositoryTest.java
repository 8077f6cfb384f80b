package org.tadaserver.store.team;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class TagRepositoryTest extends StoreTestBase {
  private final TagRepository tags = new TagRepository(db.database().pool());

  /** Verifies insert, list by name, rename, archive and the unique live names per team. */
  @Test
  void lifecycle() {
    TeamRow team = newTeam();
    TagRow urgent = await(tags.insert(team.uid(), "urgent", gentime()));
    TagRow bug = await(tags.insert(team.uid(), "Bug", gentime()));
    await(tags.insert(newTeam().uid(), "bug", gentime()));
    assertEquals(List.of(bug, urgent), await(tags.list(team.uid(), false)));
    assertEquals(bug, await(tags.get(bug.uid())));
    assertConflict(tags.insert(team.uid(), "BUG", gentime()), TagRepository.NAME_TAKEN);
    assertConflict(tags.rename(urgent.uid(), "bug", gentime()), TagRepository.NAME_TAKEN);
    TagRow renamed = await(tags.rename(urgent.uid(), "later", urgent.gentime()));
    assertEquals("later", renamed.name());
    assertEquals(urgent.gentime() + 1, renamed.gentime());
    TagRow archived = await(tags.archive(bug.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertEquals(List.of(renamed), await(tags.list(team.uid(), false)));
    assertEquals(List.of(archived, renamed), await(tags.list(team.uid(), true)));
    await(tags.insert(team.uid(), "bug", gentime()));
    failure(tags.insert(team.uid(), "", gentime()), StoreException.Invalid.class);
    failure(tags.insert(team.uid(), "x".repeat(257), gentime()), StoreException.Invalid.class);
    failure(tags.insert(UUID.randomUUID(), "ghost", gentime()), StoreException.NotFound.class);
    failure(tags.get(UUID.randomUUID()), StoreException.NotFound.class);
    failure(tags.archive(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
  }
}
