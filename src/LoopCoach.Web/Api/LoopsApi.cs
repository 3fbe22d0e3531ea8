using LoopCoach.Application.Json;
using LoopCoach.Application.Loops;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LoopCoach.Web.Api;

/// <summary>
/// A loop to start: a built-in template (never a file: no path is taken from a request), the competencies to ask
/// about or a saved posting whose competencies to use, the language of the interview and a seed.
/// </summary>
public sealed record LoopStart
{
    public string? Template { get; init; }
    public IReadOnlyList<string>? Competencies { get; init; }
    public long? PostingId { get; init; }
    public string? Language { get; init; }
    public int? Seed { get; init; }
}

/// <summary>One answer to the session's current question.</summary>
public sealed record LoopAnswer(string? Answer);

/// <summary><c>/api/loops</c>: mock loops, as <c>loopcoach loop … --json</c>; one answer per call, saved as it comes.</summary>
public static class LoopsApi
{
    public static void MapLoops(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/loops");
        group.MapGet("/templates", Templates).WithName("LoopTemplates").WithSummary("The loop templates.");
        group.MapGet("/", List).WithName("ListLoops").WithSummary("Every session, newest first.");
        group.MapPost("/", Start).WithName("StartLoop").WithSummary("Starts a session at its first question.");
        group.MapGet("/{id:long}", Get).WithName("GetLoop").WithSummary("A session: transcript, next question and debrief so far.");
        group.MapPost("/{id:long}/answers", Answer).WithName("AnswerLoop").WithSummary("Answers the current question; the session as it now stands (with ?view=turn, only the turn just saved, the status and the next question).");
        group.MapPost("/{id:long}/pause", Pause).WithName("PauseLoop").WithSummary("Pauses a session.");
        group.MapPost("/{id:long}/resume", Resume).WithName("ResumeLoop").WithSummary("Takes a paused session up again.");
        group.MapGet("/{id:long}/debrief", Debrief).WithName("LoopDebrief").WithSummary("The debrief of the session so far.");
    }

    public static List<TemplateJson> Templates(RequestApp app) =>
        [.. app.App.Loops.Templates().Select(TemplateJson.From)];

    public static List<SessionSummaryJson> List(RequestApp app) =>
        [.. app.App.Loops.Summaries().Select(s => new SessionSummaryJson(s.Id, s.Plan.Template, s.Status, s.Plan.Language, s.Plan.Seed, s.Turns, s.CreatedAt, s.UpdatedAt))];

    public static IResult Start(LoopStart start, RequestApp app, WebLanguage messages)
    {
        var session = StartSession(app, start, messages.Language);
        return TypedResults.Created($"/api/loops/{session.Id}", SessionJson.From(session));
    }

    public static SessionJson Get(long id, RequestApp app) => SessionJson.From(app.App.Loops.Get(id));

    /// <summary>
    /// Answers the current question. By default the whole session as it now stands (its transcript and debrief);
    /// with <c>?view=turn</c>, only the turn just saved, the status and the next question, for a client that
    /// already holds the transcript (the debrief is still saved with the answer; read it with GET …/debrief).
    /// </summary>
    public static Results<Ok<SessionJson>, Ok<AnswerTurnJson>> Answer(long id, LoopAnswer answer, RequestApp app, [FromQuery] string? view = null)
    {
        var turnOnly = view?.Trim().ToLowerInvariant() switch
        {
            null or "" or "session" => false,
            "turn" => true,
            _ => throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.view-invalid", [view], [new Problem("view", "web.error.view-invalid", view)]),
        };
        var outcome = app.App.Loops.Answer(id, answer.Answer ?? "");
        return turnOnly ? TypedResults.Ok(AnswerTurnJson.From(outcome.Turn, outcome.Session)) : TypedResults.Ok(SessionJson.From(outcome.Session));
    }

    public static SessionJson Pause(long id, RequestApp app) => SessionJson.From(app.App.Loops.Pause(id));

    public static SessionJson Resume(long id, RequestApp app) => SessionJson.From(app.App.Loops.Resume(id));

    public static LoopDebrief Debrief(long id, RequestApp app) => app.App.Loops.Get(id).Debrief;

    /// <summary>
    /// Plans and starts a session. From a posting, the loop is the one the posting calls for (its format from the
    /// hiring stages, its competencies by weight, its company, an English-speaking interviewer when a Korean posting
    /// asks for English), as <c>loop run --posting</c> plans it; a named template or competencies override.
    /// </summary>
    internal static SessionView StartSession(RequestApp app, LoopStart start, Language fallback)
    {
        var language = start.Language is null ? fallback
            : Languages.TryParse(start.Language) ?? throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.language-invalid", start.Language);
        var seed = start.Seed ?? Random.Shared.Next(1, 1_000_000);
        var named = string.IsNullOrWhiteSpace(start.Template) ? null : app.Content.GetTemplate(start.Template.Trim());
        if (start.PostingId is { } postingId)
        {
            var competencies = start.Competencies is { Count: > 0 } chosen ? chosen : null;
            return app.App.Loops.Start(app.App.Loops.PlanFromPosting(app.App.Postings.Get(postingId), seed, named, competencies));
        }

        var plan = app.App.Loops.Plan(named ?? app.Content.GetTemplate(LoopService.DefaultTemplate), start.Competencies ?? [], language, seed);
        return app.App.Loops.Start(plan);
    }
}
