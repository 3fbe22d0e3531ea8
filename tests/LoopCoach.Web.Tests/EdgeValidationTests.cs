using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LoopCoach.Web.Tests;

/// <summary>
/// Every endpoint and page of the app, taken from its own route table, called with hostile route values, query
/// strings and bodies, and every form of every page with hostile fields: each answers with a status below 500, and an API refusal is an RFC 7807 problem. A new
/// endpoint is covered without a line added here.
/// </summary>
public sealed partial class EdgeValidationTests(ITestOutputHelper output) : IDisposable
{
    private readonly WebApp _app = new();

    // Route values of every shape a person or a script may send: out of range, not numbers, escapes, very long. (A NUL
    // in the path is refused by Kestrel before the app and by the test host before the request; it is in the query.)
    private static readonly string[] NumberValues = ["0", "-1", "9223372036854775807", "99999999999999999999", "1e3"];

    private static readonly string[] TextValues = ["%01", "..%2F..%2Fetc%2Fpasswd", "%EF%BF%BE", "%3Cscript%3E", "%E2%80%AE", new string('x', 3000)];

    // Every query name a page or endpoint reads, with a value of the wrong type.
    private const string HostileQuery =
        "?id=abc&posting=-1&date=2026-99-99&q=%00%EF%BF%BE&lang=xx&language=zz&competency=nope&kind=%3Cb%3E&limit=-5&deleted=maybe&reset=2&saved=maybe&seed=abc&purge=x&tried=%E2%88%9E&attempt=99999999999&back=http%3A%2F%2Fevil.example%2F&page=99999999999";

    // Bodies that are not what any endpoint expects.
    private static readonly (string Name, byte[] Bytes, string ContentType)[] Bodies =
    [
        ("empty", [], "application/json"),
        ("truncated JSON", "{\"answer\":"u8.ToArray(), "application/json"),
        ("null", "null"u8.ToArray(), "application/json"),
        ("array", "[1,2,3]"u8.ToArray(), "application/json"),
        ("wrong types", "{\"answer\":5,\"text\":[],\"title\":{},\"template\":true,\"posting\":\"x\",\"competencies\":\"all\",\"interviewers\":-3}"u8.ToArray(), "application/json"),
        ("lone surrogate", "{\"answer\":\"\\ud800\",\"text\":\"\\ud800\",\"title\":\"\\ud800\"}"u8.ToArray(), "application/json"),
        ("invalid UTF-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], "application/json"),
        ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "application/json"),
        ("huge field", Encoding.UTF8.GetBytes("{\"answer\":\"" + new string('a', 60_000) + "\",\"text\":\"" + new string('b', 60_000) + "\"}"), "application/json"),
        ("form without token", "title=x&situation=y"u8.ToArray(), "application/x-www-form-urlencoded"),
        ("plain text", "hello"u8.ToArray(), "text/plain"),
    ];

    [Fact]
    public async Task EveryEndpoint_WithHostileInput_AnswersBelow500()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        await Hostile(client, _app.Services);
    }

    /// <summary>The same on a shared server, signed in as a candidate, as a coach and as the admin.</summary>
    [Theory]
    [InlineData(LoopCoach.Storage.Accounts.AccountRole.Candidate)]
    [InlineData(LoopCoach.Storage.Accounts.AccountRole.Coach)]
    [InlineData(LoopCoach.Storage.Accounts.AccountRole.Admin)]
    public async Task EveryEndpoint_WithHostileInput_SignedIn_AnswersBelow500(LoopCoach.Storage.Accounts.AccountRole role)
    {
        await using var app = new Accounts.AccountsApp();
        app.CreateAccount("someone@example.com", role);
        using var client = await app.SignedIn("someone@example.com");
        await Hostile(client, app.Services);
    }

    private async Task Hostile(HttpClient client, IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not ("/account/signout" or "/account/delete" or "/account/password"))
            .ToList();
        Assert.NotEmpty(endpoints);

        var failures = new List<string>();
        var requests = 0;
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var path in Paths(endpoint.RoutePattern))
            {
                foreach (var method in methods)
                {
                    var bodies = method is "GET" or "HEAD" or "DELETE" ? [("none", Array.Empty<byte>(), "")] : Bodies;
                    foreach (var (name, bytes, contentType) in bodies)
                    {
                        foreach (var url in new[] { path, path + HostileQuery })
                        {
                            using var request = new HttpRequestMessage(new HttpMethod(method), url);
                            if (contentType.Length > 0)
                            {
                                request.Content = new ByteArrayContent(bytes);
                                request.Content.Headers.ContentType = new(contentType);
                            }

                            using var response = await client.SendAsync(request);
                            requests++;
                            var status = (int)response.StatusCode;
                            if (status >= 500)
                            {
                                failures.Add($"{method} {Shorten(url)} ({name}) → {status}");
                            }
                            else if (status >= 400 && url.StartsWith("/api/", StringComparison.Ordinal) && response.StatusCode != HttpStatusCode.NotFound
                                && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                            {
                                failures.Add($"{method} {Shorten(url)} ({name}) → {status} without a problem body");
                            }
                        }
                    }
                }
            }
        }

        // Every form of every page, posted as the page drew it (its own antiforgery token and handler) with every
        // field hostile: a form is where a person types, so it gets the same inputs as the API.
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
            && e.RoutePattern.RawText is { } raw && !raw.StartsWith("/api", StringComparison.Ordinal)))
        {
            var path = Fill(endpoint.RoutePattern, _ => null);
            using var page = await client.GetAsync(path);
            var html = await page.Content.ReadAsStringAsync();
            foreach (Match form in FormPattern().Matches(html))
            {
                var token = TokenPattern().Match(form.Value).Groups[1].Value;
                var action = ActionPattern().Match(form.Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : path;
                var names = FieldPattern().Matches(form.Value).Select(m => m.Groups[1].Value)
                    .Where(n => n is not ("__RequestVerificationToken" or "_handler")).Distinct().ToList();
                foreach (var value in FieldValues)
                {
                    var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
                    if (HandlerPattern().Match(form.Value) is { Success: true } handler)
                    {
                        fields.Add(new("_handler", WebUtility.HtmlDecode(handler.Groups[1].Value)));
                    }

                    fields.AddRange(names.Select(n => new KeyValuePair<string, string>(n, value)));
                    using var posted = await client.PostAsync(action.StartsWith('/') ? action : path, new FormUrlEncodedContent(fields));
                    requests++;
                    if ((int)posted.StatusCode >= 500)
                    {
                        failures.Add($"form on {path} ({string.Join(",", names)}) with {Shorten(value)} → {(int)posted.StatusCode}");
                    }
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {requests} hostile requests, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    // The pattern's paths with each parameter filled by every hostile value of its kind (the others by a plain one).
    private static IEnumerable<string> Paths(RoutePattern pattern)
    {
        if (pattern.Parameters.Count == 0)
        {
            yield return Fill(pattern, _ => null);
            yield break;
        }

        foreach (var parameter in pattern.Parameters)
        {
            var numeric = parameter.ParameterPolicies.Any(p => p.Content is "long" or "int");
            foreach (var value in numeric ? NumberValues : TextValues)
            {
                yield return Fill(pattern, p => p == parameter ? value : null);
            }
        }
    }

    private static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string?> value)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => value(parameter)
                        ?? (parameter.ParameterPolicies.Any(p => p.Content is "long" or "int") ? "1" : "x"),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    // What a person or a script may type into any field.
    private static readonly string[] FieldValues =
    [
        "", "-1", "99999999999999999999", "2026-99-99", "abc", "\uFFFE noncharacter", "\u202E right-to-left", "<script>alert(1)</script>",
        "\u001B[2Jclear", new string('한', 60_000),
    ];

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"_handler\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HandlerPattern();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<(?:input|textarea|select)[^>]*name=\"([^\"]+)\"")]
    private static partial Regex FieldPattern();

    private static string Shorten(string url) => url.Length > 120 ? url[..117] + "…" : url;

    public void Dispose() => _app.Dispose();
}
