-- Schema 2: story history. Released: never edit this file; add a new one.
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE story_versions (
    story_id INTEGER NOT NULL REFERENCES stories(id),
    version  INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    change   TEXT NOT NULL,
    content  TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
);
-- Stories written before history existed get their current text as version 1.
INSERT INTO story_versions (story_id, version, saved_at, change, content)
SELECT id, 1, updated_at, 'created', json_object(
    'title', title, 'situation', situation, 'task', task, 'action', action,
    'result', result, 'lesson', lesson, 'when', happened, 'role', role,
    'metrics', json(metrics), 'tags', json(tags), 'competencies', json(competencies))
FROM stories;
