package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * Website title and description of a link.
 *
 * @param title title or og:title
 * @param description description
 */
public record MessageLinkPreview(
        String title,
        @OmitEmpty String description) {
}
