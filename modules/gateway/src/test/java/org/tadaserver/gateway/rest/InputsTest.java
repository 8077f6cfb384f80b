package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.PasswordLoginRequest;
import org.tadaserver.protocol.rest.TeamRequest;

class InputsTest {
  private static final Limits LIMITS = Limits.DEFAULTS;

  private static ContactRequest contact(String json) {
    return Wire.fromJson(json, ContactRequest.class);
  }

  private static TeamRequest team(String name) {
    return Wire.mapper().convertValue(name == null ? Map.of() : Map.of("name", name), TeamRequest.class);
  }

  private static Map<String, String> problems(Executable check) {
    ServiceException e = assertThrows(ServiceException.class, check);
    assertEquals(ApiError.INVALID_DATA, e.error());
    return e.details();
  }

  /** Verifies that login needs both fields. */
  @Test
  void loginNeedsUsernameAndPassword() {
    assertEquals(Map.of("username", "required", "password", "required"),
        problems(() -> Inputs.login(new PasswordLoginRequest(" ", null))));
    assertDoesNotThrow(() -> Inputs.login(new PasswordLoginRequest("alice", "pw")));
  }

  /** Verifies that a new team needs a name no longer than max_team_title_length (counted in code points). */
  @Test
  void teamName() {
    assertEquals(Map.of("name", "required"), problems(() -> Inputs.newTeam(team(""), LIMITS)));
    String longest = "😀".repeat(LIMITS.maxTeamTitleLength());
    assertDoesNotThrow(() -> Inputs.newTeam(team(longest), LIMITS));
    assertEquals(Map.of("name", "at most " + LIMITS.maxTeamTitleLength() + " characters"),
        problems(() -> Inputs.newTeam(team(longest + "x"), LIMITS)));
  }

  /** Verifies that a team change may leave the name out but may not blank it. */
  @Test
  void teamChangeName() {
    assertDoesNotThrow(() -> Inputs.teamChange(team(null), LIMITS));
    assertEquals(Map.of("name", "required"), problems(() -> Inputs.teamChange(team("  "), LIMITS)));
  }

  /** Verifies that adding a contact names the account, and Go's empty strings count as not given. */
  @Test
  void newContactNeedsAnAccount() {
    assertEquals(Map.of("user_uid", "one of user_uid, phone or contact_email is required"),
        problems(() -> Inputs.newContact(contact("{\"phone\":\"\",\"status\":\"\",\"role\":\"\"}"), LIMITS)));
    assertDoesNotThrow(() -> Inputs.newContact(contact("{\"phone\":\"+79990000000\",\"status\":\"\"}"), LIMITS));
  }

  /** Verifies the contact length limits (names, role, mood), all reported at once. */
  @Test
  void contactFields() {
    String longRole = "r".repeat(LIMITS.maxRoleLength() + 1);
    String longName = "n".repeat(LIMITS.maxUsernamePartLength() + 1);
    Map<String, String> problems = problems(() -> Inputs.contactChange(
        contact("{\"given_name\":\"" + longName + "\",\"role\":\"" + longRole + "\"}"), LIMITS));
    assertEquals(Map.of("given_name", "at most " + LIMITS.maxUsernamePartLength() + " characters",
        "role", "at most " + LIMITS.maxRoleLength() + " characters"), problems);
    assertDoesNotThrow(() -> Inputs.contactChange(contact("{\"status\":\"admin\",\"alt_send\":true}"), LIMITS));
  }
}
