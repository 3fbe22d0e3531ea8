using System.Text.Json;
using LoopCoach.Application.Loops;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Questions;
using LoopCoach.Storage;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Application.Tests;

/// <summary>The tests of <see cref="LoopServiceTests"/> on a SQLite file.</summary>
public sealed class LoopServiceOnSqliteTests() : LoopServiceTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class LoopServiceOnPostgresTests() : LoopServiceTests(DatabaseKind.Postgres);

public abstract class LoopServiceTests(DatabaseKind kind) : IDisposable
{
    private static readonly string[] Answers =
    [
        "I am an account manager with five years in B2B sales, mostly research clients.",
        "Last year our biggest client threatened to leave. I was asked to fix their weekly report. I rebuilt the queries myself and met them every Monday.",
        "The report was corrected within two days and they renewed for another year.",
        "I learned to check the numbers with the client before I ship anything.",
        "skip",
        "In 2024 I noticed our onboarding calls ran long. I wrote a checklist and trained two new colleagues on it. Calls got 20 minutes shorter.",
        "What does success look like in the first six months?",
    ];

    private readonly TestWorkspace _workspace = new(kind: kind);

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Answer_OneCallAtATime_AsksExactlyWhatAnUninterruptedEngineAsks()
    {
        var content = ContentCatalog.BuiltIn;
        var plan = _workspace.App().Loops.Plan(content.GetTemplate("amazon-loop"), null, Language.En, 11);
        var engine = new Engines(content).Interview(plan);
        var id = _workspace.App().Loops.Start(plan).Id;

        foreach (var answer in Answers)
        {
            // A new application (and connection) for every answer: nothing is carried in memory between two calls.
            var outcome = _workspace.App().Loops.Answer(id, answer);
            var expected = engine.Answer(answer);
            Assert.Equal(Json(expected), Json(outcome.Turn));
            Assert.Equal(Json(engine.Current), Json(outcome.Session.Next));
        }

        Assert.Equal(Answers.Length, _workspace.App().Loops.Get(id).Turns.Count);
    }

    [SkippableFact]
    public void Get_AfterTheContentChanged_KeepsTheOldTranscriptAndDebrief_AndResumesWhereItStopped()
    {
        var before = _workspace.App();
        var plan = before.Loops.Plan(before.Content.GetTemplate("phone-screen"), null, Language.En, 5);
        var id = before.Loops.Start(plan).Id;
        foreach (var answer in Answers.Take(4))
        {
            before.Loops.Answer(id, answer);
        }

        var old = before.Loops.Get(id);

        // A later release rewords every question and every follow-up.
        var reworded = ContentCatalog.BuiltIn.With(
            questions: new QuestionBank([.. ContentCatalog.BuiltIn.Questions.Questions.Select(q => q with { Text = "Reworded: " + q.Text })]),
            probes: [.. ContentCatalog.BuiltIn.Probes.Select(p => p with { Phrasings = new LocalizedList([.. p.Phrasings.En.Select(t => "Reworded: " + t)], [.. p.Phrasings.Ko.Select(t => "바뀐 문구: " + t)]) })]);
        var after = _workspace.App(reworded).Loops.Get(id);

        Assert.Equal(Json(old.Turns), Json(after.Turns));
        Assert.Equal(Json(old.Debrief), Json(after.Debrief));
        Assert.Equal(Json(old.Next), Json(after.Next));
        Assert.DoesNotContain(after.Turns, t => t.Prompt.Text.StartsWith("Reworded", StringComparison.Ordinal));

        // What comes after the stored state is asked in the new words.
        var next = _workspace.App(reworded).Loops.Answer(id, Answers[4]).Session;
        Assert.Equal(5, next.Turns.Count);
        Assert.Equal(Json(old.Turns), Json(next.Turns.Take(4)));
    }

    [SkippableFact]
    public void Answer_SentTwiceAtOnce_SavesTheFirst_AndRefusesTheOtherAsAConflict()
    {
        var plan = _workspace.App().Loops.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.En, 3);
        var id = _workspace.App().Loops.Start(plan).Id;
        var first = _workspace.App().Loops.Answer(id, Answers[0]).Session;
        using var database = LoopCoachDatabase.Open(_workspace.Target);
        // This tab has read the session; another tab answers the same question before this one saves.
        var store = new AnotherTabFirst(new SessionStore(database, _workspace.Clock), () => _workspace.App().Loops.Answer(id, Answers[1]));
        var loops = new LoopService(store, new RetroStore(database, _workspace.Clock), new Engines(ContentCatalog.BuiltIn));

        var error = Assert.Throws<LoopCoachException>(() => loops.Answer(id, Answers[5]));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal("loop.answer-taken", error.MessageKey);
        var session = _workspace.App().Loops.Get(id);
        Assert.Equal([Answers[0], Answers[1]], session.Turns.Select(t => t.Answer));
        Assert.Equal(first.Turns.Count + 1, session.Turns.Count);
    }

    /// <summary>A store where another answer is saved just before this one's first save.</summary>
    private sealed class AnotherTabFirst(ISessionStore inner, Action other) : ISessionStore
    {
        private bool _done;

        public DateTimeOffset SaveTurn(long id, Turn turn, EngineState state, LoopDebrief debrief, SessionStatus status, Core.Progress.MeasuredSession? measured = null)
        {
            if (!_done)
            {
                _done = true;
                other();
            }

            return inner.SaveTurn(id, turn, state, debrief, status, measured);
        }

        public SessionRecord Create(LoopPlan plan, EngineState state) => inner.Create(plan, state);
        public void KeepMeasures(long id, Core.Progress.MeasuredSession measured) => inner.KeepMeasures(id, measured);
        public IReadOnlyList<SessionMeasures> Measures() => inner.Measures();
        public void Keep(long id, IReadOnlyList<Turn> turns, EngineState state, LoopDebrief debrief) => inner.Keep(id, turns, state, debrief);
        public void SetStatus(long id, SessionStatus status) => inner.SetStatus(id, status);
        public StoredRetry AddRetry(long id, int seq, string answer, Core.Analysis.AnswerAnalysis analysis) => inner.AddRetry(id, seq, answer, analysis);
        public IReadOnlyList<StoredRetry> Retries(long id) => inner.Retries(id);
        public SessionRecord Get(long id) => inner.Get(id);
        public IReadOnlyList<SessionRecord> List() => inner.List();
        public IReadOnlyList<SessionRecord> Practised() => inner.Practised();
        public IReadOnlyList<SessionSummary> Summaries(int? limit = null) => inner.Summaries(limit);
    }

    [SkippableFact]
    public void Answer_Empty_SavesNothing_AndAFinishedSessionRefusesMore()
    {
        var loops = _workspace.App().Loops;
        var plan = loops.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.Ko, 3);
        var id = loops.Start(plan).Id;

        var error = Assert.Throws<LoopCoachException>(() => loops.Answer(id, "   "));

        Assert.Equal("loop.answer-empty", error.MessageKey);
        Assert.Empty(loops.Get(id).Turns);
        var session = loops.Get(id);
        while (!session.IsFinished)
        {
            session = loops.Answer(id, session.Next!.Kind == TurnKind.Closing ? "없습니다." : "경험이 없습니다").Session;
        }

        Assert.Equal(SessionStatus.Finished, session.Status);
        Assert.Equal("loop.already-finished", Assert.Throws<LoopCoachException>(() => loops.Answer(id, "한 번 더")).MessageKey);
        Assert.Equal("loop.already-finished", Assert.Throws<LoopCoachException>(() => loops.Resume(id)).MessageKey);
    }

    [SkippableFact]
    public void PauseAndResume_KeepEveryAnswer_AndTheNextQuestion()
    {
        var loops = _workspace.App().Loops;
        var id = loops.Start(loops.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.En, 9)).Id;
        loops.Answer(id, Answers[0]);
        var next = loops.Answer(id, Answers[1]).Session.Next;

        var paused = _workspace.App().Loops.Pause(id);
        var resumed = _workspace.App().Loops.Resume(id);

        Assert.Equal(SessionStatus.Paused, paused.Status);
        Assert.Equal(SessionStatus.Running, resumed.Status);
        Assert.Equal(2, resumed.Turns.Count);
        Assert.Equal(Json(next), Json(resumed.Next));
    }

    [SkippableFact]
    public void Sessions_OfAnotherOwner_AreNotFound()
    {
        var mine = _workspace.App().Loops;
        var id = mine.Start(mine.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.En, 1)).Id;
        var theirs = _workspace.App(owner: new Owner("someone-else")).Loops;

        Assert.Empty(theirs.List());
        Assert.Equal("loop.session-not-found", Assert.Throws<LoopCoachException>(() => theirs.Get(id)).MessageKey);
        Assert.Equal("loop.session-not-found", Assert.Throws<LoopCoachException>(() => theirs.Answer(id, "hello")).MessageKey);
        Assert.Single(mine.List());
    }

    [SkippableFact]
    public void Retry_KeepsEachAttemptBesideTheFirstAnswer_WhichNeverChanges_AndOnlyForItsOwner()
    {
        var mine = _workspace.App().Loops;
        var id = mine.Start(mine.Plan(ContentCatalog.BuiltIn.GetTemplate("phone-screen"), null, Language.En, 1)).Id;
        mine.Answer(id, Answers[0]);
        var main = mine.Answer(id, "We talked about the report as a team.").Turn;
        var before = Json(mine.Get(id));

        var first = mine.Retry(id, main.Seq, Answers[1] + " " + Answers[2]);
        var second = mine.Retry(id, main.Seq, Answers[5]);

        Assert.Equal([1, 2], mine.Attempts(mine.Get(id)).Select(a => a.Retry.Attempt));
        Assert.Equal((1, 2), (first.Retry.Attempt, second.Retry.Attempt));
        Assert.Equal((EvidenceLevel.Weak, EvidenceLevel.Adequate), (first.Comparison.Before, first.Comparison.After));
        Assert.Contains(first.Comparison.Parts, p => p.Part == "action" && !p.Before && p.After);
        Assert.Equal(before, Json(mine.Get(id)));
        Assert.Equal("retry.empty", Assert.Throws<LoopCoachException>(() => mine.Retry(id, main.Seq, "  ")).MessageKey);
        Assert.Equal("retry.not-a-story", Assert.Throws<LoopCoachException>(() => mine.Retry(id, 1, Answers[1])).MessageKey);

        var theirs = _workspace.App(owner: new Owner("someone-else")).Loops;
        Assert.Equal("loop.session-not-found", Assert.Throws<LoopCoachException>(() => theirs.Retry(id, main.Seq, Answers[1])).MessageKey);
        Assert.Equal(2, mine.Attempts(mine.Get(id)).Count);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
