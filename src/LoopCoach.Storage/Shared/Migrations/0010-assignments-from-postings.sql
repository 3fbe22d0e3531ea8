-- Schema 10: an assignment made from a posting keeps the loop planned from it (the coach's posting is the coach's:
-- the candidates never read it), and the posting's title to name it by. Written once for SQLite and PostgreSQL alike.
ALTER TABLE assignments ADD COLUMN plan TEXT NULL;
ALTER TABLE assignments ADD COLUMN title TEXT NULL;
