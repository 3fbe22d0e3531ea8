using System.Text.Json.Serialization;
using LoopCoach.Application.Json;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Loops;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary>The API's JSON, source-generated: the CLI's contract shapes and the request bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnalyzeRequest))]
[JsonSerializable(typeof(AnswerAnalysis))]
[JsonSerializable(typeof(StoryInput))]
[JsonSerializable(typeof(IReadOnlyList<StoryWeakSpot>))]
[JsonSerializable(typeof(PostingText))]
[JsonSerializable(typeof(PostingJson))]
[JsonSerializable(typeof(List<PostingSummaryJson>))]
[JsonSerializable(typeof(LoopStart))]
[JsonSerializable(typeof(LoopAnswer))]
[JsonSerializable(typeof(SessionJson))]
[JsonSerializable(typeof(AnswerTurnJson))]
[JsonSerializable(typeof(List<SessionSummaryJson>))]
[JsonSerializable(typeof(List<TemplateJson>))]
[JsonSerializable(typeof(LoopDebrief))]
[JsonSerializable(typeof(List<QuestionJson>))]
[JsonSerializable(typeof(QuestionDetailJson))]
[JsonSerializable(typeof(List<ProblemItem>))]
[JsonSerializable(typeof(AssignmentInput))]
[JsonSerializable(typeof(CoachAssignmentJson))]
[JsonSerializable(typeof(List<CoachAssignmentJson>))]
[JsonSerializable(typeof(ProblemItem[]))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
