package org.tadaserver.e2e.security;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One set of the world's objects, each made on first use by the caller who owns it: the main set every refusal is
 * tried on, and a fresh set for each cell whose allowed answer destroys its object (deleting a group, a message, a
 * task...), so that no cell depends on the order the cells run in.
 */
final class Objects {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");
  private final World world;
  private final Map<Ref, String> made = new EnumMap<>(Ref.class);

  Objects(World world) {
    this.world = world;
  }

  /**
   * {@code template} with each {@code {REF}} replaced by its value for {@code caller}, except {@code unknown} (may be
   * null), which gets a made-up id of its shape.
   */
  String fill(String template, Kind caller, Ref unknown) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Ref ref = Ref.valueOf(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(ref == unknown ? ref.unknown() : get(ref, caller)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The value of {@code ref} as {@code caller} names it. */
  synchronized String get(Ref ref, Kind caller) {
    return switch (ref) {
      case TEAM -> world.team().toString();
      case OWN_TEAM -> (caller == Kind.STRANGER ? world.otherTeam() : world.team()).toString();
      case DIRECT_PEER -> world.account(caller == Kind.MEMBER ? Kind.CHAT_ADMIN : Kind.MEMBER).jid();
      case MEMBER_JID -> world.account(Kind.MEMBER).jid();
      case SPARE_JID -> world.spare().jid();
      case SPARE_USER -> world.spare().user().toString();
      case SPARE_NAME -> world.spare().username();
      case EMOJI -> "%F0%9F%94%A5";
      case SECTION_KIND -> "group";
      case RAND -> UUID.randomUUID().toString().substring(0, 8);
      case LATER -> Instant.now().plusSeconds(3600).toString();
      case NOW_MS -> Long.toString(System.currentTimeMillis());
      default -> made.computeIfAbsent(ref, r -> world.seen().register(make(r).get(), r));
    };
  }

  private Supplier<String> make(Ref ref) {
    return switch (ref) {
      case GROUP -> () -> world.as(Kind.CHAT_ADMIN).post(world.teamPath("/groups"), Map.of("display_name",
          "private " + UUID.randomUUID().toString().substring(0, 6), "members", List.of(
              Map.of("jid", world.account(Kind.MEMBER).jid(), "status", "member"),
              Map.of("jid", world.spare().jid(), "status", "member")))).result().path("jid").asText();
      case GROUP_MSG -> () -> sendAsMember(get(Ref.GROUP, Kind.MEMBER));
      case DIRECT_MSG -> () -> sendAsMember(world.account(Kind.CHAT_ADMIN).jid());
      case TASK -> () -> world.as(Kind.CHAT_ADMIN).post(world.teamPath("/tasks"), Map.of("description",
          "secret task", "assignee", world.account(Kind.MEMBER).jid())).result().path("jid").asText();
      case ITEM -> () -> world.as(Kind.CHAT_ADMIN).post(world.teamPath("/tasks/" + get(Ref.TASK, Kind.CHAT_ADMIN)
          + "/items"), Map.of("text", "secret item")).result().path("uid").asText();
      case REMIND -> () -> world.as(Kind.MEMBER).post(world.teamPath("/reminds"), Map.of("chat",
          get(Ref.GROUP, Kind.MEMBER), "fire_at", get(Ref.LATER, Kind.MEMBER), "comment", "secret remind"))
          .result().path("uid").asText();
      case SECTION -> () -> world.as(Kind.OWNER).post(world.teamPath("/sections/group"), Map.of("name",
          "section " + get(Ref.RAND, Kind.OWNER))).result().path("uid").asText();
      case TAG -> () -> world.as(Kind.OWNER).post(world.teamPath("/tags"), Map.of("name",
          "tag-" + get(Ref.RAND, Kind.OWNER))).result().path("uid").asText();
      case ARCHIVABLE -> () -> world.node().admin().newUser(world.team(), false).jid();
      default -> throw new IllegalArgumentException(ref + " is not made");
    };
  }

  private String sendAsMember(String chat) {
    String id = UUID.randomUUID().toString();
    world.as(Kind.MEMBER).post(world.teamPath("/chats/" + chat + "/messages"), Map.of("message_id", id,
        "text", "secret " + id)).result();
    return id;
  }
}
