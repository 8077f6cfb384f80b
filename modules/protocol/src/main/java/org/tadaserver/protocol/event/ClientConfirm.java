package org.tadaserver.protocol.event;

/**
 * Params of {@code client.confirm}: the client confirms a server event that carried a confirm_id. Never answered.
 *
 * @param confirmId the confirm_id of the server event
 */
@EventName("client.confirm")
public record ClientConfirm(
        String confirmId) {
}
