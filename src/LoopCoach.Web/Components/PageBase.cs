using LoopCoach.Core.Errors;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace LoopCoach.Web.Components;

/// <summary>
/// What every page has: the request (pages are rendered on the server, one request at a time, with no circuit), the
/// application for it, the language, and a way to show an error the user caused in their language with the right
/// status code.
/// </summary>
public abstract class PageBase : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required RequestApp Request { get; set; }

    /// <summary>The request's language (pages also have it as <c>T</c>, from _Imports.razor).</summary>
    [Inject]
    public required WebLanguage Words { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    private const string NotFoundKey = "loopcoach.page-not-found";

    /// <summary>What went wrong, in the user's language; null when nothing did.</summary>
    protected string? Error { get; private set; }

    /// <summary>The problems behind <see cref="Error"/>, one per field.</summary>
    protected IReadOnlyList<string> ErrorDetails { get; private set; } = [];

    /// <summary>Whether this request is a form being sent.</summary>
    protected bool IsPost => HttpContext is { } context && HttpMethods.IsPost(context.Request.Method);

    /// <summary>Runs <paramref name="action"/>; a failure the user caused is shown on the page instead of thrown.</summary>
    protected bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (LoopCoachException e)
        {
            Error = Words.Text(e.MessageKey, [.. e.Args]);
            ErrorDetails = [.. e.Problems.Select(p => (p.Field.Length > 0 ? p.Field + ": " : "") + Words.Text(p.MessageKey, p.Args))];
            SetStatus(Problems.Status(e.Kind));
            return false;
        }
    }

    /// <summary>
    /// Sets the response's status. A 404 is set only as the response starts: Blazor sends a page that said 404 while
    /// rendering without its body (leaving it to the status code pages, which say only "Not Found"), and the page
    /// is what says what was not found and where to look for it.
    /// </summary>
    protected void SetStatus(int status)
    {
        if (HttpContext is not { Response.HasStarted: false } context)
        {
            return;
        }

        if (status != StatusCodes.Status404NotFound)
        {
            context.Response.StatusCode = status;
        }
        else if (context.Items.TryAdd(NotFoundKey, true))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
    }

    /// <summary>Whether a page of this request said "not found" (its 404 is set when the response starts).</summary>
    public static bool SaidNotFound(HttpContext context) => context.Items.ContainsKey(NotFoundKey);

    /// <summary>The competency's name in the user's language, or its id when it is unknown.</summary>
    protected string CompetencyName(string? id) =>
        id is null ? "" : Request.Content.Frameworks.FindCompetency(id)?.Name[Words.Language] ?? id;
}
