package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task body checked for form ({@link TaskRequests}): the values to set, null where the body did not name a field.
 * Whether the actor may set them, and whether contacts, statuses and the team's optional fields exist, is checked
 * by the write against the database.
 *
 * @param setDeadline whether the body named a deadline; {@code deadline} null then clears it
 * @param section project uid, or null for "not given"
 * @param items checklist texts (create: the list; change: the whole new list), or null
 * @param linked messages a new task is made from (carried into its chat); empty on change, where it is ignored
 */
record TaskEdit(
    String description, UUID assignee, boolean setDeadline, Instant deadline, Boolean isPublic, List<String> tags,
    UUID section, List<UUID> observers, List<String> items, String taskStatus, Integer importance, Integer urgency,
    Integer complexity, Integer spentTime, Integer colorIndex, List<UUID> linked) {}
