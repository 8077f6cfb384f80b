package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Preview image of an upload.
 *
 * @param url absolute URL
 * @param url2x high-resolution (retina) URL
 * @param width pixels
 * @param height pixels
 */
public record UploadPreview(
        String url,
        @JsonProperty("url_2x") String url2x,
        int width,
        int height) {
}
