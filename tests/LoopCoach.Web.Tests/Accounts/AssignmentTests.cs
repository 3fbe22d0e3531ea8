using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LoopCoach.Storage.Accounts;

namespace LoopCoach.Web.Tests.Accounts;

/// <summary>
/// A coach sets a loop for candidates who invited them: the candidates see it on their home page and start it, the
/// coach sees per candidate and competency who practised and how (levels only), in the page and in the CSV, a
/// candidate who did not invite the coach never sees it, and withdrawing an invitation hides the candidate at once.
/// </summary>
public sealed partial class AssignmentTests : IAsyncLifetime
{
    private const string AnswerMarker = "PRIVATEANSWERTEXT";

    private readonly AccountsApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CoachSetsALoop_OneCandidatePractises_TheCoachSeesLevelsPerCompetency_OthersNeverSeeIt_WithdrawingHides()
    {
        var practiser = _app.CreateAccount("김지우@example.com", AccountRole.Candidate);
        var idle = _app.CreateAccount("idle@example.com", AccountRole.Candidate);
        _app.CreateAccount("stranger@example.com", AccountRole.Candidate);
        _app.CreateAccount("coach@example.com", AccountRole.Coach);
        using var asPractiser = await _app.SignedIn("김지우@example.com");
        using var asIdle = await _app.SignedIn("idle@example.com");
        using var asStranger = await _app.SignedIn("stranger@example.com");
        using var asCoach = await _app.SignedIn("coach@example.com");
        // The practiser shares only their story bank: the coach gets levels, never the answers.
        var practiserCode = await Invite(asPractiser, asCoach, new() { ["Stories"] = "true" });
        await Invite(asIdle, asCoach, new() { ["Sessions"] = "true" });

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var set = await PostForm(asCoach, "/coach/assignments", "assign",
        [
            new("Template", "amazon-loop"), new("InterviewLanguage", "en"), new("Due", due), new("Attempts", "2"),
            new("Candidates", practiser.Id), new("Candidates", idle.Id),
        ]);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var id = long.Parse(AssignmentLink().Match(await set.Content.ReadAsStringAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // The candidates see it on their home page; the stranger sees nothing of it, and its routes are not found.
        var home = await asPractiser.GetStringAsync("/");
        Assert.Contains($"action=\"/assignments/{id}\"", home);
        Assert.Contains("coach@example.com", home);
        Assert.Contains("0 of 2 attempts used", home);
        Assert.Contains($"action=\"/assignments/{id}\"", await asIdle.GetStringAsync("/"));
        Assert.DoesNotContain($"/assignments/{id}", await asStranger.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await asStranger.GetAsync($"/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostForm(asStranger, $"/assignments/{id}", "start", [], tokenFrom: "/stories/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asStranger.GetAsync($"/coach/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asStranger.GetAsync($"/coach/assignments/{id}.csv")).StatusCode);
        Assert.Empty(await asStranger.GetFromJsonAsync<JsonArray>("/api/loops/") ?? []);

        // One candidate practises: the loop started from the home page's button is the assigned one, linked to it.
        var started = await PostForm(asPractiser, $"/assignments/{id}", "start", [], tokenFrom: "/stories/new");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var session = long.Parse(started.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var loop = await asPractiser.GetFromJsonAsync<JsonNode>($"/api/loops/{session}");
        Assert.Equal("amazon-loop", loop!["template"]!.GetValue<string>());
        await Answer(asPractiser, session, $"{AnswerMarker} I am an account manager with five years in B2B sales.");
        await Answer(asPractiser, session, $"{AnswerMarker} Our biggest client threatened to leave after three outages. I owned the recovery: I called their CTO, set up a weekly review and rebuilt our alerting myself. We renewed for two years and revenue from them grew 20%.");
        await Answer(asPractiser, session, "pass");
        Assert.Contains("1 of 2 attempts used", await asPractiser.GetStringAsync("/"));

        // What the candidate's own debrief says, per competency in the loop's order, is what the coach sees.
        var debrief = await asPractiser.GetFromJsonAsync<JsonNode>($"/api/loops/{session}/debrief");
        var expected = debrief!["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray())
            .Select(c => c!["level"]!.GetValue<string>() switch { "adequate" => "mixed", var level => level }).ToList();
        Assert.Contains(expected, l => l != "none");
        var page = WebUtility.HtmlDecode(await asCoach.GetStringAsync($"/coach/assignments/{id}"));
        Assert.Contains("김지우@example.com", page);
        Assert.Contains("idle@example.com", page);
        Assert.DoesNotContain(AnswerMarker, page);
        Assert.DoesNotContain($"/loops/{session}", page); // sessions are not shared: no link to the transcript

        var csv = await asCoach.GetAsync($"/coach/assignments/{id}.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(AnswerMarker, string.Join('\n', lines));
        Assert.Equal(3, lines.Length);
        Assert.Equal(expected.Count + 2, Fields(lines[0]).Count);
        var idleLine = Fields(lines.Single(l => l.StartsWith("idle@example.com,", StringComparison.Ordinal)));
        Assert.Equal(["0 of 2", .. Enumerable.Repeat("not practised", expected.Count)], idleLine[1..]);
        var practiserLine = Fields(lines.Single(l => l.StartsWith("김지우@example.com,", StringComparison.Ordinal)));
        Assert.Equal(["1 of 2", .. expected], practiserLine[1..]);

        // The practiser withdraws their invitation: gone from the coach's page and CSV at once, and the assignment from their home.
        var withdrawn = await AccountsApp.PostForm(asPractiser, "/account/invitations", "withdraw-" + practiserCode.Replace("-", ""), []);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.DoesNotContain("김지우@example.com", WebUtility.HtmlDecode(await asCoach.GetStringAsync($"/coach/assignments/{id}")));
        Assert.DoesNotContain("김지우@example.com", Encoding.UTF8.GetString(await asCoach.GetByteArrayAsync($"/coach/assignments/{id}.csv")));
        Assert.Contains("idle@example.com", await asCoach.GetStringAsync($"/coach/assignments/{id}"));
        Assert.DoesNotContain($"/assignments/{id}", await asPractiser.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await asPractiser.GetAsync($"/assignments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Assignment_AllowsItsAttemptsOnly_AndOnlyForCandidatesWhoInvitedTheCoach()
    {
        var candidate = _app.CreateAccount("two-tries@example.com", AccountRole.Candidate);
        var stranger = _app.CreateAccount("not-invited@example.com", AccountRole.Candidate);
        _app.CreateAccount("coach2@example.com", AccountRole.Coach);
        using var asCandidate = await _app.SignedIn("two-tries@example.com");
        using var asCoach = await _app.SignedIn("coach2@example.com");
        await Invite(asCandidate, asCoach, new() { ["Sessions"] = "true" });
        var due = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var forStranger = await PostForm(asCoach, "/coach/assignments", "assign",
            [new("Template", "phone-screen"), new("InterviewLanguage", "ko"), new("Due", due), new("Attempts", "1"), new("Candidates", stranger.Id)]);
        var noAttempts = await PostForm(asCoach, "/coach/assignments", "assign",
            [new("Template", "phone-screen"), new("InterviewLanguage", "ko"), new("Due", due), new("Attempts", "0"), new("Candidates", candidate.Id)]);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noAttempts.StatusCode);
        Assert.Contains("Allow between 1 and 20 attempts.", WebUtility.HtmlDecode(await noAttempts.Content.ReadAsStringAsync()));
        Assert.DoesNotMatch(AssignmentLink(), await asCoach.GetStringAsync("/coach/assignments"));

        var set = await PostForm(asCoach, "/coach/assignments", "assign",
            [new("Template", "phone-screen"), new("InterviewLanguage", "ko"), new("Due", due), new("Attempts", "1"), new("Candidates", candidate.Id)]);
        var id = AssignmentLink().Match(await set.Content.ReadAsStringAsync()).Groups[1].Value;
        var first = await PostForm(asCandidate, $"/assignments/{id}", "start", [], tokenFrom: "/stories/new");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var session = first.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Equal("ko", (await asCandidate.GetFromJsonAsync<JsonNode>($"/api/loops/{session}"))!["language"]!.GetValue<string>());

        // The one attempt is used: no longer on the home page, and a second start is refused and starts nothing.
        Assert.DoesNotContain($"action=\"/assignments/{id}\"", await asCandidate.GetStringAsync("/"));
        var page = await asCandidate.GetAsync($"/assignments/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("name=\"_handler\" value=\"start\"", await page.Content.ReadAsStringAsync());
        Assert.Single((await asCandidate.GetFromJsonAsync<JsonArray>("/api/loops/"))!);
        // The coach's page links the shared loop.
        Assert.Contains($"/coach/{candidate.Id}/loops/{session}", await asCoach.GetStringAsync($"/coach/assignments/{id}"));
    }

    [Fact]
    public async Task TheApi_SetsALoopFromTheCoachsPosting_ChangesAndDeletesIt_AndTheCandidateListsIt()
    {
        var candidate = _app.CreateAccount("api-candidate@example.com", AccountRole.Candidate);
        _app.CreateAccount("api-stranger@example.com", AccountRole.Candidate);
        _app.CreateAccount("api-coach@example.com", AccountRole.Coach);
        using var asCandidate = await _app.SignedIn("api-candidate@example.com");
        using var asStranger = await _app.SignedIn("api-stranger@example.com");
        using var asCoach = await _app.SignedIn("api-coach@example.com");
        await Invite(asCandidate, asCoach, new() { ["Sessions"] = "true" });
        var posting = (await (await asCoach.PostAsJsonAsync("/api/postings", new { text = "백엔드 개발자 (결제 플랫폼) - 한빛페이\n우리는 주인의식과 고객 집착을 중요하게 생각합니다.\n전형: 서류 → 1차 실무 면접 → 2차 임원 면접" })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var created = await asCoach.PostAsJsonAsync("/api/assignments", new { postingId = posting, dueOn = due, attempts = 2, candidates = new[] { "API-CANDIDATE@example.com" } });
        using var byCandidate = await asCandidate.PostAsJsonAsync("/api/assignments", new { template = "phone-screen", dueOn = due, attempts = 1, candidates = new[] { candidate.Id } });
        using var forStranger = await asCoach.PostAsJsonAsync("/api/assignments", new { template = "phone-screen", dueOn = due, attempts = 1, candidates = new[] { "api-stranger@example.com" } });
        using var past = await asCoach.PostAsJsonAsync("/api/assignments", new { template = "phone-screen", dueOn = "2001-01-01", attempts = 1, candidates = new[] { candidate.Id } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var assignment = (await created.Content.ReadFromJsonAsync<JsonNode>())!;
        var id = assignment["id"]!.GetValue<long>();
        var competencies = assignment["competencies"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.NotEmpty(competencies);
        Assert.Equal("ko", assignment["language"]!.GetValue<string>());
        Assert.Equal("0 of 2", $"{assignment["candidates"]![0]!["attemptsUsed"]} of {assignment["attempts"]}");
        Assert.Equal(HttpStatusCode.NotFound, byCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal("application/problem+json", past.Content.Headers.ContentType!.MediaType);

        // The candidate lists it (by the posting's name) and starts it: the loop is the posting's, planned once for the group.
        var listed = Assert.Single((await asCandidate.GetFromJsonAsync<JsonArray>("/api/assignments"))!)!;
        Assert.Equal(assignment["name"]!.GetValue<string>(), listed["name"]!.GetValue<string>());
        Assert.True(listed["open"]!.GetValue<bool>());
        Assert.Empty((await asStranger.GetFromJsonAsync<JsonArray>("/api/assignments"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await asStranger.GetAsync($"/api/assignments/{id}")).StatusCode);
        var started = await PostForm(asCandidate, $"/assignments/{id}", "start", [], tokenFrom: "/stories/new");
        var session = started.Headers.Location!.OriginalString.Split('/').Last();
        var plan = (await asCandidate.GetFromJsonAsync<JsonNode>($"/api/loops/{session}"))!["plan"]!;
        Assert.Equal(competencies, plan["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray()).Select(c => c!.GetValue<string>()).Distinct());
        Assert.Null(plan["posting"]?.GetValue<long?>());
        await Answer(asCandidate, long.Parse(session, System.Globalization.CultureInfo.InvariantCulture), "안녕하십니까, 결제 시스템을 6년째 만들고 있는 개발자입니다.");
        var seen = (await asCoach.GetFromJsonAsync<JsonNode>($"/api/assignments/{id}"))!["candidates"]![0]!;
        Assert.Equal(1, seen["attemptsUsed"]!.GetValue<int>());
        Assert.Equal(competencies, seen["levels"]!.AsObject().Select(p => p.Key));
        Assert.Equal([long.Parse(session, System.Globalization.CultureInfo.InvariantCulture)], seen["loops"]!.AsArray().Select(l => l!.GetValue<long>()));

        // Changed by its coach only; then deleted: gone from the candidate's list, the loop stays theirs.
        using var changed = await asCoach.PatchAsJsonAsync($"/api/assignments/{id}", new { attempts = 5 });
        using var changedByStranger = await asStranger.PatchAsJsonAsync($"/api/assignments/{id}", new { attempts = 9 });
        using var deletedByStranger = await asStranger.DeleteAsync($"/api/assignments/{id}");
        Assert.Equal(5, (await changed.Content.ReadFromJsonAsync<JsonNode>())!["attempts"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, changedByStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedByStranger.StatusCode);
        Assert.Equal(5, Assert.Single((await asCandidate.GetFromJsonAsync<JsonArray>("/api/assignments"))!)!["attempts"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await asCoach.DeleteAsync($"/api/assignments/{id}")).StatusCode);
        Assert.Empty((await asCandidate.GetFromJsonAsync<JsonArray>("/api/assignments"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await asCoach.GetAsync($"/api/assignments/{id}")).StatusCode);
        Assert.Single((await asCandidate.GetFromJsonAsync<JsonArray>("/api/loops/"))!);
    }

    [Fact]
    public async Task TheCoachsPage_MakesOneFromAPosting_EditsItAndDeletesIt()
    {
        var first = _app.CreateAccount("page-one@example.com", AccountRole.Candidate);
        var second = _app.CreateAccount("page-two@example.com", AccountRole.Candidate);
        _app.CreateAccount("page-coach@example.com", AccountRole.Coach);
        using var asFirst = await _app.SignedIn("page-one@example.com");
        using var asSecond = await _app.SignedIn("page-two@example.com");
        using var asCoach = await _app.SignedIn("page-coach@example.com");
        await Invite(asFirst, asCoach, new() { ["Sessions"] = "true" });
        await Invite(asSecond, asCoach, new() { ["Sessions"] = "true" });
        var posting = (await (await asCoach.PostAsJsonAsync("/api/postings", new { text = "Backend engineer, Payments - Hanbit\nWe value ownership and customer obsession.\nProcess: phone screen, then an onsite loop." })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var set = await PostForm(asCoach, "/coach/assignments", "assign",
        [
            new("Template", "phone-screen"), new("Posting", posting.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("InterviewLanguage", "ko"),
            new("Due", due), new("Attempts", "1"), new("Candidates", first.Id),
        ]);
        var id = AssignmentLink().Match(await set.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Equal("en", Assert.Single((await asFirst.GetFromJsonAsync<JsonArray>("/api/assignments"))!)!["language"]!.GetValue<string>());
        Assert.Empty((await asSecond.GetFromJsonAsync<JsonArray>("/api/assignments"))!);

        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var edited = await PostForm(asCoach, $"/coach/assignments/{id}", "edit", [new("Due", later), new("Attempts", "3"), new("Candidates", first.Id), new("Candidates", second.Id)]);
        var refused = await PostForm(asCoach, $"/coach/assignments/{id}", "edit", [new("Due", later), new("Attempts", "0"), new("Candidates", first.Id)]);
        var unconfirmed = await PostForm(asCoach, $"/coach/assignments/{id}", "delete", []);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("Saved.", await edited.Content.ReadAsStringAsync());
        var seen = Assert.Single((await asSecond.GetFromJsonAsync<JsonArray>("/api/assignments"))!)!;
        Assert.Equal((3, later), (seen["attempts"]!.GetValue<int>(), seen["dueOn"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Single((await asFirst.GetFromJsonAsync<JsonArray>("/api/assignments"))!);

        var deleted = await PostForm(asCoach, $"/coach/assignments/{id}", "delete", [new("Confirm", "yes")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("The assignment was deleted.", await asCoach.GetStringAsync(deleted.Headers.Location!.OriginalString));
        Assert.Empty((await asFirst.GetFromJsonAsync<JsonArray>("/api/assignments"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await asCoach.GetAsync($"/coach/assignments/{id}")).StatusCode);
    }

    private async Task<string> Invite(HttpClient candidate, HttpClient coach, Dictionary<string, string> shares)
    {
        var invited = await AccountsApp.PostForm(candidate, "/account/invitations", "invite", shares);
        var code = Code().Match(await invited.Content.ReadAsStringAsync()).Value;
        Assert.NotEmpty(code);
        Assert.Equal(HttpStatusCode.OK, (await AccountsApp.PostForm(coach, "/coach", "redeem", new() { ["Code"] = code })).StatusCode);
        return code;
    }

    /// <summary>The fields of one CSV line (RFC 4180: a quoted field may hold commas and doubled quotes).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static async Task Answer(HttpClient client, long session, string answer) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/loops/{session}/answers", new { answer })).StatusCode);

    /// <summary>Posts a form whose fields may repeat (checkboxes), with an antiforgery token from <paramref name="tokenFrom"/>.</summary>
    private static async Task<HttpResponseMessage> PostForm(HttpClient client, string path, string handler, List<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = Token().Match(await client.GetStringAsync(tokenFrom ?? path));
        Assert.True(token.Success, $"no antiforgery token on {tokenFrom ?? path}");
        return await client.PostAsync(path, new FormUrlEncodedContent([.. fields, new("_handler", handler), new("__RequestVerificationToken", token.Groups[1].Value)]));
    }

    [GeneratedRegex("href=\"/coach/assignments/(\\d+)\"")]
    private static partial Regex AssignmentLink();

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
