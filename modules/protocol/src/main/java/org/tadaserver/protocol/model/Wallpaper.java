package org.tadaserver.protocol.model;

/**
 * A chat wallpaper.
 *
 * @param key unique id
 * @param name localized description
 * @param url URL of a jpg or png
 */
public record Wallpaper(
        String key,
        String name,
        String url) {
}
