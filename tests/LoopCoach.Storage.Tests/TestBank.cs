using LoopCoach.Core.Content;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests;

/// <summary>A clock the test moves by hand; the only fake here (the database is a real SQLite file).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// A story bank in a real database removed after the test: a SQLite file in a temporary folder, or a schema of its
/// own on the test PostgreSQL server (each path a test names is then a schema of its own).
/// </summary>
internal sealed class TestBank : IDisposable
{
    private readonly List<LoopCoachDatabase> _opened = [];
    private readonly Dictionary<string, TestSchema> _schemas = new(StringComparer.Ordinal);

    public TestBank(DatabaseKind kind = DatabaseKind.Sqlite)
    {
        Kind = kind;
        if (kind == DatabaseKind.Postgres)
        {
            _ = TestPostgres.RequireServer();
        }

        Folder = Directory.CreateTempSubdirectory("loopcoach-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "bank.db");
    }

    public DatabaseKind Kind { get; }

    public string Folder { get; }

    public string Path { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public StoryStore Open(string? path = null)
    {
        var database = LoopCoachDatabase.Open(Target(path));
        lock (_opened)
        {
            _opened.Add(database);
        }

        return new StoryStore(database, ContentCatalog.BuiltIn.Frameworks, Clock);
    }

    /// <summary>The database a path names: the file, or on PostgreSQL the schema kept for that path.</summary>
    public DatabaseTarget Target(string? path = null)
    {
        path ??= Path;
        if (Kind == DatabaseKind.Sqlite)
        {
            return DatabaseTarget.Sqlite(path);
        }

        lock (_schemas)
        {
            if (!_schemas.TryGetValue(path, out var schema))
            {
                _schemas[path] = schema = TestPostgres.NewSchema();
            }

            return schema.Target;
        }
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        foreach (var schema in _schemas.Values)
        {
            schema.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
