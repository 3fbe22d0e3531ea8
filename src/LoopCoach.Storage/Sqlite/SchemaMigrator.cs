using System.Globalization;
using DbUp;
using DbUp.Engine;
using LoopCoach.Core.Errors;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Sqlite;

/// <summary>
/// Brings a SQLite bank to the latest schema with DbUp: the SQL scripts embedded under <c>sqlite/</c> run once
/// each, in name order, in one transaction, and DbUp records them in its <c>SchemaVersions</c> table.
/// <c>PRAGMA user_version</c> mirrors the number of scripts applied, which lets an up-to-date bank open with a
/// single pragma read, and lets a bank written before DbUp (schema 1 to 4, tracked by that pragma alone) join
/// the journal at the script it had reached.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "sqlite/";

    /// <summary>The migration scripts, in the order they run.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
        [.. typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The schema version of a bank that has every script.</summary>
    public static int Latest => Scripts.Count;

    /// <summary>
    /// Upgrades the open <paramref name="connection"/> to schema <paramref name="target"/> (the latest unless a
    /// test asks for an older one). Returns the backup copy taken before upgrading an existing bank, if any.
    /// </summary>
    public static string? Migrate(SqliteConnection connection, string path, int target)
    {
        // Reading the version first also proves the file is a SQLite database (SQLITE_NOTADB otherwise).
        var current = UserVersion(connection);
        if (current > Latest)
        {
            throw new LoopCoachException(ErrorKind.Storage, "storage.newer-version", path, current, Latest);
        }

        if (current >= target)
        {
            return null;
        }

        // Another loopcoach may be creating or upgrading the same bank right now: one does it, the others wait.
        using var gate = MigrationLock.Take(path);
        current = UserVersion(connection);
        if (current >= target)
        {
            return null;
        }

        if (current == 0 && Count(connection, "SELECT count(*) FROM sqlite_master WHERE name <> 'SchemaVersions'") > 0)
        {
            // user_version 0 with tables in it: some other program's database. Leave it alone.
            throw new LoopCoachException(ErrorKind.Storage, "storage.not-loopcoach", path);
        }

        string? backup = null;
        if (current > 0)
        {
            backup = $"{path}.v{current}.bak";
            using var copy = new SqliteConnection($"Data Source={backup};Pooling=False");
            copy.Open();
            connection.BackupDatabase(copy);
        }

        // WAL lets a reader (another loopcoach) see a consistent bank while one process writes.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        var upgrader = DeployChanges.To
            .SqliteDatabase(connection.ConnectionString)
            .WithScripts(Scripts.Take(target).Select(Load))
            .WithVariablesDisabled()
            .WithTransaction()
            .LogToNowhere()
            .Build();
        if (current > 0 && Count(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'SchemaVersions'") == 0)
        {
            // A bank from before DbUp: the scripts up to its version are already in it.
            Check(upgrader.MarkAsExecuted(ScriptName(Scripts[current - 1])), path);
        }

        Check(upgrader.PerformUpgrade(), path);
        Execute(connection, $"PRAGMA user_version = {target.ToString(CultureInfo.InvariantCulture)}");
        return backup;
    }

    /// <summary>The schema version recorded in the file.</summary>
    public static int UserVersion(SqliteConnection connection) => (int)Count(connection, "PRAGMA user_version");

    private static SqlScript Load(string name)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new SqlScript(ScriptName(name), reader.ReadToEnd());
    }

    /// <summary>The name DbUp records for a script: its file name.</summary>
    private static string ScriptName(string resource) => resource[ResourcePrefix.Length..];

    private static void Check(DatabaseUpgradeResult result, string path)
    {
        if (result.Successful)
        {
            return;
        }

        throw result.Error is SqliteException sqlite
            ? SqliteDialect.Translate(sqlite, path)
            : new LoopCoachException(ErrorKind.Storage, "storage.failed", [path, result.Error?.Message ?? ""], [], result.Error);
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// An exclusive lock on <c>BANK.migrate.lock</c> beside the bank, held while the schema is created or
/// upgraded, so that several processes starting at once do not race to create the same tables.
/// </summary>
internal sealed class MigrationLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FileStream _file;

    private MigrationLock(FileStream file) => _file = file;

    public static MigrationLock Take(string path)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            try
            {
                return new MigrationLock(new FileStream(path + ".migrate.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow - started < Patience)
            {
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new LoopCoachException(ErrorKind.Storage, "storage.locked", [path], [], e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
