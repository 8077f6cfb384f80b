-- Reminds: a user's request to be brought back to a chat at a time (protocol Remind {uid, chat, fire_at, comment}).
--
-- Firing protocol (org.tadaserver.reminds.RemindScheduler): a scheduler claims due rows by setting claimed_by and a
-- lease (lease_until) in one statement with FOR UPDATE SKIP LOCKED, publishes server.remind.fired, then deletes the
-- rows it still holds. A scheduler that dies between claim and delete leaves rows whose lease runs out; any scheduler
-- then claims them again (receivers drop a second copy by remind uid). Deleting a remind deletes its row, so a remind
-- deleted before it was claimed can never fire. Unlike the directory tables, rows are removed: a fired or deleted
-- remind has no state a client syncs.
CREATE TABLE reminds (
    uid         uuid        PRIMARY KEY,
    team_uid    uuid        NOT NULL REFERENCES teams (uid),
    user_uid    uuid        NOT NULL REFERENCES users (uid),
    -- The chat's JID as the client gave it (d-, g- or t-); the reminds service checks the owner can see it.
    chat_jid    text        NOT NULL CHECK (chat_jid ~ '^[a-z]+-.+$' AND length(chat_jid) <= 200),
    fire_at     timestamptz NOT NULL,
    comment     text        NOT NULL DEFAULT '' CHECK (length(comment) <= 4096),
    created     timestamptz NOT NULL DEFAULT now(),
    claimed_by  text,
    lease_until timestamptz,
    CHECK ((claimed_by IS NULL) = (lease_until IS NULL))
);
-- The schedulers' scans: unclaimed rows by due time, claimed ones by the end of their lease.
CREATE INDEX reminds_unclaimed_idx ON reminds (fire_at) WHERE lease_until IS NULL;
CREATE INDEX reminds_lease_idx ON reminds (lease_until) WHERE lease_until IS NOT NULL;
-- A user's reminds in one team (the REST list).
CREATE INDEX reminds_owner_idx ON reminds (team_uid, user_uid, fire_at);
