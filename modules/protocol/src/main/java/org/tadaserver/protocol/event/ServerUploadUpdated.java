package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Upload;

import java.util.List;

/**
 * Params of {@code server.upload.updated}: uploads created or changed (for example video processing finished).
 */
@EventName("server.upload.updated")
public record ServerUploadUpdated(
        List<Upload> uploads) {
}
