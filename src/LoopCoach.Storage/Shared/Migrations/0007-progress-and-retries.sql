-- Schema 7: what progress needs of a session, kept with each answer, so that drawing progress (the home page, the
-- progress page) reads one small row per session instead of every transcript and debrief. Written as DDL that is
-- valid on SQLite and PostgreSQL alike. Sessions kept before this are measured once when progress first reads them.
ALTER TABLE sessions ADD COLUMN progress TEXT NULL;

-- "Try this answer again": each new attempt at a main question of a session, kept beside the answer first given
-- (which is never changed), with its analysis as it was made.
CREATE TABLE session_retries (
    session_id BIGINT NOT NULL REFERENCES sessions(id),
    seq        INTEGER NOT NULL,
    attempt    INTEGER NOT NULL,
    answer     TEXT NOT NULL,
    analysis   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (session_id, seq, attempt)
);
