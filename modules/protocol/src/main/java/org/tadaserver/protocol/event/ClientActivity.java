package org.tadaserver.protocol.event;

/**
 * Params of {@code client.activity}: the client reports being away (afk) or back.
 *
 * @param afk away from keyboard
 */
@EventName("client.activity")
public record ClientActivity(
        boolean afk) {
}
