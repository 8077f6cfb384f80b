package org.tadaserver.e2e.fuzz;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The 18 client events of the protocol (reference §1.8) with params of the right shape, as the fuzzer's starting points. */
final class ClientEvents {
  static final List<String> NAMES = List.of("client.ping", "client.activity", "client.chat.composing",
      "client.chat.lastread", "client.message.updated", "client.message.deleted", "client.call.offer",
      "client.call.sdp", "client.call.trickle", "client.call.leave", "client.call.reject", "client.call.sound",
      "client.call.video", "client.call.screenshare", "client.call.muteall", "client.call.buzz",
      "client.call.buzzcancel", "client.confirm");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ClientEvents() {}

  /** Params for {@code event} that fit its record; chat and message ids come from {@code ids}. */
  static ObjectNode params(String event, FuzzIds ids, SplittableRandom random) {
    ObjectNode p = JSON.objectNode();
    String chat = ids.chat(random);
    switch (event) {
      case "client.activity" -> p.put("afk", random.nextBoolean());
      case "client.chat.composing" -> p.put("jid", chat).put("composing", random.nextBoolean())
          .put("is_audio", random.nextBoolean());
      case "client.chat.lastread" -> p.put("jid", chat).put("last_read_message_id", ids.message(random));
      case "client.message.updated" -> {
        p.put("to", chat).put("message_id", UUID.randomUUID().toString());
        p.putObject("content").put("type", "plain").put("text", "fuzz " + random.nextInt());
        if (random.nextBoolean()) {
          p.put("reply_to", ids.message(random)).putArray("linked_messages").add(ids.message(random));
          p.put("important", random.nextBoolean()).put("nopreview", random.nextBoolean());
        }
      }
      case "client.message.deleted" -> p.put("message_id", ids.message(random));
      case "client.call.offer" -> p.put("jid", chat).put("muted", random.nextBoolean()).put("trickle", true)
          .put("sdp", "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n");
      case "client.call.sdp" -> p.put("jid", chat).put("uid", UUID.randomUUID().toString())
          .putObject("jsep").put("type", "answer").put("sdp", "v=0\r\n");
      case "client.call.trickle" -> p.put("jid", chat).put("candidate", "candidate:1 1 UDP 1 127.0.0.1 9 typ host")
          .put("sdp_mid", "0").put("sdp_mline_index", random.nextInt(3));
      case "client.call.leave", "client.call.reject" -> p.put("jid", chat).put("reason", "fuzz");
      case "client.call.sound" -> p.put("jid", chat).put("muted", random.nextBoolean());
      case "client.call.video" -> p.put("jid", chat).put("enabled", random.nextBoolean());
      case "client.call.screenshare" -> p.put("call_jid", chat).put("screenshare_enabled", random.nextBoolean());
      case "client.call.muteall", "client.call.buzzcancel" -> p.put("jid", chat);
      case "client.call.buzz" -> p.put("jid", chat).putArray("members").add(ids.chat(random));
      case "client.confirm" -> p.put("confirm_id", "s" + random.nextInt());
      default -> { }
    }
    return p;
  }
}
