using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LoopCoach.Web.Tests;

public sealed partial class PageTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public PageTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Stories_ATitleThatIsAScript_IsShownAsText()
    {
        using var added = await _client.PostAsJsonAsync("/api/stories", new { title = "<script>alert(1)</script>", action = "I rebuilt the checklist myself." });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        foreach (var page in new[] { "/stories", "/stories/1", "/" })
        {
            var html = await _client.GetStringAsync(page);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await _client.GetStringAsync("/stories"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AfterAPractisedLoop_DrawsTheLevelChartWithTheCompetencies()
    {
        Assert.DoesNotContain("<figure class=\"chart\"", await _client.GetStringAsync("/"), StringComparison.Ordinal);

        using var started = await _client.PostAsJsonAsync("/api/loops", new { template = "phone-screen", language = "en", seed = 3 });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        foreach (var answer in new[] { "I lead support for our clinic software.", "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month." })
        {
            using var answered = await _client.PostAsJsonAsync($"/api/loops/{id}/answers", new { answer });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var paused = await _client.PostAsJsonAsync($"/api/loops/{id}/pause", new { });
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/"));
        var start = html.IndexOf("<figure class=\"chart\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no chart on the home page");
        var chart = html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
        Assert.Contains("<svg", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", chart, StringComparison.OrdinalIgnoreCase);
        var session = await _client.GetFromJsonAsync<JsonObject>($"/api/loops/{id}");
        var asked = session!["plan"]!["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray()).Select(c => c!.GetValue<string>()).First();
        Assert.Contains(LoopCoach.Core.Content.ContentCatalog.BuiltIn.Frameworks.FindCompetency(asked)!.Name.En, chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarryAPolicyThatAllowsNoInlineScript()
    {
        using var response = await _client.GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_FollowsTheBrowserUntilTheUserSwitches()
    {
        using var korean = new HttpRequestMessage(HttpMethod.Get, "/stories");
        korean.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var koreanPage = await _client.SendAsync(korean);
        // Blazor writes every non-ASCII character as an HTML entity; the browser shows the same text.
        var html = WebUtility.HtmlDecode(await koreanPage.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Contains("스토리 쓰기", html, StringComparison.Ordinal);

        // The switch sets a cookie that wins over the browser's language on every later page.
        using var switched = await _client.GetAsync("/language/en?back=/stories");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/stories");
        again.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var englishPage = await _client.SendAsync(again);
        var english = await englishPage.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Write a story", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_SwitchNeverSendsTheUserToAnotherSite()
    {
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/language/ko?back=//evil.example/");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StoryForm_WithTheAntiforgeryToken_SavesTheStory_AndWithoutIt_SavesNothing()
    {
        var form = await _client.GetStringAsync("/stories/new");
        var token = Token().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);

        using var forged = await _client.PostAsync("/stories/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "story", ["Title"] = "Forged",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var saved = await _client.PostAsync("/stories/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "story", ["__RequestVerificationToken"] = token, ["Title"] = "온보딩 개선",
            ["Action"] = "제가 체크리스트를 만들었습니다.", ["When"] = "2023-04", ["Tags"] = "온보딩, 고객",
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stories = JsonNode.Parse(await _client.GetStringAsync("/api/stories"))!.AsArray();
        Assert.Equal("온보딩 개선", Assert.Single(stories)!["title"]!.GetValue<string>());
        Assert.Equal(2, stories[0]!["tags"]!.AsArray().Count);
    }

    [Fact]
    public async Task StoryForm_BadDate_SaysWhyInThePageAndSavesNothing()
    {
        var token = Token().Match(await _client.GetStringAsync("/stories/new")).Groups[1].Value;
        using var response = await _client.PostAsync("/stories/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "story", ["__RequestVerificationToken"] = token, ["Title"] = "A story", ["When"] = "someday",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await _client.GetStringAsync("/api/stories"))!.AsArray());
    }

    [Fact]
    public async Task Home_WithAnInterviewSet_ShowsTheDaysLeftAndOffersThePlanAsACalendar()
    {
        using var saved = await _client.PostAsJsonAsync("/api/postings", new { text = Fixtures.Text("posting.ko.txt") });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", $"loopcoach-interview=1:{day}");
        using var page = await _client.SendAsync(home);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("10 days left", html, StringComparison.Ordinal);
        Assert.Contains($"/plan.ics?posting=1&amp;date={day}", html, StringComparison.Ordinal);
        Assert.Contains($"/postings/1/plan?date={day}", html, StringComparison.Ordinal);
        using var plan = await _client.GetAsync($"/postings/1/plan?date={day}");
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);

        using var calendar = await _client.GetAsync($"/plan.ics?posting=1&date={day}");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        var ics = await calendar.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.NotEmpty(Regex.Matches(ics, "BEGIN:VEVENT"));
        Assert.Contains(day.Replace("-", "", StringComparison.Ordinal), ics, StringComparison.Ordinal);

        using var past = await _client.GetAsync("/plan.ics?posting=1&date=2020-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/stories/new")]
    [InlineData("/posting")]
    [InlineData("/loop")]
    [InlineData("/questions")]
    public async Task EveryPage_HasOneHeadingAndLabelledFields(string path)
    {
        var html = await _client.GetStringAsync(path);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));

        // A field whose id or name is a form property ("action", "method") hides it from Blazor's enhanced forms,
        // which then post to a wrong address.
        Assert.DoesNotMatch("(?:id|name)=\"(?:action|method|submit|target|elements)\"", html);
        foreach (Match field in FieldId().Matches(html))
        {
            Assert.Contains($"for=\"{field.Groups[1].Value}\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<(?:input|textarea|select) id=\"([^\"]+)\"")]
    private static partial Regex FieldId();
}
