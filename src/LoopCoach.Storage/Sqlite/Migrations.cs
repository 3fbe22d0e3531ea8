using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Sqlite;

/// <summary>One step of the schema, applied once, in order, inside the upgrade's transaction.</summary>
/// <param name="Version">The schema version this step leads to (PRAGMA user_version).</param>
/// <param name="Name">What the step does.</param>
/// <param name="Apply">The step; it must keep every row the earlier schema held.</param>
internal sealed record Migration(int Version, string Name, Action<SqliteConnection, SqliteTransaction> Apply);

/// <summary>The schema's history. Append new steps; never edit a released one.</summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "story bank", (c, t) => Execute(c, t, """
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
            """)),
        new(2, "story history", (c, t) => Execute(c, t, """
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
            """)),
        new(3, "mock loop sessions", (c, t) => Execute(c, t, """
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
            """)),
        new(4, "postings, retrospectives and questions seen in real interviews", (c, t) => Execute(c, t, """
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
            """)),
    ];

    public static int Latest => All[^1].Version;

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
