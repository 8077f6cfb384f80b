package org.tadaserver.directory.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.model.ContactBuilder;

/**
 * A member's own settings in one team ({@code alt_send}, {@code timezone}, {@code *_notifications_enabled}, ...): the
 * keys, how each is checked, and how they travel between a request, the {@code contacts.settings} JSON column and the
 * {@code Contact} record. Keys are the wire names; a key absent from the column means "not set" and is sent as null.
 * Only the member themself sees and changes these.
 */
public final class OwnSettings {
  enum Kind { FLAG, LANG, TIMEZONE, TIME_OF_DAY, INSTANT }

  static final Map<String, Kind> KEYS = keys();
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

  private OwnSettings() {}

  /** Whether {@code key} (a wire name) is an own setting. */
  public static boolean isOwnSetting(String key) {
    return KEYS.containsKey(key);
  }

  /**
   * The stored form of one requested value: booleans as they are, strings checked and normalised; an empty string
   * clears the setting (JSON null, which the store removes).
   *
   * @throws ServiceException {@code INVALID_DATA} naming the key for a value of the wrong type or form
   */
  public static Object stored(String key, JsonNode value) {
    Kind kind = KEYS.get(key);
    if (kind == null) {
      throw new IllegalArgumentException(key + " is not an own setting");
    }
    if (kind == Kind.FLAG) {
      if (!value.isBoolean()) {
        throw ServiceException.invalid(key, "must be true or false");
      }
      return value.booleanValue();
    }
    if (!value.isTextual()) {
      throw ServiceException.invalid(key, "must be a string");
    }
    String text = value.textValue().strip();
    return text.isEmpty() ? null : checked(key, kind, text);
  }

  /** Copies the stored settings onto the builder of the member's own contact. */
  public static ContactBuilder apply(ContactBuilder b, JsonObject s) {
    return b.defaultLang(s.getString("default_lang"))
        .timezone(s.getString("timezone"))
        .quietTimeStart(s.getString("quiet_time_start"))
        .quietTimeFinish(s.getString("quiet_time_finish"))
        .focusUntil(s.getString("focus_until") == null ? null : IsoTime.parse(s.getString("focus_until")))
        .altSend(s.getBoolean("alt_send"))
        .asteriskMention(s.getBoolean("asterisk_mention"))
        .alwaysSendPushes(s.getBoolean("always_send_pushes"))
        .hidePushesContent(s.getBoolean("hide_pushes_content"))
        .groupNotificationsEnabled(s.getBoolean("group_notifications_enabled"))
        .taskNotificationsEnabled(s.getBoolean("task_notifications_enabled"))
        .meetingNotificationsEnabled(s.getBoolean("meeting_notifications_enabled"))
        .systembotNotificationsEnabled(s.getBoolean("systembot_notifications_enabled"))
        .reactionNotificationsEnabled(s.getBoolean("reaction_notifications_enabled"))
        .contactShortView(s.getBoolean("contact_short_view"))
        .groupShortView(s.getBoolean("group_short_view"))
        .taskShortView(s.getBoolean("task_short_view"))
        .meetingShortView(s.getBoolean("meeting_short_view"))
        .contactMshortView(s.getBoolean("contact_mshort_view"))
        .groupMshortView(s.getBoolean("group_mshort_view"))
        .taskMshortView(s.getBoolean("task_mshort_view"))
        .meetingMshortView(s.getBoolean("meeting_mshort_view"))
        .contactShowArchived(s.getBoolean("contact_show_archived"))
        .unreadFirst(s.getBoolean("unread_first"))
        .munreadFirst(s.getBoolean("munread_first"))
        .debugShowActivity(s.getBoolean("debug_show_activity"))
        .dropallEnabled(s.getBoolean("dropall_enabled"));
  }

  private static String checked(String key, Kind kind, String text) {
    switch (kind) {
      case LANG -> {
        if (!LANG.matcher(text).matches()) {
          throw ServiceException.invalid(key, "must be a language tag such as en or pt-BR");
        }
        return text;
      }
      case TIMEZONE -> {
        try {
          return ZoneId.of(text).getId();
        } catch (DateTimeException e) {
          throw ServiceException.invalid(key, "unknown time zone");
        }
      }
      case TIME_OF_DAY -> {
        try {
          return LocalTime.parse(text).toString();
        } catch (DateTimeException e) {
          throw ServiceException.invalid(key, "must be a time of day such as 22:30");
        }
      }
      case INSTANT -> {
        try {
          return IsoTime.format(IsoTime.parse(text));
        } catch (IllegalArgumentException e) {
          throw ServiceException.invalid(key, "must be an RFC 3339 date-time");
        }
      }
      default -> throw new IllegalStateException(kind + " is not a text setting");
    }
  }

  private static Map<String, Kind> keys() {
    Map<String, Kind> keys = new LinkedHashMap<>();
    keys.put("default_lang", Kind.LANG);
    keys.put("timezone", Kind.TIMEZONE);
    keys.put("quiet_time_start", Kind.TIME_OF_DAY);
    keys.put("quiet_time_finish", Kind.TIME_OF_DAY);
    keys.put("focus_until", Kind.INSTANT);
    for (String flag : new String[] {"alt_send", "asterisk_mention", "always_send_pushes", "hide_pushes_content",
        "group_notifications_enabled", "task_notifications_enabled", "meeting_notifications_enabled",
        "systembot_notifications_enabled", "reaction_notifications_enabled", "contact_short_view", "group_short_view",
        "task_short_view", "meeting_short_view", "contact_mshort_view", "group_mshort_view", "task_mshort_view",
        "meeting_mshort_view", "contact_show_archived", "unread_first", "munread_first", "debug_show_activity",
        "dropall_enabled"}) {
      keys.put(flag, Kind.FLAG);
    }
    return Collections.unmodifiableMap(keys);
  }
}
