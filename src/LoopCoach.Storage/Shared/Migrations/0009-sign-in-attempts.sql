-- Schema 9: sign-in attempts per address over the last minute, kept in the database so that every web node counts
-- the same attempts (a limit in one process's memory lets N nodes take N times as many). Only a hash of the address
-- is kept, and only for as long as the window lasts. Written once for SQLite and PostgreSQL alike.
CREATE TABLE sign_in_attempts (
    id       TEXT PRIMARY KEY,
    address  TEXT NOT NULL,
    at_ms    BIGINT NOT NULL
);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (address, at_ms);
CREATE INDEX sign_in_attempts_at ON sign_in_attempts (at_ms);
