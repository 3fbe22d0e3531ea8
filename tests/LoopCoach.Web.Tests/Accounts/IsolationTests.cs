using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LoopCoach.Storage.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoopCoach.Web.Tests.Accounts;

/// <summary>
/// Every endpoint and page of the app, taken from its own route table, called by users who must not see candidate
/// B's data: another candidate, a coach B did not invite, and the admin. Each gets 404 for B's ids (never 403, so ids
/// do not leak), never a word of B's, and changes nothing of B's. A route that has no line in <see cref="Calls"/>
/// fails the test: a new endpoint comes with its isolation case.
/// </summary>
public sealed partial class IsolationTests : IAsyncLifetime
{
    private const string StoryMarker = "BSECRETSTORY";
    private const string PostingMarker = "BSECRETPOSTING";
    private const string AnswerMarker = "BSECRETANSWER";

    private readonly AccountsApp _app = new();
    private BData _b = null!;

    /// <summary>B's rows, by id.</summary>
    private sealed record BData(string AccountId, long Story, long Posting, long Session, long Assignment);

    /// <summary>What a caller may get.</summary>
    private enum Expect
    {
        /// <summary>The route names one of B's rows: 404, nothing of B's.</summary>
        NotFound,

        /// <summary>The route has no id of B's (a list, a new item, the caller's own page): anything but a server error, nothing of B's.</summary>
        Own,
    }

    /// <summary>How to call one route with B's ids, and what to expect. A <c>Form</c> is posted as that page's form, with the caller's own antiforgery token.</summary>
    private sealed record Call(HttpMethod Method, string Path, Expect Expect, object? Json = null, string? Form = null, Dictionary<string, string>? Fields = null);

    private static readonly HttpMethod Get = HttpMethod.Get;
    private static readonly HttpMethod Post = HttpMethod.Post;

    /// <summary>Every route of the app ("METHOD pattern" as the route table spells it) and how to call it with B's ids.</summary>
    private static readonly Dictionary<string, Func<BData, Call[]>> Calls = new()
    {
        // Framework and anonymous routes: they read no one's data.
        ["GET /openapi/{documentName}.json"] = b => [new(Get, "/openapi/v1.json", Expect.Own)],
        ["GET /language/{code}"] = b => [new(Get, "/language/ko?back=/", Expect.Own)],
        ["GET /_framework/opaque-redirect"] = b => [new(Get, "/_framework/opaque-redirect", Expect.Own)],
        ["GET /plan.ics"] = b => [new(Get, $"/plan.ics?posting={b.Posting}&date=2026-12-01", Expect.NotFound)],
        ["POST /account/signout"] = b => [], // ends only the caller's own cookie; covered by AccountTests
        ["GET /account/export"] = b => [new(Get, "/account/export", Expect.Own)],
        // Moving in and out (server12): the caller's own bank out, and a file into the caller's own bank; nothing of B's.
        ["GET /api/export"] = b => [new(Get, "/api/export", Expect.Own)],
        ["POST /api/import"] = b => [new(Post, "/api/import", Expect.Own, Json: new { format = "loopcoach.bank", formatVersion = 1, stories = new[] { new { uid = Guid.NewGuid(), title = "A's imported story" } } })],
        // The pg branch's health checks (any method): they read no one's data.
        ["* /health/live"] = b => [new(Get, "/health/live", Expect.Own)],
        ["* /health/ready"] = b => [new(Get, "/health/ready", Expect.Own)],

        // The API.
        ["POST /api/analyze"] = b => [new(Post, "/api/analyze", Expect.Own, Json: new { answer = "I led the project.", competency = "ownership" })],
        ["GET /api/stories/"] = b => [new(Get, "/api/stories/?deleted=true", Expect.Own)],
        ["GET /api/stories/{id:long}"] = b => [new(Get, $"/api/stories/{b.Story}", Expect.NotFound)],
        ["POST /api/stories/"] = b => [new(Post, "/api/stories/", Expect.Own, Json: new { title = "A's own" })],
        ["PATCH /api/stories/{id:long}"] = b => [new(HttpMethod.Patch, $"/api/stories/{b.Story}", Expect.NotFound, Json: new { title = "overwritten" })],
        ["DELETE /api/stories/{id:long}"] = b => [new(HttpMethod.Delete, $"/api/stories/{b.Story}", Expect.NotFound)],
        ["POST /api/stories/{id:long}/undelete"] = b => [new(Post, $"/api/stories/{b.Story}/undelete", Expect.NotFound)],
        ["POST /api/stories/check"] = b => [new(Post, "/api/stories/check", Expect.Own, Json: new { title = "draft" })],
        ["GET /api/stories/{id:long}/history"] = b => [new(Get, $"/api/stories/{b.Story}/history", Expect.NotFound)],
        ["POST /api/postings/analyze"] = b => [new(Post, "/api/postings/analyze", Expect.Own, Json: new { text = "Backend engineer. We value ownership." })],
        ["POST /api/postings/"] = b => [new(Post, "/api/postings/", Expect.Own, Json: new { text = "Backend engineer. We value ownership." })],
        ["GET /api/postings/"] = b => [new(Get, "/api/postings/", Expect.Own)],
        ["GET /api/postings/{id:long}"] = b => [new(Get, $"/api/postings/{b.Posting}", Expect.NotFound)],
        ["GET /api/loops/templates"] = b => [new(Get, "/api/loops/templates", Expect.Own)],
        ["GET /api/loops/"] = b => [new(Get, "/api/loops/", Expect.Own)],
        ["POST /api/loops/"] = b => [new(Post, "/api/loops/", Expect.NotFound, Json: new { postingId = b.Posting, seed = 1 })],
        ["GET /api/loops/{id:long}"] = b => [new(Get, $"/api/loops/{b.Session}", Expect.NotFound)],
        ["POST /api/loops/{id:long}/answers"] = b => [new(Post, $"/api/loops/{b.Session}/answers", Expect.NotFound, Json: new { answer = "hijacked" })],
        ["POST /api/loops/{id:long}/pause"] = b => [new(Post, $"/api/loops/{b.Session}/pause", Expect.NotFound)],
        ["POST /api/loops/{id:long}/resume"] = b => [new(Post, $"/api/loops/{b.Session}/resume", Expect.NotFound)],
        ["GET /api/loops/{id:long}/debrief"] = b => [new(Get, $"/api/loops/{b.Session}/debrief", Expect.NotFound)],
        ["GET /api/questions/"] = b => [new(Get, "/api/questions/", Expect.Own)],
        ["GET /api/questions/search"] = b => [new(Get, "/api/questions/search?q=team", Expect.Own)],
        ["GET /api/questions/{id}"] = b => [new(Get, "/api/questions/lp-ownership-1", Expect.Own)],

        // The pages (each answers GET, and POST for its forms).
        ["GET /"] = b => [new(Get, "/", Expect.Own)],
        ["POST /"] = b => [new(Post, "/", Expect.Own, Form: "interview")],
        ["GET /ask"] = b => [new(Get, "/ask", Expect.Own)],
        ["POST /ask"] = b => [new(Post, "/ask", Expect.Own, Form: "none")],
        ["GET /loop"] = b => [new(Get, "/loop", Expect.Own), new(Get, $"/loop?posting={b.Posting}", Expect.Own)],
        ["POST /loop"] = b => [new(Post, "/loop", Expect.NotFound, Form: "start", Fields: new() { ["Posting"] = b.Posting.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Seed"] = "1" })],
        ["GET /loop/{Id:long}"] = b => [new(Get, $"/loop/{b.Session}", Expect.NotFound)],
        ["POST /loop/{Id:long}"] = b => [new(Post, $"/loop/{b.Session}", Expect.NotFound, Form: "answer", Fields: new() { ["Answer"] = "hijacked" })],
        ["GET /loop/{Id:long}/debrief"] = b => [new(Get, $"/loop/{b.Session}/debrief", Expect.NotFound)],
        ["POST /loop/{Id:long}/debrief"] = b => [new(Post, $"/loop/{b.Session}/debrief", Expect.NotFound, Form: "save-1")],
        ["GET /loops/{Id:long}/notes"] = b => [new(Get, $"/loops/{b.Session}/notes", Expect.NotFound)],
        ["POST /loops/{Id:long}/notes"] = b => [new(Post, $"/loops/{b.Session}/notes", Expect.NotFound, Form: "none")],
        ["GET /not-found"] = b => [new(Get, "/not-found", Expect.Own)],
        ["POST /not-found"] = b => [new(Post, "/not-found", Expect.Own, Form: "none")],
        ["GET /posting"] = b => [new(Get, "/posting", Expect.Own)],
        ["POST /posting"] = b => [new(Post, "/posting", Expect.Own, Form: "read", Fields: new() { ["Text"] = "Backend engineer. We value ownership." })],
        ["GET /posting/{Id:long}"] = b => [new(Get, $"/posting/{b.Posting}", Expect.NotFound)],
        ["POST /posting/{Id:long}"] = b => [new(Post, $"/posting/{b.Posting}", Expect.NotFound, Form: "save", Fields: new() { ["Keep"] = "x" })],
        ["GET /postings/{Id:long}/coverage"] = b => [new(Get, $"/postings/{b.Posting}/coverage", Expect.NotFound)],
        ["POST /postings/{Id:long}/coverage"] = b => [new(Post, $"/postings/{b.Posting}/coverage", Expect.NotFound, Form: "start")],
        ["GET /postings/{Id:long}/plan"] = b => [new(Get, $"/postings/{b.Posting}/plan", Expect.NotFound)],
        ["POST /postings/{Id:long}/plan"] = b => [new(Post, $"/postings/{b.Posting}/plan", Expect.NotFound, Form: "tick", Fields: new() { ["Task"] = "0-0" })],
        ["GET /progress"] = b => [new(Get, "/progress", Expect.Own)],
        ["POST /progress"] = b => [new(Post, "/progress", Expect.Own, Form: "none")],
        ["GET /questions"] = b => [new(Get, "/questions", Expect.Own)],
        ["POST /questions"] = b => [new(Post, "/questions", Expect.Own, Form: "none")],
        ["GET /retros"] = b => [new(Get, "/retros", Expect.Own)],
        ["POST /retros"] = b => [new(Post, "/retros", Expect.Own, Form: "none")],
        ["GET /stories"] = b => [new(Get, "/stories", Expect.Own)],
        ["POST /stories"] = b => [new(Post, "/stories", Expect.Own, Form: "none")],
        ["GET /stories/new"] = b => [new(Get, "/stories/new", Expect.Own)],
        ["POST /stories/new"] = b => [new(Post, "/stories/new", Expect.Own, Form: "story", Fields: new() { ["Title"] = "A's own" })],
        ["GET /stories/{Id:long}"] = b => [new(Get, $"/stories/{b.Story}", Expect.NotFound)],
        ["POST /stories/{Id:long}"] = b =>
        [
            new(Post, $"/stories/{b.Story}", Expect.NotFound, Form: "story", Fields: new() { ["Title"] = "overwritten" }),
            new(Post, $"/stories/{b.Story}", Expect.NotFound, Form: "delete", Fields: new() { ["Confirm"] = "yes" }),
        ],

        // Story history, recycle bin, import and export (web11): the bin and the transfer page are the caller's own;
        // an id of B's posted to them must change nothing of B's (checked at the end).
        ["GET /api/stories/export"] = b => [new(Get, "/api/stories/export", Expect.Own)],
        ["GET /stories/{Id:long}/history"] = b => [new(Get, $"/stories/{b.Story}/history", Expect.NotFound)],
        ["POST /stories/{Id:long}/history"] = b => [new(Post, $"/stories/{b.Story}/history", Expect.NotFound, Form: "restore", Fields: new() { ["Version"] = "1" })],
        ["GET /stories/bin"] = b => [new(Get, "/stories/bin", Expect.Own)],
        ["POST /stories/bin"] = b =>
        [
            new(Post, "/stories/bin", Expect.Own, Form: "undelete", Fields: new() { ["Restored"] = b.Story.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new(Post, $"/stories/bin?purge={b.Story}", Expect.Own, Form: "purge", Fields: new() { ["Purged"] = b.Story.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        ],
        ["GET /stories/transfer"] = b => [new(Get, "/stories/transfer", Expect.Own)],
        ["POST /stories/transfer"] = b => [new(Post, "/stories/transfer", Expect.Own, Form: "import", Fields: new() { ["Sent"] = "1" })],

        // Accounts, coaches and the admin.
        ["GET /account"] = b => [new(Get, "/account", Expect.Own)],
        ["POST /account"] = b => [new(Post, "/account", Expect.Own, Form: "none"), new(Post, "/account", Expect.Own, Form: "import", Fields: new() { ["Sent"] = "1" })],
        ["GET /account/password"] = b => [new(Get, "/account/password", Expect.Own)],
        ["POST /account/password"] = b => [], // changes only the caller's own password; covered by AccountTests
        ["GET /account/delete"] = b => [new(Get, "/account/delete", Expect.Own)],
        ["POST /account/delete"] = b => [], // deletes only the caller's own account; covered by AccountTests
        ["GET /account/invitations"] = b => [new(Get, "/account/invitations", Expect.Own)],
        ["POST /account/invitations"] = b => [new(Post, "/account/invitations", Expect.Own, Form: "invite", Fields: new() { ["Stories"] = "true" })],
        ["GET /account/register"] = b => [new(Get, "/account/register", Expect.Own)],
        ["POST /account/register"] = b => [], // makes a new account; covered by AccountTests
        ["GET /account/reset"] = b => [new(Get, "/account/reset?token=00", Expect.Own)],
        ["POST /account/reset"] = b => [], // needs a token only the admin has; covered by AccountTests
        ["GET /account/signin"] = b => [new(Get, "/account/signin", Expect.Own)],
        ["POST /account/signin"] = b => [], // covered by AccountTests (lockout, rate limit)
        ["GET /admin"] = b => [new(Get, "/admin", Expect.Own)],
        ["POST /admin"] = b => [new(Post, "/admin", Expect.Own, Form: "none")],
        ["GET /coach"] = b => [new(Get, "/coach", Expect.Own)],
        ["POST /coach"] = b => [new(Post, "/coach", Expect.Own, Form: "redeem", Fields: new() { ["Code"] = "AAAA-BBBB-CCCC" })],
        ["GET /coach/{CandidateId}"] = b => [new(Get, $"/coach/{b.AccountId}", Expect.NotFound)],
        ["POST /coach/{CandidateId}"] = b => [new(Post, $"/coach/{b.AccountId}", Expect.NotFound, Form: "none")],
        ["GET /coach/{CandidateId}/loops/{Id:long}"] = b => [new(Get, $"/coach/{b.AccountId}/loops/{b.Session}", Expect.NotFound)],
        ["POST /coach/{CandidateId}/loops/{Id:long}"] = b => [new(Post, $"/coach/{b.AccountId}/loops/{b.Session}", Expect.NotFound, Form: "comment", Fields: new() { ["Text"] = "a comment on someone else's loop" })],

        // Assignments (assign): B's coach set one for B. The list and the form are the caller's own (an assignment for
        // B, who did not invite the caller, is refused); B's assignment, its CSV and its start are not found.
        ["GET /coach/assignments"] = b => [new(Get, "/coach/assignments", Expect.Own)],
        ["POST /coach/assignments"] = b => [new(Post, "/coach/assignments", Expect.Own, Form: "assign", Fields: new() { ["Template"] = "phone-screen", ["InterviewLanguage"] = "en", ["Due"] = "2999-01-01", ["Attempts"] = "1", ["Candidates"] = b.AccountId })],
        ["GET /coach/assignments/{Id:long}"] = b => [new(Get, $"/coach/assignments/{b.Assignment}", Expect.NotFound)],
        ["POST /coach/assignments/{Id:long}"] = b =>
        [
            new(Post, $"/coach/assignments/{b.Assignment}", Expect.NotFound, Form: "none"),
            new(Post, $"/coach/assignments/{b.Assignment}", Expect.NotFound, Form: "edit", Fields: new() { ["Due"] = "2999-02-02", ["Attempts"] = "9", ["Candidates"] = b.AccountId }),
            new(Post, $"/coach/assignments/{b.Assignment}", Expect.NotFound, Form: "delete", Fields: new() { ["Confirm"] = "yes" }),
        ],
        // The assignments API (server12): a list and a new one are the caller's own (one for B, who did not invite
        // the caller, is refused); B's coach's assignment is not found to read, change or delete.
        ["GET /api/assignments/"] = b => [new(Get, "/api/assignments/", Expect.Own)],
        ["POST /api/assignments/"] = b => [new(Post, "/api/assignments/", Expect.Own, Json: new { template = "phone-screen", dueOn = "2999-01-01", attempts = 1, candidates = new[] { b.AccountId, "b@example.com" } })],
        ["GET /api/assignments/{id:long}"] = b => [new(Get, $"/api/assignments/{b.Assignment}", Expect.NotFound)],
        ["PATCH /api/assignments/{id:long}"] = b => [new(HttpMethod.Patch, $"/api/assignments/{b.Assignment}", Expect.NotFound, Json: new { attempts = 9, dueOn = "2999-02-02" })],
        ["DELETE /api/assignments/{id:long}"] = b => [new(HttpMethod.Delete, $"/api/assignments/{b.Assignment}", Expect.NotFound)],
        ["GET /coach/assignments/{id:long}.csv"] = b => [new(Get, $"/coach/assignments/{b.Assignment}.csv", Expect.NotFound)],
        ["GET /assignments/{Id:long}"] = b => [new(Get, $"/assignments/{b.Assignment}", Expect.NotFound)],
        ["POST /assignments/{Id:long}"] = b => [new(Post, $"/assignments/{b.Assignment}", Expect.NotFound, Form: "start")],
    };

    public async Task InitializeAsync()
    {
        var b = _app.CreateAccount("b@example.com", AccountRole.Candidate);
        using var asB = await _app.SignedIn("b@example.com");
        var story = await Created(asB, "/api/stories/", new { title = $"{StoryMarker} 고객 이탈", situation = "Our biggest client threatened to leave.", result = "Renewed, 20% more." });
        var posting = await Created(asB, "/api/postings/", new { text = $"{PostingMarker} Backend engineer at Hanbit. We value ownership, customer obsession and bias for action." });
        var session = await Created(asB, "/api/loops/", new { template = "amazon-loop", language = "en", seed = 7 });
        var answered = await asB.PostAsJsonAsync($"/api/loops/{session}/answers", new { answer = $"{AnswerMarker}: I am an account manager with five years in B2B sales." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        _b = new BData(b.Id, story, posting, session, AssignmentOfBsCoach(b.Id));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A coach B invited (sharing nothing) sets B an assignment, straight in the store; its id.</summary>
    private long AssignmentOfBsCoach(string bId)
    {
        var coach = _app.CreateAccount("bs-coach@example.com", AccountRole.Coach);
        using var database = Storage.Sqlite.LoopCoachDatabase.Open(_app.DatabasePath);
        var accounts = new AccountStore(database, TimeProvider.System);
        Assert.True(accounts.Redeem(coach.Id, accounts.Invite(bId, new Sharing(Sessions: false, Stories: false))));
        return new AssignmentStore(database, TimeProvider.System).Create(coach.Id, "amazon-loop", "en", 7, new DateOnly(2999, 1, 1), 3, [bId]);
    }

    [Fact]
    public void EveryRouteOfTheApp_HasAnIsolationCase()
    {
        var missing = Routes().Where(r => !Calls.ContainsKey(r)).ToList();

        Assert.True(missing.Count == 0, "Routes without an isolation case in IsolationTests.Calls:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("a@example.com", AccountRole.Candidate)]
    [InlineData("uninvited-coach@example.com", AccountRole.Coach)]
    [InlineData("admin@example.com", AccountRole.Admin)]
    public async Task EveryRoute_CalledWithBsIds_IsNotFoundAndShowsAndChangesNothingOfBs(string email, AccountRole role)
    {
        _app.CreateAccount(email, role);
        using var client = await _app.SignedIn(email);
        // The caller's own things, so their lists are not empty.
        await Created(client, "/api/stories/", new { title = "My own story" });
        var failures = new List<string>();
        foreach (var route in Routes())
        {
            foreach (var call in Calls.TryGetValue(route, out var make) ? make(_b) : [])
            {
                using var response = await Send(client, call);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (call.Expect == Expect.NotFound && response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{route} ({call.Method} {call.Path} {call.Form}): {status}, expected 404");
                }

                if (status >= 500 || status == 403)
                {
                    failures.Add($"{route} ({call.Method} {call.Path} {call.Form}): {status}");
                }

                // The admin lists accounts (B's address among them) and nothing else of anyone's.
                string[] markers = role == AccountRole.Admin ? [StoryMarker, PostingMarker, AnswerMarker] : [StoryMarker, PostingMarker, AnswerMarker, "b@example.com"];
                foreach (var marker in markers)
                {
                    if (body.Contains(marker, StringComparison.Ordinal))
                    {
                        failures.Add($"{route} ({call.Method} {call.Path}): shows B's {marker}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await AssertBUnchanged();
    }

    private async Task AssertBUnchanged()
    {
        using var asB = await _app.SignedIn("b@example.com");
        var story = await asB.GetFromJsonAsync<JsonNode>($"/api/stories/{_b.Story}");
        Assert.StartsWith(StoryMarker, story!["title"]!.GetValue<string>());
        Assert.False(story["deleted"]?.GetValue<bool>() ?? false);
        Assert.Equal(1, story["version"]!.GetValue<int>());
        var session = await asB.GetFromJsonAsync<JsonNode>($"/api/loops/{_b.Session}");
        Assert.Equal(1, session!["turns"]!.AsArray().Count(t => t!["answer"] is not null));
        Assert.Equal("running", session["status"]!.GetValue<string>());
        var loops = await asB.GetFromJsonAsync<JsonArray>("/api/loops/");
        Assert.Single(loops!);
        using var database = Storage.Sqlite.LoopCoachDatabase.Open(_app.DatabasePath);
        Assert.Empty(new AccountStore(database, TimeProvider.System).Comments(new Storage.Owner(_b.AccountId), _b.Session));
        var assignment = new AssignmentStore(database, TimeProvider.System).OfCandidate(_b.AccountId, _b.Assignment);
        Assert.NotNull(assignment);
        Assert.Equal((3, new DateOnly(2999, 1, 1)), (assignment.Assignment.Attempts, assignment.Assignment.DueOn));
    }

    private IEnumerable<string> Routes()
    {
        using var _ = _app.CreateClient();
        return _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct()
            .Order(StringComparer.Ordinal);
    }

    private readonly Dictionary<HttpClient, string> _tokens = [];

    private async Task<HttpResponseMessage> Send(HttpClient client, Call call)
    {
        var request = new HttpRequestMessage(call.Method, call.Path);
        if (call.Json is { } json)
        {
            request.Content = JsonContent.Create(json, json.GetType());
        }
        else if (call.Form is { } form)
        {
            if (!_tokens.TryGetValue(client, out var token))
            {
                token = Token().Match(await client.GetStringAsync("/stories/new")).Groups[1].Value;
                _tokens[client] = token;
            }

            var fields = new Dictionary<string, string>(call.Fields ?? []) { ["_handler"] = form, ["__RequestVerificationToken"] = token };
            request.Content = new FormUrlEncodedContent(fields);
        }

        return await client.SendAsync(request);
    }

    private static async Task<long> Created(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
    }

    [Fact]
    public async Task InvitedCoach_SeesOnlyTheSharedLoops_ThroughTheCoachPages_AndNothingElseOfBs()
    {
        _app.CreateAccount("invited-coach@example.com", AccountRole.Coach);
        using var asB = await _app.SignedIn("b@example.com");
        using var coach = await _app.SignedIn("invited-coach@example.com");
        var invited = await AccountsApp.PostForm(asB, "/account/invitations", "invite", new() { ["Sessions"] = "true" });
        var code = InvitationCodeText().Match(await invited.Content.ReadAsStringAsync()).Value;
        Assert.Equal(HttpStatusCode.OK, (await AccountsApp.PostForm(coach, "/coach", "redeem", new() { ["Code"] = code })).StatusCode);

        var candidate = await coach.GetAsync($"/coach/{_b.AccountId}");
        var debrief = await coach.GetAsync($"/coach/{_b.AccountId}/loops/{_b.Session}");

        Assert.Equal(HttpStatusCode.OK, candidate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, debrief.StatusCode);
        Assert.DoesNotContain(StoryMarker, await candidate.Content.ReadAsStringAsync());
        // Everywhere else the coach is a user like any other: B's ids are not found, B's stories never shown.
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => !r.Contains(" /coach/", StringComparison.Ordinal)))
        {
            foreach (var call in Calls.TryGetValue(route, out var make) ? make(_b) : [])
            {
                using var response = await Send(coach, call);
                var body = await response.Content.ReadAsStringAsync();
                if (call.Expect == Expect.NotFound && response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{route} ({call.Method} {call.Path}): {(int)response.StatusCode}, expected 404");
                }

                if (body.Contains(StoryMarker, StringComparison.Ordinal) || body.Contains(PostingMarker, StringComparison.Ordinal))
                {
                    failures.Add($"{route} ({call.Method} {call.Path}): shows what B did not share");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await AssertBUnchanged();
    }

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex InvitationCodeText();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
