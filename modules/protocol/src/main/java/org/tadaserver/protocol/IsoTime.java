package org.tadaserver.protocol;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * tdproto's {@code ISODateTimeString}: RFC 3339 in UTC with exactly six fraction digits and {@code Z}, for example
 * {@code 2019-09-18T00:00:07.435409Z}. Writing truncates to microseconds; reading accepts any RFC 3339 form
 * (any fraction length, any offset, lowercase {@code t}/{@code z}, a space separator).
 */
public final class IsoTime {

    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IsoTime() {
    }

    /** Formats an instant the way the wire wants it (UTC, microseconds, {@code Z}). */
    public static String format(Instant instant) {
        return WRITE.format(instant);
    }

    /**
     * Parses an RFC 3339 timestamp.
     *
     * @throws IllegalArgumentException if the text is not an RFC 3339 date-time with an offset
     */
    public static Instant parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        if (normalized.length() > 10 && normalized.charAt(10) == ' ') {
            // RFC 3339 section 5.6 allows a space as the date/time separator.
            normalized = normalized.substring(0, 10) + 'T' + normalized.substring(11);
        }
        try {
            return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an RFC 3339 timestamp: " + text, e);
        }
    }

    /** The current time at the wire's precision, so a value survives a write/read round trip unchanged. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
