package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * A group chat to insert. The caller validated the values (title length, rights); the schema checks the rest.
 *
 * @param uid the uuid of the group's {@code g-} JID
 * @param creator the creating contact (it becomes the first admin, inserted separately as a member)
 * @param autocleanupAge seconds, or null
 * @param sectionUid the group section, or null
 */
public record NewGroup(
    UUID uid, UUID teamUid, UUID creator, String title, String description, boolean isPublic, boolean defaultForAll,
    boolean readonlyForMembers, Integer autocleanupAge, UUID sectionUid) {}
