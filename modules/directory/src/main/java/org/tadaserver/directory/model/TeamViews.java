package org.tadaserver.directory.model;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.store.chat.Notebot;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;

/**
 * A stored team as one member sees it: {@code me} is the member's contact, {@code changeable_statuses} what the member
 * may give others, {@code pinned} the member's own pin, {@code unread} the member's counters ({@link UnreadViews}),
 * {@code notebot} the team's notes bot (its contact exists once someone first writes to it; its JID never changes).
 */
public final class TeamViews {
  /** The contact settings key of the member's "team pinned" flag ({@code Team.pinned} is per member). */
  public static final String PINNED_KEY = "team_pinned";
  private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

  private TeamViews() {}

  /**
   * @param me the viewer's contact row
   * @param owner the team owner's contact row, or null when the team has none (a team made by the admin CLI before
   *     its first admin joins)
   * @param contacts the {@code contacts} field (only in the reply that creates a team), else empty
   * @param unread the viewer's counters in this team
   */
  public static Team of(TeamRow team, ContactRow me, ContactRow owner, Membership viewer, List<Contact> contacts,
      TeamUnread unread) {
    TeamSettings s = team.settings();
    return Team.builder()
        .uid(team.uid().toString())
        .gentime(team.gentime())
        .name(team.name())
        .isArchive(team.isArchive())
        .icons(Icons.of(team.iconLetters(), team.iconColor()))
        .defaultTaskDeadline(s.defaultTaskDeadline() == null ? null : TIME_OF_DAY.format(s.defaultTaskDeadline()))
        .maxMessageUpdateAge(s.maxMessageUpdateAge())
        .changeableStatuses(Rights.changeableStatuses(viewer.status()))
        .needConfirmation(s.needConfirmation())
        .usePatronymic(s.usePatronymic())
        .userFields(userFields(s))
        .displayFamilyNameFirst(s.displayFamilyNameFirst())
        .useTaskImportance(s.useTaskImportance())
        .taskImportanceMin(s.taskImportanceMin())
        .taskImportanceMax(s.taskImportanceMax())
        .taskImportanceRev(s.taskImportanceRev())
        .useTaskUrgency(s.useTaskUrgency())
        .useTaskComplexity(s.useTaskComplexity())
        .useTaskSpentTime(s.useTaskSpentTime())
        .hideArchivedUsers(s.hideArchivedUsers())
        .unread(unread)
        .notebot(Jid.contact(Notebot.uid(team.uid())))
        .me(ContactViews.me(me, viewer))
        .pinned(me.settings().getBoolean(PINNED_KEY, false))
        .contacts(contacts)
        .owner(owner == null ? null : ContactViews.of(owner, viewer))
        .build();
  }

  /** The order in which clients show the name fields, matching {@link Names#displayName}. */
  static List<String> userFields(TeamSettings s) {
    List<String> fields = new ArrayList<>(3);
    if (s.displayFamilyNameFirst()) {
      fields.add("family_name");
      fields.add("given_name");
      if (s.usePatronymic()) {
        fields.add("patronymic");
      }
    } else {
      fields.add("given_name");
      if (s.usePatronymic()) {
        fields.add("patronymic");
      }
      fields.add("family_name");
    }
    return fields;
  }
}
