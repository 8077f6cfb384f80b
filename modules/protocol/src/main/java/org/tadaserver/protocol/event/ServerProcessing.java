package org.tadaserver.protocol.event;

import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.ActionType;

/**
 * Params of {@code server.processing}: progress of a background operation.
 */
@EventName("server.processing")
public record ServerProcessing(
        String action,
        @OmitEmpty ActionType actionType,
        String message,
        @OmitEmpty String body,
        boolean hasError,
        int num,
        int total) {
}
