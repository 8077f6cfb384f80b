import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.management.ManagementFactory;
import java.util.*;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Wire;

/** CPU time of the old delivery-batch encoding (JSON text of deliveries whose event is JSON text) for one group message. */
public class Micro {
  public static void main(String[] a) throws Exception {
    var bean = ManagementFactory.getThreadMXBean();
    UUID team = UUID.randomUUID();
    String text = "x".repeat(64);
    List<Delivery> batch = new ArrayList<>();
    for (int i = 0; i < 999; i++) {
      String ev = "{\"event\":\"server.message.updated\",\"params\":{\"messages\":[{\"content\":{\"text\":\"" + text
          + "\",\"type\":\"plain\"},\"push_text\":\"" + text + "\",\"from\":\"d-" + UUID.randomUUID() + "\",\"to\":\"g-"
          + team + "\",\"message_id\":\"" + UUID.randomUUID() + "\",\"created\":\"2026-11-26T02:00:00.000000Z\",\"gentime\":1764122400000000000,\"chat_type\":\"group\",\"chat\":\"g-" + team
          + "\",\"num\":17,\"prev\":\"" + UUID.randomUUID() + "\",\"is_last\":true}],\"delayed\":false,\"chat_counters\":[{\"jid\":\"g-" + team
          + "\",\"chat_type\":\"group\",\"gentime\":1764122400000000000,\"num_unread\":5,\"num_unread_notices\":0}],\"team_unread\":{\"direct\":{\"messages\":0,\"notice_messages\":0,\"chats\":0},\"group\":{\"messages\":5,\"notice_messages\":0,\"chats\":1},\"task\":{\"messages\":0,\"notice_messages\":0,\"chats\":0},\"meeting\":{\"messages\":0,\"notice_messages\":0,\"chats\":0}},\"badge\":5}}";
      batch.add(Delivery.toUser(team, UUID.randomUUID(), ev));
    }
    TypeReference<List<Delivery>> t = new TypeReference<>() {};
    int bytes = 0;
    for (int round = 0; round < 3; round++) {
      int n = round < 2 ? 300 : 1000;
      long c0 = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        String json = Wire.toJson(batch);
        bytes = json.length();
        List<Delivery> back = Wire.mapper().readValue(json, t);
        if (back.size() != batch.size()) throw new IllegalStateException();
      }
      long c1 = bean.getCurrentThreadCpuTime();
      System.out.printf("round %d: %.0f us CPU per 999-delivery batch (encode + decode, %d chars)%n", round, (c1 - c0) / 1e3 / n, bytes);
    }
  }
}
