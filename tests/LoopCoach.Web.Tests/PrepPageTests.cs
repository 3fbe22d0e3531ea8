using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LoopCoach.Charts;

namespace LoopCoach.Web.Tests;

/// <summary>The pages after the first ones: progress, coverage and assignment, the plan, notes, retrospectives, questions to ask.</summary>
public sealed partial class PrepPageTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public PrepPageTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Progress_WithoutSessions_SaysSo_AndAfterALoop_DrawsFourChartsWithTheirTables()
    {
        var empty = await _client.GetStringAsync("/progress");
        Assert.Contains("No practised mock loop yet", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", empty, StringComparison.Ordinal);

        var id = await PractisedLoop();
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/progress"));
        var figures = Regex.Matches(html, "<figure class=\"chart\" role=\"img\" aria-label=\"[^\"]+\">(.*?)</figure>", RegexOptions.Singleline);
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Contains("<svg", f.Groups[1].Value, StringComparison.Ordinal));
        // Each drawn wide, and narrow for a phone (the style sheet shows one of them).
        Assert.All(figures, f => Assert.Equal(
            [$"{ProgressCharts.Width}", $"{ProgressCharts.NarrowWidth}"],
            Regex.Matches(f.Groups[1].Value, "<svg viewBox=\"0 0 ([0-9]+) [0-9]+\"").Select(m => m.Groups[1].Value)));
        Assert.Equal(4, Regex.Matches(html, "<caption>").Count);
        var session = await _client.GetFromJsonAsync<JsonObject>($"/api/loops/{id}");
        var asked = session!["plan"]!["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray()).Select(c => c!.GetValue<string>()).First();
        Assert.Contains($"<th scope=\"row\">{LoopCoach.Core.Content.ContentCatalog.BuiltIn.Frameworks.FindCompetency(asked)!.Name.En}</th>", html, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_ShowsTheMatrixAndGaps_AndItsButtonStartsALoopFromThePosting()
    {
        using var story = await _client.PostAsJsonAsync("/api/stories", new
        {
            title = "Refund emails rewritten",
            situation = "Our refund emails confused customers.",
            action = "I rewrote the three templates myself and tested them with ten customers.",
            result = "Refund tickets fell from 120 a week to 45 within a month.",
        });
        Assert.Equal(HttpStatusCode.Created, story.StatusCode);
        using var posting = await _client.PostAsJsonAsync("/api/postings", new { text = Fixtures.Text("posting.ko.txt") });
        Assert.Equal(HttpStatusCode.Created, posting.StatusCode);

        var page = await _client.GetStringAsync("/postings/1/coverage");
        Assert.Contains("Refund emails rewritten", page, StringComparison.Ordinal);
        Assert.Contains("Gaps: stories to write", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Interviewer</th>", page, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await _client.GetStringAsync("/api/loops"))!.AsArray());

        var token = Token().Match(page).Groups[1].Value;
        var seed = Regex.Match(page, "name=\"Seed\" value=\"(\\d+)\"").Groups[1].Value;
        using var started = await _client.PostAsync("/postings/1/coverage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "start", ["__RequestVerificationToken"] = token, ["Seed"] = seed,
        }));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var loops = JsonNode.Parse(await _client.GetStringAsync("/api/loops"))!.AsArray();
        var loop = Assert.Single(loops)!;
        Assert.Equal(int.Parse(seed, CultureInfo.InvariantCulture), loop["seed"]!.GetValue<int>());
        var session = await _client.GetFromJsonAsync<JsonObject>($"/api/loops/{loop["id"]}");
        Assert.Equal(1, session!["plan"]!["posting"]!.GetValue<long>());

        using var missing = await _client.GetAsync("/postings/99/coverage");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Plan_ShowsTheDays_AndATickIsKeptInTheBrowsersCookie()
    {
        using var posting = await _client.PostAsJsonAsync("/api/postings", new { text = Fixtures.Text("posting.ko.txt") });
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await _client.GetStringAsync($"/postings/1/plan?date={day}");
        Assert.Contains("5 days left", page, StringComparison.Ordinal);
        Assert.Contains($"/plan.ics?posting=1&amp;date={day}", page, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"false\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-pressed=\"true\"", page, StringComparison.Ordinal);

        using var ticked = await _client.PostAsync($"/postings/1/plan?date={day}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "tick", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["Task"] = "0-0",
        }));
        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        var after = await _client.GetStringAsync($"/postings/1/plan?date={day}");
        Assert.Single(Regex.Matches(after, "aria-pressed=\"true\""));

        // Another browser (no cookie) sees nothing ticked: the server kept nothing.
        using var other = _app.CreateClient();
        Assert.DoesNotContain("aria-pressed=\"true\"", await other.GetStringAsync($"/postings/1/plan?date={day}"), StringComparison.Ordinal);

        using var bad = await _client.GetAsync("/postings/1/plan?date=someday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("role=\"alert\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_DraftAThankYouAndALinkedInMessagePerInterviewer_WithACopyButton()
    {
        var id = await PractisedLoop();
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/loops/{id}/notes?name=Jane%20Doe&company=Acme"));
        Assert.Contains("Thank-you email", html, StringComparison.Ordinal);
        Assert.Contains("LinkedIn message", html, StringComparison.Ordinal);
        Assert.Contains("Jane Doe", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"note-0\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"note-0\"[^>]*>[^<]*Acme", html);
        Assert.Contains($"/loops/{id}/notes", await _client.GetStringAsync($"/loop/{id}/debrief"), StringComparison.Ordinal);

        using var missing = await _client.GetAsync("/loops/99/notes");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Retros_ShowWhatWasRecognisedBeforeSaving_ThenSaveAndListIt()
    {
        const string notes = "1차 면접 (실무자)\n- 가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?\n- 그때 수치로 어떤 결과가 있었습니까?\n분위기는 편했습니다.\n";
        var page = await _client.GetStringAsync("/retros");
        using var read = await _client.PostAsync("/retros", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "read", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["Text"] = notes, ["Company"] = "한빛", ["Position"] = "", ["HeldOn"] = "2026-11-20",
        }));
        var shown = WebUtility.HtmlDecode(await read.Content.ReadAsStringAsync());
        Assert.Contains("가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?", shown, StringComparison.Ordinal);
        Assert.Contains("Save this retrospective", shown, StringComparison.Ordinal);
        Assert.Contains("No retrospective saved yet.", shown, StringComparison.Ordinal);

        using var saved = await _client.PostAsync("/retros", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "save", ["__RequestVerificationToken"] = Token().Match(shown).Groups[1].Value, ["Keep"] = notes, ["KeepCompany"] = "한빛", ["KeepPosition"] = "", ["KeepHeldOn"] = "2026-11-20",
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var list = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Saved as retrospective 1.", list, StringComparison.Ordinal);
        Assert.Contains("<strong>한빛</strong>", list, StringComparison.Ordinal);
        Assert.Contains("2026-11-20", list, StringComparison.Ordinal);

        using var bad = await _client.PostAsync("/retros", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "read", ["__RequestVerificationToken"] = Token().Match(list).Groups[1].Value, ["Text"] = notes, ["HeldOn"] = "someday",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Ask_ShowsTheTopicsAndWhatToAvoid_InKorean()
    {
        var guide = LoopCoach.Core.Content.ContentCatalog.BuiltIn.Ask;
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/ask?lang=ko"));
        Assert.Contains(guide.Topics[0].Name.Ko, html, StringComparison.Ordinal);
        Assert.Contains(guide.Topics[0].Questions.Ko[0], html, StringComparison.Ordinal);
        Assert.Contains(guide.Avoid[0].Reason.Ko, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ask\"", await _client.GetStringAsync("/questions"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/progress")]
    [InlineData("/postings/1/coverage")]
    [InlineData("/postings/1/plan")]
    [InlineData("/retros")]
    [InlineData("/ask")]
    public async Task EveryNewPage_HasOneHeadingAndLabelledFields_InBothLanguages(string path)
    {
        using var posting = await _client.PostAsJsonAsync("/api/postings", new { text = Fixtures.Text("posting.ko.txt") });
        foreach (var language in new[] { "en", "ko" })
        {
            var html = await _client.GetStringAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language);
            Assert.Single(Regex.Matches(html, "<h1[ >]"));
            Assert.Contains($"lang=\"{language}\"", html, StringComparison.Ordinal);
            foreach (Match field in FieldId().Matches(html))
            {
                Assert.Contains($"for=\"{field.Groups[1].Value}\"", html, StringComparison.Ordinal);
            }
        }
    }

    private async Task<long> PractisedLoop()
    {
        using var started = await _client.PostAsJsonAsync("/api/loops", new { template = "phone-screen", language = "en", seed = 3 });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        foreach (var answer in new[] { "I lead support for our clinic software.", "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month." })
        {
            using var answered = await _client.PostAsJsonAsync($"/api/loops/{id}/answers", new { answer });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var paused = await _client.PostAsJsonAsync($"/api/loops/{id}/pause", new { });
        return id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<(?:input|textarea|select) id=\"([^\"]+)\"")]
    private static partial Regex FieldId();
}
