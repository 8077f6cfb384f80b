package org.tadaserver.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireTest {

    record Stamp(Instant at, @OmitEmpty Instant maybe, long gentime) {
    }

    /** Verifies that instants are written in UTC with exactly six fraction digits and a Z. */
    @Test
    void writesMicrosecondUtcTimestamps() {
        assertEquals("{\"at\":\"2019-09-18T00:00:07.435409Z\",\"gentime\":1}",
                Wire.toJson(new Stamp(Instant.parse("2019-09-18T00:00:07.435409Z"), null, 1)));
        assertEquals("{\"at\":\"2019-09-18T00:00:07.000000Z\",\"gentime\":0}",
                Wire.toJson(new Stamp(Instant.parse("2019-09-18T00:00:07Z"), null, 0)));
        assertEquals("\"2019-09-18T00:00:07.123456Z\"",
                Wire.toJson(Instant.parse("2019-09-18T00:00:07.123456789Z")));
    }

    /** Verifies that any RFC 3339 form is read: offsets, short or long fractions, lowercase, space separator. */
    @Test
    void readsAnyRfc3339() {
        Instant expected = Instant.parse("2019-09-17T21:00:07.5Z");
        for (String text : new String[]{"2019-09-18T00:00:07.5+03:00", "2019-09-17T21:00:07.500000000Z",
                "2019-09-17t21:00:07.5z", "2019-09-17 21:00:07.5Z"}) {
            assertEquals(expected, Wire.fromJson("{\"at\":\"" + text + "\"}", Stamp.class).at(), text);
        }
        assertEquals(null, Wire.fromJson("{\"at\":\"\"}", Stamp.class).at());
    }

    /** Verifies that bad timestamps and timestamps given as numbers are rejected as wire errors. */
    @Test
    void rejectsBadTimestamps() {
        assertThrows(WireException.class, () -> Wire.fromJson("{\"at\":\"yesterday\"}", Stamp.class));
        assertThrows(WireException.class, () -> Wire.fromJson("{\"at\":\"2019-09-18T00:00:07\"}", Stamp.class));
        assertThrows(WireException.class, () -> Wire.fromJson("{\"at\":1568764807}", Stamp.class));
        assertThrows(WireException.class, () -> Wire.fromJson("{not json", Stamp.class));
    }

    /** Verifies that gentime is a JSON integer even at nanosecond magnitude, and unknown keys are ignored. */
    @Test
    void gentimeIsAnIntegerAndUnknownKeysAreIgnored() throws Exception {
        long gentime = 1601393533939084058L;
        JsonNode node = Wire.mapper().readTree(Wire.toJson(new Stamp(null, null, gentime)));
        assertTrue(node.get("gentime").isIntegralNumber());
        assertEquals(gentime, node.get("gentime").longValue());
        assertEquals("{\"at\":null,\"gentime\":" + gentime + "}", Wire.toJson(new Stamp(null, null, gentime)));
        assertEquals(5, Wire.fromJson("{\"gentime\":5,\"whatever\":[1,2]}", Stamp.class).gentime());
    }
}
