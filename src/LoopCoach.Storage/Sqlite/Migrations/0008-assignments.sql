-- Schema 8 on SQLite: assignments, as career centres set them. A coach sets a loop (a template in a language, a due
-- date, how many attempts; one seed, so the whole group meets the same competencies) for some of the candidates
-- who invited them; a loop a candidate starts from it is linked to it. The two files differ only in how the id is numbered.
CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    coach_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    template    TEXT NOT NULL,
    language    TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    due_on      TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX assignments_coach ON assignments (coach_id, id);

-- Who an assignment is for. Shown only while the candidate's invitation of the coach stands.
CREATE TABLE assignment_candidates (
    assignment_id  BIGINT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    candidate_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (assignment_id, candidate_id)
);
CREATE INDEX assignment_candidates_candidate ON assignment_candidates (candidate_id);

-- The loops started from an assignment: one row per attempt.
CREATE TABLE assignment_sessions (
    session_id     BIGINT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    assignment_id  BIGINT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    candidate_id   TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX assignment_sessions_assignment ON assignment_sessions (assignment_id, candidate_id);
