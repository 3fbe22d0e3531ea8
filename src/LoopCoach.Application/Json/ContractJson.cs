using LoopCoach.Application.Loops;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Questions;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Application.Json;

// The JSON shapes every front end prints: the CLI's --json outputs and the web app's /api answers. They are a
// public contract (see the README): add fields, never rename them. Each front end serialises them with its own
// source-generated context.

/// <summary>A text in both languages.</summary>
public sealed record TextJson(string En, string Ko)
{
    public static TextJson From(LocalizedText text) => new(text.En, text.Ko);
}

/// <summary>A list in both languages.</summary>
public sealed record ListJson(IReadOnlyList<string> En, IReadOnlyList<string> Ko)
{
    public static ListJson From(LocalizedList list) => new(list.En, list.Ko);
}

public sealed record QuestionJson(string Id, string Language, string Text, IReadOnlyList<string> Competencies, string Kind, int Difficulty, IReadOnlyList<string> Probes)
{
    public static QuestionJson From(Question q) =>
        new(q.Id, q.Language.Code(), q.Text, q.Competencies, q.Kind.Code(), q.Difficulty, q.Probes);
}

public sealed record FollowUpJson(string Gap, TextJson Name, IReadOnlyList<string> Phrasings);

public sealed record QuestionDetailJson(string Id, string Language, string Text, IReadOnlyList<string> Competencies, string Kind, int Difficulty, IReadOnlyList<string> Probes, IReadOnlyList<FollowUpJson> FollowUps);

public sealed record CompetencyJson(string Id, string Framework, TextJson Name, TextJson Description, ListJson Evidence, ListJson RedFlags, IReadOnlyList<string> Related, int QuestionsEn, int QuestionsKo)
{
    public static CompetencyJson From(Competency c, QuestionBank bank) => new(
        c.Id, c.FrameworkId, TextJson.From(c.Name), TextJson.From(c.Description), ListJson.From(c.Evidence), ListJson.From(c.RedFlags), c.Related,
        bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.En),
        bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.Ko));
}

public sealed record FrameworkSummaryJson(string Id, TextJson Name, TextJson Description, string Source, int CompetencyCount);

public sealed record FrameworkJson(string Id, TextJson Name, TextJson Description, string Source, IReadOnlyList<CompetencyJson> Competencies);

public sealed record AskTopicJson(string Id, TextJson Name, ListJson Questions);

public sealed record AvoidTopicJson(string Id, TextJson Name, TextJson Reason, ListJson Keywords);

public sealed record AskJson(IReadOnlyList<AskTopicJson> Topics, IReadOnlyList<AvoidTopicJson> Avoid);

public sealed record ImportJson(IReadOnlyList<long> Added, IReadOnlyList<long> Updated, IReadOnlyList<long> Unchanged, bool DryRun);

public sealed record ClassifiedQuestionJson(string Question, IReadOnlyList<CompetencyScore> Competencies);

public sealed record StoryMatchJson(long Id, string Title, double Score, IReadOnlyList<string> Competencies, IReadOnlyList<string> SharedTerms, double Strength);

public sealed record StoryMatchesJson(string Question, IReadOnlyList<StoryMatchJson> Stories);

public sealed record DraftJson(int Number, StoryDocument Story, IReadOnlyList<StarPart> Missing, int SourceStart, int SourceEnd);

public sealed record MinedJson(IReadOnlyList<DraftJson> Drafts, IReadOnlyList<long> Added);

public sealed record TemplateJson(string Id, TextJson Name, TextJson Description, string Framework, LoopFormat Format, int Interviewers, int MinCompetencies, int MaxCompetencies)
{
    public static TemplateJson From(LoopTemplate t) =>
        new(t.Id, TextJson.From(t.Name), TextJson.From(t.Description), t.FrameworkId, t.Format, t.Interviewers.Count, t.MinCompetencies, t.MaxCompetencies);
}

public sealed record SessionSummaryJson(long Id, string Template, SessionStatus Status, Language Language, int Seed, int Turns, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// <c>notes … --json</c>: the first note's fields as before (kind, subject, body, sendBy, reminder), then who it is
/// to, the send-by time in the user's zone, and every interviewer's note.
/// </summary>
public sealed record NotesJson(NoteKind Kind, string Subject, string Body, DateTimeOffset SendBy, string Reminder, string? Interviewer, DateTimeOffset SendByLocal, string TimeZone, IReadOnlyList<Note> Notes)
{
    public static NotesJson From(IReadOnlyList<Note> notes) =>
        new(notes[0].Kind, notes[0].Subject, notes[0].Body, notes[0].SendBy, notes[0].Reminder, notes[0].Interviewer, notes[0].SendByLocal, notes[0].TimeZone, notes);
}

public sealed record TurnJson(int Seq, int Interviewer, TurnKind Kind, string? Intro, string Question, string? QuestionId, string? Competency, string? Gap, int Round, string Answer, bool Skipped, int Seconds, IReadOnlyList<TurnNote> Notes, AnswerAnalysis? Analysis)
{
    public static TurnJson From(Turn t) =>
        new(t.Seq, t.Prompt.Interviewer, t.Prompt.Kind, t.Prompt.Intro, t.Prompt.Text, t.Prompt.QuestionId, t.Prompt.Competency, t.Prompt.Gap, t.Prompt.Round, t.Answer, t.Skipped, t.Seconds, t.Notes, t.Analysis);
}

/// <summary>What the interviewer says next, so that a program can answer one line at a time.</summary>
public sealed record NextJson(int Interviewer, TurnKind Kind, string? Intro, string Question, string? QuestionId, string? Competency, string? Gap, int Round)
{
    public static NextJson? From(Prompt? p) =>
        p is null ? null : new NextJson(p.Interviewer, p.Kind, p.Intro, p.Text, p.QuestionId, p.Competency, p.Gap, p.Round);
}

/// <summary>
/// One answer's outcome without the rest of the session (<c>POST /api/loops/ID/answers?view=turn</c>): the turn just
/// saved, where the session now stands and what comes next. The transcript and the debrief are read with
/// <c>GET /api/loops/ID</c> and <c>GET /api/loops/ID/debrief</c>.
/// </summary>
public sealed record AnswerTurnJson(long Id, SessionStatus Status, int Answers, TurnJson Turn, NextJson? Next)
{
    public static AnswerTurnJson From(Turn turn, SessionView session) => new(
        session.Id, session.Status, session.Turns.Count, TurnJson.From(turn), NextJson.From(session.Next));
}

public sealed record SessionJson(long Id, string Template, SessionStatus Status, Language Language, int Seed, LoopPlan Plan, IReadOnlyList<TurnJson> Turns, LoopDebrief Debrief, NextJson? Next)
{
    public static SessionJson From(SessionView session) => new(
        session.Id, session.Plan.Template, session.Status, session.Plan.Language, session.Plan.Seed, session.Plan,
        [.. session.Turns.Select(TurnJson.From)],
        session.Debrief,
        NextJson.From(session.Next));
}

public sealed record PostingSummaryJson(long Id, string Title, string Company, DateTimeOffset CreatedAt);

public sealed record PostingJson(long Id, string Title, string Company, IReadOnlyList<string> Competencies, PostingAnalysis Analysis);

public sealed record StoryRefJson(long Id, string Title);

public sealed record CoverageJson(IReadOnlyList<string> Competencies, IReadOnlyList<StoryRefJson> Stories, IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps);

public sealed record AssignmentJson(LoopPlan Plan, IReadOnlyList<SlotAssignment> Slots, double TotalFit);

public sealed record RetroJson(long Id, Retrospective Retro, DateTimeOffset CreatedAt);

public sealed record RetroDryRunJson(Retrospective Retro, bool DryRun);

public sealed record RetroSummaryJson(long Id, string Company, string Position, DateOnly? HeldOn, int Rounds, int Questions, DateTimeOffset CreatedAt);

public sealed record PlanTaskJson(PlanTaskKind Kind, string Text, string? Command);

public sealed record PlanDayJson(DateOnly Date, IReadOnlyList<PlanTaskJson> Tasks);

/// <summary>A prep plan, each task with the command that does it (the CLI's way of saying how; null where a front end has none).</summary>
public sealed record PrepPlanJson(DateOnly Today, DateOnly InterviewDate, IReadOnlyList<string> Competencies, IReadOnlyList<PlanDayJson> Days)
{
    public static PrepPlanJson From(PrepPlan plan, Func<PlanTask, string?> command) => new(
        plan.Today,
        plan.InterviewDate,
        plan.Competencies,
        [.. plan.Days.Select(d => new PlanDayJson(d.Date, [.. d.Tasks.Select(t => new PlanTaskJson(t.Kind, t.Text, command(t)))]))]);
}

public sealed record ProblemJson(string Field, string Code, string Message);

public sealed record ErrorBodyJson(string Code, string Message, int ExitCode, IReadOnlyList<ProblemJson> Problems);

public sealed record ErrorJson(ErrorBodyJson Error);
