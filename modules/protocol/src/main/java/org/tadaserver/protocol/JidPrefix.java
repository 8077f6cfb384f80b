package org.tadaserver.protocol;

import org.tadaserver.protocol.enums.ChatType;

/**
 * The prefixes of a JID ({@code jid.go}). Chat prefixes map to a {@link ChatType}; the section prefixes
 * ({@code sd-}, {@code sg-}, {@code st-}) name contact sections, group sections and task projects in mention meta and
 * have no chat type.
 */
public enum JidPrefix {
    CONTACT("d-", ChatType.DIRECT),
    GROUP("g-", ChatType.GROUP),
    TASK("t-", ChatType.TASK),
    MEETING("m-", ChatType.MEETING),
    THREAD("th-", ChatType.THREAD),
    CONTACT_SECTION("sd-", null),
    GROUP_SECTION("sg-", null),
    TASK_SECTION("st-", null);

    private final String text;
    private final ChatType chatType;

    JidPrefix(String text, ChatType chatType) {
        this.text = text;
        this.chatType = chatType;
    }

    /** The prefix as written, including the dash (for example {@code "d-"}). */
    public String text() {
        return text;
    }

    /** The chat type of JIDs with this prefix, or {@code null} for the section prefixes. */
    public ChatType chatType() {
        return chatType;
    }

    /** The chat prefix for a chat type. */
    public static JidPrefix of(ChatType chatType) {
        for (JidPrefix prefix : values()) {
            if (prefix.chatType == chatType) {
                return prefix;
            }
        }
        throw new IllegalArgumentException("no JID prefix for " + chatType);
    }

    /** The prefix spelled exactly {@code text} (with its dash), or {@code null}. */
    static JidPrefix fromText(String text) {
        for (JidPrefix prefix : values()) {
            if (prefix.text.equals(text)) {
                return prefix;
            }
        }
        return null;
    }
}
