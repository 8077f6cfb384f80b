package org.tadaserver.store.account;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The values of a new account. A null {@code uid} gets a random one; null names become empty; blank phone and email
 * become null (unknown); null settings become {@code {}}.
 */
public record NewUser(
    UUID uid, String username, String givenName, String familyName, String patronymic, String phone, String email,
    String defaultLang, JsonObject settings) {

  /** An account with only a login name. */
  public static NewUser named(String username) {
    return new NewUser(null, username, null, null, null, null, null, null, null);
  }

  public NewUser withNames(String given, String family, String patronymicName) {
    return new NewUser(uid, username, given, family, patronymicName, phone, email, defaultLang, settings);
  }

  public NewUser withContacts(String phoneNumber, String emailAddress) {
    return new NewUser(uid, username, givenName, familyName, patronymic, phoneNumber, emailAddress, defaultLang,
        settings);
  }
}
