-- Schema 3: mock loop sessions. Released: never edit this file; add a new one.
CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uid        TEXT NOT NULL UNIQUE,
    template   TEXT NOT NULL,
    plan       TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE session_turns (
    session_id  INTEGER NOT NULL REFERENCES sessions(id),
    seq         INTEGER NOT NULL,
    interviewer INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    question    TEXT NOT NULL,
    question_id TEXT NULL,
    competency  TEXT NULL,
    gap         TEXT NULL,
    answer      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
