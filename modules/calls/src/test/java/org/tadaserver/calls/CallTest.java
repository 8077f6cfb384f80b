package org.tadaserver.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.CallEvent;

/** The call state as each member sees it. */
class CallTest {
  static final UUID TEAM = UUID.randomUUID();
  static final ChatMember ANNA = new ChatMember(UUID.randomUUID(), UUID.randomUUID(), true, "Anna", "dev", "A", "#f00");
  static final ChatMember BORIS = new ChatMember(UUID.randomUUID(), UUID.randomUUID(), false, "Boris", "", "B", "#0f0");

  static CallChat direct() {
    return new CallChat(CallChat.directKey(ANNA.contact(), BORIS.contact()), TEAM, ChatType.DIRECT, null, "",
        List.of(ANNA, BORIS));
  }

  /** Verifies that a direct call is named by the other contact, the key is the same from both sides. */
  @Test
  void directCallIsPersonalised() {
    CallChat chat = direct();
    assertEquals(Jid.contact(BORIS.contact()), chat.jidFor(ANNA.contact()));
    assertEquals(Jid.contact(ANNA.contact()), chat.jidFor(BORIS.contact()));
    assertEquals(CallChat.directKey(BORIS.contact(), ANNA.contact()), chat.key());
  }

  /** Verifies ringing, start at the second participant, muted computed from devices, and the online entry. */
  @Test
  void stateFollowsParticipants() {
    Call call = new Call(direct(), 42, null, Instant.now());
    assertNull(call.start, "a direct call starts when answered");
    Participant anna = new Participant(ANNA);
    Device phone = new Device("d1", "phone", 0);
    phone.muted = true;
    Device laptop = new Device("d2", "laptop", 0);
    anna.devices.put(phone.id, phone);
    anna.devices.put(laptop.id, laptop);
    call.participants.put(ANNA.contact(), anna);
    call.ringing.add(BORIS.contact());
    CallEvent seen = call.event(BORIS.contact());
    assertTrue(seen.buzz());
    assertEquals(Jid.contact(ANNA.contact()), seen.jid());
    assertFalse(seen.onliners().get(0).muted(), "one unmuted device is enough");
    assertEquals(2, seen.onliners().get(0).devices().size());
    laptop.muted = true;
    laptop.screenshare = true;
    CallEvent again = call.event(ANNA.contact());
    assertTrue(again.onliners().get(0).muted());
    assertTrue(again.onliners().get(0).enabledScreenshare());
    assertEquals("Anna", again.onliners().get(0).displayName());
    assertEquals(call.participants.get(ANNA.contact()), call.owner("d2"));
    assertEquals(laptop, call.device("d2"));
    assertNull(call.device("nope"));
  }

  /** Verifies that group calls are active from the start and listed with their JID and count. */
  @Test
  void groupCallIsActiveAtOnce() {
    Jid group = Jid.group(UUID.randomUUID());
    CallChat chat = new CallChat(group.toString(), TEAM, ChatType.GROUP, group, "Standup", List.of(ANNA, BORIS));
    Call call = new Call(chat, 7, null, Instant.now());
    assertNotNull(call.start);
    call.participants.put(ANNA.contact(), new Participant(ANNA));
    assertEquals(group, call.event(BORIS.contact()).jid());
    assertEquals(group, call.online().jid());
    assertEquals(1, call.online().onlineCount());
    long before = call.gentime;
    call.touch();
    assertTrue(call.gentime > before);
  }
}
