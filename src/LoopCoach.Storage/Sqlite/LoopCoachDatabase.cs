using System.Data.Common;
using System.Runtime.CompilerServices;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Postgres;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Sqlite;

/// <summary>
/// An open LoopCoach database at the latest schema: a SQLite file (created on first use; an older schema is upgraded
/// in one transaction after a backup copy of the file is taken, so no upgrade can lose a story), or a PostgreSQL
/// database named by a connection string (migrated once per process by the first node to reach it).
/// </summary>
public sealed class LoopCoachDatabase : IDisposable
{
    // SQLite only: one writer at a time per database file within this process. SQLite lets one connection write at
    // once; the others wait in its busy handler, which sleeps with growing back-off (up to 100 ms a try), so many
    // requests of one web process answering at once waited far longer than the writes took. Queued here they take
    // turns at once; another process writing the same file is still waited for by the busy timeout.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lock> Writers = new(StringComparer.Ordinal);

    private readonly Lock? _writer;

    private LoopCoachDatabase(DbConnection connection, Dialect dialect, DatabaseTarget target, string? backupPath)
    {
        _writer = dialect.QueuesWrites ? Writers.GetOrAdd(target.Value, _ => new Lock()) : null;
        Connection = connection;
        Dialect = dialect;
        Target = target;
        BackupPath = backupPath;
    }

    /// <summary>How long a write waits for another process's write before the bank is reported locked.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>Which database this is.</summary>
    public DatabaseTarget Target { get; }

    /// <summary>The database file, or for PostgreSQL its name without credentials (<c>postgresql://host/db</c>).</summary>
    public string Path => Target.Display;

    /// <summary>The copy taken before this open upgraded the schema; null when no upgrade happened.</summary>
    public string? BackupPath { get; }

    internal DbConnection Connection { get; }

    internal Dialect Dialect { get; }

    /// <summary>Opens (creating if needed) the SQLite database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static LoopCoachDatabase Open(string path) => Open(DatabaseTarget.Sqlite(path), pooled: false);

    /// <summary>
    /// Opens the SQLite database at <paramref name="path"/> as <see cref="Open(string)"/> does, on a connection from
    /// Microsoft.Data.Sqlite's pool: disposing gives it back rather than closing the file, so a server that opens
    /// the bank once per request pays for opening the file and reading its schema once per connection, not per
    /// request. The schema check is one pragma read on an up-to-date bank.
    /// </summary>
    public static LoopCoachDatabase OpenPooled(string path) => Open(DatabaseTarget.Sqlite(path), pooled: true);

    /// <summary>Opens <paramref name="target"/> at the latest schema.</summary>
    public static LoopCoachDatabase Open(DatabaseTarget target) => Open(target, pooled: false);

    /// <summary>Opens <paramref name="target"/> on a pooled connection (PostgreSQL's connections are always pooled).</summary>
    public static LoopCoachDatabase OpenPooled(DatabaseTarget target) => Open(target, pooled: true);

    /// <summary>Opens at schema <paramref name="schema"/>: tests use it to build a bank of an older release.</summary>
    internal static LoopCoachDatabase Open(string path, int schema) => OpenSqlite(DatabaseTarget.Sqlite(path), schema, pooled: false);

    private static LoopCoachDatabase Open(DatabaseTarget target, bool pooled) => target.Kind == DatabaseKind.Postgres
        ? OpenPostgres(target)
        : OpenSqlite(target, SchemaMigrator.Latest, pooled);

    // Kept apart and never inlined: Npgsql and DbUp's PostgreSQL support load only when this runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LoopCoachDatabase OpenPostgres(DatabaseTarget target) =>
        new(PostgresDialect.Open(target), PostgresDialect.Instance, target, backupPath: null);

    private static LoopCoachDatabase OpenSqlite(DatabaseTarget target, int schema, bool pooled)
    {
        var fullPath = target.Value;
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
            return new LoopCoachDatabase(connection, SqliteDialect.Instance, target, backup);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw SqliteDialect.Translate(e, fullPath);
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

    /// <summary>The schema version of the open database: the number of migration scripts applied.</summary>
    public int SchemaVersion => Dialect.SchemaVersion(Connection);

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is saved, or none of it.</summary>
    internal T InTransaction<T>(Func<DbTransaction, T> work) => InTransaction(work, commit: true);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that is committed only when <paramref name="commit"/> is
    /// true: a dry run does all the work, reports it, and keeps none of it.
    /// </summary>
    internal T InTransaction<T>(Func<DbTransaction, T> work, bool commit)
    {
        try
        {
            if (_writer is null)
            {
                return Transact(work, commit);
            }

            using var writing = _writer.EnterScope();
            return Transact(work, commit);
        }
        catch (Exception e) when (Dialect.Translate(e, Path) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>A command on this database, inside <paramref name="transaction"/> when there is one.</summary>
    internal DbCommand Command(DbTransaction? transaction, string sql)
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
        catch (Exception e) when (Dialect.Translate(e, Path) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/>'s reads in one read-only snapshot (see <see cref="Dialect.BeginSnapshot"/>): the
    /// whole-bank export and the server backup read every table as of one moment.
    /// </summary>
    internal T Snapshot<T>(Func<DbTransaction, T> work) => Read(() =>
    {
        using var transaction = Dialect.BeginSnapshot(Connection);
        var result = work(transaction);
        transaction.Commit();
        return result;
    });

    /// <summary>Runs one statement outside any store: the web app's readiness check.</summary>
    public void Ping() => Read(() =>
    {
        using var command = Command(null, "SELECT 1");
        return command.ExecuteScalar();
    });

    private T Transact<T>(Func<DbTransaction, T> work, bool commit)
    {
        using var transaction = Connection.BeginTransaction();
        var result = work(transaction);
        if (commit)
        {
            transaction.Commit();
        }
        else
        {
            transaction.Rollback();
        }

        return result;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
