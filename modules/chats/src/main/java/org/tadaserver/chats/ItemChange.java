package org.tadaserver.chats;

/**
 * A checklist item to add ({@code POST .../tasks/{t}/items}) or the changes to one ({@code PUT .../items/{uid}}):
 * every key optional on change. An item text {@code "#N"} links task N of the team as a subtask.
 *
 * @param sortOrdering the position to move the item to (0 = first); larger than the list = last
 */
public record ItemChange(String text, Boolean checked, Integer sortOrdering) {}
