-- Schema 1: story bank. Released: never edit this file; add a new one.
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uid          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    situation    TEXT NOT NULL DEFAULT '',
    task         TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    lesson       TEXT NOT NULL DEFAULT '',
    happened     TEXT NULL,
    role         TEXT NOT NULL DEFAULT '',
    metrics      TEXT NOT NULL DEFAULT '[]',
    tags         TEXT NOT NULL DEFAULT '[]',
    competencies TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT NULL
);
