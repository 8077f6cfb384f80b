package org.tadaserver.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.account.UserRow;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.NewTeam;
import org.tadaserver.store.team.TeamRow;

class RepositoriesTest extends StoreTestBase {
  /** Verifies that a team and its owner's contact are created together in one transaction. */
  @Test
  void createTeamWithOwner() {
    UserRow owner = newUser();
    String name = unique("together");
    TeamRow team = await(Repositories.inTransaction(db.database().pool(), tx ->
        tx.teams().insert(NewTeam.of(name, "T", "#1"), gentime())
            .compose(t -> tx.contacts().insert(
                NewContact.member(t.uid(), owner.uid(), "owner", "O", "O", "O", "#1"), gentime()).map(c -> t))));
    assertEquals(List.of(team), await(repos.teams().listForUser(owner.uid())));
    assertEquals("owner", await(repos.contacts().getByTeamAndUser(team.uid(), owner.uid())).status());
  }

  /** Verifies that a failing step rolls the whole unit back: no team without its owner. */
  @Test
  void failureRollsBack() {
    UserRow owner = newUser();
    String name = unique("half");
    StoreException.Invalid failed = failure(Repositories.inTransaction(db.database().pool(), tx ->
        tx.teams().insert(NewTeam.of(name, "T", "#1"), gentime())
            .compose(t -> tx.contacts().insert(
                NewContact.member(t.uid(), owner.uid(), "emperor", "O", "O", "O", "#1"), gentime()))),
        StoreException.Invalid.class);
    assertNotNull(failed.getMessage());
    assertTrue(await(repos.teams().list(10_000, 0)).stream().noneMatch(t -> t.name().equals(name)));
  }

  /** Verifies that a conflict inside a transaction surfaces typed and leaves nothing behind. */
  @Test
  void conflictInTransaction() {
    UserRow user = newUser();
    TeamRow team = newTeam();
    newContact(team, user, "member", "U");
    String name = unique("dup");
    assertConflict(Repositories.inTransaction(db.database().pool(), tx ->
        tx.teams().insert(NewTeam.of(name, "T", "#1"), gentime())
            .compose(t -> tx.contacts().insert(
                NewContact.member(team.uid(), user.uid(), "member", "U", "U", "U", "#1"), gentime()))),
        ContactRepository.USER_IN_TEAM);
    assertTrue(await(repos.teams().list(10_000, 0)).stream().noneMatch(t -> t.name().equals(name)));
  }
}
