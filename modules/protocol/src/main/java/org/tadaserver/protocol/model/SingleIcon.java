package org.tadaserver.protocol.model;

/**
 * One icon image.
 *
 * @param url absolute URL of the image
 * @param width width in pixels
 * @param height height in pixels
 */
public record SingleIcon(
        String url,
        int width,
        int height) {
}
