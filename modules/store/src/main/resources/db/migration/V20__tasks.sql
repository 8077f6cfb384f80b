-- Tasks: a task is a chat (chats.chat_type = 'task', title = first line of the description, section_uid = project)
-- with the task fields below. Its members (chat_members) are its owner, assignee and observers. Semantics:
-- protocol-reference §2.3 and §3.5.

-- The last task number handed out per team. A creator takes the next one with an upsert inside its transaction, so
-- concurrent creators queue on this row and a rolled back create gives its number back: numbers have no gap and
-- never repeat.
CREATE TABLE task_numbers (
    team_uid uuid    PRIMARY KEY REFERENCES teams (uid),
    last_num integer NOT NULL CHECK (last_num > 0)
);

-- Custom task statuses of a team, besides the built-in 'new' and 'done'. chats' task_status holds the name.
CREATE TABLE task_statuses (
    uid           uuid    PRIMARY KEY,
    team_uid      uuid    NOT NULL REFERENCES teams (uid),
    name          text    NOT NULL CHECK (name ~ '^[a-z0-9_-]{1,64}$' AND name NOT IN ('new', 'done')),
    title         text    NOT NULL CHECK (title <> '' AND length(title) <= 100),
    sort_ordering integer NOT NULL DEFAULT 0 CHECK (sort_ordering >= 0),
    is_archive    boolean NOT NULL DEFAULT false,
    CONSTRAINT task_statuses_team_name_key UNIQUE (team_uid, name)
);

CREATE TABLE tasks (
    chat_uid    uuid        PRIMARY KEY REFERENCES chats (uid),
    team_uid    uuid        NOT NULL REFERENCES teams (uid),
    num         integer     NOT NULL CHECK (num > 0),
    owner       uuid        NOT NULL REFERENCES contacts (uid),
    assignee    uuid        REFERENCES contacts (uid),
    observers   uuid[]      NOT NULL DEFAULT '{}',   -- in the order given, without owner and assignee
    task_status text        NOT NULL DEFAULT 'new' CHECK (task_status <> ''),
    done        timestamptz,                         -- when it became 'done'; null otherwise
    done_reason text        NOT NULL DEFAULT '',
    deadline    timestamptz,
    tags        text[]      NOT NULL DEFAULT '{}',
    importance  integer,
    urgency     integer,
    complexity  integer,
    spent_time  integer     CHECK (spent_time >= 0),
    color_index integer     CHECK (color_index >= 0),
    links       jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),  -- of the description
    CONSTRAINT tasks_team_num_key UNIQUE (team_uid, num),
    CONSTRAINT tasks_done_matches_status CHECK ((task_status = 'done') = (done IS NOT NULL))
);
CREATE INDEX tasks_team_assignee_idx ON tasks (team_uid, assignee);
CREATE INDEX tasks_team_owner_idx ON tasks (team_uid, owner);

-- Checklist items. An item whose text is "#<num>" links that task of the team as a subtask (the child lists the
-- parent in its 'parents').
CREATE TABLE task_items (
    uid           uuid    PRIMARY KEY,
    task_uid      uuid    NOT NULL REFERENCES chats (uid),
    sort_ordering integer NOT NULL CHECK (sort_ordering >= 0),
    text          text    NOT NULL CHECK (text <> ''),
    checked       boolean NOT NULL DEFAULT false,
    subtask_uid   uuid    REFERENCES chats (uid),
    gentime       bigint  NOT NULL
);
CREATE INDEX task_items_task_idx ON task_items (task_uid, sort_ordering);
CREATE INDEX task_items_subtask_idx ON task_items (subtask_uid) WHERE subtask_uid IS NOT NULL;
