using LoopCoach.Core.Content;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Application.Tests;

/// <summary>A clock the test sets by hand; the only fake here (the database is a real SQLite file).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A real bank and the application over it, removed after the test: a SQLite file in a temporary folder, or a
/// schema of its own on the test PostgreSQL server.
/// </summary>
internal sealed class TestWorkspace : IDisposable
{
    private readonly List<LoopCoachDatabase> _opened = [];
    private readonly TestSchema? _schema;

    public TestWorkspace(string? copyOf = null, DatabaseKind kind = DatabaseKind.Sqlite)
    {
        if (kind == DatabaseKind.Postgres)
        {
            _schema = TestPostgres.NewSchema();
        }

        Folder = Directory.CreateTempSubdirectory("loopcoach-app-").FullName;
        Path = System.IO.Path.Combine(Folder, "bank.db");
        if (copyOf is not null)
        {
            File.Copy(copyOf, Path);
        }
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The database the applications open.</summary>
    public DatabaseTarget Target => _schema?.Target ?? DatabaseTarget.Sqlite(Path);

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The application as one front end would build it, on a database connection of its own.</summary>
    public LoopCoachApp App(ContentCatalog? content = null, Owner? owner = null)
    {
        var database = LoopCoachDatabase.Open(Target);
        _opened.Add(database);
        return new LoopCoachApp(content ?? ContentCatalog.BuiltIn, () => database, Clock, owner ?? Owner.Local);
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        _schema?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
