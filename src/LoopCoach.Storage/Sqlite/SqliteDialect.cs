using System.Data.Common;
using LoopCoach.Core.Errors;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Sqlite;

/// <summary>SQLite: one file, one writer at a time (queued in this process, waited for across processes).</summary>
internal sealed class SqliteDialect : Dialect
{
    public static SqliteDialect Instance { get; } = new();

    public override bool QueuesWrites => true;

    // Deferred: no write lock is taken, and in WAL mode the reads see the database as of the first of them; writers
    // (other connections, other processes) carry on meanwhile.
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    public override int SchemaVersion(DbConnection connection) => SchemaMigrator.UserVersion((SqliteConnection)connection);

    public override LoopCoachException? Translate(Exception e, string where) => e is SqliteException sqlite ? Translate(sqlite, where) : null;

    public static LoopCoachException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        // SQLITE_CORRUPT, SQLITE_NOTADB
        11 or 26 => new LoopCoachException(ErrorKind.Storage, "storage.corrupt", [path], [], e),
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => new LoopCoachException(ErrorKind.Storage, "storage.locked", [path], [], e),
        // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH
        3 or 8 or 14 or 23 => new LoopCoachException(ErrorKind.Storage, "storage.unreadable", [path, e.Message], [], e),
        // SQLITE_FULL
        13 => new LoopCoachException(ErrorKind.Storage, "storage.full", [path], [], e),
        _ => new LoopCoachException(ErrorKind.Storage, "storage.failed", [path, e.Message], [], e),
    };
}
