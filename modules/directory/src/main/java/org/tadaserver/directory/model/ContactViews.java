package org.tadaserver.directory.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.ContactBuilder;
import org.tadaserver.store.team.ContactRow;

/**
 * A stored contact as one member of its team sees it. The {@code can_*} fields and {@code changeable_fields} are
 * computed here from {@link Rights} for that viewer; the member's own settings are shown only to the member; the
 * team-wide rights ({@code can_add_to_team}, {@code can_manage_*}, ...) only on {@code Team.me}.
 */
public final class ContactViews {
  /** The profile fields a member may change on their own contact. */
  static final List<String> SELF_FIELDS =
      List.of("given_name", "family_name", "patronymic", "role", "mood", "contact_email", "contact_phone");
  /** The fields an admin may change on a contact it outranks. */
  static final List<String> MANAGED_FIELDS = List.of("given_name", "family_name", "patronymic", "role", "status",
      "sections", "contact_email", "contact_phone");
  /** Every field a contact change can touch: the union of the lists above and the own settings. */
  public static final Set<String> EDITABLE = editable();
  /** The settings key that holds the mood (a profile field every member sees, kept with the settings). */
  public static final String MOOD_KEY = "mood";

  private ContactViews() {}

  /** {@code row} as seen by {@code viewer} in contact lists, pushes and {@code GET .../contacts/{jid}}. */
  public static Contact of(ContactRow row, Membership viewer) {
    return builder(row, viewer).build();
  }

  /** The viewer's own contact as {@code Team.me}: also the team-wide rights. */
  public static Contact me(ContactRow row, Membership viewer) {
    TeamStatus status = viewer.status();
    boolean admin = Rights.isAdmin(status);
    boolean creates = Rights.canCreateShared(status);
    return builder(row, viewer)
        .canAddToTeam(admin)
        .canManageSections(admin)
        .canManageProjects(admin)
        .canManageTags(admin)
        .canManageIntegrations(admin)
        .canManageColorRules(admin)
        .canImportTasks(admin)
        .canImportChats(admin)
        .canCreateGroup(creates)
        .canCreateMeeting(creates)
        .canJoinPublicGroups(creates)
        .canJoinPublicTasks(creates)
        .canCreateTeam(true)
        .build();
  }

  /**
   * The fields {@code viewer} may change on {@code row} ({@code changeable_fields}); empty when none. Also the rule the
   * service enforces on every change.
   */
  public static List<String> changeableFields(ContactRow row, Membership viewer) {
    if (row.isArchive() || row.isBot()) {
      return List.of();
    }
    boolean self = row.uid().equals(viewer.contact());
    List<String> fields = new ArrayList<>();
    if (self) {
      fields.addAll(SELF_FIELDS);
      if (Rights.isAdmin(viewer.status())) {
        fields.add("sections");
      }
      fields.addAll(OwnSettings.KEYS.keySet());
    } else if (Rights.canManage(viewer.status(), status(row), false)) {
      fields.addAll(MANAGED_FIELDS);
    }
    return fields;
  }

  private static Set<String> editable() {
    Set<String> all = new HashSet<>(SELF_FIELDS);
    all.addAll(MANAGED_FIELDS);
    all.addAll(OwnSettings.KEYS.keySet());
    return Set.copyOf(all);
  }

  public static TeamStatus status(ContactRow row) {
    return TeamStatus.fromWire(row.status());
  }

  private static ContactBuilder builder(ContactRow row, Membership viewer) {
    boolean self = row.uid().equals(viewer.contact());
    boolean live = !row.isArchive();
    TeamStatus status = status(row);
    boolean creates = Rights.canCreateShared(viewer.status());
    List<String> changeable = changeableFields(row, viewer);
    ContactBuilder b = Contact.builder()
        .jid(Jid.contact(row.uid()))
        .displayName(row.displayName())
        .shortName(row.shortName())
        .contactEmail(row.contactEmail())
        .contactPhone(row.contactPhone())
        .icons(Icons.of(row.iconLetters(), row.iconColor()))
        .gentime(row.gentime())
        .role(row.role())
        .mood(row.settings().getString(MOOD_KEY))
        .status(status)
        .isArchive(row.isArchive())
        .botname(row.botname())
        .givenName(row.givenName())
        .familyName(row.familyName())
        .patronymic(row.patronymic())
        .sections(row.sections().stream().map(UUID::toString).toList())
        .canSendMessage(live && !self)
        .canCall(live && !self)
        .canCreateTask(live && creates)
        .canAddToGroup(live && creates)
        .canDelete(live && Rights.canArchive(viewer.status(), status, self))
        .changeableFields(changeable.isEmpty() ? null : changeable)
        .lastActivity(row.lastActivity());
    return self ? OwnSettings.apply(b, row.settings()) : b;
  }
}
