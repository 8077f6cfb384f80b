package org.tadaserver.reminds;

import org.tadaserver.bus.Delivery;

/**
 * One remind fired: its {@code server.remind.fired} for the owner, sent from the scheduler to the {@link FiredRelay}
 * of every node.
 *
 * @param remind the remind's uid, by which relays drop a second firing
 */
record Firing(String remind, Delivery delivery) {}
