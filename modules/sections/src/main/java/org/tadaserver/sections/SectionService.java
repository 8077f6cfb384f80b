package org.tadaserver.sections;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.DeletedSection;
import org.tadaserver.protocol.model.Section;

/**
 * A team's sections (reference §2.3): contact sections ({@code direct}), group sections ({@code group}) and task
 * projects ({@code task}), named by the {@code kind} argument as in the REST path. Served at {@link #ADDRESS} by
 * {@link SectionVerticle}. Every member lists them; only those with {@code can_manage_sections} (for projects,
 * {@code can_manage_projects}) change them. Each change reaches every session of the team as
 * {@code server.section.updated} or {@code server.section.deleted}. Failures: {@code NOT_FOUND} for an unknown kind
 * or section, {@code ACCESS_DENIED} without the right, {@code INVALID_DATA} naming the field.
 */
public interface SectionService {
  String ADDRESS = "tada.sections";

  /** The live sections of the kind, in display order. */
  Future<List<Section>> sections(Membership actor, String kind);

  /** A new section; {@code name} is required, {@code sort_ordering} defaults to 0. */
  Future<Section> createSection(Membership actor, String kind, SectionRequest request);

  /** Changes the given fields of a section. */
  Future<Section> updateSection(Membership actor, String kind, String uid, SectionRequest request);

  /** Archives a section: it leaves the lists, and its name is free again. */
  Future<DeletedSection> deleteSection(Membership actor, String kind, String uid);
}
