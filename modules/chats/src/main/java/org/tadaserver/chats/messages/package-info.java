/**
 * The message half of the chat service: the hot path of docs/messages.md and everything around messages.
 *
 * <p><b>Path of a send.</b> {@link org.tadaserver.chats.messages.Sends} checks the request alone
 * ({@code SendCheck}: ids, plain text within {@code max_message_length} code points, at most
 * {@code max_linked_messages} forwards, no uploads yet), resolves {@code to} with {@code ChatAccess} and
 * {@code ChatRights} (members only, readonly groups, nobody writes to themselves), creates a direct chat on its first
 * message (both sides then get {@code server.chat.updated}), checks answered/forwarded messages and parses the text
 * ({@code TextParser}), then queues it on the {@code BatchWriter}. The writer runs one transaction at a time on its
 * own connection and puts everything queued meanwhile (at most 200) into the next one: per team, in uuid order, it
 * takes the team clock, locks the batch's existing message ids and sorts each item into new / resend / edit /
 * refusal. New messages go through {@code MessageWriter} (clock block, chats locked, rows inserted, chats advanced,
 * every member's counters updated, receipts and team counters read, in three pipelined round trips). Results and
 * events are released only after COMMIT.
 *
 * <p><b>Decisions.</b>
 * <ul>
 *   <li>Resend vs edit: a known {@code message_id} by its author with the same text, flags, reply and forwards is a
 *       resend (answered with the stored message, no event); anything else is an edit, allowed to the author until
 *       {@code created + max_message_update_age}; system messages never. The same age bounds deletion by the
 *       author; chat admins ({@code can_delete_any_message}: group admins, team admins who are members) delete any
 *       message at any time, system messages included.</li>
 *   <li>Deleted text: the row keeps its content (nothing is hard-deleted), but the API shows a deleted message with
 *       empty text and type {@code deleted} everywhere, except in the one {@code server.message.updated} announcing
 *       the deletion to the members (and the DELETE answer), which keeps the original text: those members had it, and
 *       tdclient's own delete test waits for it (protocol-reference §3.3).</li>
 *   <li>Mentions: see {@code TextParser} for exactly what is recognised ({@code @login} or
 *       {@code @Display_Name} of a live human contact of the team; ambiguous display names mention nobody). A
 *       mention is a notice only for members other than the author.</li>
 *   <li>Counters: {@code num_unread} = live, non-silent messages by others after the read marker;
 *       {@code num_unread_notices} = those mentioning the member. Kept incrementally (send, delete, edits that change
 *       mentions) and recounted on every read. A writer has read everything before their own message.
 *       {@code team_unread}/{@code badge} come from one aggregate query ({@link
 *       org.tadaserver.chats.messages.Fanout#counters}) read inside the writing transaction; muted chats
 *       ({@code counters_enabled=false}) count in their own {@code chat_counters} but not in the totals.</li>
 *   <li>Received: a message is received once a member other than its author has read past it (explicitly or by
 *       writing after it); the author gets {@code server.message.received} once, at most 500 messages per read.
 *       System messages send no receipts.</li>
 *   <li>System {@code change} messages ({@link org.tadaserver.chats.messages.SystemMessages}) are silent (no
 *       counters, no push) and never editable.</li>
 *   <li>History: {@code gentime_from=G} returns changes with gentime strictly greater than G (deleted ones
 *       included), the oldest change first within the limit, so paging by the highest gentime received misses
 *       nothing and repeats nothing; every message of a batch has its own gentime.</li>
 *   <li>Drafts and typing go to every session of the user / the other members; a draft for a person with no chat
 *       yet creates the direct chat.</li>
 * </ul>
 *
 * <p><b>Batching, measured.</b> 20 concurrent senders, 2,000 messages into one shared group and 20 direct chats,
 * 400 in flight: 31-37 transactions (54-65 messages per transaction) instead of 2,000, with gap-free numbering and
 * counters equal to a recount (BatchingTest). Absolute rates on the shared 2-vCPU test machine (load average 10-15
 * from parallel builds) were 60-100 messages/s end to end; the database round trips, not this JVM, were the limit
 * (a flight recording showed the event loop mostly idle).
 */
package org.tadaserver.chats.messages;
