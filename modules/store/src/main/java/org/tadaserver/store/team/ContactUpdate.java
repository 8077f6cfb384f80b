package org.tadaserver.store.team;

import io.vertx.core.json.JsonObject;

/**
 * A partial change of a contact: a null field keeps the stored value. {@code settingsPatch} is merged key by key into
 * the stored settings; a key whose value is JSON null is removed (= not set).
 */
public record ContactUpdate(
    String role, String status, String givenName, String familyName, String patronymic, String displayName,
    String shortName, String contactEmail, String contactPhone, String iconLetters, String iconColor,
    JsonObject settingsPatch) {
  public static final ContactUpdate NONE =
      new ContactUpdate(null, null, null, null, null, null, null, null, null, null, null, null);

  public ContactUpdate withRole(String value) {
    return new ContactUpdate(value, status, givenName, familyName, patronymic, displayName, shortName, contactEmail,
        contactPhone, iconLetters, iconColor, settingsPatch);
  }

  public ContactUpdate withStatus(String value) {
    return new ContactUpdate(role, value, givenName, familyName, patronymic, displayName, shortName, contactEmail,
        contactPhone, iconLetters, iconColor, settingsPatch);
  }

  public ContactUpdate withNames(String given, String family, String patronymicName) {
    return new ContactUpdate(role, status, given, family, patronymicName, displayName, shortName, contactEmail,
        contactPhone, iconLetters, iconColor, settingsPatch);
  }

  public ContactUpdate withDisplayNames(String display, String shortForm) {
    return new ContactUpdate(role, status, givenName, familyName, patronymic, display, shortForm, contactEmail,
        contactPhone, iconLetters, iconColor, settingsPatch);
  }

  public ContactUpdate withContactInfo(String email, String phone) {
    return new ContactUpdate(role, status, givenName, familyName, patronymic, displayName, shortName, email, phone,
        iconLetters, iconColor, settingsPatch);
  }

  public ContactUpdate withIcon(String letters, String color) {
    return new ContactUpdate(role, status, givenName, familyName, patronymic, displayName, shortName, contactEmail,
        contactPhone, letters, color, settingsPatch);
  }

  public ContactUpdate withSettingsPatch(JsonObject value) {
    return new ContactUpdate(role, status, givenName, familyName, patronymic, displayName, shortName, contactEmail,
        contactPhone, iconLetters, iconColor, value);
  }
}
