using LoopCoach.Core.Errors;
using LoopCoach.Storage;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Application.Tests;

/// <summary>
/// The bank in Fixtures/bank-v4.sqlite was written by release 0.1 through its own command line: three stories (one
/// edited, one deleted), a Korean posting, a retrospective with two questions, and two paused mock loops of three
/// answers each (one in English, one in Korean).
/// </summary>
public sealed class UpgradeFromSchema4Tests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bank-v4.sqlite");

    private readonly TestWorkspace _workspace = new(copyOf: Fixture);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Open_Schema4Bank_UpgradesToTheLatestSchema_AfterABackup()
    {
        using (var database = LoopCoachDatabase.Open(_workspace.Path))
        {
            Assert.Equal(LatestSchema, database.SchemaVersion);
            Assert.Equal(_workspace.Path + ".v4.bak", database.BackupPath);
        }

        Assert.Equal(4L, Scalar(_workspace.Path + ".v4.bak", "PRAGMA user_version"));
        Assert.Equal(LatestSchema, Scalar(_workspace.Path, "SELECT count(*) FROM SchemaVersions"));
        using var again = LoopCoachDatabase.Open(_workspace.Path);
        Assert.Null(again.BackupPath);
    }

    [Fact]
    public void Open_Schema4Bank_KeepsEveryStoryVersionPostingAndRetrospective_ForTheLocalUser()
    {
        var app = _workspace.App();

        var stories = app.Stories.List(new() { IncludeDeleted = true });
        Assert.Equal(["Onboarding checklist", "신규 고객 온보딩 개선", "Old draft"], stories.Select(s => s.Content.Title));
        Assert.True(stories[2].IsDeleted);
        Assert.Equal(2, app.Stories.History(stories[0].Id).Count);
        Assert.Equal("A small checklist makes a big difference.", stories[0].Content.Lesson);
        Assert.Equal("이탈률 감소", stories[1].Content.Metrics[0].Measures);

        var posting = Assert.Single(app.Postings.List());
        Assert.Contains("실행력", app.Postings.Get(posting.Id).Analysis.Strengths.Select(s => s.Name));

        var retro = Assert.Single(app.Retros.List());
        Assert.Equal("Acme", retro.Retro.Company);
        Assert.Equal(
            ["How did you prioritise under a deadline?", "Tell me about a time you disagreed with your manager."],
            app.Retros.SeenQuestions().Select(q => q.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Open_Schema4Bank_KeepsTheSessions_AndKeepsThemWholeFromTheFirstRead()
    {
        var app = _workspace.App();

        var sessions = app.Loops.List();
        Assert.Equal([2L, 1L], sessions.Select(s => s.Id));
        Assert.All(sessions, s => Assert.Equal(SessionStatus.Paused, s.Status));
        Assert.All(sessions, s => Assert.False(s.IsKept));

        var english = app.Loops.Get(1);
        Assert.Equal(3, english.Turns.Count);
        Assert.Equal("The report was corrected within two days and they renewed.", english.Turns[1].Answer.Split(". ")[^1]);
        Assert.Equal(
            Column("SELECT question FROM session_turns WHERE session_id = 1 ORDER BY seq"),
            english.Turns.Select(t => t.Prompt.Text));
        Assert.True(app.Loops.List().Single(s => s.Id == 1).IsKept);

        // Carries on from the third answer.
        var next = _workspace.App().Loops.Answer(1, "I would ask the client first.");
        Assert.Equal(4, next.Session.Turns.Count);
    }

    [Fact]
    public void Stories_OfTheUpgradedBank_AreNotFoundByAnotherOwner()
    {
        var stranger = _workspace.App(owner: new Owner("stranger"));

        Assert.Empty(stranger.Stories.List(new() { IncludeDeleted = true }));
        Assert.Equal("story.not-found", Assert.Throws<LoopCoachException>(() => stranger.Stories.Get(1)).MessageKey);
        Assert.Empty(stranger.Retros.SeenQuestions());
        Assert.Empty(stranger.Postings.List());
    }

    private IReadOnlyList<string> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.Path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The schema a bank has once every migration script shipped with the storage library has run.</summary>
    private static int LatestSchema => typeof(LoopCoachDatabase).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("sqlite/", StringComparison.Ordinal));

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
