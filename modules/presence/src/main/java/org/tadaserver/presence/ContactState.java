package org.tadaserver.presence;

import java.time.Instant;
import java.util.UUID;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * One contact's presence as one node sees it from its own sessions (several devices merge into one state).
 *
 * @param jid the contact, {@code d-<uuid>}
 * @param user the contact's account
 * @param status the contact's team status (how they see others; decides their view of a changed contact)
 * @param afk every session of the contact on that node is away
 * @param mobile every session of the contact on that node is a mobile client
 * @param focusUntil the contact's focus mode end as that node knows it; null = not known there or none
 * @param lastActivity epoch milliseconds of the contact's latest activity on that node
 */
public record ContactState(String jid, UUID user, TeamStatus status, boolean afk, boolean mobile, Instant focusUntil,
    long lastActivity) {

  /** The state of a contact present on several nodes: away or mobile only if so everywhere, the latest activity. */
  ContactState merge(ContactState other) {
    return new ContactState(jid, user, status, afk && other.afk, mobile && other.mobile,
        focusUntil != null ? focusUntil : other.focusUntil, Math.max(lastActivity, other.lastActivity));
  }
}
