using System.Globalization;
using LoopCoach.Application.Postings;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;

namespace LoopCoach.Application.Loops;

/// <summary>
/// A mock loop session as stored: what was asked and answered (kept as it happened), what comes next, and the
/// debrief so far.
/// </summary>
public sealed record SessionView
{
    /// <summary>The session's number.</summary>
    public required long Id { get; init; }

    /// <summary>Running, paused or finished.</summary>
    public required SessionStatus Status { get; init; }

    /// <summary>The loop being run.</summary>
    public required LoopPlan Plan { get; init; }

    /// <summary>Every exchange so far, as it happened.</summary>
    public required IReadOnlyList<Turn> Turns { get; init; }

    /// <summary>What the interviewer asks next; null once the loop is over.</summary>
    public Prompt? Next { get; init; }

    /// <summary>Estimated seconds used by each interviewer.</summary>
    public required IReadOnlyList<int> SecondsUsed { get; init; }

    /// <summary>The debrief of the turns so far.</summary>
    public required LoopDebrief Debrief { get; init; }

    /// <summary>When the session was started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the last answer (or status change) was saved.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether every interview is over.</summary>
    public bool IsFinished => Next is null;
}

/// <summary>A new attempt at a main question, with how it compares with the story first told.</summary>
public sealed record AnswerAttempt(StoredRetry Retry, RetryComparison Comparison);

/// <summary>The answer just saved and where the session now stands.</summary>
public sealed record AnswerOutcome(Turn Turn, SessionView Session);

/// <summary>
/// Mock loops: plan one, start it, answer one line at a time, pause and resume, read the transcript and the
/// debrief. Every answer is saved the moment it is given together with where the interview engine stands, so each
/// call stands alone: nothing lives in memory between two answers, and a session is never re-run to be read.
/// </summary>
public sealed class LoopService(ISessionStore sessions, IRetroStore retros, Engines engines)
{
    /// <summary>The template a loop uses when given none.</summary>
    public const string DefaultTemplate = "phone-screen";

    /// <summary>The loop templates shipped with LoopCoach.</summary>
    public IReadOnlyList<LoopTemplate> Templates() => engines.Content.Templates;

    /// <summary>
    /// Plans a loop of <paramref name="template"/> over <paramref name="competencies"/> (the template's own choice when
    /// none), with the questions real interviewers asked (from the retrospectives) asked first for their competency.
    /// </summary>
    public LoopPlan Plan(LoopTemplate template, IReadOnlyList<string>? competencies, Language language, int seed)
    {
        var plan = LoopPlanner.Plan(template, competencies is { Count: > 0 } ? competencies : null, language, seed, engines.Content.Frameworks, engines.Content.Questions);
        var owned = plan.Interviewers.SelectMany(i => i.Competencies).ToHashSet();
        return plan with
        {
            RealQuestions = [.. retros.SeenQuestions()
                .Where(q => q.Competency is not null && owned.Contains(q.Competency) && q.Language == plan.Language.Code())
                .Select(q => new RealQuestion("seen." + q.Id.ToString(CultureInfo.InvariantCulture), q.Text, q.Competency!, plan.Language))],
        };
    }

    /// <summary>
    /// Plans the loop a saved <paramref name="posting"/> calls for: the template that matches its hiring stages
    /// (<paramref name="template"/> when given), its competencies by weight within the template's limits
    /// (<paramref name="competencies"/> when given), interviewers who speak for its company and in its language, and
    /// when a Korean posting asks for English, one interviewer who asks in English (with real questions in English
    /// for them). Start it with <see cref="Start"/>.
    /// </summary>
    public LoopPlan PlanFromPosting(AnalyzedPosting posting, int seed, LoopTemplate? template = null, IReadOnlyList<string>? competencies = null)
    {
        var facts = PostingLoop.Read(posting.Posting.Id, posting.Analysis, posting.Posting.Text);
        var chosen = template ?? engines.Content.GetTemplate(facts.Template);
        var language = posting.Analysis.Language == AnswerLanguage.En ? Language.En : Language.Ko;
        var ids = competencies is { Count: > 0 } ? competencies : PostingLoop.FitTo(chosen, facts.Ranked, posting.Competencies.Count, engines.Content.Frameworks);
        var plan = Plan(chosen, ids, language, seed) with { Posting = facts.Posting, Company = facts.Company };
        if (facts.English is null)
        {
            return plan;
        }

        plan = PostingLoop.WithEnglishInterviewer(plan, chosen);
        var english = plan.Interviewers.Where(i => i.Language == Language.En).SelectMany(i => i.Competencies).ToHashSet();
        return plan with
        {
            RealQuestions = [.. plan.RealQuestions, .. retros.SeenQuestions()
                .Where(q => q.Competency is not null && english.Contains(q.Competency) && q.Language == Language.En.Code())
                .Select(q => new RealQuestion("seen." + q.Id.ToString(CultureInfo.InvariantCulture), q.Text, q.Competency!, Language.En))],
        };
    }

    /// <summary>What a loop takes from a saved <paramref name="posting"/>: its template, competencies by weight, company, and the words that ask for English.</summary>
    public static PostingLoopFacts FactsOf(AnalyzedPosting posting) =>
        PostingLoop.Read(posting.Posting.Id, posting.Analysis, posting.Posting.Text);

    /// <summary>
    /// Refuses <paramref name="answer"/> to the first question of <paramref name="plan"/> exactly as
    /// <see cref="Answer"/> would, without saving anything: a script's first answer is checked before its session
    /// exists, so a refused one leaves no session behind.
    /// </summary>
    public void CheckFirstAnswer(LoopPlan plan, string answer) => _ = engines.Interview(plan).Answer(answer);

    /// <summary>Saves a new session of <paramref name="plan"/>, at its first question.</summary>
    public SessionView Start(LoopPlan plan)
    {
        var engine = engines.Interview(plan);
        return Get(sessions.Create(plan, engine.State).Id);
    }

    /// <summary>
    /// Answers the session's current question and saves the answer, the engine's new state and the debrief in one
    /// transaction. An empty answer is an input error and saves nothing; a finished or unknown session is refused.
    /// </summary>
    public AnswerOutcome Answer(long id, string answer)
    {
        var (record, engine) = Load(id);
        if (engine.IsFinished)
        {
            throw new LoopCoachException(ErrorKind.Conflict, "loop.already-finished", id);
        }

        var turn = engine.Answer(answer);
        var status = engine.IsFinished ? SessionStatus.Finished : SessionStatus.Running;
        // The debrief saved with the answer before covers every turn but this one: only this answer's story is judged again.
        var debrief = engines.Debrief(engine, record.Debrief);
        // Measured with each answer (a sum over the turns in hand), so progress never reads a transcript.
        var measured = Measure(record, engine.Turns, debrief);
        var updatedAt = sessions.SaveTurn(id, turn, engine.State, debrief, status, measured);
        // The session as now stored, from the engine that just answered: reading it back would restore the same engine.
        return new AnswerOutcome(turn, View(record with { Status = status, Debrief = debrief, UpdatedAt = updatedAt }, engine));
    }

    /// <summary>Pauses a session so it can be resumed later; a finished one stays finished.</summary>
    public SessionView Pause(long id)
    {
        var session = Get(id);
        if (session.Status != SessionStatus.Finished)
        {
            sessions.SetStatus(id, SessionStatus.Paused);
        }

        return Get(id);
    }

    /// <summary>Takes a paused or interrupted session up again where it stopped; a finished one is refused.</summary>
    public SessionView Resume(long id)
    {
        var session = Get(id);
        if (session.Status == SessionStatus.Finished || session.IsFinished)
        {
            throw new LoopCoachException(ErrorKind.Conflict, "loop.already-finished", id);
        }

        sessions.SetStatus(id, SessionStatus.Running);
        return Get(id);
    }

    /// <summary>
    /// "Try this answer again": a new attempt at main question <paramref name="seq"/> of the session, analysed for
    /// its competency and kept beside the answer first given, which is never changed (nor is the debrief). An empty
    /// answer is an input error and keeps nothing.
    /// </summary>
    public AnswerAttempt Retry(long id, int seq, string answer)
    {
        var text = Core.TextInput.Normalize(answer ?? "");
        if (text.Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "retry.empty");
        }

        var session = Get(id);
        var analysis = AnswerRetry.Analyze(session.Turns, seq, text, engines.Analyzer);
        var kept = sessions.AddRetry(id, seq, text, analysis);
        return Attempt(session.Turns, kept);
    }

    /// <summary>Every new attempt made in the session, each compared with the story first told, by question and attempt.</summary>
    public IReadOnlyList<AnswerAttempt> Attempts(SessionView session) =>
        [.. sessions.Retries(session.Id).Select(r => Attempt(session.Turns, r))];

    private AnswerAttempt Attempt(IReadOnlyList<Turn> turns, StoredRetry retry) =>
        new(retry, AnswerRetry.Compare(AnswerRetry.Told(turns, retry.Seq, engines.Analyzer), retry.Analysis));

    /// <summary>A session with its transcript, its next question and its debrief.</summary>
    public SessionView Get(long id)
    {
        var (record, engine) = Load(id);
        return View(record, engine);
    }

    private SessionView View(SessionRecord record, InterviewEngine engine) =>
        new()
        {
            Id = record.Id,
            Status = record.Status,
            Plan = record.Plan,
            Turns = engine.Turns,
            Next = engine.Current,
            SecondsUsed = engine.SecondsUsed,
            Debrief = record.Debrief ?? Debrief(engine),
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
        };

    /// <summary>Every session, newest first.</summary>
    public IReadOnlyList<SessionRecord> List() => sessions.List();

    /// <summary>The practised sessions with their kept measures, newest first: what progress reads.</summary>
    public IReadOnlyList<SessionMeasures> Measures() => sessions.Measures();

    /// <summary>
    /// Measures a session answered before its measures were kept (schema 7), and keeps them: read whole once, after
    /// that only its measures are.
    /// </summary>
    public MeasuredSession MeasureOnce(long id)
    {
        var (record, engine) = Load(id);
        var measured = Measure(record, engine.Turns, record.Debrief ?? Debrief(engine));
        sessions.KeepMeasures(id, measured);
        return measured;
    }

    /// <summary>
    /// The session's measures. Its number, status, start and date are read from the session's row when progress is
    /// drawn (a pause changes the status without an answer), so what is given for them here is only a placeholder.
    /// </summary>
    private static MeasuredSession Measure(SessionRecord record, IReadOnlyList<Turn> turns, LoopDebrief debrief) =>
        ProgressBuilder.Measure(new PracticeSession
        {
            Id = record.Id,
            Template = record.Plan.Template,
            Language = record.Plan.Language,
            Finished = false,
            StartedAt = record.CreatedAt,
            Date = record.UpdatedAt,
            Turns = turns,
            Debrief = debrief,
        });

    /// <summary>The newest sessions without their turns (all when <paramref name="limit"/> is null), for lists.</summary>
    public IReadOnlyList<SessionSummary> Summaries(int? limit = null) => sessions.Summaries(limit);

    /// <summary>The session's engine where it stopped. A session saved by a release before schema 5 is replayed once and kept whole.</summary>
    private (SessionRecord Record, InterviewEngine Engine) Load(long id)
    {
        var record = sessions.Get(id);
        if (record.IsKept)
        {
            return (record, engines.Interview(record.Plan).Restore([.. record.Turns.Select(t => t.Kept!)], record.State!));
        }

        var engine = engines.Interview(record.Plan);
        foreach (var turn in record.Turns)
        {
            if (engine.Current is null)
            {
                break;
            }

            engine.AnswerAsAsked(turn.Answer, turn.Kind, turn.Question, turn.Gap);
        }

        var debrief = Debrief(engine);
        sessions.Keep(id, engine.Turns, engine.State, debrief);
        return (record with { Debrief = debrief }, engine);
    }

    private LoopDebrief Debrief(InterviewEngine engine) => engines.Debrief(engine);
}
