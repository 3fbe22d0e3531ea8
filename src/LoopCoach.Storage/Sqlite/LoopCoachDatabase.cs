using LoopCoach.Core.Errors;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Sqlite;

/// <summary>
/// An open LoopCoach database file, at the latest schema. Created on first use; an older schema is upgraded
/// in one transaction after a backup copy of the file is taken, so no upgrade can lose a story.
/// </summary>
public sealed class LoopCoachDatabase : IDisposable
{
    // One writer at a time per database file within this process. SQLite lets one connection write at once; the
    // others wait in its busy handler, which sleeps with growing back-off (up to 100 ms a try), so many requests of
    // one web process answering at once waited far longer than the writes took. Queued here they take turns at
    // once; another process writing the same file is still waited for by the busy timeout.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lock> Writers = new(StringComparer.Ordinal);

    private readonly Lock _writer;

    private LoopCoachDatabase(SqliteConnection connection, string path, string? backupPath)
    {
        _writer = Writers.GetOrAdd(path, _ => new Lock());
        Connection = connection;
        Path = path;
        BackupPath = backupPath;
    }

    /// <summary>How long a write waits for another process's write before the bank is reported locked.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The copy taken before this open upgraded the schema; null when no upgrade happened.</summary>
    public string? BackupPath { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static LoopCoachDatabase Open(string path) => Open(path, SchemaMigrator.Latest, pooled: false);

    /// <summary>
    /// Opens the database at <paramref name="path"/> as <see cref="Open(string)"/> does, on a connection from
    /// Microsoft.Data.Sqlite's pool: disposing gives it back rather than closing the file, so a server that opens
    /// the bank once per request pays for opening the file and reading its schema once per connection, not per
    /// request. The schema check is one pragma read on an up-to-date bank.
    /// </summary>
    public static LoopCoachDatabase OpenPooled(string path) => Open(path, SchemaMigrator.Latest, pooled: true);

    /// <summary>Opens at schema <paramref name="schema"/>: tests use it to build a bank of an older release.</summary>
    internal static LoopCoachDatabase Open(string path, int schema) => Open(path, schema, pooled: false);

    private static LoopCoachDatabase Open(string path, int schema, bool pooled)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        SqliteConnection? connection = null;
        try
        {
            if (Directory.Exists(fullPath))
            {
                throw new LoopCoachException(ErrorKind.Storage, "storage.unreadable", fullPath, "is a directory");
            }

            var folder = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = fullPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = pooled,
                DefaultTimeout = BusyTimeoutMilliseconds / 1000,
            }.ToString());
            connection.Open();
            // A writer waits up to five seconds for another process's write to finish before reporting the bank locked.
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;");
            var backup = SchemaMigrator.Migrate(connection, fullPath, schema);
            return new LoopCoachDatabase(connection, fullPath, backup);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw Translate(e, fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new LoopCoachException(ErrorKind.Storage, "storage.unreadable", [fullPath, e.Message], [], e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open file.</summary>
    public int SchemaVersion => SchemaMigrator.UserVersion(Connection);

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is saved, or none of it.</summary>
    internal T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        try
        {
            using var writing = _writer.EnterScope();
            using var transaction = Connection.BeginTransaction();
            var result = work(transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            throw Translate(e, Path);
        }
    }

    /// <summary>A command on this database, inside <paramref name="transaction"/> when there is one.</summary>
    internal SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Runs a read, turning database failures into user-facing errors.</summary>
    internal T Read<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw Translate(e, Path);
        }
    }

    internal static LoopCoachException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
