package org.tadaserver.store.team;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.StoreTestBase;

class SectionRepositoryTest extends StoreTestBase {
  private final SectionRepository sections = repos.sections();
  private final ContactRepository contacts = repos.contacts();

  /** Verifies insert, get and list in sort order, archived ones only on request. */
  @Test
  void insertGetList() {
    TeamRow team = newTeam();
    SectionRow second = await(sections.insert(NewSection.of(team.uid(), "Sales", 2), gentime()));
    SectionRow first = await(sections.insert(new NewSection(null, team.uid(), "Dev", "engineers", 1), gentime()));
    SectionRow old = await(sections.insert(NewSection.of(team.uid(), "Old", 0), gentime()));
    assertEquals("engineers", first.description());
    assertEquals("", second.description());
    assertEquals(first, await(sections.get(first.uid())));
    SectionRow archived = await(sections.archive(old.uid(), gentime()));
    assertTrue(archived.isArchive());
    assertEquals(List.of(first, second), await(sections.list(team.uid(), false)));
    assertEquals(List.of(archived, first, second), await(sections.list(team.uid(), true)));
    failure(sections.get(UUID.randomUUID()), StoreException.NotFound.class);
    failure(sections.archive(UUID.randomUUID(), gentime()), StoreException.NotFound.class);
  }

  /** Verifies that live names are unique per team ignoring case, archived names are free, and bad values fail. */
  @Test
  void names() {
    TeamRow team = newTeam();
    SectionRow dev = await(sections.insert(NewSection.of(team.uid(), "Dev", 0), gentime()));
    assertConflict(sections.insert(NewSection.of(team.uid(), "DEV", 1), gentime()), SectionRepository.NAME_TAKEN);
    await(sections.insert(NewSection.of(newTeam().uid(), "Dev", 0), gentime()));
    await(sections.archive(dev.uid(), gentime()));
    await(sections.insert(NewSection.of(team.uid(), "dev", 0), gentime()));
    failure(sections.insert(NewSection.of(team.uid(), "", 0), gentime()), StoreException.Invalid.class);
    failure(sections.insert(NewSection.of(team.uid(), "Neg", -1), gentime()), StoreException.Invalid.class);
    failure(sections.insert(NewSection.of(UUID.randomUUID(), "Ghost", 0), gentime()), StoreException.NotFound.class);
  }

  /** Verifies partial updates, rename conflicts and a growing gentime. */
  @Test
  void update() {
    TeamRow team = newTeam();
    SectionRow a = await(sections.insert(NewSection.of(team.uid(), "A", 0), gentime()));
    await(sections.insert(NewSection.of(team.uid(), "B", 1), gentime()));
    SectionRow changed = await(sections.update(a.uid(), SectionUpdate.NONE.withSortOrdering(5)
        .withDescription("first"), a.gentime()));
    assertEquals("A", changed.name());
    assertEquals(5, changed.sortOrdering());
    assertEquals("first", changed.description());
    assertEquals(a.gentime() + 1, changed.gentime());
    assertConflict(sections.update(a.uid(), SectionUpdate.NONE.withName("b"), gentime()), SectionRepository.NAME_TAKEN);
    failure(sections.update(UUID.randomUUID(), SectionUpdate.NONE.withName("x"), gentime()),
        StoreException.NotFound.class);
  }

  /** Verifies that a contact's sections are replaced as a set, in section order, and bump the contact's gentime. */
  @Test
  void contactSections() {
    TeamRow team = newTeam();
    SectionRow dev = await(sections.insert(NewSection.of(team.uid(), "Dev", 1), gentime()));
    SectionRow ops = await(sections.insert(NewSection.of(team.uid(), "Ops", 0), gentime()));
    SectionRow qa = await(sections.insert(NewSection.of(team.uid(), "QA", 2), gentime()));
    ContactRow ann = newContact(team, newUser(), "member", "Ann");
    ContactRow bob = newContact(team, newUser(), "member", "Bob");

    ContactRow withTwo = await(contacts.setSections(ann.uid(), List.of(dev.uid(), ops.uid(), dev.uid()), gentime()));
    assertEquals(List.of(ops.uid(), dev.uid()), withTwo.sections());
    assertTrue(withTwo.gentime() > ann.gentime());
    await(contacts.setSections(bob.uid(), List.of(dev.uid()), gentime()));
    assertEquals(List.of(ann.uid(), bob.uid()), await(sections.listMembers(dev.uid())));

    ContactRow moved = await(contacts.setSections(ann.uid(), List.of(qa.uid()), gentime()));
    assertEquals(List.of(qa.uid()), moved.sections());
    assertEquals(List.of(bob.uid()), await(sections.listMembers(dev.uid())));

    await(sections.archive(qa.uid(), gentime()));
    assertEquals(List.of(), await(contacts.get(ann.uid())).sections(), "archived sections are not listed");
    assertEquals(List.of(), await(contacts.setSections(bob.uid(), List.of(), gentime())).sections());
  }

  /** Verifies that sections of another team, unknown sections and unknown contacts are refused unchanged. */
  @Test
  void contactSectionsFailures() {
    TeamRow team = newTeam();
    SectionRow mine = await(sections.insert(NewSection.of(team.uid(), "Mine", 0), gentime()));
    SectionRow foreign = await(sections.insert(NewSection.of(newTeam().uid(), "Foreign", 0), gentime()));
    ContactRow ann = newContact(team, newUser(), "member", "Ann");
    await(contacts.setSections(ann.uid(), List.of(mine.uid()), gentime()));
    failure(contacts.setSections(ann.uid(), List.of(foreign.uid()), gentime()), StoreException.NotFound.class);
    failure(contacts.setSections(ann.uid(), List.of(UUID.randomUUID()), gentime()), StoreException.NotFound.class);
    assertEquals(List.of(mine.uid()), await(contacts.get(ann.uid())).sections(), "a refused change changes nothing");
    failure(contacts.setSections(UUID.randomUUID(), List.of(mine.uid()), gentime()), StoreException.NotFound.class);
  }
}
