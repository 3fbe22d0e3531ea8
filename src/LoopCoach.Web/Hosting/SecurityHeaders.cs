namespace LoopCoach.Web.Hosting;

/// <summary>
/// Headers every answer carries: a Content-Security-Policy that allows scripts and styles from this origin only (no
/// inline script, no eval), no framing, no MIME sniffing, and no referrer sent elsewhere.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy: the app's own files only; the microphone button's speech recognition needs no network of ours.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "microphone=(self), camera=(), geolocation=()";
        return next(context);
    }
}
