using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using Microsoft.Net.Http.Headers;

namespace LoopCoach.Web.Hosting;

/// <summary>
/// The language of one request and its messages: the <c>lang</c> query value (API callers), else the cookie the
/// language switch sets, else the browser's <c>Accept-Language</c>, else English.
/// </summary>
public sealed class WebLanguage
{
    /// <summary>The cookie that remembers the language the user chose.</summary>
    public const string CookieName = "loopcoach-lang";

    public WebLanguage(IHttpContextAccessor accessor)
    {
        Language = accessor.HttpContext is { } context ? Detect(context.Request) : Language.En;
    }

    /// <summary>The request's language.</summary>
    public Language Language { get; }

    /// <summary><c>en</c> or <c>ko</c>, for <c>lang</c> attributes and links.</summary>
    public string Code => Language.Code();

    /// <summary>A message in the request's language (with the web's hint when it has one, never the CLI's).</summary>
    public string this[string key] => Messages.ForFrontEnd("web", Language, key);

    /// <summary>A message in the request's language with its placeholders filled, and the web's hint if any.</summary>
    public string Text(string key, params object?[] args) => Messages.ForFrontEnd("web", Language, key, args);

    private static Messages Messages => ContentCatalog.BuiltInMessages;

    /// <summary>The language a request asks for.</summary>
    public static Language Detect(HttpRequest request)
    {
        if (Languages.TryParse(request.Query["lang"].ToString()) is { } fromQuery)
        {
            return fromQuery;
        }

        if (Languages.TryParse(request.Cookies[CookieName]) is { } fromCookie)
        {
            return fromCookie;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in accepted.OrderByDescending(v => v.Quality ?? 1))
        {
            if (Languages.TryParse(value.Value.ToString()) is { } fromBrowser)
            {
                return fromBrowser;
            }
        }

        return Language.En;
    }
}
