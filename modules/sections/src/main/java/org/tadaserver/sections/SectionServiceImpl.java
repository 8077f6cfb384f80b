package org.tadaserver.sections;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.event.ServerSectionDeleted;
import org.tadaserver.protocol.event.ServerSectionUpdated;
import org.tadaserver.protocol.model.DeletedSection;
import org.tadaserver.protocol.model.Section;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.NewSection;
import org.tadaserver.store.team.SectionRow;
import org.tadaserver.store.team.SectionTable;
import org.tadaserver.store.team.SectionUpdate;

/** The rules of {@link SectionService}; see there. */
final class SectionServiceImpl implements SectionService {
  private final Pool pool;
  private final Changes changes;
  private final Limits limits;

  SectionServiceImpl(Pool pool, Changes changes, Limits limits) {
    this.pool = pool;
    this.changes = changes;
    this.limits = limits;
  }

  @Override
  public Future<List<Section>> sections(Membership actor, String kind) {
    return SectionKind.of(kind).table(pool).list(actor.team(), false)
        .map(rows -> rows.stream().map(SectionServiceImpl::view).toList());
  }

  @Override
  public Future<Section> createSection(Membership actor, String kind, SectionRequest request) {
    SectionKind k = SectionKind.of(kind);
    Inputs.mayManage(actor, k.right);
    SectionRequest r = body(request);
    String name = Inputs.name(r.name(), k.maxName(limits), true);
    Integer sort = Inputs.sortOrdering(r.sortOrdering());
    String description = Inputs.description(r.description());
    NewSection section = new NewSection(null, actor.team(), name, description, sort == null ? 0 : sort);
    return changes.write(actor.team(), "section", (conn, g) -> k.table(conn).insert(section, g))
        .map(row -> updated(k, row));
  }

  @Override
  public Future<Section> updateSection(Membership actor, String kind, String uid, SectionRequest request) {
    SectionKind k = SectionKind.of(kind);
    UUID id = Inputs.uid(uid, "section");
    Inputs.mayManage(actor, k.right);
    SectionRequest r = body(request);
    SectionUpdate update = new SectionUpdate(Inputs.name(r.name(), k.maxName(limits), false),
        Inputs.description(r.description()), Inputs.sortOrdering(r.sortOrdering()));
    return changes.write(actor.team(), "section", (conn, g) -> live(k.table(conn), actor, id)
            .compose(row -> k.table(conn).update(id, update, g)))
        .map(row -> updated(k, row));
  }

  @Override
  public Future<DeletedSection> deleteSection(Membership actor, String kind, String uid) {
    SectionKind k = SectionKind.of(kind);
    UUID id = Inputs.uid(uid, "section");
    Inputs.mayManage(actor, k.right);
    return changes.write(actor.team(), "section", (conn, g) -> live(k.table(conn), actor, id)
            .compose(row -> k.table(conn).archive(id, g)))
        .map(row -> {
          DeletedSection deleted = new DeletedSection(row.uid().toString(), row.gentime());
          changes.announce(row.team(), new ServerSectionDeleted(k.chatType, List.of(deleted), row.gentime()));
          return deleted;
        });
  }

  private Section updated(SectionKind k, SectionRow row) {
    Section section = view(row);
    changes.announce(row.team(), new ServerSectionUpdated(k.chatType, List.of(section), row.gentime()));
    return section;
  }

  /** The live section {@code id} of the actor's team; any other is NOT_FOUND. */
  private static Future<SectionRow> live(SectionTable table, Membership actor, UUID id) {
    return table.get(id).compose(row -> row.team().equals(actor.team()) && !row.isArchive()
        ? Future.succeededFuture(row) : Future.failedFuture(new StoreException.NotFound("section " + id)));
  }

  private static SectionRequest body(SectionRequest request) {
    if (request == null) {
      throw ServiceException.invalid("body", "required");
    }
    return request;
  }

  static Section view(SectionRow row) {
    return new Section(row.uid().toString(), row.sortOrdering(), row.name(), row.gentime(), row.description(),
        row.isArchive());
  }
}
