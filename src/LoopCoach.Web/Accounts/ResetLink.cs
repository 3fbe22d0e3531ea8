namespace LoopCoach.Web.Accounts;

/// <summary>The address of a password-reset link, as the admin hands it over.</summary>
public static class ResetLink
{
    /// <summary>The link on the server at <paramref name="baseUrl"/> (e.g. <c>https://coach.example.org</c>).</summary>
    public static string For(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/account/reset?token={Uri.EscapeDataString(token)}";

    /// <summary>The link on the server that answered <paramref name="request"/>.</summary>
    public static string For(HttpRequest request, string token) => For($"{request.Scheme}://{request.Host}{request.PathBase}", token);
}
