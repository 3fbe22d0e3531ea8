using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LoopCoach.Web.Tests;

/// <summary>The story pages beyond writing one: history with what changed and restore, the recycle bin, import and export.</summary>
public sealed partial class StoryPageTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public StoryPageTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task History_ShowsWhatChangedBetweenVersions_AndRestoringSavesTheOldTextAsANewVersion()
    {
        var id = await AddStory("Onboarding checklist", "I wrote an onboarding checklist.");
        using (var edited = await _client.PatchAsJsonAsync($"/api/stories/{id}", new { action = "I rebuilt the onboarding checklist myself.", result = "Churn fell from 15% to 9%." }))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/stories/{id}/history"));
        // Version 2 shows each changed field with its old and its new text; version 1 has nothing to compare with.
        Assert.Contains("<del>I wrote an onboarding checklist.</del>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>I rebuilt the onboarding checklist myself.</ins>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>Churn fell from 15% to 9%.</ins>", page, StringComparison.Ordinal);
        Assert.Contains("<del>(empty)</del>", page, StringComparison.Ordinal);

        using var restored = await _client.PostAsync($"/stories/{id}/history", Form(page, "restore", ("Version", "1")));
        Assert.True(restored.StatusCode == HttpStatusCode.OK, await restored.Content.ReadAsStringAsync());
        Assert.Contains("Version 1 was restored and saved as version 3.", WebUtility.HtmlDecode(await restored.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var story = await _client.GetFromJsonAsync<JsonObject>($"/api/stories/{id}");
        Assert.Equal(3, story!["version"]!.GetValue<int>());
        Assert.Equal("I wrote an onboarding checklist.", story["action"]!.GetValue<string>());
        Assert.Equal(["created", "edited", "restored"], (await _client.GetFromJsonAsync<JsonArray>($"/api/stories/{id}/history"))!.Select(v => v!["change"]!.GetValue<string>()));
    }

    [Fact]
    public async Task History_InKorean_SaysTheChangesInKorean()
    {
        var id = await AddStory("온보딩 개선", "제가 체크리스트를 만들었습니다.");
        using (await _client.PatchAsJsonAsync($"/api/stories/{id}", new { title = "온보딩 체크리스트 개선" }))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/stories/{id}/history");
        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var response = await _client.SendAsync(request);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("스토리 버전 기록", page, StringComparison.Ordinal);
        Assert.Contains("<dt>제목</dt>", page, StringComparison.Ordinal);
        Assert.Contains("이 버전 되살리기", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Restore this version", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecycleBin_BringsAStoryBack_AndDeletesOneForGoodOnlyAfterAskingAgain()
    {
        var kept = await AddStory("Kept", "I kept it.");
        var doomed = await AddStory("Doomed", "I lost it.");
        var live = await AddStory("Live", "I never deleted it.");
        var other = await AddStory("Other", "I binned it too.");
        using (await _client.DeleteAsync($"/api/stories/{kept}"))
        using (await _client.DeleteAsync($"/api/stories/{doomed}"))
        using (await _client.DeleteAsync($"/api/stories/{other}"))
        {
        }

        var bin = WebUtility.HtmlDecode(await _client.GetStringAsync("/stories/bin"));
        Assert.Contains("Kept", bin, StringComparison.Ordinal);
        Assert.DoesNotContain("Live", bin, StringComparison.Ordinal);

        using (var back = await _client.PostAsync("/stories/bin", Form(bin, "undelete", ("Restored", kept.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
        {
            Assert.True(back.StatusCode == HttpStatusCode.OK, await back.Content.ReadAsStringAsync());
            Assert.Contains("“Kept” is back in your stories.", WebUtility.HtmlDecode(await back.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // The first click only asks; nothing is gone yet.
        var asking = WebUtility.HtmlDecode(await _client.GetStringAsync($"/stories/bin?purge={doomed}"));
        Assert.Contains("Delete “Doomed” for good?", asking, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/stories/{doomed}")).StatusCode);

        using (var purged = await _client.PostAsync($"/stories/bin?purge={doomed}", Form(asking, "purge", ("Purged", doomed.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
        {
            Assert.Contains("“Doomed” was deleted for good.", WebUtility.HtmlDecode(await purged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/stories/{doomed}")).StatusCode);
        Assert.Equal(["Kept", "Live", "Other"], (await _client.GetFromJsonAsync<JsonArray>("/api/stories?deleted=true"))!.Select(s => s!["title"]!.GetValue<string>()));

        // A story that is not in the bin is never deleted for good, even by a forged form.
        using var refused = await _client.PostAsync($"/stories/bin?purge={other}", Form(asking, "purge", ("Purged", live.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("only a story in the bin can be deleted for good", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/stories/{live}")).StatusCode);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnotherBank_BringsBackEveryStoryVersionAndTheBin()
    {
        var id = await AddStory("고객 이탈 줄이기", "제가 온보딩 체크리스트를 만들었습니다.");
        using (await _client.PatchAsJsonAsync($"/api/stories/{id}", new { result = "이탈률이 15%에서 9%로 줄었습니다." }))
        using (await _client.DeleteAsync($"/api/stories/{await AddStory("Binned", "I binned it.")}"))
        {
        }

        using var export = await _client.GetAsync("/api/stories/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("loopcoach-stories-", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var file = await export.Content.ReadAsByteArrayAsync();

        await using var other = new WebApp();
        using var client = other.CreateClient();
        var page = await client.GetStringAsync("/stories/transfer");
        using var imported = await client.PostAsync("/stories/transfer", Upload(page, "import", "export.json", file));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("Imported: 2 added, 0 updated with a new version, 0 already the same.", WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var stories = (await client.GetFromJsonAsync<JsonArray>("/api/stories?deleted=true"))!;
        Assert.Equal(["고객 이탈 줄이기", "Binned"], stories.Select(s => s!["title"]!.GetValue<string>()));
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonArray>($"/api/stories/{stories[0]!["id"]}/history"))!.Count);
        Assert.NotNull(stories[1]!["deletedAt"]);
    }

    [Fact]
    public async Task Import_AFileThatIsNotAnExport_SaysWhyAndSavesNothing()
    {
        var page = await _client.GetStringAsync("/stories/transfer");
        using var response = await _client.PostAsync("/stories/transfer", Upload(page, "import", "notes.json", Encoding.UTF8.GetBytes("{ \"stories\": [ null ] }")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _client.GetFromJsonAsync<JsonArray>("/api/stories?deleted=true"))!);
    }

    private async Task<long> AddStory(string title, string action)
    {
        using var added = await _client.PostAsJsonAsync("/api/stories", new { title, action });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
    }

    private static FormUrlEncodedContent Form(string page, string handler, params (string Name, string Value)[] fields) =>
        new(new Dictionary<string, string>(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)))
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        });

    private static MultipartFormDataContent Upload(string page, string handler, string name, byte[] bytes)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(handler), "_handler" },
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("1"), "Sent" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Add(file, "file", name);
        return content;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
