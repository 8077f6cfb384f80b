package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.GroupStatus;

/**
 * A group member and their status.
 *
 * @param jid member contact
 * @param status status in the group
 * @param canRemove can I remove this member
 */
public record GroupMembership(
        Jid jid,
        @OmitEmpty GroupStatus status,
        @OmitEmpty boolean canRemove) {
}
