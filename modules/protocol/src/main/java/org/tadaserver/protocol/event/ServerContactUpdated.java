package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Contact;

import java.util.List;

/**
 * Params of {@code server.contact.updated}: contacts created or changed.
 */
@EventName("server.contact.updated")
public record ServerContactUpdated(
        List<Contact> contacts) {
}
