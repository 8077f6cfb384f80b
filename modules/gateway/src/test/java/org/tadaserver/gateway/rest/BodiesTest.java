package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.PasswordLoginRequest;
import org.tadaserver.protocol.rest.TeamRequest;

class BodiesTest {

  private static <T> T parse(String json, Class<T> type) {
    return Bodies.parse(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static ServiceException failure(String json, Class<?> type) {
    return assertThrows(ServiceException.class, () -> parse(json, type));
  }

  /** Verifies that a well-formed body decodes, snake_case keys map and unknown keys are ignored. */
  @Test
  void decodesKnownKeysAndIgnoresUnknownOnes() {
    TeamRequest team = parse("{\"name\":\"Ops\",\"use_patronymic\":true,\"max_message_update_age\":60,\"x\":[1]}",
        TeamRequest.class);
    assertEquals("Ops", team.name());
    assertEquals(Boolean.TRUE, team.usePatronymic());
    assertEquals(60, team.maxMessageUpdateAge());
  }

  /** Verifies that null and missing keys both read as "not given". */
  @Test
  void nullMeansNotGiven() {
    TeamRequest team = parse("{\"name\":null,\"contacts\":null}", TeamRequest.class);
    assertNull(team.name());
    assertNull(team.contacts());
  }

  /** Verifies that text that is not JSON, trailing garbage, and an empty body are 400 BAD_REQUEST. */
  @Test
  void malformedOrEmptyIsBadRequest() {
    for (String body : new String[] {"{\"name\":", "not json", "{\"name\":\"a\"} trailing", "", "   "}) {
      assertEquals(ApiError.BAD_REQUEST, failure(body, TeamRequest.class).error(), body);
    }
  }

  /** Verifies that JSON that is not an object is 422 with the whole body named. */
  @Test
  void nonObjectIsInvalidData() {
    for (String body : new String[] {"[]", "\"text\"", "42", "null", "true"}) {
      ServiceException e = failure(body, TeamRequest.class);
      assertEquals(ApiError.INVALID_DATA, e.error(), body);
      assertEquals(Map.of("body", "must be a JSON object"), e.details(), body);
    }
  }

  /** Verifies that values of the wrong type are refused, not converted, and the field is named in details. */
  @Test
  void wrongTypesAreInvalidDataWithTheField() {
    assertInvalid("{\"name\":5}", "name", "must be a string");
    assertInvalid("{\"name\":true}", "name", "must be a string");
    assertInvalid("{\"name\":{}}", "name", "must be a string");
    assertInvalid("{\"use_patronymic\":\"true\"}", "use_patronymic", "must be a boolean");
    assertInvalid("{\"use_patronymic\":1}", "use_patronymic", "must be a boolean");
    assertInvalid("{\"max_message_update_age\":\"60\"}", "max_message_update_age", "must be an integer");
    assertInvalid("{\"max_message_update_age\":1.5}", "max_message_update_age", "must be an integer");
    assertInvalid("{\"max_message_update_age\":\"\"}", "max_message_update_age", "must be an integer");
    assertInvalid("{\"contacts\":\"x\"}", "contacts", "must be an array");
    assertInvalid("{\"contacts\":[{\"role\":7}]}", "contacts.0.role", "must be a string");
  }

  /** Verifies that an integer too large for its field is 422, not a parse error. */
  @Test
  void outOfRangeNumberIsInvalidData() {
    ServiceException e = failure("{\"max_message_update_age\":99999999999999999999}", TeamRequest.class);
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(1, e.details().size());
  }

  /** Verifies that an unknown enum value is 422 naming the field, and Go's "" for an unset enum is null. */
  @Test
  void enumValues() {
    ServiceException e = failure("{\"status\":\"king\"}", ContactRequest.class);
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(java.util.Set.of("status"), e.details().keySet());
    assertNull(parse("{\"status\":\"\",\"role\":\"\"}", ContactRequest.class).status());
    assertEquals(TeamStatus.ADMIN, parse("{\"status\":\"admin\"}", ContactRequest.class).status());
  }

  /** Verifies that a login body decodes and a wrong type there is named too. */
  @Test
  void loginBody() {
    PasswordLoginRequest login = parse("{\"username\":\"alice\",\"password\":\"pw\"}", PasswordLoginRequest.class);
    assertEquals("alice", login.username());
    ServiceException e = failure("{\"username\":[\"alice\"]}", PasswordLoginRequest.class);
    assertEquals(Map.of("username", "must be a string"), e.details());
  }

  private static void assertInvalid(String json, String field, String message) {
    ServiceException e = failure(json, TeamRequest.class);
    assertEquals(ApiError.INVALID_DATA, e.error(), json);
    assertEquals(Map.of(field, message), e.details(), json);
  }
}
