package org.tadaserver.directory.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.model.ContactViews;
import org.tadaserver.directory.model.OwnSettings;
import org.tadaserver.directory.rules.Checks;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.ContactUpdate;
import org.tadaserver.store.team.TeamSettings;

/**
 * A checked contact change. Only fields whose requested value differs from the stored one count as changes, and each
 * change must be in the caller's {@code changeable_fields} for that contact
 * ({@link ContactViews#changeableFields}); so a client may send a whole contact back. Keys outside
 * {@link ContactViews#EDITABLE} are ignored: those that name an account on create ({@code user_uid}, {@code phone})
 * and those this server does not keep ({@code botname}, {@code custom_fields}, {@code public_status}, newer ones).
 *
 * @param update the column changes (with rebuilt display names when names change)
 * @param sections the contact's new set of sections, or null when unchanged
 * @param status the new status, or null when unchanged
 */
record ContactChanges(ContactUpdate update, List<UUID> sections, TeamStatus status) {
  private static final List<String> NAMES = List.of("given_name", "family_name", "patronymic");

  boolean isEmpty() {
    return update.equals(ContactUpdate.NONE) && sections == null && status == null;
  }

  /**
   * @throws ServiceException {@code ACCESS_DENIED} for a field the viewer may not change, {@code INVALID_DATA} for a
   *     bad value
   */
  static ContactChanges of(ContactRequest r, ContactRow target, Membership viewer, String username, TeamSettings team,
      Limits limits) {
    ObjectNode asked = Wire.mapper().valueToTree(r);
    asked.retain(ContactViews.EDITABLE);
    ObjectNode current = current(target);
    List<String> allowed = ContactViews.changeableFields(target, viewer);
    List<String> changed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = asked.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!same(e.getKey(), e.getValue(), current.get(e.getKey()))) {
        if (!allowed.contains(e.getKey())) {
          throw ServiceException.accessDenied("you may not change " + e.getKey() + " of this contact");
        }
        changed.add(e.getKey());
      }
    }
    return build(changed, asked, target, viewer, username, team, limits);
  }

  private static ContactChanges build(List<String> changed, ObjectNode asked, ContactRow target, Membership viewer,
      String username, TeamSettings team, Limits limits) {
    ContactUpdate u = ContactUpdate.NONE;
    JsonObject settings = new JsonObject();
    int max = limits.maxUsernamePartLength();
    String given = pick(changed, asked, "given_name", target.givenName(), max);
    String family = pick(changed, asked, "family_name", target.familyName(), max);
    String patronymic = pick(changed, asked, "patronymic", target.patronymic(), max);
    if (changed.stream().anyMatch(NAMES::contains)) {
      ContactUpdate names = Renames.namesOf(target, given, family, patronymic, username, team);
      u = names.withNames(given, family, patronymic);
    }
    if (changed.contains("role")) {
      u = u.withRole(Checks.text("role", text(asked, "role"), limits.maxRoleLength()));
    }
    if (changed.contains("contact_email") || changed.contains("contact_phone")) {
      String email = changed.contains("contact_email")
          ? Checks.email("contact_email", text(asked, "contact_email")) : null;
      String phone = changed.contains("contact_phone")
          ? Checks.phone("contact_phone", text(asked, "contact_phone")) : null;
      u = u.withContactInfo(email, phone);
    }
    if (changed.contains(ContactViews.MOOD_KEY)) {
      String mood = Checks.text("mood", text(asked, "mood"), limits.maxMoodLength());
      settings.put(ContactViews.MOOD_KEY, mood.isEmpty() ? null : mood);
    }
    for (String key : changed) {
      if (OwnSettings.isOwnSetting(key)) {
        settings.put(key, OwnSettings.stored(key, asked.get(key)));
      }
    }
    if (!settings.isEmpty()) {
      u = u.withSettingsPatch(settings);
    }
    TeamStatus status = changed.contains("status") ? status(asked, target, viewer) : null;
    List<UUID> sections = changed.contains("sections") ? sections(asked.get("sections")) : null;
    return new ContactChanges(u, sections, status);
  }

  private static TeamStatus status(ObjectNode asked, ContactRow target, Membership viewer) {
    TeamStatus wanted = TeamStatus.fromWire(asked.get("status").asText());
    boolean self = target.uid().equals(viewer.contact());
    if (!Rights.canSetStatus(viewer.status(), ContactViews.status(target), self, wanted)) {
      throw ServiceException.accessDenied("you may not make this contact " + wanted.wire());
    }
    return wanted;
  }

  private static List<UUID> sections(JsonNode node) {
    if (!node.isArray()) {
      throw ServiceException.invalid("sections", "must be a list of section uids");
    }
    List<UUID> out = new ArrayList<>();
    for (JsonNode item : node) {
      try {
        UUID uid = UUID.fromString(item.asText());
        if (!out.contains(uid)) {
          out.add(uid);
        }
      } catch (IllegalArgumentException e) {
        throw ServiceException.invalid("sections", "must be a list of section uids");
      }
    }
    return out;
  }

  /** The contact's changeable values in request form, to compare a request with. */
  private static ObjectNode current(ContactRow c) {
    ObjectNode node = Wire.mapper().createObjectNode();
    try {
      node.setAll((ObjectNode) Wire.mapper().readTree(c.settings().encode()));
    } catch (IOException e) {
      throw new IllegalStateException("stored settings are not JSON", e);
    }
    node.put("given_name", c.givenName()).put("family_name", c.familyName()).put("patronymic", c.patronymic())
        .put("role", c.role()).put("status", c.status()).put("contact_email", c.contactEmail())
        .put("contact_phone", c.contactPhone());
    c.sections().forEach(s -> node.withArray("sections").add(s.toString()));
    if (c.sections().isEmpty()) {
      node.putArray("sections");
    }
    return node;
  }

  private static boolean same(String key, JsonNode asked, JsonNode stored) {
    if (key.equals("sections")) {
      return stored != null && asked.isArray() && lowerSet(asked).equals(lowerSet(stored));
    }
    if (asked.isTextual()) {
      String a = asked.textValue().strip();
      return stored == null || stored.isNull() ? a.isEmpty() : stored.isTextual() && a.equals(stored.textValue());
    }
    return asked.equals(stored);
  }

  private static Set<String> lowerSet(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(item -> out.add(item.asText().strip().toLowerCase(Locale.ROOT)));
    return out;
  }

  private static String pick(List<String> changed, ObjectNode asked, String key, String stored, int max) {
    return changed.contains(key) ? Checks.text(key, text(asked, key), max) : stored;
  }

  private static String text(ObjectNode asked, String key) {
    JsonNode v = asked.get(key);
    if (!v.isTextual()) {
      throw ServiceException.invalid(key, "must be a string");
    }
    return v.textValue();
  }
}
