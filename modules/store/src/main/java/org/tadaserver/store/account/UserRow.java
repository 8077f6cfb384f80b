package org.tadaserver.store.account;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code users}: one account, shared by all the teams it belongs to.
 *
 * @param phone       null when unknown; unique among accounts
 * @param email       null when unknown; unique among accounts, ignoring case
 * @param defaultLang null = the client decides
 * @param settings    account-wide preferences; the directory owns their keys
 */
public record UserRow(
    UUID uid, String username, String givenName, String familyName, String patronymic, String phone, String email,
    String defaultLang, JsonObject settings, boolean isArchive, Instant created) {}
