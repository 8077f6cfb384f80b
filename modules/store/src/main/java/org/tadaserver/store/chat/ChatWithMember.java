package org.tadaserver.store.chat;

/**
 * A chat with one contact's member row in it, read together.
 *
 * @param member null when the contact never was in the chat (a row with {@code isMember = false}: they left)
 */
public record ChatWithMember(ChatRow chat, MemberRow member) {}
