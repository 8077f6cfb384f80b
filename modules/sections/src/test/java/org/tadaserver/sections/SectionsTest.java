package org.tadaserver.sections;

import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failure;
import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerSectionDeleted;
import org.tadaserver.protocol.event.ServerSectionUpdated;
import org.tadaserver.protocol.event.ServerTagDeleted;
import org.tadaserver.protocol.event.ServerTagUpdated;
import org.tadaserver.protocol.model.DeletedSection;
import org.tadaserver.protocol.model.DeletedTag;
import org.tadaserver.protocol.model.Section;
import org.tadaserver.protocol.model.Tag;
import org.tadaserver.store.Repositories;
import org.tadaserver.store.db.EmbeddedDatabaseFixture;
import org.tadaserver.store.team.NewTeam;

/** Sections of the three kinds and tags through their bus services: CRUD, events to the team, rights, bad input. */
class SectionsTest {
  private static Vertx vertx;
  private static EmbeddedDatabaseFixture db;
  private static SectionService sections;
  private static TagService tags;
  private static final List<Delivery> delivered = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    db = EmbeddedDatabaseFixture.start(vertx);
    await(Deliveries.consume(vertx, delivered::addAll).completion());
    await(vertx.deployVerticle(new SectionVerticle(db.database(), Limits.DEFAULTS)));
    sections = BusRpc.client(vertx, SectionService.class, SectionService.ADDRESS);
    tags = BusRpc.client(vertx, TagService.class, TagService.ADDRESS);
  }

  @AfterAll
  static void stop() {
    vertx.deploymentIDs().forEach(id -> await(vertx.undeploy(id)));
    db.close();
    await(vertx.close());
  }

  private static UUID team() {
    return await(Repositories.on(db.database().pool()).teams().insert(NewTeam.of("t-" + UUID.randomUUID(), "T",
        "#336699"), System.currentTimeMillis() * 1_000_000L)).uid();
  }

  private static Membership as(UUID team, TeamStatus status) {
    return new Membership(team, UUID.randomUUID(), UUID.randomUUID(), status);
  }

  /** Verifies create, list, update and delete for each kind, every change announced to the whole team. */
  @Test
  void sectionLifecycleForEachKind() {
    for (String kind : List.of("direct", "group", "task")) {
      UUID team = team();
      Membership admin = as(team, TeamStatus.ADMIN);
      Membership member = as(team, TeamStatus.MEMBER);
      Section second = await(sections.createSection(admin, kind, new SectionRequest("Sales", 2, null)));
      Section first = await(sections.createSection(admin, kind, new SectionRequest("  Dev ", 1, "engineers")));
      assertEquals("Dev", first.name());
      assertEquals("engineers", first.description());
      assertEquals(List.of(first, second), await(sections.sections(member, kind)));
      Section moved = await(sections.updateSection(admin, kind, second.uid(), new SectionRequest(null, 0, null)));
      assertEquals("Sales", moved.name());
      assertEquals(0, moved.sortOrdering());
      assertTrue(moved.gentime() > second.gentime());
      assertEquals(List.of(moved, first), await(sections.sections(member, kind)));
      DeletedSection deleted = await(sections.deleteSection(admin, kind, first.uid()));
      assertEquals(first.uid(), deleted.uid());
      assertEquals(List.of(moved), await(sections.sections(member, kind)));
      assertEquals(ApiError.NOT_FOUND, failure(sections.deleteSection(admin, kind, first.uid())).error());
      await(sections.createSection(admin, kind, new SectionRequest("dev", null, null)));

      ChatType type = ChatType.fromWire(kind);
      List<ServerSectionUpdated> updates = events(team, ServerSectionUpdated.class, 4);
      assertTrue(updates.stream().allMatch(u -> u.chatType() == type));
      // as clients read it: the event went through JSON (an empty description left out), the call's result did not
      assertEquals(Wire.toJson(moved), Wire.toJson(updates.get(2).sections().get(0)));
      ServerSectionDeleted gone = events(team, ServerSectionDeleted.class, 1).get(0);
      assertEquals(type, gone.chatType());
      assertEquals(List.of(deleted), gone.sections());
    }
  }

  /** Verifies that the kinds and the teams are apart: a section is unknown under another kind or team. */
  @Test
  void kindsAndTeamsApart() {
    UUID team = team();
    Membership admin = as(team, TeamStatus.OWNER);
    Section group = await(sections.createSection(admin, "group", new SectionRequest("G", null, null)));
    await(sections.createSection(admin, "task", new SectionRequest("G", null, null)));
    assertEquals(1, await(sections.sections(admin, "task")).size());
    assertEquals(List.of(), await(sections.sections(admin, "direct")));
    assertEquals(ApiError.NOT_FOUND, failure(sections.deleteSection(admin, "task", group.uid())).error());
    Membership otherAdmin = as(team(), TeamStatus.ADMIN);
    assertEquals(ApiError.NOT_FOUND, failure(sections.updateSection(otherAdmin, "group", group.uid(),
        new SectionRequest("X", null, null))).error());
    assertEquals(ApiError.NOT_FOUND, failure(sections.deleteSection(otherAdmin, "group", group.uid())).error());
    assertEquals(List.of(), await(sections.sections(otherAdmin, "group")));
  }

  /** Verifies that members and guests may list but not change sections or tags. */
  @Test
  void rights() {
    UUID team = team();
    Membership admin = as(team, TeamStatus.ADMIN);
    Section s = await(sections.createSection(admin, "group", new SectionRequest("S", null, null)));
    Tag t = await(tags.createTag(admin, new TagRequest("t")));
    for (TeamStatus status : List.of(TeamStatus.MEMBER, TeamStatus.GUEST)) {
      Membership who = as(team, status);
      assertEquals(1, await(sections.sections(who, "group")).size());
      assertEquals(1, await(tags.tags(who)).size());
      for (String kind : List.of("direct", "group", "task")) {
        assertDenied(sections.createSection(who, kind, new SectionRequest("X", null, null)));
      }
      assertDenied(sections.updateSection(who, "group", s.uid(), new SectionRequest("X", null, null)));
      assertDenied(sections.deleteSection(who, "group", s.uid()));
      assertDenied(tags.createTag(who, new TagRequest("x")));
      assertDenied(tags.updateTag(who, t.uid(), new TagRequest("x")));
      assertDenied(tags.deleteTag(who, t.uid()));
    }
    assertEquals(List.of(s), await(sections.sections(admin, "group")));
    assertEquals(List.of(t), await(tags.tags(admin)));
  }

  /** Verifies every refusal of bad input. */
  @Test
  void badInput() {
    UUID team = team();
    Membership admin = as(team, TeamStatus.ADMIN);
    Section s = await(sections.createSection(admin, "group", new SectionRequest("Taken", null, null)));
    assertEquals(ApiError.NOT_FOUND, failure(sections.sections(admin, "meeting")).error());
    assertEquals(ApiError.NOT_FOUND, failure(sections.createSection(admin, "", new SectionRequest("x", 0, null)))
        .error());
    assertInvalid("name", sections.createSection(admin, "group", new SectionRequest(null, 0, null)));
    assertInvalid("name", sections.createSection(admin, "group", new SectionRequest("   ", 0, null)));
    assertInvalid("name", sections.createSection(admin, "group", new SectionRequest("taken", 0, null)));
    assertInvalid("name", sections.createSection(admin, "group",
        new SectionRequest("x".repeat(Limits.DEFAULTS.maxSectionLength() + 1), 0, null)));
    assertInvalid("name", sections.createSection(admin, "task",
        new SectionRequest("x".repeat(Limits.DEFAULTS.maxProjectLength() + 1), 0, null)));
    assertInvalid("sort_ordering", sections.createSection(admin, "group", new SectionRequest("x", -1, null)));
    assertInvalid("description", sections.createSection(admin, "group",
        new SectionRequest("x", 0, "d".repeat(Inputs.MAX_DESCRIPTION + 1))));
    assertInvalid("body", sections.createSection(admin, "group", null));
    assertInvalid("name", sections.updateSection(admin, "group", s.uid(), new SectionRequest("", null, null)));
    assertEquals(ApiError.NOT_FOUND, failure(sections.updateSection(admin, "group", "nope",
        new SectionRequest("x", null, null))).error());
    assertEquals(ApiError.NOT_FOUND, failure(sections.deleteSection(admin, "group", UUID.randomUUID().toString()))
        .error());
    assertInvalid("name", tags.createTag(admin, new TagRequest(null)));
    assertInvalid("name", tags.createTag(admin, new TagRequest("x".repeat(Limits.DEFAULTS.maxTagLength() + 1))));
    assertInvalid("body", tags.createTag(admin, null));
    await(tags.createTag(admin, new TagRequest("bug")));
    assertInvalid("name", tags.createTag(admin, new TagRequest("BUG")));
    assertEquals(ApiError.NOT_FOUND, failure(tags.deleteTag(admin, "x")).error());
    assertEquals(List.of(s), await(sections.sections(admin, "group")));
  }

  /** Verifies tag create, list by name, rename and delete, each announced to the team. */
  @Test
  void tagLifecycle() {
    UUID team = team();
    Membership owner = as(team, TeamStatus.OWNER);
    Tag urgent = await(tags.createTag(owner, new TagRequest("urgent")));
    Tag bug = await(tags.createTag(owner, new TagRequest("bug")));
    assertEquals(List.of(bug, urgent), await(tags.tags(as(team, TeamStatus.GUEST))));
    Tag later = await(tags.updateTag(owner, urgent.uid(), new TagRequest("later")));
    assertEquals(new Tag(urgent.uid(), "later"), later);
    assertEquals(new DeletedTag(bug.uid()), await(tags.deleteTag(owner, bug.uid())));
    assertEquals(List.of(later), await(tags.tags(owner)));
    assertEquals(ApiError.NOT_FOUND, failure(tags.updateTag(owner, bug.uid(), new TagRequest("x"))).error());
    assertEquals(ApiError.NOT_FOUND, failure(tags.deleteTag(as(team(), TeamStatus.ADMIN), later.uid())).error());
    List<ServerTagUpdated> updates = events(team, ServerTagUpdated.class, 3);
    assertEquals(List.of(urgent), updates.get(0).tags());
    assertEquals(List.of(later), updates.get(2).tags());
    assertEquals(List.of(new DeletedTag(bug.uid())), events(team, ServerTagDeleted.class, 1).get(0).tags());
  }

  /** The {@code count} events of {@code type} delivered to the whole of {@code team}, in order; waits up to 5 s. */
  private static <T> List<T> events(UUID team, Class<T> type, int count) {
    String name = Events.name(type);
    long deadline = System.currentTimeMillis() + 5_000;
    List<T> found;
    do {
      found = delivered.stream()
          .filter(d -> team.equals(d.team()) && d.users().isEmpty())
          .map(d -> Envelope.parse(d.event()))
          .filter(e -> e.event().equals(name))
          .map(e -> Events.decode(e, type))
          .toList();
    } while (found.size() < count && System.currentTimeMillis() < deadline && pause());
    assertEquals(count, found.size(), name);
    return found;
  }

  private static boolean pause() {
    try {
      Thread.sleep(20);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void assertDenied(Future<?> call) {
    assertEquals(ApiError.ACCESS_DENIED, failure(call).error());
  }

  private static void assertInvalid(String field, Future<?> call) {
    ServiceException e = failure(call);
    assertEquals(ApiError.INVALID_DATA, e.error(), e.getMessage());
    assertTrue(e.details().containsKey(field), () -> e.details() + " " + e.getMessage());
  }
}
