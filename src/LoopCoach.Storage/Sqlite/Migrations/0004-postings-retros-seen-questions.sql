-- Schema 4: postings, retrospectives and questions seen in real interviews. Released: never edit this file; add a new one.
CREATE TABLE postings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uid        TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    company    TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE retros (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uid        TEXT NOT NULL UNIQUE,
    company    TEXT NOT NULL,
    position   TEXT NOT NULL,
    held_on    TEXT NULL,
    data       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE seen_questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    text        TEXT NOT NULL UNIQUE,
    language    TEXT NOT NULL,
    competency  TEXT NULL,
    times       INTEGER NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    last_retro  INTEGER NULL REFERENCES retros(id)
);
