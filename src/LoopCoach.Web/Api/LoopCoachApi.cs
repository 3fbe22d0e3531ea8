namespace LoopCoach.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same shapes as the CLI's <c>--json</c> outputs, errors as problem details
/// (see <see cref="Hosting.Problems"/>). Each feature maps its own group.
/// </summary>
public static class LoopCoachApi
{
    public static IEndpointRouteBuilder MapLoopCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();
        api.MapAnalyze();
        api.MapStories();
        api.MapPostings();
        api.MapLoops();
        api.MapQuestions();
        api.MapBank();
        api.MapAssignments();
        return app;
    }
}
