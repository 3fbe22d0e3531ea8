using LoopCoach.Core.Localization;

namespace LoopCoach.Web.Hosting;

/// <summary>The language switch: remembers the choice in a cookie for a year and goes back to the page it came from.</summary>
internal static class LanguageSwitch
{
    public static IEndpointConventionBuilder MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{code}", (string code, string? back, HttpContext context) =>
        {
            if (Languages.TryParse(code) is { } language)
            {
                context.Response.Cookies.Append(WebLanguage.CookieName, language.Code(), new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    Path = "/",
                });
            }

            // Only a path of this site: never an address a link could send the user away to.
            var target = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal) ? back : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
}
