package org.tadaserver.directory.model;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.model.UserWithMe;
import org.tadaserver.store.account.UserRow;

/**
 * An account as its owner sees it ({@code Auth.me}). Account-wide preferences come from {@code users.settings} by
 * their wire names; unset flags are false and an unset time zone is UTC ({@code timezone} is not optional on the
 * wire). Push devices are not kept yet, so {@code devices} is empty.
 */
public final class UserViews {
  static final String DEFAULT_TIMEZONE = "UTC";

  private UserViews() {}

  public static UserWithMe of(UserRow user, List<Team> teams) {
    JsonObject s = user.settings() == null ? new JsonObject() : user.settings();
    String name = Names.displayName(user.givenName(), user.familyName(), null, user.username(), false, false);
    return UserWithMe.builder()
        .phone(user.phone())
        .email(user.email())
        .givenName(user.givenName())
        .familyName(user.familyName())
        .patronymic(user.patronymic())
        .defaultLang(user.defaultLang())
        .altSend(s.getBoolean("alt_send", false))
        .asteriskMention(s.getBoolean("asterisk_mention", false))
        .alwaysSendPushes(s.getBoolean("always_send_pushes", false))
        .hidePushesContent(s.getBoolean("hide_pushes_content", false))
        .unreadFirst(s.getBoolean("unread_first", false))
        .munreadFirst(s.getBoolean("munread_first", false))
        .timezone(s.getString("timezone", DEFAULT_TIMEZONE))
        .quietTimeStart(s.getString("quiet_time_start"))
        .quietTimeFinish(s.getString("quiet_time_finish"))
        .icons(Icons.generated(user.uid(), name))
        .teams(teams)
        .devices(List.of())
        .build();
  }
}
