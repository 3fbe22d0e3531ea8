using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LoopCoach.Cli.Tests;

/// <summary>
/// Two real <c>loopcoach web</c> processes on two loopback ports and one PostgreSQL database, as behind a load
/// balancer: either node carries on what the other started, and accepts the other's antiforgery cookie.
/// </summary>
public sealed partial class ServerNodesTests : IDisposable
{
    private static readonly string[] Answers =
    [
        "I am an account manager with five years in B2B sales, mostly research clients.",
        "Last year our biggest client threatened to leave. I was asked to fix their weekly report. I rebuilt the queries myself and met them every Monday.",
        "The report was corrected within two days and they renewed for another year.",
        "I learned to check the numbers with the client before I ship anything.",
        "In 2024 I noticed our onboarding calls ran long. I wrote a checklist and trained two new colleagues on it. Calls got 20 minutes shorter.",
        "What does success look like in the first six months?",
    ];

    private readonly Loopcoach _loopcoach = new();
    private readonly List<Process> _nodes = [];

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Kill(entireProcessTree: true);
            node.WaitForExit();
            node.Dispose();
        }

        _loopcoach.Dispose();
    }

    [SkippableFact]
    public async Task TwoNodesOnOnePostgres_ContinueOneLoopTurnByTurn_AndAcceptEachOthersForms()
    {
        using var database = TestPostgres.NewDatabase();
        _loopcoach.Environment["LOOPCOACH_DATABASE_URL"] = database.ConnectionString;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string[] nodes = [await StartNode(timeout.Token), await StartNode(timeout.Token)];
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler);

        foreach (var node in nodes)
        {
            Assert.Equal("Healthy", await http.GetStringAsync(node + "/health/live", timeout.Token));
            Assert.Equal("Healthy", await http.GetStringAsync(node + "/health/ready", timeout.Token));
        }

        using var started = await http.PostAsJsonAsync(nodes[0] + "/api/loops", new { template = "amazon-loop", language = "en", seed = 11 }, timeout.Token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var session = JsonDocument.Parse(await started.Content.ReadAsStringAsync(timeout.Token)).RootElement.Clone();
        var id = session.GetProperty("id").GetInt64();
        for (var turn = 0; turn < Answers.Length; turn++)
        {
            // Turn by turn on alternating nodes: each answers the question the other one asked.
            var node = nodes[(turn + 1) % 2];
            var other = nodes[turn % 2];
            var asked = session.GetProperty("next").GetProperty("question").GetString();
            using var answered = await http.PostAsJsonAsync($"{node}/api/loops/{id}/answers", new { answer = Answers[turn] }, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            session = JsonDocument.Parse(await answered.Content.ReadAsStringAsync(timeout.Token)).RootElement.Clone();
            var turns = session.GetProperty("turns");
            Assert.Equal(turn + 1, turns.GetArrayLength());
            Assert.Equal(asked, turns[turn].GetProperty("question").GetString());

            var seen = JsonDocument.Parse(await http.GetStringAsync($"{other}/api/loops/{id}", timeout.Token)).RootElement;
            Assert.Equal(session.GetProperty("turns").ToString(), seen.GetProperty("turns").ToString());
            Assert.Equal(session.GetProperty("next").ToString(), seen.GetProperty("next").ToString());
        }

        // A form shown by node A (its antiforgery cookie and token) is posted to node B, which accepts it.
        var form = await http.GetStringAsync(nodes[0] + "/stories/new", timeout.Token);
        var token = Token().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        using var posted = await http.PostAsync(nodes[1] + "/stories/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "story", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["Title"] = "두 노드에서 쓴 이야기",
        }), timeout.Token);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("두 노드에서 쓴 이야기", await http.GetStringAsync(nodes[0] + "/api/stories", timeout.Token), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TwoNodesOnOnePostgres_ShareOneSignInLimitPerAddress()
    {
        using var database = TestPostgres.NewDatabase();
        _loopcoach.Environment["LOOPCOACH_DATABASE_URL"] = database.ConnectionString;
        _loopcoach.Environment["LOOPCOACH_ACCOUNTS"] = "true";
        _loopcoach.Environment["LoopCoach__SignInsPerMinute"] = "3";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string[] nodes = [await StartNode(timeout.Token), await StartNode(timeout.Token)];
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        var token = WebUtility.HtmlDecode(Token().Match(await http.GetStringAsync(nodes[0] + "/account/signin", timeout.Token)).Groups[1].Value);
        Assert.NotEmpty(token);

        // Wrong passwords from one address, node by node in turn: a limit in each node's memory would allow six.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var posted = await http.PostAsync(nodes[attempt % 2] + "/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Email"] = "nobody@example.com", ["Password"] = "guess number " + attempt,
            }), timeout.Token);
            statuses.Add(posted.StatusCode);
            if (attempt == 3)
            {
                Assert.Contains("Too many sign-in attempts", await posted.Content.ReadAsStringAsync(timeout.Token), StringComparison.Ordinal);
                Assert.True(posted.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a refusal says when to try again");
            }
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(3));
    }

    private async Task<string> StartNode(CancellationToken cancellation)
    {
        var node = _loopcoach.Start("web", "--host", "127.0.0.1", "--port", "0");
        _nodes.Add(node);
        var line = await node.StandardOutput.ReadLineAsync(cancellation) ?? "";
        var address = Address().Match(line);
        if (!address.Success)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail(line + await node.StandardError.ReadToEndAsync(cancellation));
        }

        return address.Value;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
