/**
 * One params record per WebSocket event (named after the event: {@code server.message.updated} is
 * {@link org.tadaserver.protocol.event.ServerMessageUpdated}), each marked with {@link
 * org.tadaserver.protocol.event.EventName}, and the {@link org.tadaserver.protocol.event.Events} registry that turns
 * them into envelopes and back.
 */
package org.tadaserver.protocol.event;
