package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.MessageLink;
import org.tadaserver.store.chat.MentionRepository.Candidate;

/**
 * Finds mentions and web links in a message text and makes its {@code links} (protocol-reference §3.3).
 *
 * <p><b>Mentions.</b> An {@code @} at the start of the text or after a character that is not a letter, digit,
 * {@code _}, {@code .} or {@code @} (so e-mail addresses are not mentions), followed by a token of letters, digits,
 * {@code _}, {@code .} and {@code -} that starts with a letter, digit or {@code _}; trailing {@code .} and {@code -}
 * are not part of it ("@bob." mentions bob). The token names a live human contact of the team whose login name
 * equals it, or whose display name equals it with each run of spaces written as {@code _} ("@Anna_Smith"), ignoring
 * case. A login name match wins; a token that matches several contacts only by display name is ambiguous and mentions
 * nobody. Each mention gives one link {@code {pattern: "@token", url: "tadateam://d-<contact>", text: "@Display
 * Name"}} and makes the message a notice for that contact.
 *
 * <p><b>Web links.</b> {@code http://} or {@code https://} followed by characters other than whitespace, {@code <},
 * {@code >} and quotes; trailing {@code .,;:!?} and closing brackets without a matching opening one are left out. Each
 * distinct URL gives one link with {@code url} and {@code text} equal to the pattern, {@code nopreview} as the message.
 */
final class TextParser {
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*)");
  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"']+");
  private static final String TRAILING = ".,;:!?";

  private TextParser() {}

  /** What the parse found. */
  record Parsed(List<MessageLink> links, List<UUID> mentions) {}

  /** The tokens (without {@code @}) that may be mentions, for looking up candidates. */
  static Set<String> mentionTokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      tokens.add(trimToken(m.group(1)));
    }
    tokens.remove("");
    return tokens;
  }

  static Parsed parse(String text, List<Candidate> candidates, boolean nopreview) {
    Map<String, MessageLink> links = new LinkedHashMap<>();
    List<UUID> mentions = new ArrayList<>();
    for (String token : mentionTokens(text)) {
      Candidate who = resolve(token, candidates);
      if (who != null) {
        links.putIfAbsent("@" + token, new MessageLink("@" + token, "tadateam://" + Jid.contact(who.contact()),
            "@" + who.displayName(), null, List.of(), false, null));
        if (!mentions.contains(who.contact())) {
          mentions.add(who.contact());
        }
      }
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = trimUrl(m.group());
      links.putIfAbsent(url, new MessageLink(url, url, url, null, List.of(), nopreview, null));
    }
    return new Parsed(List.copyOf(links.values()), mentions);
  }

  private static Candidate resolve(String token, List<Candidate> candidates) {
    String key = token.toLowerCase(Locale.ROOT);
    for (Candidate c : candidates) {
      if (c.username() != null && c.username().toLowerCase(Locale.ROOT).equals(key)) {
        return c;
      }
    }
    List<Candidate> byName = candidates.stream()
        .filter(c -> c.displayName().strip().replaceAll("\\s+", "_").toLowerCase(Locale.ROOT).equals(key))
        .toList();
    return byName.size() == 1 ? byName.get(0) : null;
  }

  private static String trimToken(String token) {
    int end = token.length();
    while (end > 0 && (token.charAt(end - 1) == '.' || token.charAt(end - 1) == '-')) {
      end--;
    }
    return token.substring(0, end);
  }

  private static String trimUrl(String url) {
    String out = url;
    boolean changed = true;
    while (changed && !out.isEmpty()) {
      changed = false;
      char last = out.charAt(out.length() - 1);
      if (TRAILING.indexOf(last) >= 0 || unbalanced(out, last)) {
        out = out.substring(0, out.length() - 1);
        changed = true;
      }
    }
    return out;
  }

  private static boolean unbalanced(String url, char last) {
    char open = switch (last) {
      case ')' -> '(';
      case ']' -> '[';
      case '}' -> '{';
      default -> 0;
    };
    return open != 0 && url.chars().filter(c -> c == open).count() < url.chars().filter(c -> c == last).count();
  }
}
