using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LoopCoach.Cli.Tests;

/// <summary>
/// <c>loopcoach export</c> and <c>loopcoach import</c> through the real process: a personal bank moved whole into
/// another loses nothing; a dry run and a bad file change nothing; <c>loopcoach web</c> takes an import past its 2 MB
/// limit for other requests.
/// </summary>
public sealed partial class BankCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void ExportThenImportIntoAnotherBank_ExportsTheSameFile_AndAgainAddsNothing()
    {
        Fill();
        var file = Path.Combine(_loopcoach.Folder, "bank.json");
        var exported = _loopcoach.Run("export", "--output", file);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.Contains("Exported 2 stories, 1 posting, 1 mock loop and 1 retrospective", exported.Stderr, StringComparison.Ordinal);
        var other = Path.Combine(_loopcoach.Folder, "other.db");

        var imported = _loopcoach.Run("--db", other, "import", file, "--json");
        var again = _loopcoach.Run("--db", other, "import", file);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Equal(2, imported.Json.GetProperty("stories").GetProperty("added").GetInt32());
        Assert.Equal(1, imported.Json.GetProperty("sessions").GetProperty("added").GetInt32());
        Assert.False(imported.Json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(RunResult.WithoutExportTime(File.ReadAllText(file)), RunResult.WithoutExportTime(_loopcoach.Run("--db", other, "export").Stdout));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Stories: 0 added, 0 updated, 2 already here. Added 0 postings, 0 mock loops, 0 retrospectives and 0 interview questions.", again.Stdout, StringComparison.Ordinal);
        // The loop carried over reads as it did.
        Assert.Equal(_loopcoach.Run("loop", "show", "1", "--json").Stdout, _loopcoach.Run("--db", other, "loop", "show", "1", "--json").Stdout);
    }

    [Fact]
    public void DryRun_SaysWhatWouldComeIn_AndABadFileIsRefusedInKorean_ChangingNothing()
    {
        Fill();
        var file = Path.Combine(_loopcoach.Folder, "bank.json");
        Assert.Equal(0, _loopcoach.Run("export", "--output", file).ExitCode);
        var other = Path.Combine(_loopcoach.Folder, "other.db");
        var bad = JsonNode.Parse(File.ReadAllText(file))!;
        bad["sessions"]![0]!["turns"]![0]!["kind"] = "monologue";
        var badFile = _loopcoach.WriteFile("bad.json", bad.ToJsonString());

        var dry = _loopcoach.Run("--db", other, "import", file, "--dry-run", "--json");
        var refused = _loopcoach.Run("--db", other, "--lang", "ko", "import", badFile);
        var empty = _loopcoach.Run("--db", other, "export").Stdout;

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.True(dry.Json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, dry.Json.GetProperty("stories").GetProperty("added").GetInt32());
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("파일을 가져오지 않았습니다", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("sessions[0].turns[0].kind", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("'monologue'가 모의 면접의 질문 종류가 아닙니다.", refused.Stderr, StringComparison.Ordinal);
        var after = JsonNode.Parse(empty)!;
        Assert.Empty(after["stories"]!.AsArray());
        Assert.Empty(after["sessions"]!.AsArray());
    }

    [Fact]
    public async Task Web_TakesAnImportOverTheTwoMegabyteLimit_AndStillRefusesOtherLargeBodies()
    {
        // 3 MB of postings: more than any other request may send.
        var postings = Enumerable.Range(0, 60).Select(i => new
        {
            uid = Guid.NewGuid(), title = $"Posting {i}", company = "Hanbit", text = $"Backend engineer {i}. " + new string('x', 50_000), createdAt = "2026-11-01T00:00:00.000Z",
        });
        var body = JsonSerializer.SerializeToUtf8Bytes(new { format = "loopcoach.bank", formatVersion = 1, stories = Array.Empty<object>(), postings, sessions = Array.Empty<object>(), retros = Array.Empty<object>(), seenQuestions = Array.Empty<object>() });
        Assert.True(body.Length > 3_000_000);
        using var web = _loopcoach.Start("web", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await web.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
            var address = Address().Match(line);
            Assert.True(address.Success, line);
            using var http = new HttpClient();

            using var imported = await http.PostAsync(address.Value + "/api/import", new ByteArrayContent(body), timeout.Token);
            using var story = await http.PostAsync(address.Value + "/api/stories", new StringContent(JsonSerializer.Serialize(new { title = new string('x', 3_000_000) }), Encoding.UTF8, "application/json"), timeout.Token);

            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(timeout.Token));
            Assert.Equal(60, JsonNode.Parse(await imported.Content.ReadAsStringAsync(timeout.Token))!["postings"]!["added"]!.GetValue<int>());
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, story.StatusCode);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Web_TakesAStoryBankUploadOverTheTwoMegabyteLimit_OnTheTransferPage()
    {
        // A story export of over 3 MB (the CLI's own file, its one story copied 30 times with every part near its
        // longest, in Hangul), uploaded on the page as a candidate would: imported, not refused for its size.
        Assert.Equal(0, _loopcoach.Run("stories", "add", "--title", "Refund templates", "--action", "I rewrote them.").ExitCode);
        var export = JsonNode.Parse(_loopcoach.Run("stories", "export").Stdout)!;
        var one = export["stories"]![0]!.ToJsonString();
        var stories = new JsonArray([.. Enumerable.Range(0, 30).Select(i =>
        {
            var story = JsonNode.Parse(one)!;
            story["uid"] = Guid.NewGuid().ToString();
            foreach (var node in new[] { story, story["history"]![0]!["story"]! })
            {
                node["title"] = $"Story {i}";
                foreach (var part in new[] { "situation", "task", "action", "result", "lesson" })
                {
                    node[part] = new string('가', 3_900);
                }
            }

            return story;
        })]);
        export["stories"] = stories;
        var body = Encoding.UTF8.GetBytes(export.ToJsonString());
        Assert.True(body.Length > 3_000_000);
        using var web = _loopcoach.Start("web", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await web.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
            var address = Address().Match(line);
            Assert.True(address.Success, line);
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() });
            var page = await http.GetStringAsync(address.Value + "/stories/transfer", timeout.Token);
            using var form = new MultipartFormDataContent
            {
                { new StringContent("import"), "_handler" },
                { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
                { new StringContent("1"), "Sent" },
                { new ByteArrayContent(body), "file", "stories.json" },
            };

            using var imported = await http.PostAsync(address.Value + "/stories/transfer", form, timeout.Token);

            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(timeout.Token));
            Assert.Equal(31, JsonNode.Parse(_loopcoach.Run("stories", "list", "--json").Stdout)!.AsArray().Count);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    /// <summary>Two stories (one edited), a posting, a mock loop and a retrospective, through the commands.</summary>
    private void Fill()
    {
        Assert.Equal(0, _loopcoach.Run("stories", "add", "--title", "고객 이탈 방지", "--action", "제가 주간 리포트를 다시 설계했습니다.").ExitCode);
        Assert.Equal(0, _loopcoach.Run("stories", "add", "--title", "Onboarding").ExitCode);
        Assert.Equal(0, _loopcoach.Run("stories", "edit", "2", "--result", "Onboarding took 30% less time.").ExitCode);
        var posting = _loopcoach.WriteFile("posting.txt", "Backend engineer at Hanbit. We value ownership, customer obsession and bias for action.");
        Assert.Equal(0, _loopcoach.Run("posting", "analyze", posting).ExitCode);
        var answers = _loopcoach.WriteFile("a.jsonl", string.Join("\n", new[]
        {
            "I lead support for our clinic software.",
            "Our refund emails confused customers, so I rewrote the three templates myself. Refund tickets fell from 120 a week to 45 within a month.",
        }.Select(a => JsonSerializer.Serialize(new { answer = a }))));
        var loop = _loopcoach.Run("loop", "run", "--template", "phone-screen", "--seed", "3", "--answers", answers);
        Assert.True(loop.ExitCode == 0, loop.ToString());
        var notes = _loopcoach.WriteFile("retro.txt", "1차 면접 (실무자)\n- 가장 어려웠던 고객 문제를 어떻게 해결하셨습니까?\n분위기는 편했습니다.\n");
        var retro = _loopcoach.Run("retro", "import", notes, "--company", "한빛", "--json");
        Assert.True(retro.ExitCode == 0, retro.ToString());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
