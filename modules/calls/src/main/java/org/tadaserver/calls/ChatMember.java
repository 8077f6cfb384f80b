package org.tadaserver.calls;

import java.util.UUID;

/**
 * A current member of the chat of a call.
 *
 * @param contact the member's contact in the team
 * @param user the member's user; null for a contact without one (a bot)
 * @param admin the member administers the chat (group admin)
 * @param displayName the contact's name, shown for them as a participant
 * @param role the contact's role in the team
 * @param letters the contact's generated icon
 * @param color the contact's icon colour
 */
record ChatMember(UUID contact, UUID user, boolean admin, String displayName, String role, String letters,
    String color) {}
