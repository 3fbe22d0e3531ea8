using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using DbUp;
using DbUp.Engine;
using LoopCoach.Core.Errors;
using Npgsql;

namespace LoopCoach.Storage.Postgres;

/// <summary>
/// PostgreSQL: a server that takes concurrent writers from many web nodes. Only this folder names Npgsql's types, and
/// only when a connection string is configured does anything here run, so the SQLite path never loads Npgsql.
/// </summary>
internal sealed class PostgresDialect : Dialect
{
    private const string ResourcePrefix = "postgres/";

    // Any number unique to LoopCoach: the session-level advisory lock one node holds while it migrates the schema.
    private const long MigrationLockKey = 0x4C6F6F70436F6163;

    // A node checks the schema once per connection string, not once per request.
    private static readonly ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    public static PostgresDialect Instance { get; } = new();

    /// <summary>The migration scripts, in the order they run: the same names, one for one, as SQLite's.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
        [.. typeof(PostgresDialect).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public override bool QueuesWrites => false;

    public override string ForUpdate => " FOR UPDATE";

    /// <summary>Opens a pooled connection (Npgsql pools by connection string) at the latest schema.</summary>
    public static DbConnection Open(DatabaseTarget target)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = new NpgsqlConnection(target.Value);
            connection.Open();
            if (!Migrated.ContainsKey(target.Value))
            {
                Migrate(connection, target);
                Migrated[target.Value] = true;
            }

            return connection;
        }
        catch (ArgumentException e)
        {
            // A connection string Npgsql cannot read.
            connection?.Dispose();
            throw new LoopCoachException(ErrorKind.Storage, "storage.unreadable", [target.Display, e.Message], [], e);
        }
        catch (Exception e) when (Instance.Translate(e, target.Display) is { } translated)
        {
            connection?.Dispose();
            throw translated;
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    // Repeatable read: every statement sees the snapshot the first one took. Read only, so it never waits for a writer
    // nor makes one fail.
    public override DbTransaction BeginSnapshot(DbConnection connection)
    {
        var transaction = ((NpgsqlConnection)connection).BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SET TRANSACTION READ ONLY";
        command.ExecuteNonQuery();
        return transaction;
    }

    public override int SchemaVersion(DbConnection connection) => Version((NpgsqlConnection)connection);

    public override LoopCoachException? Translate(Exception e, string where) => e switch
    {
        PostgresException { SqlState: "53100" } => new LoopCoachException(ErrorKind.Storage, "storage.full", [where], [], e),
        // serialization failure, deadlock, lock not available, statement timeout
        PostgresException { SqlState: "40001" or "40P01" or "55P03" or "57014" } => new LoopCoachException(ErrorKind.Storage, "storage.locked", [where], [], e),
        // no such database, bad password, no right to it
        PostgresException { SqlState: "3D000" or "28P01" or "28000" or "42501" } p => new LoopCoachException(ErrorKind.Storage, "storage.unreadable", [where, p.MessageText], [], e),
        PostgresException p => new LoopCoachException(ErrorKind.Storage, "storage.failed", [where, p.MessageText], [], e),
        // The server could not be reached, or the connection broke.
        NpgsqlException n => new LoopCoachException(ErrorKind.Storage, "storage.unreadable", [where, n.Message], [], e),
        DbException d => new LoopCoachException(ErrorKind.Storage, "storage.failed", [where, d.Message], [], e),
        _ => null,
    };

    public override void AfterExplicitId(DbConnection connection, DbTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))";
        command.ExecuteNonQuery();
    }

    private static void Migrate(NpgsqlConnection connection, DatabaseTarget target)
    {
        var latest = Scripts.Count;
        var current = Version(connection);
        if (current > latest)
        {
            throw new LoopCoachException(ErrorKind.Storage, "storage.newer-version", target.Display, current, latest);
        }

        if (current >= latest)
        {
            return;
        }

        // Several nodes may start at once: one migrates, the others wait for it and then find nothing to do.
        Execute(connection, $"SELECT pg_advisory_lock({MigrationLockKey.ToString(CultureInfo.InvariantCulture)})");
        try
        {
            if (Version(connection) >= latest)
            {
                return;
            }

            var schema = Scalar(connection, "SELECT current_schema()") as string ?? "public";
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(target.Value)
                .JournalToPostgresqlTable(schema, "schemaversions")
                .WithScripts(Scripts.Select(Load))
                .WithVariablesDisabled()
                .WithTransaction()
                .LogToNowhere()
                .Build();
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw (result.Error is { } error ? Instance.Translate(error, target.Display) : null)
                    ?? new LoopCoachException(ErrorKind.Storage, "storage.failed", [target.Display, result.Error?.Message ?? ""], [], result.Error);
            }
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({MigrationLockKey.ToString(CultureInfo.InvariantCulture)})");
        }
    }

    /// <summary>The number of scripts DbUp recorded in this schema's journal (0 for an empty database).</summary>
    private static int Version(NpgsqlConnection connection)
    {
        if (Scalar(connection, "SELECT to_regclass('schemaversions') IS NOT NULL") is not true)
        {
            return 0;
        }

        return Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM schemaversions"), CultureInfo.InvariantCulture);
    }

    private static SqlScript Load(string name)
    {
        using var stream = typeof(PostgresDialect).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new SqlScript(name[ResourcePrefix.Length..], reader.ReadToEnd());
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
