package org.tadaserver.store.account;

import io.vertx.core.json.JsonObject;

/**
 * A partial change of an account: a null field keeps the stored value. A blank {@code phone} or {@code email} clears
 * it. {@code settingsPatch} is merged key by key into the stored settings; a key whose value is JSON null is removed.
 */
public record UserUpdate(
    String username, String givenName, String familyName, String patronymic, String phone, String email,
    String defaultLang, JsonObject settingsPatch) {
  public static final UserUpdate NONE = new UserUpdate(null, null, null, null, null, null, null, null);

  public UserUpdate withUsername(String value) {
    return new UserUpdate(value, givenName, familyName, patronymic, phone, email, defaultLang, settingsPatch);
  }

  public UserUpdate withNames(String given, String family, String patronymicName) {
    return new UserUpdate(username, given, family, patronymicName, phone, email, defaultLang, settingsPatch);
  }

  public UserUpdate withPhone(String value) {
    return new UserUpdate(username, givenName, familyName, patronymic, value, email, defaultLang, settingsPatch);
  }

  public UserUpdate withEmail(String value) {
    return new UserUpdate(username, givenName, familyName, patronymic, phone, value, defaultLang, settingsPatch);
  }

  public UserUpdate withDefaultLang(String value) {
    return new UserUpdate(username, givenName, familyName, patronymic, phone, email, value, settingsPatch);
  }

  public UserUpdate withSettingsPatch(JsonObject value) {
    return new UserUpdate(username, givenName, familyName, patronymic, phone, email, defaultLang, value);
  }
}
