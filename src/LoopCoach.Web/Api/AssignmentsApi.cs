using System.Globalization;
using System.Security.Claims;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Accounts;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary>An assignment as the API shows it. A coach's view has <see cref="Candidates"/>; a candidate's has <see cref="Used"/> and <see cref="Open"/>.</summary>
/// <param name="Name">What it is called: the posting's title, else the template's name in the caller's language.</param>
/// <param name="Title">The posting's title when it was made from a posting; null for a template's loop.</param>
/// <param name="Competencies">The competencies of the loop, in the plan's order: what the levels are given for.</param>
public sealed record CoachAssignmentJson(
    long Id, string Name, string Template, string Language, string? Title, DateOnly DueOn, int Attempts, string Coach,
    IReadOnlyList<string> Competencies, DateTimeOffset CreatedAt, int? Used = null, bool? Open = null, IReadOnlyList<AssignedCandidateJson>? Candidates = null);

/// <summary>
/// A candidate of an assignment, for the coach: attempts used and, on one assignment's page, the best level per competency
/// (<c>strong</c>, <c>mixed</c>, <c>weak</c>, <c>none</c>; null when not practised or in a list). Never an answer.
/// <paramref name="Loops"/> only when the candidate shares their loops with the coach.
/// </summary>
public sealed record AssignedCandidateJson(string Id, string Email, int AttemptsUsed, IReadOnlyDictionary<string, string>? Levels, IReadOnlyList<long> Loops);

/// <summary>
/// A new assignment, or a change (on <c>PATCH</c> a field left out keeps its value; template, posting and language
/// cannot change). <see cref="Candidates"/> names candidates who invited the coach, by account id or e-mail address.
/// </summary>
public sealed record AssignmentInput
{
    public string? Template { get; init; }

    /// <summary>One of the coach's saved postings: the loop is planned from it, as <c>loop run --posting</c> does.</summary>
    public long? PostingId { get; init; }

    /// <summary>ko or en, for a template's loop (a posting's loop speaks the posting's language).</summary>
    public string? Language { get; init; }

    /// <summary>YYYY-MM-DD, today or later.</summary>
    public string? DueOn { get; init; }

    public int? Attempts { get; init; }

    public IReadOnlyList<string>? Candidates { get; init; }
}

/// <summary>
/// <c>/api/assignments</c>: what the coach's pages do, for programs. A coach lists, sets, changes and deletes their own
/// assignments; a candidate lists those set for them. Everything else, and everyone else's, is "not found".
/// </summary>
public static class AssignmentsApi
{
    public static void MapAssignments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/assignments");
        group.MapGet("/", List).WithName("ListAssignments").WithSummary("A coach's assignments with their candidates; for a candidate, those set for them.");
        group.MapGet("/{id:long}", Get).WithName("GetAssignment").WithSummary("One assignment: for its coach with each candidate's best level per competency.");
        group.MapPost("/", Create).WithName("CreateAssignment").WithSummary("A coach sets a loop (a template, or one of their postings) for candidates who invited them.");
        group.MapPatch("/{id:long}", Update).WithName("UpdateAssignment").WithSummary("A coach changes the due date, the attempts or the candidates.");
        group.MapDelete("/{id:long}", Delete).WithName("DeleteAssignment").WithSummary("A coach deletes an assignment; the candidates' loops stay theirs.");
    }

    public static List<CoachAssignmentJson> List(HttpContext context, RequestApp request, WebLanguage words)
    {
        if (Coach(context) is { } coach)
        {
            return [.. request.Assignments.OfCoach(coach).Select(a => Json(request, a, words.Language) with
            {
                Candidates = [.. request.Assignments.Candidates(a).Select(c => new AssignedCandidateJson(c.CandidateId, c.Email, c.Sessions.Count, null, c.SharesSessions ? c.Sessions : []))],
            })];
        }

        return UserId(context) is { } candidate
            ? [.. request.Assignments.OfCandidate(candidate).Select(c => Json(request, c.Assignment, words.Language) with { Used = c.Used, Open = c.IsOpen(request.Today) })]
            : [];
    }

    public static CoachAssignmentJson Get(long id, HttpContext context, RequestApp request, WebLanguage words)
    {
        if (Coach(context) is { } coach)
        {
            var report = AssignmentReport.Open(request, coach, id, words.Language);
            return Json(request, report.Assignment, words.Language) with
            {
                Candidates = [.. report.Lines.Select(l => new AssignedCandidateJson(l.Candidate.CandidateId, l.Candidate.Email, l.Candidate.Sessions.Count, l.Practised ? l.Levels : null, l.Candidate.SharesSessions ? l.Candidate.Sessions : []))],
            };
        }

        var mine = (UserId(context) is { } candidate ? request.Assignments.OfCandidate(candidate, id) : null) ?? throw NotFound(id);
        return Json(request, mine.Assignment, words.Language) with { Used = mine.Used, Open = mine.IsOpen(request.Today) };
    }

    public static IResult Create(AssignmentInput input, HttpContext context, RequestApp request, WebLanguage words)
    {
        var coach = Coach(context) ?? throw NotFound(0);
        var due = Due(input.DueOn, request) ?? throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.due");
        var attempts = input.Attempts ?? throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.attempts", AssignmentStore.MaxAttempts);
        var candidates = Candidates(input.Candidates, coach, request);
        var seed = Random.Shared.Next(1, 1_000_000);
        long id;
        if (input.PostingId is { } postingId)
        {
            // Planned now from the coach's own posting and kept: the candidates never read the posting itself.
            var posting = request.App.Postings.Get(postingId);
            var plan = request.App.Loops.PlanFromPosting(posting, seed) with { Posting = null };
            var title = string.Join(" · ", new[] { posting.Posting.Title, posting.Posting.Company }.Where(t => t.Length > 0));
            id = request.Assignments.Create(coach, plan.Template, plan.Language.Code(), seed, due, attempts, candidates, plan, title.Length > 0 ? title : null);
        }
        else
        {
            var template = request.Content.GetTemplate((input.Template ?? "").Trim());
            var language = input.Language is null ? words.Language
                : Languages.TryParse(input.Language) ?? throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.language-invalid", input.Language);
            id = request.Assignments.Create(coach, template.Id, language.Code(), seed, due, attempts, candidates);
        }

        return TypedResults.Created($"/api/assignments/{id}", Get(id, context, request, words));
    }

    public static CoachAssignmentJson Update(long id, AssignmentInput input, HttpContext context, RequestApp request, WebLanguage words)
    {
        var coach = Coach(context) ?? throw NotFound(id);
        if (request.Assignments.OfCoach(coach, id) is null)
        {
            throw NotFound(id);
        }

        var change = new AssignmentChange(
            input.DueOn is null ? null : Due(input.DueOn, request) ?? throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.due"),
            input.Attempts,
            input.Candidates is null ? null : Candidates(input.Candidates, coach, request));
        return request.Assignments.Update(coach, id, change) ? Get(id, context, request, words) : throw NotFound(id);
    }

    public static CoachAssignmentJson Delete(long id, HttpContext context, RequestApp request, WebLanguage words)
    {
        var coach = Coach(context) ?? throw NotFound(id);
        var before = Get(id, context, request, words);
        return request.Assignments.Delete(coach, id) ? before : throw NotFound(id);
    }

    private static CoachAssignmentJson Json(RequestApp request, Assignment a, Language language)
    {
        var plan = AssignmentReport.PlanOf(request, a);
        return new CoachAssignmentJson(a.Id, AssignmentReport.NameOf(request, a, language), a.Template, a.Language, a.Title, a.DueOn, a.Attempts, a.CoachEmail,
            [.. plan.Interviewers.SelectMany(i => i.Competencies).Distinct()], a.CreatedAt);
    }

    private static DateOnly? Due(string? text, RequestApp request) =>
        DateOnly.TryParseExact(text ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) && due >= request.Today ? due : null;

    // Candidates named by account id or address, each of whom must invite the coach.
    private static List<string> Candidates(IReadOnlyList<string>? named, string coach, RequestApp request)
    {
        if (named is not { Count: > 0 })
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.no-candidates");
        }

        var mine = request.Accounts.Candidates(coach);
        return [.. named.Select(n => mine.FirstOrDefault(c => c.CandidateId == n || string.Equals(c.Email, n, StringComparison.OrdinalIgnoreCase))?.CandidateId
            ?? throw new LoopCoachException(ErrorKind.NotFound, "coach.error.not-shared")).Distinct()];
    }

    private static string? UserId(HttpContext context) => context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    private static string? Coach(HttpContext context) =>
        context.RequestServices.GetRequiredService<WebSettings>().Accounts && context.User.IsInRole(Roles.Coach) ? UserId(context) : null;

    private static LoopCoachException NotFound(long id) => new(ErrorKind.NotFound, "assignment.error.not-found", id);
}
