/**
 * Chat operations other than messages: chat lists and delta sync, one chat, chat settings, groups and their members
 * ({@link org.tadaserver.chats.groups.ChatOps} is the entry point).
 *
 * <h2>Writes</h2>
 * Each write is one transaction that takes the team clock first ({@code TeamClock}), stamps every row it changes with
 * that value, builds its events inside the transaction (views and counters are exactly the state of the commit) and
 * publishes them after COMMIT. Shared changes (title, description, flags, the member list) move
 * {@code chats.base_gentime}; personal ones (hidden, pinned, notifications, counters, collapsed) move the member's
 * {@code chat_members.gentime}. A chat's {@code gentime} on the wire is the viewer's version, the larger of the two.
 *
 * <h2>Delta sync ({@code gentime_gt})</h2>
 * Returns every chat whose version for the viewer is above G, including chats the viewer left or was removed from and
 * deleted groups: member rows are never deleted, and leaving or deleting moves a version. The protocol's Chat has no
 * {@code is_archive} key (tdproto neither), so such a chat comes in its "gone" form: jid, chat_type, gentime, created,
 * display_name and icons only, with no status, members, counters, last message or rights
 * ({@code can_send_message} absent) and no {@code changeable_fields}; the same event
 * ({@code server.chat.deleted}) was pushed when it happened. The default {@code hidden=false} is not applied in delta
 * sync (a chat that was just hidden must come back); results are ordered by version, newest first, which keeps
 * tdclient's offset paging from skipping a change that commits while it pages (a changed chat jumps to the front: it
 * can repeat, never vanish). The plain list holds live chats the viewer is in.
 *
 * <h2>Rules</h2>
 * Groups: guests create none and see no public groups they are not in; the creator is admin; group admins (and team
 * admins who are members) change settings, add and remove members and set statuses; in a public group any member adds
 * members; anyone leaves; only team admins set {@code default_for_all}, which puts every live non-guest human of the
 * team in the group at once and every later one through {@code contactJoined}. Guests are never added to
 * {@code default_for_all} groups by themselves (they are restricted to chats they are explicitly added to). In a
 * {@code readonly_for_members} group only admins write. Deleting archives the group; its members keep their rows (for
 * sync), get {@code server.chat.deleted}, and the group stops counting in their unread totals. A joinable public group
 * shows what it is and its size, never its messages or members.
 *
 * <h2>Events</h2>
 * {@code server.chat.updated} goes to every current member after a change of the chat (each with their own view and
 * exact {@code team_unread}/{@code badge}; a new member gets the full chat), only to the actor's user after a
 * personal change; {@code server.chat.deleted} to who left, was removed, or lost a deleted group; their sessions in
 * other teams get {@code server.team.counters} when totals can move. Member changes also post a system
 * {@code change} message (group created, X added Y, X removed Y, X left, X joined), which the members receive as
 * {@code server.message.updated} after the chat events.
 *
 * <p>Limits: titles up to {@code max_group_title_length}, descriptions up to {@code max_message_length} characters.
 * A group body's {@code members} and {@code pinned_message} are ignored on update (members change through the member
 * endpoints, pins through the pin operation); {@code section} takes a group section uid or {@code sg-} JID and is
 * stored as given. The last message in a chat view carries no {@code num}/{@code prev} position fields. A group's
 * {@code members} appear only in the answer about that one chat; lists, delta sync and events carry
 * {@code num_members} (as the real server's {@code server.chat.updated} does), so an event about a large group does
 * not grow with the square of its size.
 */
package org.tadaserver.chats.groups;
