using System.Text;
using System.Text.Json;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests;

/// <summary>The tests of <see cref="ExportImportTests"/> on a SQLite file.</summary>
public sealed class ExportImportOnSqliteTests() : ExportImportTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ExportImportOnPostgresTests() : ExportImportTests(DatabaseKind.Postgres);

public abstract class ExportImportTests(DatabaseKind kind) : IDisposable
{
    private readonly TestBank _bank = new(kind);

    public void Dispose()
    {
        _bank.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void ExportThenImportIntoAnEmptyBank_ReproducesTheBankExactly()
    {
        var source = _bank.Open();
        var first = source.Add(new StoryContent { Title = "고객 클레임 해결", Result = "재계약 성사", Competencies = ["customer-obsession"], Metrics = [new Metric(1.5m, "억원", "재계약 규모")] });
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        source.Edit(first.Id, c => c with { Lesson = "먼저 듣는 것이 중요했습니다." });
        var second = source.Add(new StoryContent { Title = "Cut cloud costs", Action = "I moved batch jobs to spot instances.", When = new YearMonth(2024, 2) });
        source.Delete(second.Id);
        var exported = source.Export();

        var target = _bank.Open(Path.Combine(_bank.Folder, "copy.db"));
        var report = target.Import(Roundtrip(exported));

        Assert.Equal([first.Id, second.Id], report.Added);
        Assert.Equal(Json(exported with { ExportedAt = default }), Json(target.Export() with { ExportedAt = default }));
    }

    [SkippableFact]
    public void Import_StoryAlreadyInTheBankWithOtherText_BecomesANewVersion()
    {
        var store = _bank.Open();
        var story = store.Add(new StoryContent { Title = "Pricing test" });
        var exported = store.Export();
        store.Edit(story.Id, c => c with { Result = "Revenue per user rose 8%." });

        var report = store.Import(exported);

        Assert.Equal([story.Id], report.Updated);
        var history = store.History(story.Id);
        Assert.Equal([StoryChange.Created, StoryChange.Edited, StoryChange.Imported], history.Select(v => v.Change));
        Assert.Equal("Revenue per user rose 8%.", history[1].Content.Result);
        Assert.Equal("", store.Get(story.Id).Content.Result);
    }

    [SkippableFact]
    public void Import_TheSameFileTwice_ChangesNothingTheSecondTime()
    {
        var store = _bank.Open();
        store.Add(new StoryContent { Title = "A" });
        var exported = store.Export();

        var report = store.Import(exported);

        Assert.Empty(report.Added);
        Assert.Empty(report.Updated);
        Assert.Single(report.Unchanged);
    }

    [SkippableFact]
    public void Import_FileWithOneInvalidStory_WritesNoneOfThem()
    {
        var document = new StoryBankDocument
        {
            Stories =
            [
                new StoryDocument { Uid = Guid.NewGuid(), Title = "Valid" },
                new StoryDocument { Uid = Guid.NewGuid(), Title = "", Competencies = ["made-up"] },
            ],
        };
        var store = _bank.Open();

        var error = Assert.Throws<LoopCoachException>(() => store.Import(document));

        Assert.Equal(["stories[1].title", "stories[1].competencies"], error.Problems.Select(p => p.Field));
        Assert.Empty(store.List(new StoryFilter { IncludeDeleted = true }));
    }

    [SkippableFact]
    public void Parse_MalformedJson_NamesTheLineColumnAndPath()
    {
        var json = "{\n  \"format\": \"loopcoach.stories\",\n  \"stories\": [ { \"title\": 12 } ]\n}";

        var error = Assert.Throws<LoopCoachException>(() => StoryImport.Parse(Encoding.UTF8.GetBytes(json), "bank.json"));

        Assert.Equal("import.malformed", error.MessageKey);
        Assert.Equal(3L, error.Args[1]);
        Assert.Equal("$.stories[0].title", Assert.Single(error.Problems).Field);
    }

    [SkippableFact]
    public void Parse_InvalidUtf8_IsRefused()
    {
        var error = Assert.Throws<LoopCoachException>(() => StoryImport.Parse([0x7B, 0xC3, 0x28, 0x7D], "bank.json"));

        Assert.Equal("input.not-utf8", error.MessageKey);
    }

    [SkippableFact]
    public void Check_ADifferentKindOfJsonFile_SaysItIsNotAStoryExport()
    {
        var document = StoryImport.Parse("{\"format\": \"something-else\"}"u8, "x.json");

        var problems = StoryImport.Check(document, Core.Content.ContentCatalog.BuiltIn.Frameworks, new YearMonth(2026, 11));

        Assert.Equal("import.wrong-format", Assert.Single(problems).MessageKey);
    }

    private static StoryBankDocument Roundtrip(StoryBankDocument document) =>
        StoryImport.Parse(Encoding.UTF8.GetBytes(Json(document)), "roundtrip.json");

    private static string Json(StoryBankDocument document) =>
        JsonSerializer.Serialize(document, StoryJson.Options.GetTypeInfo(typeof(StoryBankDocument)));
}
