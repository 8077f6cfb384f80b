package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.account.NewUser;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.TeamRow;

/** Mention lookup, the notebot and drafts. */
class MessageExtrasRepositoryTest extends MessageTestBase {

  /** Verifies mention candidates by login name or display name with underscores, live humans of the team only. */
  @Test
  void mentionCandidates() {
    TeamRow team = newTeam();
    String login = unique("Kate");
    UUID user = await(repos.users().insert(NewUser.named(login))).uid();
    ContactRow kate = await(repos.contacts().insert(NewContact.member(team.uid(), user, "member", "Kate  Bush",
        "Kate", "KB", "#112233"), gentime()));
    ContactRow gone = person(team, "Gone Person");
    await(repos.contacts().archive(gone.uid(), gentime()));
    TeamRow other = newTeam();
    person(other, "Kate Bush");
    MentionRepository mentions = new MentionRepository(db.database().pool());
    assertEquals(List.of(kate.uid()), await(mentions.find(team.uid(), List.of(login.toUpperCase())))
        .stream().map(MentionRepository.Candidate::contact).toList());
    assertEquals(List.of(kate.uid()), await(mentions.find(team.uid(), List.of("kate_bush")))
        .stream().map(MentionRepository.Candidate::contact).toList());
    assertEquals(List.of(), await(mentions.find(team.uid(), List.of("Gone_Person", "nobody"))));
    assertEquals(List.of(), await(mentions.find(team.uid(), List.of())));
  }

  /** Verifies the notebot's uid is stable per team and its contact is made once, even by racing callers. */
  @Test
  void notebot() {
    TeamRow team = newTeam();
    UUID uid = Notebot.uid(team.uid());
    assertEquals(uid, Notebot.uid(team.uid()));
    assertTrue(!uid.equals(Notebot.uid(newTeam().uid())));
    await(io.vertx.core.Future.all(Notebot.ensure(db.database().pool(), team.uid(), gentime()),
        Notebot.ensure(db.database().pool(), team.uid(), gentime())));
    ContactRow bot = await(repos.contacts().get(uid));
    assertTrue(bot.isBot());
    assertEquals(Notebot.BOTNAME, bot.botname());
    assertEquals(Notebot.DISPLAY_NAME, bot.displayName());
    await(Notebot.ensure(db.database().pool(), team.uid(), gentime()));
  }

  /** Verifies a draft is stored only when its revision is newer, and only for current members. */
  @Test
  void drafts() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g = group(team, a, "G", false);
    DraftRepository drafts = new DraftRepository(db.database().pool());
    MemberRow saved = await(drafts.save(g.uid(), a.uid(), "first", 100, gentime())).orElseThrow();
    assertEquals("first", saved.draft());
    assertEquals(100, saved.draftRevision());
    assertTrue(await(drafts.save(g.uid(), a.uid(), "older", 50, gentime())).isEmpty());
    assertTrue(await(drafts.save(g.uid(), a.uid(), "same", 100, gentime())).isEmpty());
    assertEquals("newer", await(drafts.save(g.uid(), a.uid(), "newer", 101, gentime())).orElseThrow().draft());
    assertTrue(await(drafts.save(g.uid(), b.uid(), "not in it", 200, gentime())).isEmpty());
    assertEquals("newer", await(members.find(g.uid(), a.uid())).orElseThrow().draft());
  }
}
