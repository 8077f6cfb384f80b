package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.ItemChange;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.GroupRequest;
import org.tadaserver.protocol.rest.MessageRequest;
import org.tadaserver.protocol.rest.PasswordLoginRequest;
import org.tadaserver.protocol.rest.SmsGetTokenRequest;
import org.tadaserver.protocol.rest.SmsSendCodeRequest;
import org.tadaserver.protocol.rest.TaskRequest;
import org.tadaserver.protocol.rest.TeamRequest;
import org.tadaserver.reminds.RemindInputs;
import org.tadaserver.reminds.RemindRequest;
import org.tadaserver.sections.SectionRequest;
import org.tadaserver.sections.TagRequest;

/**
 * Coverage-guided fuzzing of REST body parsing: every input is read as the body of every route that takes one, as
 * {@link Bodies} decodes it and then as the route's checks ({@link Inputs}, {@link ChatInputs}, {@link SendRequests},
 * {@link RemindInputs}) see it. The only failure allowed is a {@link ServiceException} that maps to 400 or 422; and
 * the protocol's request records read through {@link Wire} fail only with a {@link WireException}.
 *
 * <p>Seeds (src/test/resources/.../BodiesFuzzTestInputs/parse) are request bodies of the reference's REST API.
 */
class BodiesFuzzTest {
  private static final Limits LIMITS = Limits.DEFAULTS;
  private static final List<Class<?>> WIRE_RECORDS = List.of(PasswordLoginRequest.class, TeamRequest.class,
      ContactRequest.class, GroupRequest.class, MessageRequest.class, TaskRequest.class, SmsGetTokenRequest.class,
      SmsSendCodeRequest.class);

  @FuzzTest(maxDuration = "20s")
  void parse(byte[] body) {
    route(body, PasswordLoginRequest.class, Inputs::login);
    route(body, TeamRequest.class, b -> Inputs.newTeam(b, LIMITS));
    route(body, TeamRequest.class, b -> Inputs.teamChange(b, LIMITS));
    route(body, ContactRequest.class, b -> Inputs.newContact(b, LIMITS));
    expectTyped(() -> Inputs.contactChange(Bodies.parse(body, ContactRequest.class, ContactRequest.CLEARED_BY_NULL),
        LIMITS));
    route(body, GroupRequest.class, b -> ChatInputs.groupTitle(b.displayName(), LIMITS));
    route(body, ChatUpdate.class, b -> ChatInputs.groupTitle(b.displayName(), LIMITS));
    route(body, GroupMembership.class, b -> { });
    route(body, ChatBodies.LastRead.class, b -> { });
    route(body, ChatBodies.Draft.class, b -> { });
    route(body, ChatBodies.MemberStatus.class, b -> { });
    route(body, MessageRequest.class, b -> ChatInputs.send(SendRequests.create(FakeChats.GROUP, b), LIMITS));
    route(body, TaskRequest.class, b -> RemindInputs.checkRemindAt(b.remindAt()));
    route(body, ItemChange.class, b -> { });
    route(body, RemindRequest.class, b -> { });
    route(body, SectionRequest.class, b -> { });
    route(body, TagRequest.class, b -> { });
    String text = new String(body, StandardCharsets.UTF_8);
    for (Class<?> type : WIRE_RECORDS) {
      try {
        Wire.fromJson(text, type);
      } catch (WireException expected) {
        assertNotNull(expected.getMessage());
      }
    }
  }

  private static <T> void route(byte[] body, Class<T> type, Consumer<T> checks) {
    expectTyped(() -> checks.accept(Bodies.parse(body, type)));
  }

  /** Runs one route's decoding; a refusal must be typed, a client error, and say what is wrong. */
  private static void expectTyped(Runnable decode) {
    try {
      decode.run();
    } catch (ServiceException refused) {
      assertTrue(refused.error() == ApiError.BAD_REQUEST || refused.error() == ApiError.INVALID_DATA,
          refused.error() + ": " + refused.getMessage());
      assertNotNull(refused.getMessage());
    }
  }
}
