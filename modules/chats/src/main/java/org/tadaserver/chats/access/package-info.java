/**
 * Who may see and write which chat. {@link org.tadaserver.chats.access.ChatAccess} resolves a chat JID as an actor
 * names it (a {@code d-} contact JID = the direct chat with that contact, which may not exist yet) and answers
 * {@code NOT_FOUND} alike for what does not exist and what the actor may not see;
 * {@link org.tadaserver.chats.access.ChatRights} holds the rules the service enforces and the chat views report.
 */
package org.tadaserver.chats.access;
