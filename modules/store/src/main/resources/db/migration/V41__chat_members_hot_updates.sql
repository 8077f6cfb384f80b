-- Every new message moves the gentime of every member row of its chat (the counters and the member's view version
-- change together). With gentime in an index none of those updates could be HOT (heap-only): each wrote a new heap
-- tuple plus an entry in each of the table's three indexes, a thousand of each per message in a 1,000-member group.
--
-- The only reader of that index, the chat-list delta query (ChatListQuery), filters on
-- GREATEST(c.base_gentime, m.gentime) > $n, which an index on (contact_uid, gentime) can serve only by its
-- contact_uid prefix; an index on contact_uid alone gives the same plan, and no index holds gentime any more.
-- fillfactor leaves room on each page for the new tuple versions that HOT updates put next to the old ones.
CREATE INDEX chat_members_contact_idx ON chat_members (contact_uid);
DROP INDEX chat_members_contact_gentime_idx;
ALTER TABLE chat_members SET (fillfactor = 80);
