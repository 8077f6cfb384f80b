package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * PDF rendering of an upload (experimental).
 *
 * @param url absolute URL
 * @param textPreview first line of the text
 */
public record PdfVersion(
        String url,
        @OmitEmpty String textPreview) {
}
