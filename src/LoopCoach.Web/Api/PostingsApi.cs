using LoopCoach.Application.Json;
using LoopCoach.Application.Postings;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary>A posting's text: the body of <c>POST /api/postings</c> and <c>POST /api/postings/analyze</c>.</summary>
public sealed record PostingText(string? Text);

/// <summary><c>/api/postings</c>: job postings, as <c>loopcoach posting … --json</c>.</summary>
public static class PostingsApi
{
    public static void MapPostings(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/postings");
        group.MapPost("/analyze", Analyze).WithName("AnalyzePosting").WithSummary("Reads a posting and saves nothing: the analysis, with id 0.");
        group.MapPost("/", Save).WithName("SavePosting").WithSummary("Reads a posting and saves it, as posting analyze.");
        group.MapGet("/", List).WithName("ListPostings").WithSummary("Every saved posting, newest first.");
        group.MapGet("/{id:long}", Get).WithName("GetPosting").WithSummary("A saved posting, analysed again.");
    }

    public static PostingJson Analyze(PostingText posting, RequestApp app) => Json(app.App.Postings.Read(AnalyzeApi.Required(posting.Text, "text")));

    public static IResult Save(PostingText posting, RequestApp app)
    {
        var saved = Json(app.App.Postings.Analyze(AnalyzeApi.Required(posting.Text, "text")));
        return TypedResults.Created($"/api/postings/{saved.Id}", saved);
    }

    public static List<PostingSummaryJson> List(RequestApp app) =>
        [.. app.App.Postings.List().Select(p => new PostingSummaryJson(p.Id, p.Title, p.Company, p.CreatedAt))];

    public static PostingJson Get(long id, RequestApp app) => Json(app.App.Postings.Get(id));

    internal static PostingJson Json(AnalyzedPosting posting) =>
        new(posting.Posting.Id, posting.Posting.Title, posting.Posting.Company, posting.Competencies, posting.Analysis);
}
