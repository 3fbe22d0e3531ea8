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

// The --json outputs of the CLI: the shapes (LoopCoach.Application.Json) are a public contract shared with the web API.

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
[JsonSerializable(typeof(LoopCoach.Application.Backup.BackupWrittenJson))]
[JsonSerializable(typeof(LoopCoach.Application.Backup.RestoredJson))]
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
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, StoryJsonContext.Default, LoopCoach.Storage.Bank.BankJsonContext.Default),
    };
}
