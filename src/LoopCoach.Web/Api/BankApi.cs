using LoopCoach.Core.Errors;
using LoopCoach.Storage.Bank;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace LoopCoach.Web.Api;

/// <summary>
/// <c>GET /api/export</c> and <c>POST /api/import</c>: everything of the user's as the file of <c>loopcoach export</c>,
/// and such a file (or a story export) taken in. The import is the one request allowed past the 2 MB limit, up to
/// <see cref="WebLimits.MaxImportBytes"/>.
/// </summary>
public static class BankApi
{
    public static void MapBank(this RouteGroupBuilder api)
    {
        api.MapGet("/export", Export).WithName("ExportBank")
            .WithSummary("Everything of the user's (stories with history, postings, mock loops with answers and retries, retrospectives, seen questions) as one JSON file, the file of `loopcoach export`.");
        api.MapPost("/import", Import).WithName("ImportBank")
            .WithSummary("Takes in the file of `loopcoach export` (or of `stories export`), sent as the body: checked whole first; nothing is saved unless all of it is valid. `?dryRun=true` reports and saves nothing.")
            .Accepts<BankDocument>("application/json");
    }

    /// <summary>The whole bank as a download.</summary>
    public static IResult Export(RequestApp app) => TypedResults.File(app.App.Bank.ExportUtf8(), "application/json", FileName(app));

    /// <summary>The download's name: <c>loopcoach-export-YYYY-MM-DD.json</c>.</summary>
    public static string FileName(RequestApp app) =>
        $"loopcoach-export-{app.App.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.json";

    public static async Task<IResult> Import(HttpContext context, RequestApp app, WebLanguage words, bool dryRun = false)
    {
        // Messages name the body as the user would ("the request body", "요청 본문"), never a file path.
        var source = words["bank.request-body"];
        var body = await WebLimits.ReadImport(context.Request.Body, source, context.RequestAborted);
        var report = app.App.Bank.Import(body, source, dryRun);
        return TypedResults.Json(report, BankJson.Options);
    }
}
