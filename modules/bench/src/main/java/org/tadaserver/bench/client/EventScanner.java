package org.tadaserver.bench.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few fields of a server event the generator uses with Jackson's streaming parser, skipping everything else
 * without building a tree: at a group's delivery rate the generator shares the machine with the server, so it must
 * not spend more than it has to. Field order is not assumed ({@code event} may follow {@code params}).
 *
 * <p>{@code server.online} as the server writes it (event first) is recognised by its first bytes and not parsed: it
 * is the whole online list of the team (~110 KB at 1,900 contacts), every session gets one at least every 5 s, and the
 * generator uses none of it; tokenising it for 19,000 sessions took more CPU than the generator had.
 */
public final class EventScanner {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String ONLINE = "server.online";
  private static final String ONLINE_PREFIX = "{\"event\":\"" + ONLINE + "\",";

  private EventScanner() {}

  /** @throws IOException for text that is not a JSON object */
  public static Inbound scan(String text) throws IOException {
    if (text.startsWith(ONLINE_PREFIX)) {
      return new Inbound(ONLINE, null, null, false, List.of(), null, null);
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      Scan s = new Scan();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "event" -> s.event = stringOrNull(p, value);
          case "confirm_id" -> s.confirmId = stringOrNull(p, value);
          case "params" -> params(p, value, s);
          default -> p.skipChildren();
        }
      }
      return new Inbound(s.event, s.confirmId, s.confirms, s.delayed, s.messages, s.warning, s.warned);
    }
  }

  private static void params(JsonParser p, JsonToken start, Scan s) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "confirm_id" -> s.confirms = stringOrNull(p, value);
        case "delayed" -> s.delayed = value == JsonToken.VALUE_TRUE;
        case "message" -> s.warning = value == JsonToken.VALUE_STRING ? p.getText() : skip(p);
        case "orig" -> s.warned = origConfirmId(p, value);
        case "messages" -> messages(p, value, s.messages);
        default -> p.skipChildren();
      }
    }
  }

  private static void messages(JsonParser p, JsonToken start, List<Inbound.Delivered> out) throws IOException {
    if (start != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_OBJECT) {
        out.add(message(p));
      } else {
        p.skipChildren();
      }
    }
  }

  private static Inbound.Delivered message(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    long gentime = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "message_id" -> id = stringOrNull(p, value);
        case "gentime" -> gentime = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : 0;
        case "content" -> text = contentText(p, value);
        default -> p.skipChildren();
      }
    }
    return new Inbound.Delivered(id, text, gentime);
  }

  private static String contentText(JsonParser p, JsonToken start) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String text = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("text") && value == JsonToken.VALUE_STRING) {
        text = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return text;
  }

  /** The confirm_id of the client event a warning quotes (an object, or its raw text, which is not looked into). */
  private static String origConfirmId(JsonParser p, JsonToken start) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("confirm_id") && value == JsonToken.VALUE_STRING) {
        id = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return id;
  }

  private static String stringOrNull(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but got " + actual);
    }
  }

  private static final class Scan {
    String event;
    String confirmId;
    String confirms;
    boolean delayed;
    String warning;
    String warned;
    final List<Inbound.Delivered> messages = new ArrayList<>(1);
  }
}
