package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.util.List;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.protocol.Jid;

/** Builds {@link TaskQuery}s for tests, one filter at a time. */
final class QueryBuilder {
  private List<String> statuses;
  private List<String> excludeStatuses;
  private List<Integer> nums;
  private List<Jid> observers;
  private List<Jid> members;
  private List<Jid> assignees;
  private List<Jid> owners;
  private List<String> sections;
  private List<String> tags;
  private String q;
  private Boolean isPublic;
  private Instant deadlineGte;
  private Instant deadlineLte;
  private Instant doneGte;
  private Instant doneLte;
  private Instant createdGte;
  private Instant createdLte;
  private String sort;
  private long gentimeGt;
  private int limit;
  private int offset;

  QueryBuilder statuses(List<String> v) {
    statuses = v;
    return this;
  }

  QueryBuilder excludeStatuses(List<String> v) {
    excludeStatuses = v;
    return this;
  }

  QueryBuilder nums(List<Integer> v) {
    nums = v;
    return this;
  }

  QueryBuilder observers(List<Jid> v) {
    observers = v;
    return this;
  }

  QueryBuilder members(List<Jid> v) {
    members = v;
    return this;
  }

  QueryBuilder assignees(List<Jid> v) {
    assignees = v;
    return this;
  }

  QueryBuilder owners(List<Jid> v) {
    owners = v;
    return this;
  }

  QueryBuilder sections(List<String> v) {
    sections = v;
    return this;
  }

  QueryBuilder tags(List<String> v) {
    tags = v;
    return this;
  }

  QueryBuilder q(String v) {
    q = v;
    return this;
  }

  QueryBuilder isPublic(Boolean v) {
    isPublic = v;
    return this;
  }

  QueryBuilder deadlineGte(Instant v) {
    deadlineGte = v;
    return this;
  }

  QueryBuilder deadlineLte(Instant v) {
    deadlineLte = v;
    return this;
  }

  QueryBuilder doneGte(Instant v) {
    doneGte = v;
    return this;
  }

  QueryBuilder doneLte(Instant v) {
    doneLte = v;
    return this;
  }

  QueryBuilder createdGte(Instant v) {
    createdGte = v;
    return this;
  }

  QueryBuilder createdLte(Instant v) {
    createdLte = v;
    return this;
  }

  QueryBuilder sort(String v) {
    sort = v;
    return this;
  }

  QueryBuilder gentimeGt(long v) {
    gentimeGt = v;
    return this;
  }

  QueryBuilder limit(int v) {
    limit = v;
    return this;
  }

  QueryBuilder offset(int v) {
    offset = v;
    return this;
  }

  TaskQuery build() {
    return new TaskQuery(statuses, excludeStatuses, nums, observers, members, assignees, owners, sections, tags, q,
        isPublic, deadlineGte, deadlineLte, doneGte, doneLte, createdGte, createdLte, sort, gentimeGt, limit, offset);
  }
}
