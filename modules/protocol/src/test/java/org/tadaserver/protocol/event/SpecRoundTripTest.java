package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Wire;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every event example of the seed spec decodes into its typed params record and re-encodes to equivalent JSON.
 * "Equivalent" is checked by {@link JsonDiff} (null = absent, numbers by value); the only differences allowed are the
 * ones listed in {@link #KNOWN_DIFFERENCES}, each with the reason the latest protocol differs from the 2019 seed.
 * Examples that are not real (placeholders, missing, malformed) are listed in {@link #NOT_REAL} with the reason and
 * checked with {@link HandExamples} instead.
 */
class SpecRoundTripTest {

    private static final String UNREAD_KEYS = "team_unread: latest protocol sends all five chat types, each with"
            + " notice_messages (the TS models throw on a missing key); the seed shows three without notice_messages";

    /** Seed examples that are not real JSON events, with the reason. */
    private static final Map<String, String> NOT_REAL = Map.ofEntries(
            entry("client.activity", "placeholder \"BOOL\" for afk"),
            entry("client.call.buzz", "placeholder \"JID\""),
            entry("client.call.buzzcancel", "placeholder \"JID\""),
            entry("client.call.leave", "placeholders \"JID\", \"STRING\""),
            entry("client.call.offer", "placeholders \"JID\", \"BOOL\", \"STRING\""),
            entry("client.call.reject", "placeholder \"JID\""),
            entry("client.call.sound", "placeholders \"JID\", \"BOOL\""),
            entry("client.call.trickle", "placeholders \"JID\", \"STRING\", \"INT\""),
            entry("client.chat.composing", "placeholder \"JID\""),
            entry("client.chat.lastread", "placeholders \"JID\", \"STRING\""),
            entry("client.message.updated", "placeholders \"JID\", \"BOOL\", \"STRING\""),
            entry("client.message.deleted", "placeholder \"STRING\" for message_id (decodes, but is no real id)"),
            entry("client.call.muteall", "EVENT MISSING EXAMPLE"),
            entry("server.call.checkfingerprint", "EVENT MISSING EXAMPLE"),
            entry("server.call.leave", "EVENT MISSING EXAMPLE"),
            entry("server.call.muteall", "EVENT MISSING EXAMPLE"),
            entry("server.call.reject", "EVENT MISSING EXAMPLE"),
            entry("server.call.restart", "EVENT MISSING EXAMPLE"),
            entry("server.call.sound", "EVENT MISSING EXAMPLE"),
            entry("server.chat.draft", "EVENT MISSING EXAMPLE"),
            entry("server.debug", "EVENT MISSING EXAMPLE"),
            entry("server.message.push", "EVENT MISSING EXAMPLE"),
            entry("server.processing", "EVENT MISSING EXAMPLE"),
            entry("server.tag.deleted", "EVENT MISSING EXAMPLE"),
            entry("server.tag.updated", "EVENT MISSING EXAMPLE"),
            entry("server.upload.updated", "EVENT MISSING EXAMPLE"),
            entry("server.uisettings", "malformed: a bare settings object, no envelope; real params are {namespace, data}"));

    /** Allowed differences between a real seed example and its re-encoding, with the reason. */
    private static final Map<String, Map<String, String>> KNOWN_DIFFERENCES = Map.ofEntries(
            entry("server.call.answer", Map.of(
                    "+params.onliners[*].enabled_video", "CallOnliner.enabled_video is newer than the seed",
                    "+params.onliners[*].enabled_screenshare", "CallOnliner.enabled_screenshare is newer than the seed")),
            entry("server.call.state", Map.of(
                    "+params.gentime", "CallEvent.gentime is newer than the seed",
                    "+params.onliners[*].enabled_video", "CallOnliner.enabled_video is newer than the seed",
                    "+params.onliners[*].enabled_screenshare", "CallOnliner.enabled_screenshare is newer than the seed",
                    "-params.buzz", "buzz is omitempty in tdproto; the seed writes false")),
            entry("server.chat.composing", Map.of(
                    "-params.is_audio", "is_audio is omitempty in tdproto; the seed writes false")),
            entry("server.chat.deleted", unreadDiffs("params.team_unread")),
            entry("server.chat.lastread", unreadDiffs("params.team_unread")),
            entry("server.chat.updated", unreadDiffs("params.team_unread")),
            entry("server.message.updated", unreadDiffs("params.team_unread")),
            entry("server.contact.updated", Map.of(
                    "+params.contacts[*].gentime", "Contact.gentime is newer than the seed")),
            entry("server.message.received", Map.of(
                    "-params.messages[*].num_received", "num_received is omitempty in tdproto; the seed writes 0")),
            entry("server.online", Map.of(
                    "-params.contacts[*].afk", "afk is omitempty in tdproto; the seed writes false")),
            entry("server.roster", Map.of(
                    "+params.contacts[*].gentime", "Contact.gentime is newer than the seed",
                    "-params.contacts[*].section", "Contact.section (singular) is gone; sections holds the uids",
                    "-params.direct_chats[*].last_message.links[*]._notify_ids", "debug key, not part of MessageLink",
                    "-params.direct_chats[*].last_message.links[*]._status", "debug key, not part of MessageLink",
                    "-params.task_chats[*].last_message.links[*]._notify_ids", "debug key, not part of MessageLink",
                    "-params.task_chats[*].last_message.links[*]._status", "debug key, not part of MessageLink",
                    "-params.task_chats[*].observers", "observers is omitempty: an empty list is left out")),
            entry("server.section.deleted", Map.of(
                    "+params.sections[*].gentime", "a deleted section carries gentime in tdproto")),
            entry("server.team.counters", withUnread(unreadDiffs("params.teams[*].unread"),
                    "+params.badge", "server.team.counters.badge is newer than the seed")),
            entry("server.team.deleted", Map.of(
                    "+params.teams[*].gentime", "DeletedTeam.gentime is in tdproto, missing from the seed example")),
            entry("server.team.updated", withUnread(withUnread(withUnread(unreadDiffs("params.teams[*].unread"),
                            "+params.teams[*].gentime", "Team.gentime is missing from the seed example"),
                    "+params.teams[*].me.gentime", "Contact.gentime is newer than the seed"),
                    "-params.teams[*].can_manage_sections", "not a Team key; it lives on Team.me (Contact)")));

    /** Verifies that each real seed example round-trips to equivalent JSON, up to the listed differences. */
    @TestFactory
    Stream<DynamicTest> realSeedExamplesRoundTrip() {
        return SpecExamples.load().entrySet().stream()
                .filter(example -> !NOT_REAL.containsKey(example.getKey()))
                .map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
                    Set<String> diff = roundTripDiff(example.getKey(), example.getValue());
                    assertEquals(KNOWN_DIFFERENCES.getOrDefault(example.getKey(), Map.of()).keySet(), diff);
                }));
    }

    /** Verifies that each event without a real seed example round-trips a hand-written example exactly. */
    @TestFactory
    Stream<DynamicTest> handWrittenExamplesRoundTripExactly() {
        return HandExamples.params().entrySet().stream()
                .map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
                    String json = "{\"event\":\"" + example.getKey() + "\",\"params\":" + example.getValue()
                            + ",\"confirm_id\":\"5bde78b37316\"}";
                    assertEquals(Set.of(), roundTripDiff(example.getKey(), json));
                }));
    }

    /** Verifies that the list of non-real examples matches what the spec holds, so a spec update is noticed. */
    @Test
    void nonRealExamplesAreExactlyTheListedOnes() {
        Set<String> detected = new TreeSet<>();
        SpecExamples.load().forEach((event, text) -> {
            if (text.contains("EVENT MISSING EXAMPLE") || text.matches("(?s).*\"(BOOL|INT|STRING|JID)\".*")
                    || !text.contains("\"event\"")) {
                detected.add(event);
            }
        });
        assertEquals(new TreeSet<>(NOT_REAL.keySet()), detected);
        NOT_REAL.keySet().forEach(event -> assertTrue(HandExamples.params().containsKey(event),
                event + " needs a hand-written example"));
    }

    /** Verifies that every registered event is exercised and every seed heading names a registered event. */
    @Test
    void everyEventIsCoveredAndEverySeedEventIsRegistered() {
        Map<String, String> seed = SpecExamples.load();
        assertTrue(Events.names().containsAll(seed.keySet()), "unregistered seed events");
        Set<String> covered = new HashSet<>(seed.keySet());
        covered.removeAll(NOT_REAL.keySet());
        covered.addAll(HandExamples.params().keySet());
        assertEquals(new TreeSet<>(Events.names()), new TreeSet<>(covered));
    }

    private static Set<String> roundTripDiff(String event, String json) throws Exception {
        JsonNode original = Wire.mapper().readTree(json);
        Envelope envelope = Envelope.parse(json);
        assertEquals(event, envelope.event());
        Object typed = Events.decode(envelope);
        assertInstanceOf(Events.paramsType(event).orElseThrow(), typed);
        JsonNode reencoded = Wire.mapper().readTree(Events.envelope(typed, envelope.confirmId()).toJson());
        return JsonDiff.diff(original, reencoded);
    }

    private static Map<String, String> unreadDiffs(String at) {
        Map<String, String> diffs = new java.util.HashMap<>();
        for (String type : new String[]{"direct", "group", "task"}) {
            diffs.put("+" + at + "." + type + ".notice_messages", UNREAD_KEYS);
        }
        diffs.put("+" + at + ".meeting", UNREAD_KEYS);
        diffs.put("+" + at + ".thread", UNREAD_KEYS);
        return Map.copyOf(diffs);
    }

    private static Map<String, String> withUnread(Map<String, String> base, String path, String reason) {
        Map<String, String> diffs = new java.util.HashMap<>(base);
        diffs.put(path, reason);
        return Map.copyOf(diffs);
    }
}
