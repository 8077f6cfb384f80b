package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.PushDevice;
import org.tadaserver.protocol.model.Section;
import org.tadaserver.protocol.model.TaskTab;

import java.util.List;

/**
 * Params of {@code server.roster}: everything at once (deprecated from its start; clients fetch these over REST).
 * A new server need not send it.
 */
@EventName("server.roster")
public record ServerRoster(
        int badge,
        List<Contact> contacts,
        List<Section> contactSections,
        List<Chat> groups,
        List<Section> groupSections,
        List<Chat> directChats,
        List<Chat> taskChats,
        List<Section> taskSections,
        List<TaskTab> taskTabs,
        List<PushDevice> devices) {
}
