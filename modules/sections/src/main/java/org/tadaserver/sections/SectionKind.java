package org.tadaserver.sections;

import io.vertx.sqlclient.SqlClient;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.store.team.ChatSectionRepository;
import org.tadaserver.store.team.SectionRepository;
import org.tadaserver.store.team.SectionTable;

/**
 * The three kinds of section, as named in REST paths and in {@code server.section.*}: where each is stored, the
 * right that manages it and its name limit.
 */
enum SectionKind {
  DIRECT(ChatType.DIRECT, "can_manage_sections"),
  GROUP(ChatType.GROUP, "can_manage_sections"),
  TASK(ChatType.TASK, "can_manage_projects");

  final ChatType chatType;
  final String right;

  SectionKind(ChatType chatType, String right) {
    this.chatType = chatType;
    this.right = right;
  }

  /** The kind named {@code name}; anything else is NOT_FOUND (an unknown path). */
  static SectionKind of(String name) {
    for (SectionKind k : values()) {
      if (k.chatType.wire().equals(name)) {
        return k;
      }
    }
    throw ServiceException.notFound("section kind");
  }

  SectionTable table(SqlClient client) {
    return this == DIRECT ? new SectionRepository(client) : new ChatSectionRepository(client, chatType.wire());
  }

  int maxName(Limits limits) {
    return this == TASK ? limits.maxProjectLength() : limits.maxSectionLength();
  }
}
