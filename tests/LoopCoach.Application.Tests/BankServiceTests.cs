using System.Text;
using System.Text.Json.Nodes;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;
using LoopCoach.Storage;

namespace LoopCoach.Application.Tests;

/// <summary>The tests of <see cref="BankServiceTests"/> on a SQLite file.</summary>
public sealed class BankServiceOnSqliteTests() : BankServiceTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class BankServiceOnPostgresTests() : BankServiceTests(DatabaseKind.Postgres);

/// <summary>The whole bank out and into another owner on the same database: nothing lost, nothing of the first owner's touched.</summary>
public abstract class BankServiceTests(DatabaseKind kind) : IDisposable
{
    private static readonly Owner First = new("first");
    private static readonly Owner Second = new("second");
    private readonly TestWorkspace _workspace = new(kind: kind);

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Export_ImportedByAnotherOwner_ExportsTheSame_AndTheSecondImportAddsNothing()
    {
        var app = _workspace.App(owner: First);
        var story = app.Stories.Add(new StoryContent { Title = "고객 이탈 방지", Action = "제가 주간 리포트를 다시 설계했습니다." });
        app.Stories.Edit(story.Id, s => s with { Result = "재계약, 매출 20% 증가" });
        app.Postings.Analyze("Backend engineer at Hanbit. We value ownership, customer obsession and bias for action.");
        var loop = app.Loops.Start(app.Loops.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.En, 3));
        app.Loops.Answer(loop.Id, "I lead support for our clinic software.");
        var outcome = app.Loops.Answer(loop.Id, "Our refund emails confused customers, so I rewrote the templates. Tickets fell from 120 a week to 45.");
        app.Loops.Retry(loop.Id, outcome.Turn.Seq, "I rewrote the three refund templates myself and tested them with ten customers; tickets fell by 60%.");
        app.Loops.Pause(loop.Id);
        app.Retros.Import("1차 면접 (실무자)\n- 가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?\n", "한빛", "", new DateOnly(2026, 11, 20));
        app.Retros.Import("2차 면접\n- 가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?\n", "한빛", "", new DateOnly(2026, 11, 27));
        var exported = app.Bank.ExportUtf8();

        var report = _workspace.App(owner: Second).Bank.Import(exported, "bank.json", dryRun: false);
        var again = _workspace.App(owner: Second).Bank.Import(exported, "bank.json", dryRun: false);

        Assert.Equal((1, 1, 1, 2, 1), (report.Stories.Added, report.Postings.Added, report.Sessions.Added, report.Retros.Added, report.SeenQuestions.Added));
        Assert.Equal(Normalized(exported), Normalized(_workspace.App(owner: Second).Bank.ExportUtf8()));
        Assert.Equal(0, again.Stories.Added + again.Stories.Updated + again.Postings.Added + again.Sessions.Added + again.Retros.Added + again.SeenQuestions.Added + again.SeenQuestions.Updated);
        // The copy is the second owner's: the first owner's bank is as it was, and the loop reads with its retry.
        Assert.Equal(Normalized(exported), Normalized(_workspace.App(owner: First).Bank.ExportUtf8()));
        var copy = _workspace.App(owner: Second).Loops.List().Single();
        var view = _workspace.App(owner: Second).Loops.Get(copy.Id);
        Assert.Single(_workspace.App(owner: Second).Loops.Attempts(view));
        Assert.Equal(2, _workspace.App(owner: Second).Retros.SeenQuestions().Single().Times);
    }

    [SkippableFact]
    public void ADryRun_AndAnInvalidFile_ChangeNothing()
    {
        var app = _workspace.App(owner: First);
        app.Stories.Add(new StoryContent { Title = "Onboarding" });
        app.Postings.Analyze("Backend engineer at Hanbit. We value ownership.");
        var exported = app.Bank.ExportUtf8();
        var bad = JsonNode.Parse(exported)!;
        bad["postings"]![0]!["uid"] = Guid.Empty.ToString();

        var dry = _workspace.App(owner: Second).Bank.Import(exported, "bank.json", dryRun: true);
        var error = Assert.Throws<LoopCoachException>(() => _workspace.App(owner: Second).Bank.Import(Encoding.UTF8.GetBytes(bad.ToJsonString()), "bad.json", dryRun: false));

        Assert.True(dry.DryRun);
        Assert.Equal((1, 1), (dry.Stories.Added, dry.Postings.Added));
        Assert.Equal("import.invalid", error.MessageKey);
        Assert.Equal("postings[0].uid", Assert.Single(error.Problems).Field);
        var after = JsonNode.Parse(_workspace.App(owner: Second).Bank.ExportUtf8())!;
        Assert.Empty(after["stories"]!.AsArray());
        Assert.Empty(after["postings"]!.AsArray());
    }

    /// <summary>The export without its time, the stories' row numbers and the uids (the second owner's copies get their own).</summary>
    private static string Normalized(byte[] export)
    {
        var node = JsonNode.Parse(export)!.AsObject();
        node.Remove("exportedAt");
        foreach (var story in node["stories"]!.AsArray())
        {
            story!.AsObject().Remove("id");
            story.AsObject().Remove("uid");
        }

        foreach (var part in new[] { "postings", "sessions", "retros" })
        {
            foreach (var item in node[part]!.AsArray())
            {
                item!.AsObject().Remove("uid");
            }
        }

        foreach (var question in node["seenQuestions"]!.AsArray())
        {
            question!.AsObject().Remove("lastRetro");
        }

        return node.ToJsonString();
    }
}
