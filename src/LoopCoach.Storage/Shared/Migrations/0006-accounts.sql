-- Schema 6: accounts, for a server shared by coaches and their candidates. Written once for SQLite and
-- PostgreSQL alike: text ids (GUID strings), BIGINT numbers, no AUTOINCREMENT. A local bank gets the tables and
-- never uses them; its rows keep the owner 'local'.
CREATE TABLE accounts (
    id                TEXT PRIMARY KEY,
    email             TEXT NOT NULL,
    normalized_email  TEXT NOT NULL UNIQUE,
    password_hash     TEXT NULL,
    security_stamp    TEXT NOT NULL,
    role              TEXT NOT NULL,
    failed_sign_ins   INTEGER NOT NULL DEFAULT 0,
    locked_until      BIGINT NULL,
    created_at        TEXT NOT NULL
);

-- A one-time password-reset link the admin issues (there is no mail server); only a hash of its token is kept.
CREATE TABLE account_resets (
    token_hash  TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX account_resets_account ON account_resets (account_id);

-- What a candidate shares with a coach: a code the candidate gives, redeemed by one coach, withdrawn by deleting it.
CREATE TABLE invitations (
    code            TEXT PRIMARY KEY,
    candidate_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    coach_id        TEXT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    share_sessions  INTEGER NOT NULL,
    share_stories   INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    redeemed_at     TEXT NULL
);
CREATE INDEX invitations_candidate ON invitations (candidate_id);
CREATE INDEX invitations_coach ON invitations (coach_id);

-- A coach's comment on a debrief, kept beside the session it is about and shown to the candidate.
CREATE TABLE debrief_comments (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL,
    session_id  BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    coach_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX debrief_comments_session ON debrief_comments (owner_id, session_id);
