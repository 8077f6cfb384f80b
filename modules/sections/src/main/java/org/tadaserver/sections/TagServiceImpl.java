package org.tadaserver.sections;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.event.ServerTagDeleted;
import org.tadaserver.protocol.event.ServerTagUpdated;
import org.tadaserver.protocol.model.DeletedTag;
import org.tadaserver.protocol.model.Tag;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.team.TagRepository;
import org.tadaserver.store.team.TagRow;

/** The rules of {@link TagService}; see there. */
final class TagServiceImpl implements TagService {
  private static final String RIGHT = "can_manage_tags";
  private final Pool pool;
  private final Changes changes;
  private final Limits limits;

  TagServiceImpl(Pool pool, Changes changes, Limits limits) {
    this.pool = pool;
    this.changes = changes;
    this.limits = limits;
  }

  @Override
  public Future<List<Tag>> tags(Membership actor) {
    return new TagRepository(pool).list(actor.team(), false)
        .map(rows -> rows.stream().map(TagServiceImpl::view).toList());
  }

  @Override
  public Future<Tag> createTag(Membership actor, TagRequest request) {
    Inputs.mayManage(actor, RIGHT);
    String name = Inputs.name(body(request).name(), limits.maxTagLength(), true);
    return changes.write(actor.team(), "tag", (conn, g) -> new TagRepository(conn).insert(actor.team(), name, g))
        .map(this::updated);
  }

  @Override
  public Future<Tag> updateTag(Membership actor, String uid, TagRequest request) {
    UUID id = Inputs.uid(uid, "tag");
    Inputs.mayManage(actor, RIGHT);
    String name = Inputs.name(body(request).name(), limits.maxTagLength(), true);
    return changes.write(actor.team(), "tag", (conn, g) -> live(new TagRepository(conn), actor, id)
            .compose(row -> new TagRepository(conn).rename(id, name, g)))
        .map(this::updated);
  }

  @Override
  public Future<DeletedTag> deleteTag(Membership actor, String uid) {
    UUID id = Inputs.uid(uid, "tag");
    Inputs.mayManage(actor, RIGHT);
    return changes.write(actor.team(), "tag", (conn, g) -> live(new TagRepository(conn), actor, id)
            .compose(row -> new TagRepository(conn).archive(id, g)))
        .map(row -> {
          DeletedTag deleted = new DeletedTag(row.uid().toString());
          changes.announce(row.team(), new ServerTagDeleted(List.of(deleted)));
          return deleted;
        });
  }

  private Tag updated(TagRow row) {
    Tag tag = view(row);
    changes.announce(row.team(), new ServerTagUpdated(List.of(tag)));
    return tag;
  }

  private static Future<TagRow> live(TagRepository tags, Membership actor, UUID id) {
    return tags.get(id).compose(row -> row.team().equals(actor.team()) && !row.isArchive()
        ? Future.succeededFuture(row) : Future.failedFuture(new StoreException.NotFound("tag " + id)));
  }

  private static TagRequest body(TagRequest request) {
    if (request == null) {
      throw ServiceException.invalid("body", "required");
    }
    return request;
  }

  static Tag view(TagRow row) {
    return new Tag(row.uid().toString(), row.name());
  }
}
