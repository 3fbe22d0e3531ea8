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

/// <summary>A story bank in a real SQLite file in a temporary folder, removed after the test.</summary>
internal sealed class TestBank : IDisposable
{
    private readonly List<LoopCoachDatabase> _opened = [];

    public TestBank()
    {
        Folder = Directory.CreateTempSubdirectory("loopcoach-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "bank.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public StoryStore Open(string? path = null)
    {
        var database = LoopCoachDatabase.Open(path ?? Path);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return new StoryStore(database, ContentCatalog.BuiltIn.Frameworks, Clock);
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
