package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.model.MessageLink;
import org.tadaserver.store.chat.MentionRepository.Candidate;

/** What the text parser recognises as mentions and links, and what it does not. */
class TextParserTest {
  private static final UUID BOB = UUID.randomUUID();
  private static final UUID ANNA = UUID.randomUUID();
  private static final List<Candidate> PEOPLE = List.of(new Candidate(BOB, "Bob Stone", "bob"),
      new Candidate(ANNA, "Anna Smith", "anna.s"));

  /** Verifies the tokens taken from the text: at the start, after punctuation, trailing dots and dashes dropped. */
  @Test
  void tokens() {
    assertEquals(Set.of("bob", "anna.s", "Bob_Stone"),
        TextParser.mentionTokens("@bob, hi (@anna.s.) and @Bob_Stone-"));
    assertEquals(Set.of(), TextParser.mentionTokens("mail bob@example.org or @ alone or @@bob"));
    assertEquals(Set.of("Кирилл_2"), TextParser.mentionTokens("привет @Кирилл_2!"));
  }

  /** Verifies login names and display names resolve, case-insensitively, to one link and one mention each. */
  @Test
  void mentions() {
    TextParser.Parsed p = TextParser.parse("@BOB look, @bob again, @anna_smith too", PEOPLE, false);
    assertEquals(List.of(BOB, ANNA), p.mentions());
    assertEquals(List.of("@BOB", "@bob", "@anna_smith"), p.links().stream().map(MessageLink::pattern).toList());
    MessageLink first = p.links().get(0);
    assertEquals("tadateam://d-" + BOB, first.url());
    assertEquals("@Bob Stone", first.text());
  }

  /** Verifies that unknown and ambiguous names mention nobody. */
  @Test
  void unknownAndAmbiguous() {
    List<Candidate> twins = List.of(new Candidate(UUID.randomUUID(), "Sam Lee", "sam1"),
        new Candidate(UUID.randomUUID(), "Sam Lee", "sam2"));
    assertEquals(List.of(), TextParser.parse("@nobody @Sam_Lee", twins, false).mentions());
    assertEquals(1, TextParser.parse("@sam2", twins, false).mentions().size(), "a login name is unambiguous");
  }

  /** Verifies web links: http(s) only, trailing punctuation and unbalanced brackets left out, nopreview copied. */
  @Test
  void urls() {
    TextParser.Parsed p = TextParser.parse("see https://example.org/a_(b). and (http://x.io/y), www.nolink.com",
        List.of(), true);
    assertEquals(List.of("https://example.org/a_(b)", "http://x.io/y"),
        p.links().stream().map(MessageLink::url).toList());
    assertEquals(true, p.links().get(0).nopreview());
    assertEquals(p.links().get(0).pattern(), p.links().get(0).text());
  }
}
