-- Chats, their members (with each member's read state, counters and personal settings), messages and reactions.
-- The message path and the catch-up guarantee are described in docs/messages.md.

-- Bots: a contact may stand for no user (the per-team "My notes" bot, later integrations).
ALTER TABLE contacts ALTER COLUMN user_uid DROP NOT NULL;
ALTER TABLE contacts ADD COLUMN botname text NOT NULL DEFAULT '' CHECK (length(botname) <= 64);
ALTER TABLE contacts ADD CONSTRAINT contacts_bot_or_user CHECK ((user_uid IS NULL) = (botname <> ''));
CREATE UNIQUE INDEX contacts_team_botname_key ON contacts (team_uid, botname) WHERE botname <> '';

-- One clock per team for everything clients sync by gentime (chats, members, messages). A writer takes the next value
-- with UPDATE ... RETURNING and so holds this row's lock until it commits: commits of one team are stamped in commit
-- order, so a client that has seen gentime G can never later miss a change stamped <= G.
CREATE TABLE team_clocks (
    team_uid uuid   PRIMARY KEY REFERENCES teams (uid),
    gentime  bigint NOT NULL
);

CREATE TABLE chats (
    uid                  uuid        PRIMARY KEY,   -- the uuid of a g-/t- JID; internal for direct chats
    team_uid             uuid        NOT NULL REFERENCES teams (uid),
    chat_type            text        NOT NULL CHECK (chat_type IN ('direct', 'group', 'task')),
    -- Direct chats: the two contacts, lower uuid first (a = b is never allowed: no chat with oneself).
    direct_low           uuid        REFERENCES contacts (uid),
    direct_high          uuid        REFERENCES contacts (uid),
    title                text        NOT NULL DEFAULT '',
    description          text        NOT NULL DEFAULT '',
    is_public            boolean     NOT NULL DEFAULT false,
    default_for_all      boolean     NOT NULL DEFAULT false,
    readonly_for_members boolean     NOT NULL DEFAULT false,
    autocleanup_age      integer     CHECK (autocleanup_age > 0),
    section_uid          uuid,
    pinned_message       uuid,
    creator              uuid        REFERENCES contacts (uid),
    created              timestamptz NOT NULL DEFAULT now(),
    base_gentime         bigint      NOT NULL,      -- version of the shared fields
    last_seq             bigint      NOT NULL DEFAULT 0,  -- last message order number handed out in this chat
    last_message         uuid,                      -- newest message that is not deleted
    last_activity        timestamptz,
    num_messages         integer     NOT NULL DEFAULT 0 CHECK (num_messages >= 0),   -- not deleted
    num_importants       integer     NOT NULL DEFAULT 0 CHECK (num_importants >= 0),
    is_archive           boolean     NOT NULL DEFAULT false,
    CONSTRAINT chats_direct_pair CHECK (
        (chat_type = 'direct') = (direct_low IS NOT NULL AND direct_high IS NOT NULL)
        AND (direct_low IS NULL OR direct_low < direct_high))
);
CREATE UNIQUE INDEX chats_direct_key ON chats (team_uid, direct_low, direct_high) WHERE chat_type = 'direct';
CREATE INDEX chats_team_type_idx ON chats (team_uid, chat_type);
CREATE INDEX chats_default_for_all_idx ON chats (team_uid) WHERE default_for_all AND NOT is_archive;

-- A contact's place in a chat. Rows are never deleted: a member who leaves keeps a row with is_member = false, so
-- delta sync can tell them the chat is gone.
CREATE TABLE chat_members (
    chat_uid              uuid    NOT NULL REFERENCES chats (uid),
    contact_uid           uuid    NOT NULL REFERENCES contacts (uid),
    team_uid              uuid    NOT NULL REFERENCES teams (uid),
    status                text    NOT NULL DEFAULT 'member' CHECK (status IN ('admin', 'member')),
    is_member             boolean NOT NULL DEFAULT true,
    last_read_seq         bigint  NOT NULL DEFAULT 0,
    last_read_message     uuid,
    num_unread            integer NOT NULL DEFAULT 0 CHECK (num_unread >= 0),
    num_unread_notices    integer NOT NULL DEFAULT 0 CHECK (num_unread_notices >= 0),
    hidden                boolean NOT NULL DEFAULT false,
    pinned                boolean NOT NULL DEFAULT false,
    pinned_sort_ordering  integer NOT NULL DEFAULT 0,
    notifications_enabled boolean NOT NULL DEFAULT true,
    counters_enabled      boolean NOT NULL DEFAULT true,
    collapsed             boolean NOT NULL DEFAULT false,
    draft                 text    NOT NULL DEFAULT '',
    draft_revision        bigint  NOT NULL DEFAULT 0,   -- unix milliseconds (protocol: the newest revision wins)
    gentime               bigint  NOT NULL,             -- version of this member's view of the chat
    PRIMARY KEY (chat_uid, contact_uid)
);
CREATE INDEX chat_members_contact_gentime_idx ON chat_members (contact_uid, gentime);
CREATE INDEX chat_members_chat_active_idx ON chat_members (chat_uid) WHERE is_member;

CREATE TABLE messages (
    uid         uuid        PRIMARY KEY,            -- the client's message_id
    chat_uid    uuid        NOT NULL REFERENCES chats (uid),
    team_uid    uuid        NOT NULL REFERENCES teams (uid),
    sender      uuid        NOT NULL REFERENCES contacts (uid),
    seq         bigint      NOT NULL,               -- order in the chat, from chats.last_seq; never reused
    content     jsonb       NOT NULL CHECK (jsonb_typeof(content) = 'object'),   -- MessageContent as sent on the wire
    push_text   text        NOT NULL DEFAULT '',
    links       jsonb       NOT NULL DEFAULT '[]',  -- MessageLink[] made from the text
    mentions    uuid[]      NOT NULL DEFAULT '{}',  -- contacts @mentioned: the message is a notice for them
    reply_to    uuid,
    linked      uuid[]      NOT NULL DEFAULT '{}',  -- forwarded messages, in the order given
    important   boolean     NOT NULL DEFAULT false,
    nopreview   boolean     NOT NULL DEFAULT false,
    silently    boolean     NOT NULL DEFAULT false, -- touches no counter, sends no push
    is_system   boolean     NOT NULL DEFAULT false, -- a "change" message made by the server; never editable
    created     timestamptz NOT NULL,
    edited      timestamptz,
    gentime     bigint      NOT NULL,
    is_archive  boolean     NOT NULL DEFAULT false,
    CONSTRAINT messages_chat_seq_key UNIQUE (chat_uid, seq)
);
CREATE INDEX messages_chat_gentime_idx ON messages (chat_uid, gentime);
CREATE INDEX messages_chat_live_seq_idx ON messages (chat_uid, seq) WHERE NOT is_archive;

CREATE TABLE message_reactions (
    message_uid uuid        NOT NULL REFERENCES messages (uid),
    contact_uid uuid        NOT NULL REFERENCES contacts (uid),
    name        text        NOT NULL CHECK (name <> '' AND length(name) <= 64),
    created     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_uid, contact_uid, name)
);
