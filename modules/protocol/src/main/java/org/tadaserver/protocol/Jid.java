package org.tadaserver.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.tadaserver.protocol.enums.ChatType;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A chat or contact id on the wire: a {@link JidPrefix} followed by a canonical lowercase UUID, for example
 * {@code d-bd500a50-3a38-44d1-a43c-fb1a48e1a79e}. Serialised as that JSON string. A direct chat has no JID of its own:
 * it is addressed by the other person's contact ({@code d-}) JID.
 *
 * @param prefix what the id names (contact, group, task, meeting, thread or a section)
 * @param uuid   the entity's UUID
 */
public record Jid(JidPrefix prefix, UUID uuid) implements Comparable<Jid> {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public Jid {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(uuid, "uuid");
    }

    /**
     * Parses {@code <prefix><uuid>}.
     *
     * @throws IllegalArgumentException if the prefix is unknown or the rest is not a canonical lowercase UUID
     */
    public static Jid parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JID is null");
        }
        int dash = text.indexOf('-');
        JidPrefix prefix = dash < 0 ? null : JidPrefix.fromText(text.substring(0, dash + 1));
        if (prefix == null) {
            throw new IllegalArgumentException("invalid JID prefix: " + text);
        }
        String rest = text.substring(dash + 1);
        if (!CANONICAL_UUID.matcher(rest).matches()) {
            throw new IllegalArgumentException("invalid JID uuid: " + text);
        }
        return new Jid(prefix, UUID.fromString(rest));
    }

    /**
     * JSON reading: like {@link #parse} but "" (Go's zero JID) reads as null, so an empty key means "not given".
     *
     * @throws IllegalArgumentException if the text is neither empty nor a valid JID
     */
    @JsonCreator
    static Jid fromJson(String text) {
        return text.isEmpty() ? null : parse(text);
    }

    /** Whether {@link #parse} would accept the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A contact JID ({@code d-}); also the address of the direct chat with that contact. */
    public static Jid contact(UUID uuid) {
        return new Jid(JidPrefix.CONTACT, uuid);
    }

    /** A group chat JID ({@code g-}). */
    public static Jid group(UUID uuid) {
        return new Jid(JidPrefix.GROUP, uuid);
    }

    /** A task chat JID ({@code t-}). */
    public static Jid task(UUID uuid) {
        return new Jid(JidPrefix.TASK, uuid);
    }

    /** A meeting chat JID ({@code m-}). */
    public static Jid meeting(UUID uuid) {
        return new Jid(JidPrefix.MEETING, uuid);
    }

    /** A thread chat JID ({@code th-}). */
    public static Jid thread(UUID uuid) {
        return new Jid(JidPrefix.THREAD, uuid);
    }

    /** The JID of a chat of the given type. */
    public static Jid of(ChatType chatType, UUID uuid) {
        return new Jid(JidPrefix.of(chatType), uuid);
    }

    /** The chat type named by the prefix, or {@code null} for a section JID. */
    public ChatType chatType() {
        return prefix.chatType();
    }

    /** Whether this is a contact ({@code d-}) JID. */
    public boolean isContact() {
        return prefix == JidPrefix.CONTACT;
    }

    @JsonValue
    @Override
    public String toString() {
        return prefix.text() + uuid;
    }

    @Override
    public int compareTo(Jid other) {
        return toString().compareTo(other.toString());
    }
}
