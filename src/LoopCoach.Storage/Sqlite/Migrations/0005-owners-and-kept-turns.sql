-- Schema 5: every row has an owner, and a session keeps what was asked.
-- Rows written before accounts existed belong to the local user of this machine.
ALTER TABLE stories  ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE sessions ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE postings ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE retros   ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
CREATE INDEX stories_owner  ON stories (owner_id, id);
CREATE INDEX sessions_owner ON sessions (owner_id, id);
CREATE INDEX postings_owner ON postings (owner_id, id);
CREATE INDEX retros_owner   ON retros (owner_id, id);

-- A question seen in a real interview is counted per owner: the text alone was unique across everyone.
CREATE TABLE seen_questions_owned (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    TEXT NOT NULL DEFAULT 'local',
    text        TEXT NOT NULL,
    language    TEXT NOT NULL,
    competency  TEXT NULL,
    times       INTEGER NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    last_retro  INTEGER NULL REFERENCES retros(id),
    UNIQUE (owner_id, text)
);
INSERT INTO seen_questions_owned (id, owner_id, text, language, competency, times, first_seen, last_seen, last_retro)
SELECT id, 'local', text, language, competency, times, first_seen, last_seen, last_retro FROM seen_questions;
DROP TABLE seen_questions;
ALTER TABLE seen_questions_owned RENAME TO seen_questions;

-- The whole turn as it happened (the prompt with its intro and round, the analysis, the notes), so a later
-- release with other content or other rules does not rewrite an old transcript or debrief.
ALTER TABLE session_turns ADD COLUMN data TEXT NULL;
-- Where the interview engine stands (what it asks next and what it has asked), so resuming replays nothing.
ALTER TABLE sessions ADD COLUMN state TEXT NULL;
-- The debrief as of the last saved answer.
ALTER TABLE sessions ADD COLUMN debrief TEXT NULL;
