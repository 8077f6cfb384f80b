package org.tadaserver.store.team;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.tadaserver.store.StoreException;

/**
 * One kind of section (contact sections, group sections or task projects): the operations they share. A live
 * section's name is unique in its team and kind, ignoring case; every write fails with {@link StoreException.Conflict}
 * when it would repeat one, {@link StoreException.Invalid} for values the schema refuses, and
 * {@link StoreException.NotFound} for an unknown uid (or team).
 */
public interface SectionTable {
  Future<SectionRow> insert(NewSection s, long gentime);

  Future<SectionRow> get(UUID uid);

  /** The team's sections in display order; archived ones only when asked. */
  Future<List<SectionRow>> list(UUID team, boolean includeArchived);

  Future<SectionRow> update(UUID uid, SectionUpdate u, long gentime);

  Future<SectionRow> archive(UUID uid, long gentime);
}
