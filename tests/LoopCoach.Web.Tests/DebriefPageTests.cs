using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LoopCoach.Web.Tests;

/// <summary>The debrief page: the words a level rests on marked in the transcript, and "try this answer again".</summary>
public sealed partial class DebriefPageTests : IDisposable
{
    private const string WeakStory = "Um we had a lot of refund tickets and we talked about it as a team.";
    private const string StrongStory = "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month.";

    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public DebriefPageTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Debrief_MarksTheQuotedWordsInsideTheCandidatesOwnAnswer()
    {
        var (id, _) = await Practise(StrongStory);

        var html = await _client.GetStringAsync($"/loop/{id}/debrief");
        var debrief = await _client.GetFromJsonAsync<JsonObject>($"/api/loops/{id}/debrief");
        var quotes = debrief!["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray()).SelectMany(c => c!["quotes"]!.AsArray()).Select(q => q!.GetValue<string>()).ToList();
        Assert.NotEmpty(quotes);
        var marked = Marks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        // Every quote is marked where it stands in the answer (the answer's text runs on around the mark).
        Assert.All(quotes, q => Assert.Contains(q, marked));
        var answer = WebUtility.HtmlDecode(Answer().Match(html).Groups[1].Value);
        Assert.Equal(StrongStory, Regex.Replace(answer, "</?mark>", ""));
    }

    [Fact]
    public async Task TryAgain_KeepsTheNewAttemptBesideTheFirst_AndShowsWhatChanged()
    {
        var (id, seq) = await Practise(WeakStory);
        var before = await _client.GetStringAsync($"/api/loops/{id}");
        var page = await _client.GetStringAsync($"/loop/{id}/debrief");

        using var tried = await _client.PostAsync($"/loop/{id}/debrief", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"retry-{seq}", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["RetryAnswer"] = StrongStory,
        }));
        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        var shown = WebUtility.HtmlDecode(await tried.Content.ReadAsStringAsync());
        Assert.Contains("Attempt 1 was analysed and kept beside your first answer", shown, StringComparison.Ordinal);
        // The question (seed 3) is about recognising others, so the refund story is off topic: adequate, not strong.
        Assert.Contains("Level: weak → adequate", shown, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"changed\"><th scope=\"row\">A measured result</th>", shown, StringComparison.Ordinal);
        Assert.Contains(StrongStory, shown, StringComparison.Ordinal);
        // The first answer, the session and its debrief are exactly as they were.
        Assert.Equal(before, await _client.GetStringAsync($"/api/loops/{id}"));

        var again = await _client.GetStringAsync($"/loop/{id}/debrief");
        using var second = await _client.PostAsync($"/loop/{id}/debrief", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"retry-{seq}", ["__RequestVerificationToken"] = Token().Match(again).Groups[1].Value, ["RetryAnswer"] = "  ",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var refused = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("The new attempt is empty.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("New attempt 2", refused, StringComparison.Ordinal);
        Assert.Contains("New attempt 1", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAgain_InKorean_SaysTheLevelsAndPartsInKorean()
    {
        var (id, seq) = await Practise(WeakStory);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/loop/{id}/debrief");
        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        var page = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/loop/{id}/debrief")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = $"retry-{seq}", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["RetryAnswer"] = StrongStory,
            }),
        };
        post.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var tried = await _client.SendAsync(post);

        var shown = WebUtility.HtmlDecode(await tried.Content.ReadAsStringAsync());
        Assert.Contains("수준: 약함 → 충분", shown, StringComparison.Ordinal);
        Assert.Contains("수치로 나타낸 결과", shown, StringComparison.Ordinal);
        Assert.Contains("이 질문에 다시 답해 보기", shown, StringComparison.Ordinal);
    }

    /// <summary>A phone screen: the opening, then <paramref name="story"/> to the first main question, then paused.</summary>
    private async Task<(long Id, int Seq)> Practise(string story)
    {
        using var started = await _client.PostAsJsonAsync("/api/loops", new { template = "phone-screen", language = "en", seed = 3 });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        foreach (var answer in new[] { "I lead support for our clinic software.", story })
        {
            using var answered = await _client.PostAsJsonAsync($"/api/loops/{id}/answers", new { answer });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using (await _client.PostAsJsonAsync($"/api/loops/{id}/pause", new { }))
        {
        }

        var session = await _client.GetFromJsonAsync<JsonObject>($"/api/loops/{id}");
        var main = session!["turns"]!.AsArray().First(t => t!["kind"]!.GetValue<string>() == "main");
        return (id, main!["seq"]!.GetValue<int>());
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Marks();

    [GeneratedRegex("<p class=\"answer\" lang=\"en\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Answer();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
