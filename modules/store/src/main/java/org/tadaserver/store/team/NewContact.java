package org.tadaserver.store.team;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The values of a new contact. A null {@code uid} gets a random one; null text fields become empty; null settings
 * become {@code {}}. Exactly one of {@code user} and a non-empty {@code botname} is given.
 */
public record NewContact(
    UUID uid, UUID team, UUID user, String botname, String role, String status, String givenName, String familyName,
    String patronymic, String displayName, String shortName, String contactEmail, String contactPhone,
    String iconLetters, String iconColor, JsonObject settings) {

  /** A user's contact with the given rank, names and avatar; the rest empty. */
  public static NewContact member(UUID team, UUID user, String status, String displayName, String shortName,
      String iconLetters, String iconColor) {
    return new NewContact(null, team, user, null, null, status, null, null, null, displayName, shortName, null, null,
        iconLetters, iconColor, null);
  }

  /** A bot of the team (for example the per-team notes bot); bots are members by rank. */
  public static NewContact bot(UUID team, String botname, String displayName, String iconLetters, String iconColor) {
    return new NewContact(null, team, null, botname, null, "member", null, null, null, displayName, displayName, null,
        null, iconLetters, iconColor, null);
  }

  public NewContact withUid(UUID value) {
    return new NewContact(value, team, user, botname, role, status, givenName, familyName, patronymic, displayName,
        shortName, contactEmail, contactPhone, iconLetters, iconColor, settings);
  }

  public NewContact withNames(String given, String family, String patronymicName) {
    return new NewContact(uid, team, user, botname, role, status, given, family, patronymicName, displayName,
        shortName, contactEmail, contactPhone, iconLetters, iconColor, settings);
  }

  public NewContact withRole(String value) {
    return new NewContact(uid, team, user, botname, value, status, givenName, familyName, patronymic, displayName,
        shortName, contactEmail, contactPhone, iconLetters, iconColor, settings);
  }

  public NewContact withContactInfo(String email, String phone) {
    return new NewContact(uid, team, user, botname, role, status, givenName, familyName, patronymic, displayName,
        shortName, email, phone, iconLetters, iconColor, settings);
  }

  public NewContact withSettings(JsonObject value) {
    return new NewContact(uid, team, user, botname, role, status, givenName, familyName, patronymic, displayName,
        shortName, contactEmail, contactPhone, iconLetters, iconColor, value);
  }
}
