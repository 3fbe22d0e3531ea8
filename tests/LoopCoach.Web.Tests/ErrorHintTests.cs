using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;

namespace LoopCoach.Web.Tests;

/// <summary>
/// An error the CLI and the web share says what to do next on the web (a page to open), never a command to type: the
/// pages and the API's problem details, in both languages.
/// </summary>
public sealed class ErrorHintTests : IDisposable
{
    private static readonly Messages Messages = ContentCatalog.BuiltIn.Messages;

    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public ErrorHintTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    public static TheoryData<string, string> Pages => new()
    {
        { "/stories/999", "story.not-found" },
        { "/stories/999/history", "story.not-found" },
        { "/loop/999", "loop.session-not-found" },
        { "/loop/999/debrief", "loop.session-not-found" },
        { "/loops/999/notes", "loop.session-not-found" },
        { "/posting/999", "posting.not-found" },
        { "/postings/999/coverage", "posting.not-found" },
        { "/postings/999/plan", "posting.not-found" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AboutSomethingMissing_SaysWhereToLookOnTheWeb_NotWhatToType(string path, string key)
    {
        foreach (var language in Languages.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}?lang={language.Code()}");
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await _client.SendAsync(request);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains(Messages.Get(language, "web.hint." + key), html, StringComparison.Ordinal);
            Assert.DoesNotContain("loopcoach ", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_EveryErrorThatOnceNamedACommand_SaysWhereToLookOnTheWeb()
    {
        var story = await Json(await _client.PostAsJsonAsync("/api/stories", new { title = "Refunds", action = "I rewrote the refund emails myself." }));
        var storyId = story["id"]!.GetValue<long>();
        (await _client.DeleteAsync($"/api/stories/{storyId}")).Dispose();
        var finished = await FinishedLoop();

        foreach (var language in Languages.All)
        {
            var lang = "lang=" + language.Code();
            await AssertHinted(language, "story.not-found", HttpStatusCode.NotFound, _client.GetAsync($"/api/stories/999?{lang}"));
            await AssertHinted(language, "story.is-deleted", HttpStatusCode.Conflict, _client.PatchAsJsonAsync($"/api/stories/{storyId}?{lang}", new { title = "Again" }));
            await AssertHinted(language, "loop.session-not-found", HttpStatusCode.NotFound, _client.GetAsync($"/api/loops/999?{lang}"));
            await AssertHinted(language, "loop.already-finished", HttpStatusCode.Conflict, _client.PostAsJsonAsync($"/api/loops/{finished}/resume?{lang}", new { }));
            await AssertHinted(language, "loop.already-finished", HttpStatusCode.Conflict, _client.PostAsJsonAsync($"/api/loops/{finished}/answers?{lang}", new { answer = "One more thing." }));
            await AssertHinted(language, "posting.not-found", HttpStatusCode.NotFound, _client.GetAsync($"/api/postings/999?{lang}"));
            await AssertHinted(language, "question.not-found", HttpStatusCode.NotFound, _client.GetAsync($"/api/questions/nope?{lang}"));
            await AssertHinted(language, "competency.not-found", HttpStatusCode.NotFound, _client.GetAsync($"/api/questions?competency=nope&{lang}"));

            using var unknown = await _client.PostAsJsonAsync($"/api/stories?{lang}", new { title = "Refunds", action = "I did it.", competencies = new[] { "nope" } });
            var problem = await Json(unknown);
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var item = problem["problems"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "story.competency-unknown")!;
            Assert.EndsWith(Messages.Get(language, "web.hint.story.competency-unknown"), item["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain("loopcoach ", problem.ToJsonString(), StringComparison.Ordinal);
        }
    }

    private static async Task AssertHinted(Language language, string key, HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var problem = await Json(response);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(key, problem["code"]!.GetValue<string>());
        var detail = problem["detail"]!.GetValue<string>();
        Assert.EndsWith(" " + Messages.Get(language, "web.hint." + key), detail, StringComparison.Ordinal);
        Assert.DoesNotContain("loopcoach ", detail, StringComparison.Ordinal);
    }

    /// <summary>A phone screen answered to its end.</summary>
    private async Task<long> FinishedLoop()
    {
        var session = await Json(await _client.PostAsJsonAsync("/api/loops", new { template = "phone-screen", language = "en", seed = 3 }));
        var id = session["id"]!.GetValue<long>();
        for (var turn = 0; turn < 80 && session["status"]!.GetValue<string>() != "finished"; turn++)
        {
            session = await Json(await _client.PostAsJsonAsync($"/api/loops/{id}/answers", new
            {
                answer = "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month.",
            }));
        }

        Assert.Equal("finished", session["status"]!.GetValue<string>());
        return id;
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        using (response)
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("no JSON");
        }
    }
}
