using LoopCoach.Application.Answers;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary>An answer to analyse: the body of <c>POST /api/analyze</c>, the options of <c>loopcoach analyze</c>.</summary>
public sealed record AnalyzeRequest(string? Answer, string? Question = null, string? QuestionId = null, string? Competency = null);

/// <summary><c>POST /api/analyze</c>: feedback on one answer, as <c>loopcoach analyze --json</c>.</summary>
public static class AnalyzeApi
{
    public static void MapAnalyze(this RouteGroupBuilder api) =>
        api.MapPost("/analyze", Analyze).WithName("Analyze").WithSummary("Analyse one answer: STAR parts, numbers, ownership, fillers, findings and follow-ups.");

    public static AnswerAnalysis Analyze(AnalyzeRequest request, RequestApp app) =>
        app.App.Answers.Analyze(new AnswerToAnalyze
        {
            Answer = Required(request.Answer, "answer"),
            Question = request.Question,
            QuestionId = request.QuestionId,
            Competency = request.Competency,
        }).Analysis;

    /// <summary>A text field the request must give; an input error naming it when it is missing or blank.</summary>
    internal static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.field-required", [field], [new Problem(field, "web.error.field-required", field)])
            : value;
}
