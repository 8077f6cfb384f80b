package org.tadaserver.protocol.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event examples of the seed spec (a copy of {@code spec/websocket-api.md} in the test resources): the first
 * fenced block under each {@code ### "event.name"} heading.
 */
final class SpecExamples {

    private static final Pattern EXAMPLE =
            Pattern.compile("^### \"([a-z.]+)\"\\R.*?^```\\R(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    private SpecExamples() {
    }

    /** Event name to the raw text of its example block, in document order. */
    static Map<String, String> load() {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/spec/websocket-api.md")) {
            if (in == null) {
                throw new IllegalStateException("spec/websocket-api.md missing from test resources");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> examples = new LinkedHashMap<>();
            Matcher matcher = EXAMPLE.matcher(text);
            while (matcher.find()) {
                examples.put(matcher.group(1), matcher.group(2).trim());
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
