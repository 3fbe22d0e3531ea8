using LoopCoach.Core.Content;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Bank;
using LoopCoach.Storage.Postings;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests;

/// <summary>The tests of <see cref="SnapshotExportTests"/> on a SQLite file.</summary>
public sealed class SnapshotExportOnSqliteTests() : SnapshotExportTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SnapshotExportOnPostgresTests() : SnapshotExportTests(DatabaseKind.Postgres);

/// <summary>
/// A whole-bank export (<c>loopcoach export</c>, <c>GET /api/export</c>) reads one moment of the database: another
/// connection writes between the export's read of the stories and its read of the rest, with no timing involved,
/// and the file holds none of what it wrote rather than the half read after it.
/// </summary>
public abstract class SnapshotExportTests(DatabaseKind kind) : IDisposable
{
    private readonly TestBank _bank = new(kind);

    public void Dispose()
    {
        _bank.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Export_WhileAnotherConnectionSavesAStoryAndAPosting_HoldsNeitherOfThem_AndTheNextExportBoth()
    {
        var stories = _bank.Open();
        stories.Add(new StoryContent { Title = "고객 클레임 해결" });
        using var exporting = LoopCoachDatabase.Open(_bank.Target());
        using var writing = LoopCoachDatabase.Open(_bank.Target());
        var wrote = false;
        var export = new BankStore(exporting, ContentCatalog.BuiltIn.Frameworks, _bank.Clock, Owner.Local)
        {
            // After the stories were read, before the postings are: the moment a half-consistent file would come from.
            BetweenReads = () =>
            {
                new StoryStore(writing, ContentCatalog.BuiltIn.Frameworks, _bank.Clock).Add(new StoryContent { Title = "Saved during the export" });
                new PostingStore(writing, _bank.Clock).Add("Backend engineer", "Hanbit", "Backend engineer at Hanbit. We value ownership.");
                wrote = true;
            },
        };

        var during = export.Export();
        var after = new BankStore(exporting, ContentCatalog.BuiltIn.Frameworks, _bank.Clock, Owner.Local).Export();

        Assert.True(wrote);
        Assert.Equal(["고객 클레임 해결"], during.Stories.Select(s => s.Title));
        Assert.Empty(during.Postings);
        Assert.Equal(["고객 클레임 해결", "Saved during the export"], after.Stories.Select(s => s.Title));
        Assert.Equal(["Backend engineer"], after.Postings.Select(p => p.Title));
    }
}
