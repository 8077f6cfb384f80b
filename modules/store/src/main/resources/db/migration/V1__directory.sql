-- The directory: users and their credentials, teams, contacts (a user's membership in a team) and contact sections.
--
-- Conventions for every table in this project:
--   * keys are uuid; a contact's uid is the uuid of its "d-" JID;
--   * gentime is bigint unix nanoseconds, given by the caller; the repositories store GREATEST(given, old + 1), so
--     it strictly increases per row even when two nodes' clocks disagree;
--   * nothing is deleted: is_archive marks removal (the protocol sends archived objects to syncing clients);
--   * created/updated are timestamptz set by the database.

CREATE TABLE users (
    uid          uuid        PRIMARY KEY,
    username     text        NOT NULL CHECK (username <> '' AND username = btrim(username) AND length(username) <= 128),
    given_name   text        NOT NULL DEFAULT '' CHECK (length(given_name) <= 256),
    family_name  text        NOT NULL DEFAULT '' CHECK (length(family_name) <= 256),
    patronymic   text        NOT NULL DEFAULT '' CHECK (length(patronymic) <= 256),
    phone        text        CHECK (phone <> ''),
    email        text        CHECK (email <> ''),
    default_lang text,
    -- Account-wide preferences (alt_send, timezone, quiet_time_*, ...); the directory owns their shape.
    settings     jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(settings) = 'object'),
    is_archive   boolean     NOT NULL DEFAULT false,
    created      timestamptz NOT NULL DEFAULT now()
);
-- Login names, e-mail addresses and phones identify one account each; names compare case-insensitively.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL;

-- Only self-describing hash strings ("$argon2id$v=19$...", "$2b$12$...") are accepted, never a plain password.
CREATE TABLE password_hashes (
    user_uid uuid        PRIMARY KEY REFERENCES users (uid),
    hash     text        NOT NULL CHECK (hash ~ '^\$[a-z0-9-]+\$' AND length(hash) >= 20),
    updated  timestamptz NOT NULL DEFAULT now()
);

-- API tokens. Only the SHA-256 of the token is kept: a leaked table gives no usable token.
CREATE TABLE tokens (
    id          uuid        PRIMARY KEY,
    user_uid    uuid        NOT NULL REFERENCES users (uid),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32),
    device_name text        NOT NULL DEFAULT '' CHECK (length(device_name) <= 256),
    created     timestamptz NOT NULL DEFAULT now(),
    last_used   timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT tokens_hash_key UNIQUE (hash)
);
CREATE INDEX tokens_user_active_idx ON tokens (user_uid) WHERE revoked_at IS NULL;

CREATE TABLE teams (
    uid                       uuid        PRIMARY KEY,
    name                      text        NOT NULL CHECK (name <> '' AND length(name) <= 256),
    icon_letters              text        NOT NULL CHECK (length(icon_letters) <= 8),
    icon_color                text        NOT NULL CHECK (length(icon_color) <= 32),
    max_message_update_age    integer     NOT NULL DEFAULT 86400 CHECK (max_message_update_age >= 0),
    default_task_deadline     time,
    use_patronymic            boolean     NOT NULL DEFAULT false,
    display_family_name_first boolean     NOT NULL DEFAULT false,
    need_confirmation         boolean     NOT NULL DEFAULT false,
    hide_archived_users       boolean     NOT NULL DEFAULT false,
    use_task_importance       boolean     NOT NULL DEFAULT false,
    task_importance_min       integer     NOT NULL DEFAULT 1,
    task_importance_max       integer     NOT NULL DEFAULT 5,
    task_importance_rev       boolean     NOT NULL DEFAULT false,
    use_task_urgency          boolean     NOT NULL DEFAULT false,
    use_task_complexity       boolean     NOT NULL DEFAULT false,
    use_task_spent_time       boolean     NOT NULL DEFAULT false,
    gentime                   bigint      NOT NULL,
    is_archive                boolean     NOT NULL DEFAULT false,
    created                   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT teams_task_importance_range CHECK (task_importance_min <= task_importance_max)
);

-- A user's membership in a team. role is the free-text job title; status is the team rank.
CREATE TABLE contacts (
    uid           uuid        PRIMARY KEY,
    team_uid      uuid        NOT NULL REFERENCES teams (uid),
    user_uid      uuid        NOT NULL REFERENCES users (uid),
    role          text        NOT NULL DEFAULT '' CHECK (length(role) <= 256),
    status        text        NOT NULL CHECK (status IN ('owner', 'admin', 'member', 'guest')),
    given_name    text        NOT NULL DEFAULT '' CHECK (length(given_name) <= 256),
    family_name   text        NOT NULL DEFAULT '' CHECK (length(family_name) <= 256),
    patronymic    text        NOT NULL DEFAULT '' CHECK (length(patronymic) <= 256),
    display_name  text        NOT NULL CHECK (length(display_name) <= 512),
    short_name    text        NOT NULL CHECK (length(short_name) <= 256),
    contact_email text        NOT NULL DEFAULT '' CHECK (length(contact_email) <= 256),
    contact_phone text        NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 64),
    icon_letters  text        NOT NULL CHECK (length(icon_letters) <= 8),
    icon_color    text        NOT NULL CHECK (length(icon_color) <= 32),
    -- The member's own settings in this team (alt_send, timezone, quiet_time_*, *_notifications_enabled, ...).
    -- A key that is absent means "not set" (the protocol sends null).
    settings      jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(settings) = 'object'),
    gentime       bigint      NOT NULL,
    is_archive    boolean     NOT NULL DEFAULT false,
    created       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contacts_team_user_key UNIQUE (team_uid, user_uid),
    -- Target of the composite keys below: a section member must be a contact of the section's own team.
    CONSTRAINT contacts_team_uid_key UNIQUE (team_uid, uid)
);
CREATE INDEX contacts_user_idx ON contacts (user_uid);
CREATE INDEX contacts_team_gentime_idx ON contacts (team_uid, gentime);

CREATE TABLE contact_sections (
    uid           uuid        PRIMARY KEY,
    team_uid      uuid        NOT NULL REFERENCES teams (uid),
    name          text        NOT NULL CHECK (name <> '' AND length(name) <= 256),
    description   text        NOT NULL DEFAULT '' CHECK (length(description) <= 4096),
    sort_ordering integer     NOT NULL DEFAULT 0 CHECK (sort_ordering >= 0),
    gentime       bigint      NOT NULL,
    is_archive    boolean     NOT NULL DEFAULT false,
    created       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_sections_team_uid_key UNIQUE (team_uid, uid)
);
-- Two live sections of one team never share a name; an archived one frees its name.
CREATE UNIQUE INDEX contact_sections_team_name_key ON contact_sections (team_uid, lower(name)) WHERE NOT is_archive;
CREATE INDEX contact_sections_team_order_idx ON contact_sections (team_uid, sort_ordering);

CREATE TABLE contact_section_members (
    team_uid    uuid        NOT NULL,
    section_uid uuid        NOT NULL,
    contact_uid uuid        NOT NULL,
    created     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (section_uid, contact_uid),
    CONSTRAINT contact_section_members_section_fkey
        FOREIGN KEY (team_uid, section_uid) REFERENCES contact_sections (team_uid, uid),
    CONSTRAINT contact_section_members_contact_fkey
        FOREIGN KEY (team_uid, contact_uid) REFERENCES contacts (team_uid, uid)
);
CREATE INDEX contact_section_members_contact_idx ON contact_section_members (contact_uid);
