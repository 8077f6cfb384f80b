package org.tadaserver.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.PasswordLoginRequest;
import org.tadaserver.protocol.rest.TeamRequest;

/**
 * Edge checks of request bodies: required fields and the lengths advertised in {@code /features.json} (the same
 * {@link Limits} instance, so advertised and enforced limits cannot differ). Rules that need stored state (rights,
 * uniqueness) belong to the services; enum values (such as a contact's {@code status}) are checked by decoding. Lengths
 * count Unicode code points, as Go counts runes. Empty strings are "not given": Go clients send every key of
 * {@code tdapi.Contact}, unset ones as {@code ""}.
 */
final class Inputs {
  private final Limits limits;
  private final Map<String, String> problems = new LinkedHashMap<>();

  private Inputs(Limits limits) {
    this.limits = limits;
  }

  /** Longest login name accepted (a username, phone or e-mail address). */
  static final int MAX_LOGIN_LENGTH = 256;
  /** Longest password accepted: far above any real one, low enough that hashing it stays cheap. */
  static final int MAX_PASSWORD_LENGTH = 1024;

  static void login(PasswordLoginRequest body) {
    Inputs in = new Inputs(null);
    in.required("username", body.username());
    in.required("password", body.password());
    in.length("username", body.username(), MAX_LOGIN_LENGTH);
    in.length("password", body.password(), MAX_PASSWORD_LENGTH);
    in.check();
  }

  static void newTeam(TeamRequest body, Limits limits) {
    Inputs in = new Inputs(limits);
    in.required("name", body.name());
    in.team(body);
    in.check();
  }

  static void teamChange(TeamRequest body, Limits limits) {
    Inputs in = new Inputs(limits);
    if (body.name() != null) {
      in.required("name", body.name());
    }
    in.team(body);
    in.check();
  }

  static void newContact(ContactRequest body, Limits limits) {
    Inputs in = new Inputs(limits);
    if (isBlank(body.userUid()) && isBlank(body.phone()) && isBlank(body.contactEmail())) {
      in.problem("user_uid", "one of user_uid, phone or contact_email is required");
    }
    in.contact(body);
    in.check();
  }

  static void contactChange(ContactRequest body, Limits limits) {
    Inputs in = new Inputs(limits);
    in.contact(body);
    in.check();
  }

  private void team(TeamRequest body) {
    length("name", body.name(), limits.maxTeamTitleLength());
    if (body.contacts() != null) {
      for (int i = 0; i < body.contacts().size(); i++) {
        if (body.contacts().get(i) == null) {
          problem("contacts." + i, "must be an object");
        }
      }
    }
  }

  private void contact(ContactRequest body) {
    length("given_name", body.givenName(), limits.maxUsernamePartLength());
    length("family_name", body.familyName(), limits.maxUsernamePartLength());
    length("patronymic", body.patronymic(), limits.maxUsernamePartLength());
    length("role", body.role(), limits.maxRoleLength());
    length("mood", body.mood(), limits.maxMoodLength());
  }

  private void required(String field, String value) {
    if (isBlank(value)) {
      problem(field, "required");
    }
  }

  private void length(String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      problem(field, "at most " + max + " characters");
    }
  }

  private void problem(String field, String message) {
    problems.putIfAbsent(field, message);
  }

  private void check() {
    if (!problems.isEmpty()) {
      Map.Entry<String, String> first = problems.entrySet().iterator().next();
      throw new ServiceException(ApiError.INVALID_DATA, first.getKey() + ": " + first.getValue(), problems);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
