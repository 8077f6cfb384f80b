package org.tadaserver.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One WebSocket frame: {@code {"event": ..., "params": {...}, "confirm_id": "..."}}. {@code params} is left out when
 * null ({@code client.ping} has none); {@code confirm_id} is a string and is left out when null or empty. Typed params
 * are built and decoded through {@link org.tadaserver.protocol.event.Events}.
 *
 * @param event     event name, for example {@code server.message.updated}; required
 * @param params    the raw params object, or null
 * @param confirmId opaque id the peer must echo in a confirm, or null/empty for none
 */
public record Envelope(
        String event,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode params,
        @OmitEmpty String confirmId) {

    public Envelope {
        if (event == null || event.isEmpty()) {
            throw new WireException("envelope without event");
        }
        if (params != null && params.isNull()) {
            params = null;
        }
    }

    /** An envelope without confirm id. */
    public static Envelope of(String event, JsonNode params) {
        return new Envelope(event, params, null);
    }

    /** A copy carrying the given confirm id. */
    public Envelope withConfirmId(String id) {
        return new Envelope(event, params, id);
    }

    /** Whether the sender asked for a confirm (a non-empty {@code confirm_id}). */
    public boolean wantsConfirm() {
        return confirmId != null && !confirmId.isEmpty();
    }

    /**
     * Decodes one frame's text.
     *
     * @throws WireException if the text is not a JSON object with a string {@code event}
     */
    public static Envelope parse(String json) {
        return Wire.fromJson(Objects.requireNonNull(json, "json"), Envelope.class);
    }

    /** Encodes this envelope as frame text. */
    public String toJson() {
        return Wire.toJson(this);
    }
}
