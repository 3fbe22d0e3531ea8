using System.Text.Json;
using LoopCoach.Core.Stories;
using LoopCoach.Core.Frameworks;
using LoopCoach.Storage.Backup;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Application.Backup;

/// <summary>
/// A server's operator moving the whole database out and in (<c>loopcoach admin backup</c> and <c>restore</c>): one
/// JSON file of every account and its data, which restores into SQLite or PostgreSQL alike. The database opens only
/// once a file has been read and checked, so a bad file leaves even a database that does not exist yet untouched.
/// </summary>
public sealed class BackupService(Func<LoopCoachDatabase> database, FrameworkCatalog frameworks, TimeProvider clock)
{
    /// <summary>Writes the whole database, as of one moment, to <paramref name="output"/>; what it held.</summary>
    public BackupCounts WriteTo(Stream output)
    {
        var backup = new ServerBackupStore(database(), frameworks, clock).Take();
        JsonSerializer.Serialize(output, backup, BackupJson.Options.GetTypeInfo(typeof(ServerBackup)));
        return BackupCounts.Of(backup);
    }

    /// <summary>Reads and checks a backup file: any problem is an error naming where it is, and nothing is opened.</summary>
    public ServerBackup Read(ReadOnlySpan<byte> file, string source)
    {
        var backup = BackupCheck.Parse(file, source);
        Core.Errors.LoopCoachException.ThrowIfAny(BackupCheck.Check(backup, frameworks, YearMonth.Of(clock.GetUtcNow())), "backup.invalid");
        return backup;
    }

    /// <summary>Restores a file read by <see cref="Read"/> in one transaction (see <see cref="ServerBackupStore.Restore"/>).</summary>
    public RestoreReport Restore(ServerBackup backup, bool replace) => new ServerBackupStore(database(), frameworks, clock).Restore(backup, replace);
}

/// <summary>What <c>admin backup --json</c> prints.</summary>
/// <param name="File">The backup's full path.</param>
/// <param name="Database">The database backed up: a file path, or <c>postgresql://host:port/database</c>.</param>
/// <param name="Bytes">The file's size.</param>
public sealed record BackupWrittenJson(string File, string Database, long Bytes, BackupCounts Counts);

/// <summary>What <c>admin restore --json</c> prints.</summary>
/// <param name="Replaced">True when the database held data and <c>--replace</c> removed it first.</param>
/// <param name="KeysSkipped">Data-protection keys of the file not restored (a SQLite target keeps keys in a folder).</param>
public sealed record RestoredJson(string File, string Database, bool Replaced, int KeysSkipped, BackupCounts Counts);
