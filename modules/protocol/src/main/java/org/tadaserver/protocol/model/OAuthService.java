package org.tadaserver.protocol.model;

/**
 * An external login service offered on the login screen.
 *
 * @param name title
 * @param url redirect URL
 */
public record OAuthService(
        String name,
        String url) {
}
