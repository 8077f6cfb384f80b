package org.tadaserver.protocol.model;

/**
 * An upload with the message it belongs to.
 */
public record UploadShortMessage(
        Upload upload,
        ShortMessage message) {
}
