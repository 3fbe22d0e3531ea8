-- Schema 2 on PostgreSQL: story history. (SQLite's script also copies stories written before history existed;
-- no PostgreSQL bank is that old, so there is nothing to copy.)
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE story_versions (
    story_id BIGINT NOT NULL REFERENCES stories(id),
    version  INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    change   TEXT NOT NULL,
    content  TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
);
