using System.Text.Json;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using Microsoft.Data.Sqlite;

using LoopCoach.Storage;

namespace LoopCoach.Application.Tests;

/// <summary>The tests of <see cref="ProgressServiceTests"/> on a SQLite file.</summary>
public sealed class ProgressServiceOnSqliteTests() : ProgressServiceTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ProgressServiceOnPostgresTests() : ProgressServiceTests(DatabaseKind.Postgres);

public abstract class ProgressServiceTests(DatabaseKind kind) : IDisposable
{
    // Hand-counted: 1 filler (um), 1 "I", 1 "we", 13 words.
    private const string Intro = "Um I work as an analyst and we build weekly reports for clients.";

    // Hand-counted: 2 fillers (um, like), no "I", 3 "we" (we, we, our), 17 words. No action of the candidate's, no result.
    private const string WeakStory = "Um last year we had a late report and like we talked about it with our client.";

    // Hand-counted: no filler, 3 "I" (I, myself, I), 1 "we" (our). Owned actions, a measured result, and the words
    // of both competencies (nobody owned, took ownership; deadline).
    private const string StrongStory =
        "Last year our largest client kept getting invoices late and nobody owned the problem. I took ownership and analyzed six months of invoice data myself. " +
        "I found that one manual approval step caused most delays and automated it before the deadline. As a result late invoices fell from 30% to 2%.";

    // Hand-counted: 1 filler (음), 1 "I" (저는), 1 "we" (저희).
    private const string IntroKo = "음 저는 분석가이고 저희는 보고서를 만듭니다.";

    private const string StrongStoryKo =
        "작년에 고객사 보고서가 자주 늦었습니다. 제가 책임지고 원인을 직접 분석했고 검수 단계를 자동화했습니다. 그 결과 마감 안에 지연이 30%에서 5%로 줄었습니다.";

    private const string Closing = "What does success look like in the first six months?";

    private readonly TestWorkspace _workspace = new(kind: kind);

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Report_OnAnEmptyBank_IsEmpty()
    {
        var report = _workspace.App().Progress.Report();

        Assert.True(report.IsEmpty);
        Assert.Empty(report.Competencies);
        Assert.True(report.SpeakingTime.Estimated);
    }

    [SkippableFact]
    public void Report_AcrossSessions_GivesEachCompetencysLevelByDate_AndEachSessionsFillersAndIWe()
    {
        var day1 = _workspace.Clock.Now;
        var weak = Practise(Language.En, WeakStory, Intro, finish: true);
        _workspace.Clock.Now = day1.AddDays(2);
        var strong = Practise(Language.En, StrongStory, Intro, finish: true);
        _workspace.Clock.Now = day1.AddDays(4);
        var korean = Practise(Language.Ko, StrongStoryKo, IntroKo, finish: false);
        _workspace.Clock.Now = day1.AddDays(5);
        var running = _workspace.App().Loops.Start(Plan(Language.En)).Id;
        _workspace.App().Loops.Answer(running, Intro);

        var report = _workspace.App().Progress.Report();
        // The running session is left out; the others come oldest first, dated by their last answer.
        Assert.Equal([weak.Id, strong.Id, korean.Id], report.Sessions.Select(s => s.Id));
        Assert.Equal([weak.LastAnswer, strong.LastAnswer, korean.LastAnswer], report.Sessions.Select(s => s.Date));
        Assert.Equal([true, true, false], report.Sessions.Select(s => s.Finished));
        Assert.Equal(day1.AddDays(4), report.Sessions[2].StartedAt);

        // Levels: weak, then strong, for both competencies, in the order first asked; the Korean loop was paused after
        // its first story (ownership), so deliver-results, never reached there, has no point for it.
        Assert.Equal(["ownership", "deliver-results"], report.Competencies.Select(c => c.Competency));
        var ownership = report.Competencies[0];
        var deliver = report.Competencies[1];
        Assert.Equal(("Ownership", "주인의식"), (ownership.Name.En, ownership.Name.Ko));
        Assert.Equal([EvidenceLevel.Weak, EvidenceLevel.Strong, EvidenceLevel.Strong], ownership.Points.Select(p => p.Level));
        Assert.Equal([weak.Id, strong.Id, korean.Id], ownership.Points.Select(p => p.Session));
        Assert.Equal([weak.LastAnswer, strong.LastAnswer, korean.LastAnswer], ownership.Points.Select(p => p.Date));
        Assert.Equal([EvidenceLevel.Weak, EvidenceLevel.Strong], deliver.Points.Select(p => p.Level));
        Assert.Equal([weak.LastAnswer, strong.LastAnswer], deliver.Points.Select(p => p.Date));
        Assert.Equal([new CompetencyLevel("ownership", EvidenceLevel.Strong)], report.Sessions[2].Levels);

        // Fillers and "I"/"we", counted by hand above, over the opening and the two main answers (follow-ups passed).
        var first = report.Sessions[0];
        Assert.Equal(1 + 2 + 2, first.Fillers);
        Assert.Equal(13 + 17 + 17, first.Words);
        Assert.Equal(10.64, first.FillersPer100Words); // 5 × 100 / 47
        Assert.Equal(new OwnershipBalance(1, 1 + 3 + 3, 0.12), first.Ownership); // 1 / 8
        var second = report.Sessions[1];
        Assert.Equal(1, second.Fillers);
        Assert.Equal(new OwnershipBalance(1 + 3 + 3, 1 + 1 + 1, 0.7), second.Ownership);
        var third = report.Sessions[2];
        Assert.Equal(1, third.Fillers); // 음
        Assert.Equal(new OwnershipBalance(2, 1, 0.67), third.Ownership); // 저는, 제가; 저희

        // Speaking time: the estimate of the interview's own clock, at the stated rates.
        Assert.Equal(weak.AnswerSeconds, first.SpeakingSeconds);
        Assert.Equal(new SpeakingRate(true, 150, 270), report.SpeakingTime);
    }

    [SkippableFact]
    public void Report_ReadsTheDebriefKeptWithTheSession()
    {
        var session = Practise(Language.En, StrongStory, Intro, finish: true);
        var debrief = _workspace.App().Loops.Get(session.Id).Debrief;

        var report = _workspace.App().Progress.Report();

        var kept = debrief.Interviewers.SelectMany(i => i.Competencies).Select(e => new CompetencyLevel(e.Competency, e.Level));
        Assert.Equal(kept, report.Sessions.Single().Levels);
    }

    [SkippableFact]
    public void Report_OnABankOfRelease01_ReplaysItsSessionsOnce_AndMeasuresThem()
    {
        using var old = new TestWorkspace(copyOf: Path.Combine(AppContext.BaseDirectory, "Fixtures", "bank-v4.sqlite"));

        var report = old.App().Progress.Report();

        // Two paused loops of three answers each, one in English and one in Korean, now kept whole.
        Assert.Equal([Language.En, Language.Ko], report.Sessions.OrderBy(s => s.Id).Select(s => s.Language));
        Assert.All(report.Sessions, s => Assert.Equal(3, s.Answers));
        Assert.All(report.Sessions, s => Assert.True(s.Words > 0));
        Assert.NotEmpty(report.Competencies);
        Assert.All(old.App().Loops.List(), s => Assert.True(s.IsKept));
        Assert.Equal(
            JsonSerializer.Serialize(report),
            JsonSerializer.Serialize(old.App().Progress.Report()));
    }

    [SkippableFact]
    public void Report_ReadsTheMeasuresKeptWithEachAnswer_NotTheTranscripts()
    {
        // Spoils or clears the stored rows through the SQLite file itself; the reading code is the same on PostgreSQL.
        Skip.If(kind != DatabaseKind.Sqlite, "edits the bank file directly (SQLite only)");
        Practise(Language.En, WeakStory, Intro, finish: true);
        Practise(Language.Ko, StrongStoryKo, IntroKo, finish: false);
        var before = JsonSerializer.Serialize(_workspace.App().Progress.Report());

        // Were a transcript or a debrief read, these would throw or change the figures.
        Execute("UPDATE session_turns SET data = 'not json', answer = ''; UPDATE sessions SET debrief = 'not json'");

        Assert.Equal(before, JsonSerializer.Serialize(_workspace.App().Progress.Report()));
    }

    [SkippableFact]
    public void Report_OnSessionsKeptBeforeSchema7_MeasuresThemOnce_TheSameWay_AndKeepsTheMeasures()
    {
        // Spoils or clears the stored rows through the SQLite file itself; the reading code is the same on PostgreSQL.
        Skip.If(kind != DatabaseKind.Sqlite, "edits the bank file directly (SQLite only)");
        Practise(Language.En, StrongStory, Intro, finish: true);
        Practise(Language.Ko, StrongStoryKo, IntroKo, finish: false);
        var measured = JsonSerializer.Serialize(_workspace.App().Progress.Report());
        Execute("UPDATE sessions SET progress = NULL");

        Assert.Equal(measured, JsonSerializer.Serialize(_workspace.App().Progress.Report()));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sessions WHERE progress IS NULL"));
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.Path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private LoopPlan Plan(Language language)
    {
        var app = _workspace.App();
        return app.Loops.Plan(app.Content.GetTemplate("phone-screen"), ["deliver-results", "ownership"], language, 5);
    }

    /// <summary>
    /// Runs a phone screen through the real loop service, one new application per answer and a minute per answer:
    /// the opening answered with <paramref name="intro"/>, every main question with <paramref name="story"/>, every
    /// follow-up passed; finished with a question, or paused after the first story.
    /// </summary>
    private Practised Practise(Language language, string story, string intro, bool finish)
    {
        var id = _workspace.App().Loops.Start(Plan(language)).Id;
        var seconds = 0;
        for (var guard = 0; guard < 40; guard++)
        {
            var next = _workspace.App().Loops.Get(id).Next;
            if (next is null)
            {
                break;
            }

            _workspace.Clock.Now = _workspace.Clock.Now.AddMinutes(1);
            var answer = next.Kind switch
            {
                TurnKind.Opening => intro,
                TurnKind.Main => story,
                TurnKind.Probe => "skip",
                _ => Closing,
            };
            var turn = _workspace.App().Loops.Answer(id, answer).Turn;
            seconds += turn.Analysis?.EstimatedSeconds ?? AnswerAnalyzer.SpeakingSeconds(turn.Answer);
            if (!finish && next.Kind == TurnKind.Main)
            {
                _workspace.App().Loops.Pause(id);
                break;
            }
        }

        var view = _workspace.App().Loops.Get(id);
        Assert.Equal(finish, view.IsFinished);
        return new Practised(id, _workspace.Clock.Now, seconds);
    }

    private sealed record Practised(long Id, DateTimeOffset LastAnswer, int AnswerSeconds);
}
