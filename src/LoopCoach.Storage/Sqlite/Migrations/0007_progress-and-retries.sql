-- Schema 7: what progress needs of a session, kept with each answer, so that drawing progress (the home page, the
-- progress page) reads one small row per session instead of every transcript and debrief. Written as DDL that is
-- valid on SQLite and PostgreSQL alike. Sessions kept before this are measured once when progress first reads them.
ALTER TABLE sessions ADD COLUMN progress TEXT NULL;
