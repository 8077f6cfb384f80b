package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structural difference of two JSON trees, as a set of paths: {@code -a.b} only in the first tree, {@code +a.b} only
 * in the second, {@code ~a.b} different values. Array indices are written {@code [*]} so one entry covers every
 * element. A key whose value is JSON null counts as absent (Go's decoder treats both alike), and numbers compare by
 * value (an int and a long holding 5 are equal).
 */
final class JsonDiff {

    private JsonDiff() {
    }

    static Set<String> diff(JsonNode original, JsonNode reencoded) {
        Set<String> out = new TreeSet<>();
        walk("", original, reencoded, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, Set<String> out) {
        if (a.isObject() && b.isObject()) {
            objects(path, a, b, out);
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add("~" + path);
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                walk(path + "[*]", a.get(i), b.get(i), out);
            }
        } else if (!sameScalar(a, b)) {
            out.add("~" + path);
        }
    }

    private static void objects(String path, JsonNode a, JsonNode b, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode other = b.get(field.getKey());
            boolean inA = !field.getValue().isNull();
            boolean inB = other != null && !other.isNull();
            if (inA && inB) {
                walk(child, field.getValue(), other, out);
            } else if (inA) {
                out.add("-" + child);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode other = a.get(field.getKey());
            if (!field.getValue().isNull() && (other == null || other.isNull())) {
                out.add("+" + (path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
            }
        }
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
