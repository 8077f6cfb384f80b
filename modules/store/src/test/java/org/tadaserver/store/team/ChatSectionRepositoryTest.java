package org.tadaserver.store.team;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class ChatSectionRepositoryTest extends StoreTestBase {
  private final ChatSectionRepository groups = new ChatSectionRepository(db.database().pool(), "group");
  private final ChatSectionRepository projects = new ChatSectionRepository(db.database().pool(), "task");

  /** Verifies insert, get, list order and archive, each kind seeing only its own sections. */
  @Test
  void kindsAreSeparate() {
    TeamRow team = newTeam();
    SectionRow second = await(groups.insert(NewSection.of(team.uid(), "Sales", 2), gentime()));
    SectionRow first = await(groups.insert(new NewSection(null, team.uid(), "Dev", "engineers", 1), gentime()));
    SectionRow project = await(projects.insert(NewSection.of(team.uid(), "Dev", 0), gentime()));
    assertEquals(first, await(groups.get(first.uid())));
    assertEquals(List.of(first, second), await(groups.list(team.uid(), false)));
    assertEquals(List.of(project), await(projects.list(team.uid(), false)));
    failure(projects.get(first.uid()), StoreException.NotFound.class);
    failure(projects.archive(first.uid(), gentime()), StoreException.NotFound.class);
    failure(groups.update(project.uid(), SectionUpdate.NONE.withName("x"), gentime()), StoreException.NotFound.class);
    SectionRow archived = await(groups.archive(second.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertTrue(archived.gentime() > second.gentime());
    assertEquals(List.of(first), await(groups.list(team.uid(), false)));
    assertEquals(List.of(first, archived), await(groups.list(team.uid(), true)));
    assertThrows(IllegalArgumentException.class, () -> new ChatSectionRepository(db.database().pool(), "direct"));
  }

  /** Verifies unique live names per team and kind, partial updates and refused values. */
  @Test
  void namesAndUpdates() {
    TeamRow team = newTeam();
    SectionRow a = await(groups.insert(NewSection.of(team.uid(), "A", 0), gentime()));
    await(groups.insert(NewSection.of(team.uid(), "B", 1), gentime()));
    failure(groups.insert(NewSection.of(team.uid(), "a", 3), gentime()), StoreException.Conflict.class);
    failure(groups.update(a.uid(), SectionUpdate.NONE.withName("b"), gentime()), StoreException.Conflict.class);
    SectionRow changed = await(groups.update(a.uid(), SectionUpdate.NONE.withSortOrdering(7).withDescription("d"),
        a.gentime()));
    assertEquals("A", changed.name());
    assertEquals(7, changed.sortOrdering());
    assertEquals("d", changed.description());
    assertEquals(a.gentime() + 1, changed.gentime());
    await(groups.archive(a.uid(), gentime()));
    await(groups.insert(NewSection.of(team.uid(), "a", 0), gentime()));
    failure(groups.insert(NewSection.of(team.uid(), "", 0), gentime()), StoreException.Invalid.class);
    failure(groups.insert(NewSection.of(team.uid(), "Neg", -1), gentime()), StoreException.Invalid.class);
    failure(groups.insert(NewSection.of(UUID.randomUUID(), "Ghost", 0), gentime()), StoreException.NotFound.class);
  }
}
