using LoopCoach.Application.Loops;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Questions;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Cli.Rendering;

// The --json shapes of the CLI. They are a public contract (see the README): add fields, never rename them.

/// <summary>A text in both languages.</summary>
internal sealed record TextJson(string En, string Ko)
{
    public static TextJson From(LocalizedText text) => new(text.En, text.Ko);
}

/// <summary>A list in both languages.</summary>
internal sealed record ListJson(IReadOnlyList<string> En, IReadOnlyList<string> Ko)
{
    public static ListJson From(LocalizedList list) => new(list.En, list.Ko);
}

internal sealed record QuestionJson(string Id, string Language, string Text, IReadOnlyList<string> Competencies, string Kind, int Difficulty, IReadOnlyList<string> Probes)
{
    public static QuestionJson From(Question q) =>
        new(q.Id, q.Language.Code(), q.Text, q.Competencies, q.Kind.Code(), q.Difficulty, q.Probes);
}

internal sealed record FollowUpJson(string Gap, TextJson Name, IReadOnlyList<string> Phrasings);

internal sealed record QuestionDetailJson(string Id, string Language, string Text, IReadOnlyList<string> Competencies, string Kind, int Difficulty, IReadOnlyList<string> Probes, IReadOnlyList<FollowUpJson> FollowUps);

internal sealed record CompetencyJson(string Id, string Framework, TextJson Name, TextJson Description, ListJson Evidence, ListJson RedFlags, IReadOnlyList<string> Related, int QuestionsEn, int QuestionsKo)
{
    public static CompetencyJson From(Competency c, QuestionBank bank) => new(
        c.Id, c.FrameworkId, TextJson.From(c.Name), TextJson.From(c.Description), ListJson.From(c.Evidence), ListJson.From(c.RedFlags), c.Related,
        bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.En),
        bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.Ko));
}

internal sealed record FrameworkSummaryJson(string Id, TextJson Name, TextJson Description, string Source, int CompetencyCount);

internal sealed record FrameworkJson(string Id, TextJson Name, TextJson Description, string Source, IReadOnlyList<CompetencyJson> Competencies);

internal sealed record AskTopicJson(string Id, TextJson Name, ListJson Questions);

internal sealed record AvoidTopicJson(string Id, TextJson Name, TextJson Reason, ListJson Keywords);

internal sealed record AskJson(IReadOnlyList<AskTopicJson> Topics, IReadOnlyList<AvoidTopicJson> Avoid);

internal sealed record ImportJson(IReadOnlyList<long> Added, IReadOnlyList<long> Updated, IReadOnlyList<long> Unchanged, bool DryRun);

internal sealed record ClassifiedQuestionJson(string Question, IReadOnlyList<CompetencyScore> Competencies);

internal sealed record StoryMatchJson(long Id, string Title, double Score, IReadOnlyList<string> Competencies, IReadOnlyList<string> SharedTerms, double Strength);

internal sealed record StoryMatchesJson(string Question, IReadOnlyList<StoryMatchJson> Stories);

internal sealed record DraftJson(int Number, StoryDocument Story, IReadOnlyList<StarPart> Missing, int SourceStart, int SourceEnd);

internal sealed record MinedJson(IReadOnlyList<DraftJson> Drafts, IReadOnlyList<long> Added);

internal sealed record TemplateJson(string Id, TextJson Name, TextJson Description, string Framework, LoopFormat Format, int Interviewers, int MinCompetencies, int MaxCompetencies);

internal sealed record SessionSummaryJson(long Id, string Template, SessionStatus Status, Language Language, int Seed, int Turns, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// <c>notes … --json</c>: the first note's fields as before (kind, subject, body, sendBy, reminder), then who it is
/// to, the send-by time in the user's zone, and every interviewer's note.
/// </summary>
internal sealed record NotesJson(NoteKind Kind, string Subject, string Body, DateTimeOffset SendBy, string Reminder, string? Interviewer, DateTimeOffset SendByLocal, string TimeZone, IReadOnlyList<Note> Notes)
{
    public static NotesJson From(IReadOnlyList<Note> notes) =>
        new(notes[0].Kind, notes[0].Subject, notes[0].Body, notes[0].SendBy, notes[0].Reminder, notes[0].Interviewer, notes[0].SendByLocal, notes[0].TimeZone, notes);
}

internal sealed record TurnJson(int Seq, int Interviewer, TurnKind Kind, string? Intro, string Question, string? QuestionId, string? Competency, string? Gap, int Round, string Answer, bool Skipped, int Seconds, IReadOnlyList<TurnNote> Notes, AnswerAnalysis? Analysis);

/// <summary>What the interviewer says next, so that a program can answer one line at a time.</summary>
internal sealed record NextJson(int Interviewer, TurnKind Kind, string? Intro, string Question, string? QuestionId, string? Competency, string? Gap, int Round);

internal sealed record SessionJson(long Id, string Template, SessionStatus Status, Language Language, int Seed, LoopPlan Plan, IReadOnlyList<TurnJson> Turns, LoopDebrief Debrief, NextJson? Next)
{
    public static SessionJson From(SessionView session) => new(
        session.Id, session.Plan.Template, session.Status, session.Plan.Language, session.Plan.Seed, session.Plan,
        [.. session.Turns.Select(t => new TurnJson(t.Seq, t.Prompt.Interviewer, t.Prompt.Kind, t.Prompt.Intro, t.Prompt.Text, t.Prompt.QuestionId, t.Prompt.Competency, t.Prompt.Gap, t.Prompt.Round, t.Answer, t.Skipped, t.Seconds, t.Notes, t.Analysis))],
        session.Debrief,
        session.Next is { } p ? new NextJson(p.Interviewer, p.Kind, p.Intro, p.Text, p.QuestionId, p.Competency, p.Gap, p.Round) : null);
}

internal sealed record PostingSummaryJson(long Id, string Title, string Company, DateTimeOffset CreatedAt);

internal sealed record PostingJson(long Id, string Title, string Company, IReadOnlyList<string> Competencies, PostingAnalysis Analysis);

internal sealed record StoryRefJson(long Id, string Title);

internal sealed record CoverageJson(IReadOnlyList<string> Competencies, IReadOnlyList<StoryRefJson> Stories, IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps);

internal sealed record AssignmentJson(LoopPlan Plan, IReadOnlyList<SlotAssignment> Slots, double TotalFit);

internal sealed record RetroJson(long Id, Retrospective Retro, DateTimeOffset CreatedAt);

internal sealed record RetroDryRunJson(Retrospective Retro, bool DryRun);

internal sealed record RetroSummaryJson(long Id, string Company, string Position, DateOnly? HeldOn, int Rounds, int Questions, DateTimeOffset CreatedAt);

internal sealed record PlanTaskJson(PlanTaskKind Kind, string Text, string? Command);

internal sealed record PlanDayJson(DateOnly Date, IReadOnlyList<PlanTaskJson> Tasks);

/// <summary>A prep plan, each task with the command that does it (the CLI's way of saying how).</summary>
internal sealed record PrepPlanJson(DateOnly Today, DateOnly InterviewDate, IReadOnlyList<string> Competencies, IReadOnlyList<PlanDayJson> Days)
{
    public static PrepPlanJson From(PrepPlan plan) => new(
        plan.Today,
        plan.InterviewDate,
        plan.Competencies,
        [.. plan.Days.Select(d => new PlanDayJson(d.Date, [.. d.Tasks.Select(t => new PlanTaskJson(t.Kind, t.Text, PrepView.CommandLine(t)))]))]);
}

internal sealed record ProblemJson(string Field, string Code, string Message);

internal sealed record ErrorBodyJson(string Code, string Message, int ExitCode, IReadOnlyList<ProblemJson> Problems);

internal sealed record ErrorJson(ErrorBodyJson Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<QuestionJson>))]
[JsonSerializable(typeof(QuestionDetailJson))]
[JsonSerializable(typeof(List<FrameworkSummaryJson>))]
[JsonSerializable(typeof(FrameworkJson))]
[JsonSerializable(typeof(AskJson))]
[JsonSerializable(typeof(ImportJson))]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(AnswerAnalysis))]
[JsonSerializable(typeof(ClassifiedQuestionJson))]
[JsonSerializable(typeof(StoryMatchesJson))]
[JsonSerializable(typeof(MinedJson))]
[JsonSerializable(typeof(List<TemplateJson>))]
[JsonSerializable(typeof(List<SessionSummaryJson>))]
[JsonSerializable(typeof(SessionJson))]
[JsonSerializable(typeof(LoopPlan))]
[JsonSerializable(typeof(List<PostingSummaryJson>))]
[JsonSerializable(typeof(PostingJson))]
[JsonSerializable(typeof(CoverageJson))]
[JsonSerializable(typeof(AssignmentJson))]
[JsonSerializable(typeof(PrepPlanJson))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(NotesJson))]
[JsonSerializable(typeof(LoopCoach.Core.Progress.ProgressReport))]
[JsonSerializable(typeof(RetroJson))]
[JsonSerializable(typeof(RetroDryRunJson))]
[JsonSerializable(typeof(List<RetroSummaryJson>))]
[JsonSerializable(typeof(List<SeenQuestion>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>The JSON settings of every <c>--json</c> output: camelCase, Korean written as Korean, indented.</summary>
internal static class CliJson
{
    /// <summary>One JSON value per line, for JSON-lines outputs such as <c>questions classify</c>.</summary>
    public static JsonSerializerOptions Lines { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
    };

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, StoryJsonContext.Default),
    };
}
