using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LoopCoach.Storage.Accounts;

namespace LoopCoach.Web.Tests.Accounts;

/// <summary>
/// Moving in and out: an account filled with every kind of thing through the app's own pages and API, exported,
/// taken into a fresh account and exported again, loses nothing; a bad or too large file changes nothing and says why.
/// </summary>
public sealed partial class MoveTests : IAsyncLifetime
{
    private const string WeakStory = "Um we had a lot of refund tickets and we talked about it as a team.";
    private const string StrongStory = "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month.";

    private readonly AccountsApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EverythingExported_ImportedIntoAFreshAccount_ExportsTheSame_AndTheLoopsCarryOn()
    {
        _app.CreateAccount("mover@example.com", AccountRole.Candidate);
        _app.CreateAccount("fresh@example.com", AccountRole.Candidate);
        using var mover = await _app.SignedIn("mover@example.com");
        await Fill(mover);
        var exported = await mover.GetByteArrayAsync("/account/export");
        Assert.Equal(Normalized(Encoding.UTF8.GetString(exported)), Normalized(await mover.GetStringAsync("/api/export")));
        var document = JsonNode.Parse(exported)!;
        // Every kind of thing is in the file.
        Assert.Equal(3, document["stories"]!.AsArray().Count);
        Assert.Contains(document["stories"]!.AsArray(), s => s!["history"]!.AsArray().Count == 2);
        Assert.Contains(document["stories"]!.AsArray(), s => s!["deletedAt"] is not null);
        Assert.Single(document["postings"]!.AsArray());
        Assert.Equal(2, document["sessions"]!.AsArray().Count);
        Assert.Contains(document["sessions"]!.AsArray(), s => s!["retries"]!.AsArray().Count == 1 && s["progress"] is not null);
        Assert.Equal(2, document["retros"]!.AsArray().Count);
        Assert.Contains(document["seenQuestions"]!.AsArray(), q => q!["times"]!.GetValue<int>() == 2);

        using var fresh = await _app.SignedIn("fresh@example.com");
        using var imported = await fresh.PostAsync("/api/import", new ByteArrayContent(exported) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = JsonNode.Parse(await imported.Content.ReadAsStringAsync())!;
        Assert.Equal(3, report["stories"]!["added"]!.GetValue<int>());
        Assert.Equal(2, report["sessions"]!["added"]!.GetValue<int>());
        Assert.Equal(Normalized(Encoding.UTF8.GetString(exported)), Normalized(await fresh.GetStringAsync("/api/export")));

        // The imported loops are loops: the debrief reads, the running one takes its next answer.
        var loops = await fresh.GetFromJsonAsync<JsonArray>("/api/loops");
        Assert.Equal(2, loops!.Count);
        var running = loops.First(l => l!["status"]!.GetValue<string>() == "running")!["id"]!.GetValue<long>();
        var paused = loops.First(l => l!["status"]!.GetValue<string>() == "paused")!["id"]!.GetValue<long>();
        Assert.Contains("Refund tickets fell", WebUtility.HtmlDecode(await fresh.GetStringAsync($"/loop/{paused}/debrief")), StringComparison.Ordinal);
        using var answered = await fresh.PostAsJsonAsync($"/api/loops/{running}/answers", new { answer = StrongStory });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        // The same file again adds nothing.
        using var again = await fresh.PostAsync("/api/import", new ByteArrayContent(exported));
        var second = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        foreach (var kind in new[] { "stories", "postings", "sessions", "retros", "seenQuestions" })
        {
            Assert.Equal(0, second[kind]!["added"]!.GetValue<int>());
            Assert.Equal(0, second[kind]!["updated"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task TheAccountPage_TakesAnExportFileIn_AndSaysWhatCameIn()
    {
        _app.CreateAccount("page@example.com", AccountRole.Candidate);
        _app.CreateAccount("page-to@example.com", AccountRole.Candidate);
        using var from = await _app.SignedIn("page@example.com");
        await from.PostAsJsonAsync("/api/stories", new { title = "고객 이탈 방지", result = "재계약" });
        await from.PostAsJsonAsync("/api/postings", new { text = "Backend engineer at Hanbit. We value ownership and customer obsession." });
        var exported = await from.GetByteArrayAsync("/account/export");
        using var to = await _app.SignedIn("page-to@example.com");

        using var posted = await Upload(to, exported, "ko-KR");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("가져왔습니다. 스토리: 추가 1개, 갱신 0개, 이미 있음 0개. 채용공고 1개", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("고객 이탈 방지", await to.GetStringAsync("/api/stories"), StringComparison.Ordinal);
        Assert.Single((await to.GetFromJsonAsync<JsonArray>("/api/postings"))!);
    }

    [Fact]
    public async Task ABadFile_IsRefusedWithWhatIsWrong_InTheUsersLanguage_AndChangesNothing()
    {
        _app.CreateAccount("bad@example.com", AccountRole.Candidate);
        using var client = await _app.SignedIn("bad@example.com");
        await Fill(client);
        var before = Normalized(await client.GetStringAsync("/api/export"));
        var document = JsonNode.Parse(await client.GetStringAsync("/api/export"))!;
        // A valid story added to the file, and a loop the app could not show again: nothing of either is saved.
        document["stories"]!.AsArray().Add(JsonNode.Parse("""{ "uid": "6f1c2a52-4c1e-4d8e-9d43-0e4b8f0b9a11", "title": "새 이야기" }"""));
        document["sessions"]![0]!["status"] = "bogus";
        document["sessions"]![0]!["plan"] = JsonNode.Parse("[1, 2]");
        document["postings"]![0]!["text"] = "  ";

        using var refused = await Send(client, "/api/import", Encoding.UTF8.GetBytes(document.ToJsonString()), "ko-KR");
        using var malformed = await Send(client, "/api/import", "{ \"format\": \"loopcoach.bank\", "u8.ToArray(), "ko-KR");
        using var wrong = await Send(client, "/api/import", """{ "format": "something.else", "formatVersion": 1 }"""u8.ToArray(), "en");
        using var tooLarge = await Send(client, "/api/import", new byte[Hosting.WebLimits.MaxImportBytes + 1], "en");
        using var page = await Upload(client, Encoding.UTF8.GetBytes(document.ToJsonString()), "en");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("파일을 가져오지 않았습니다. 문제가 3개 있습니다. 아무것도 바뀌지 않았습니다.", problem["detail"]!.GetValue<string>());
        Assert.Equal(["postings[0].text", "sessions[0].status", "sessions[0].plan"], problem["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()));
        Assert.Contains("'bogus'가 모의 면접의 상태(running, paused, finished)가 아닙니다.", problem["problems"]!.AsArray().Select(p => p!["message"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.StartsWith("요청 본문은 올바른 LoopCoach 내보내기 파일이 아닙니다", JsonNode.Parse(await malformed.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("is it a LoopCoach export file?", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("the request body is larger than the limit of 64 MB", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("The file was not imported.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, Normalized(await client.GetStringAsync("/api/export")));
    }

    /// <summary>
    /// Stories (one edited, one in the bin), a posting, a paused loop with a retry and a running loop from the posting,
    /// and two retrospectives sharing a question: every kind of row an account has.
    /// </summary>
    private static async Task Fill(HttpClient client)
    {
        using var told = await client.PostAsJsonAsync("/api/stories", new { title = "고객 이탈 방지", situation = "최대 고객사가 계약 해지를 예고했습니다.", action = "제가 주간 리포트를 다시 설계했습니다.", result = "재계약, 매출 20% 증가", when = "2025-03", tags = new[] { "b2b" }, competencies = new[] { "customer-obsession" }, metrics = new[] { new { value = 20m, unit = "%", measures = "매출" } } });
        Assert.Equal(HttpStatusCode.Created, told.StatusCode);
        var edited = (await (await client.PostAsJsonAsync("/api/stories", new { title = "Onboarding" })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsJsonAsync($"/api/stories/{edited}", new { result = "Onboarding took 30% less time." })).StatusCode);
        var binned = (await (await client.PostAsJsonAsync("/api/stories", new { title = "Old story" })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/stories/{binned}")).StatusCode);
        var posting = (await (await client.PostAsJsonAsync("/api/postings", new { text = "Backend engineer at Hanbit. We value ownership, customer obsession and bias for action." })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();

        var loop = (await (await client.PostAsJsonAsync("/api/loops", new { template = "phone-screen", language = "en", seed = 3 })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        foreach (var answer in new[] { "I lead support for our clinic software.", WeakStory, StrongStory })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/loops/{loop}/answers", new { answer })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/loops/{loop}/pause", new { })).StatusCode);
        var session = await client.GetFromJsonAsync<JsonObject>($"/api/loops/{loop}");
        var seq = session!["turns"]!.AsArray().First(t => t!["kind"]!.GetValue<string>() == "main")!["seq"]!.GetValue<int>();
        var debrief = await client.GetStringAsync($"/loop/{loop}/debrief");
        using var retried = await client.PostAsync($"/loop/{loop}/debrief", Form(debrief, new() { ["_handler"] = $"retry-{seq}", ["RetryAnswer"] = StrongStory }));
        Assert.Contains("attempt=1", retried.Headers.Location?.ToString(), StringComparison.Ordinal);
        var fromPosting = (await (await client.PostAsJsonAsync("/api/loops", new { postingId = posting, seed = 5 })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/loops/{fromPosting}/answers", new { answer = "I am a backend engineer with six years on payment systems." })).StatusCode);

        foreach (var (company, extra) in new[] { ("한빛", "- 왜 우리 회사에 지원하셨습니까?"), ("Acme", "- Tell me about a time you disagreed with your manager.") })
        {
            var notes = $"1차 면접 (실무자)\n- 가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?\n{extra}\n분위기는 편했습니다.\n";
            var page = await client.GetStringAsync("/retros");
            var fields = new Dictionary<string, string> { ["_handler"] = "save", ["Keep"] = notes, ["KeepCompany"] = company, ["KeepPosition"] = "", ["KeepHeldOn"] = "2026-11-20" };
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/retros", Form(page, fields))).StatusCode);
        }
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields) =>
        new(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value) });

    private static async Task<HttpResponseMessage> Send(HttpClient client, string path, byte[] body, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    /// <summary>Posts <paramref name="file"/> through the account page's import form, as a browser would.</summary>
    private static async Task<HttpResponseMessage> Upload(HttpClient client, byte[] file, string language)
    {
        var page = await client.GetStringAsync("/account");
        var form = new MultipartFormDataContent
        {
            { new StringContent("import"), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("1"), "Sent" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "file", "loopcoach-export.json" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// An export without what the database that takes it in gives anew: the time of the export, the stories' row
    /// numbers, and the uids (each replaced by the order it first appears in, so links between parts still count).
    /// </summary>
    private static string Normalized(string export)
    {
        var document = JsonNode.Parse(export)!.AsObject();
        document.Remove("exportedAt");
        foreach (var story in document["stories"]!.AsArray())
        {
            story!.AsObject().Remove("id");
        }

        var uids = new Dictionary<string, string>();
        Walk(document);
        return document.ToJsonString();

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o.ToList())
                    {
                        if (name is "uid" or "lastRetro" && value is JsonValue v && v.TryGetValue<string>(out var uid))
                        {
                            o[name] = uids.TryGetValue(uid, out var seen) ? seen : uids[uid] = $"uid-{uids.Count}";
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
