-- Group sections and task projects (the protocol's Section for chat_type "group" and "task"; contact sections, chat
-- type "direct", are contact_sections of V1, which this table mirrors) and the team's task tags (Tag {uid, name}).
-- As in V1, nothing is deleted: is_archive marks removal and frees the name.

CREATE TABLE chat_sections (
    uid           uuid        PRIMARY KEY,
    team_uid      uuid        NOT NULL REFERENCES teams (uid),
    chat_type     text        NOT NULL CHECK (chat_type IN ('group', 'task')),
    name          text        NOT NULL CHECK (name <> '' AND length(name) <= 256),
    description   text        NOT NULL DEFAULT '' CHECK (length(description) <= 4096),
    sort_ordering integer     NOT NULL DEFAULT 0 CHECK (sort_ordering >= 0),
    gentime       bigint      NOT NULL,
    is_archive    boolean     NOT NULL DEFAULT false,
    created       timestamptz NOT NULL DEFAULT now()
);
-- Two live sections of one kind in one team never share a name (ignoring case).
CREATE UNIQUE INDEX chat_sections_team_name_key ON chat_sections (team_uid, chat_type, lower(name)) WHERE NOT is_archive;
CREATE INDEX chat_sections_team_order_idx ON chat_sections (team_uid, chat_type, sort_ordering);

CREATE TABLE tags (
    uid        uuid        PRIMARY KEY,
    team_uid   uuid        NOT NULL REFERENCES teams (uid),
    name       text        NOT NULL CHECK (name <> '' AND length(name) <= 256),
    gentime    bigint      NOT NULL,
    is_archive boolean     NOT NULL DEFAULT false,
    created    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tags_team_name_key ON tags (team_uid, lower(name)) WHERE NOT is_archive;
CREATE INDEX tags_team_idx ON tags (team_uid, lower(name));
