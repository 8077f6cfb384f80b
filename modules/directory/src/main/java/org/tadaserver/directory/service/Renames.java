package org.tadaserver.directory.service;

import io.vertx.core.Future;
import java.util.List;
import java.util.Objects;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.directory.model.Names;
import org.tadaserver.store.Page;
import org.tadaserver.store.team.ContactFilter;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.ContactUpdate;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;

/**
 * Keeps the stored {@code display_name}, {@code short_name} and icon letters of contacts in step with their names and
 * the team's name order. A contact without names is shown by its account's username.
 */
final class Renames {
  private Renames() {}

  /** The change that gives {@code c} the display names its names call for under {@code s}; NONE when they match. */
  static ContactUpdate namesOf(ContactRow c, String given, String family, String patronymic, String username,
      TeamSettings s) {
    String display = Names.displayName(given, family, patronymic, username, s.displayFamilyNameFirst(),
        s.usePatronymic());
    String shortName = Names.shortName(given, username);
    if (display.equals(c.displayName()) && shortName.equals(c.shortName())) {
      return ContactUpdate.NONE;
    }
    return ContactUpdate.NONE.withDisplayNames(display, shortName).withIcon(Icons.letters(display), null);
  }

  /** Rebuilds the display names of the team's human contacts after its name order changed; returns those changed. */
  static Future<List<ContactRow>> afterNameOrderChange(Repos tx, TeamRow team, long gentime) {
    return tx.contacts.list(team.uid(), ContactFilter.ALL.withBots(false)).map(Page::items)
        .compose(all -> Futures.inOrder(all, c -> rename(tx, c, team.settings(), gentime)))
        .map(rows -> rows.stream().filter(Objects::nonNull).toList());
  }

  private static Future<ContactRow> rename(Repos tx, ContactRow c, TeamSettings s, long gentime) {
    return tx.users.get(c.user()).compose(user -> {
      ContactUpdate u = namesOf(c, c.givenName(), c.familyName(), c.patronymic(), user.username(), s);
      return u.equals(ContactUpdate.NONE) ? Future.succeededFuture(null) : tx.contacts.update(c.uid(), u, gentime);
    });
  }
}
