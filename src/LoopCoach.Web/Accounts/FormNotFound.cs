using LoopCoach.Web.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// A form sent to a page about something that is not the user's (another user's story, loop or posting) answers 404,
/// as the page's GET does. Without this, the page finds nothing and draws no form, and Blazor answers the post with
/// 400 "no form of that name": nothing leaks either way, but the isolation promise is one status for reads and
/// changes. The page said 404 while rendering (see <c>PageBase.Try</c>); that is remembered here and kept.
/// </summary>
internal static class FormNotFound
{
    public static IApplicationBuilder UseFormNotFound(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            || context.Features.Get<IHttpResponseFeature>() is not { } inner)
        {
            await next(context);
            return;
        }

        var trail = new StatusTrail(inner);
        context.Features.Set<IHttpResponseFeature>(trail);
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Features.Set(inner);
        }

        if ((trail.SaidNotFound || PageBase.SaidNotFound(context)) && context.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            var words = new Hosting.WebLanguage(new HttpContextAccessor { HttpContext = context });
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentLength = null;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(words["web.notfound.text"]);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body);
    });

    /// <summary>The response feature, remembering whether 404 was ever set.</summary>
    private sealed class StatusTrail(IHttpResponseFeature inner) : IHttpResponseFeature
    {
        public bool SaidNotFound { get; private set; }

        public int StatusCode
        {
            get => inner.StatusCode;
            set
            {
                SaidNotFound |= value == StatusCodes.Status404NotFound;
                inner.StatusCode = value;
            }
        }

        public string? ReasonPhrase { get => inner.ReasonPhrase; set => inner.ReasonPhrase = value; }

        public IHeaderDictionary Headers { get => inner.Headers; set => inner.Headers = value; }

        [Obsolete("Use IHttpResponseBodyFeature")]
        public Stream Body { get => inner.Body; set => inner.Body = value; }

        public bool HasStarted => inner.HasStarted;

        public void OnStarting(Func<object, Task> callback, object state) => inner.OnStarting(callback, state);

        public void OnCompleted(Func<object, Task> callback, object state) => inner.OnCompleted(callback, state);
    }
}
