package org.tadaserver.sections;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.DeletedTag;
import org.tadaserver.protocol.model.Tag;

/**
 * A team's task tags (reference §2.3), served at {@link #ADDRESS} by {@link SectionVerticle}. Every member lists
 * them; only those with {@code can_manage_tags} change them. Each change reaches every session of the team as
 * {@code server.tag.updated} or {@code server.tag.deleted}. Failures as for {@link SectionService}.
 */
public interface TagService {
  String ADDRESS = "tada.tags";

  /** The live tags, by name. */
  Future<List<Tag>> tags(Membership actor);

  /** A new tag; the name is unique in the team, ignoring case. */
  Future<Tag> createTag(Membership actor, TagRequest request);

  /** Renames a tag. */
  Future<Tag> updateTag(Membership actor, String uid, TagRequest request);

  /** Archives a tag. */
  Future<DeletedTag> deleteTag(Membership actor, String uid);
}
