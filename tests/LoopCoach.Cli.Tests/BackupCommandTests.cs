using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LoopCoach.Cli.Tests;

/// <summary>
/// <c>loopcoach admin backup</c> and <c>admin restore</c> through the real processes: a server filled through its web
/// app (two candidates with stories and loops, a coach with an invitation, a comment and an assignment) is backed up,
/// restored into a fresh database, backed up again to the same file, and its people sign in there with their passwords.
/// </summary>
public sealed partial class BackupCommandTests : IDisposable
{
    private const string Password = "a long enough passphrase";
    private const string CommentText = "결과를 숫자로 말해 보십시오.";

    private readonly Loopcoach _loopcoach = new();
    private readonly List<Process> _webs = [];
    private readonly List<HttpClient> _clients = [];

    public void Dispose()
    {
        foreach (var web in _webs)
        {
            web.Kill(entireProcessTree: true);
            web.WaitForExit();
            web.Dispose();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _loopcoach.Dispose();
    }

    [Fact]
    public async Task SqliteServer_BackedUpAndRestoredIntoAFreshFile_BacksUpToTheSameFile_AndItsPeopleSignIn()
    {
        var server = await Fill();
        var first = Path.Combine(_loopcoach.Folder, "first.json");
        var restored = Path.Combine(_loopcoach.Folder, "restored.db");

        var backup = _loopcoach.Run("admin", "backup", first);
        var restore = _loopcoach.Run("--db", restored, "admin", "restore", first, "--json");
        var again = _loopcoach.Run("--db", restored, "admin", "backup", Path.Combine(_loopcoach.Folder, "second.json"), "--json");

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.Contains("3 accounts, 3 stories, 2 mock loops (3 answers), 0 postings, 0 retrospectives, 1 invitation, 1 coach comment, 1 assignment", backup.Stdout, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            // It holds password hashes: readable by the operator alone.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first));
        }

        Assert.True(restore.ExitCode == 0, restore.ToString());
        var counts = restore.Json.GetProperty("counts");
        Assert.Equal(3, counts.GetProperty("accounts").GetInt32());
        Assert.Equal(2, counts.GetProperty("sessions").GetInt32());
        Assert.Equal(1, counts.GetProperty("comments").GetInt32());
        Assert.False(restore.Json.GetProperty("replaced").GetBoolean());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(Comparable(File.ReadAllText(first)), Comparable(File.ReadAllText(again.Json.GetProperty("file").GetString()!)));

        // The restored server: the candidate signs in with her password and finds her stories, her loop with the
        // coach's comment beside it, and her assignment; the coach finds the candidate.
        var address = await StartWeb("--db", restored);
        var candidate = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await PostForm(candidate, address + "/account/signin", "signin", new() { ["Email"] = "jiwoo@example.com", ["Password"] = Password })).StatusCode);
        Assert.Contains("고객 클레임 해결", await candidate.GetStringAsync(address + "/api/stories"), StringComparison.Ordinal);
        var loops = await candidate.GetFromJsonAsync<JsonArray>(address + "/api/loops");
        Assert.Equal(2, loops!.Count);
        var commented = loops.Select(l => l!["id"]!.GetValue<long>()).ToList();
        var debriefs = await Task.WhenAll(commented.Select(id => candidate.GetStringAsync($"{address}/loop/{id}/debrief")));
        Assert.Single(debriefs, d => WebUtility.HtmlDecode(d).Contains(CommentText, StringComparison.Ordinal));
        Assert.Contains($"/assignments/{server.Assignment}", await candidate.GetStringAsync(address + "/"), StringComparison.Ordinal);
        var coach = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await PostForm(coach, address + "/account/signin", "signin", new() { ["Email"] = "coach@example.com", ["Password"] = Password })).StatusCode);
        Assert.Contains("jiwoo@example.com", await coach.GetStringAsync(address + "/coach"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostgresServer_RestoredIntoAnotherPostgres_KeepsItsCookies_AndTheSameFileRestoresIntoSqlite()
    {
        using var source = TestPostgres.NewDatabase();
        using var target = TestPostgres.NewDatabase();
        _loopcoach.Environment["LOOPCOACH_DATABASE_URL"] = source.ConnectionString;
        var server = await Fill();
        var first = Path.Combine(_loopcoach.Folder, "first.json");

        var backup = _loopcoach.Run("admin", "backup", first, "--json");
        _loopcoach.Environment["LOOPCOACH_DATABASE_URL"] = target.ConnectionString;
        var restore = _loopcoach.Run("admin", "restore", first);
        var again = _loopcoach.Run("admin", "backup", Path.Combine(_loopcoach.Folder, "second.json"));
        var sqlite = Path.Combine(_loopcoach.Folder, "moved.db");
        var moved = _loopcoach.Run("--db", sqlite, "admin", "restore", first);
        var fromSqlite = _loopcoach.Run("--db", sqlite, "admin", "backup", Path.Combine(_loopcoach.Folder, "third.json"));

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.StartsWith("postgresql://", backup.Json.GetProperty("database").GetString(), StringComparison.Ordinal);
        Assert.True(backup.Json.GetProperty("counts").GetProperty("dataProtectionKeys").GetInt32() > 0, "the web app's keys are in the database, so in the backup");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("Restored", restore.Stdout, StringComparison.Ordinal);
        Assert.Equal(Comparable(File.ReadAllText(first)), Comparable(File.ReadAllText(Path.Combine(_loopcoach.Folder, "second.json"))));
        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Contains("Data-protection keys not restored", moved.Stdout, StringComparison.Ordinal);
        Assert.True(fromSqlite.ExitCode == 0, fromSqlite.ToString());
        Assert.Equal(Comparable(File.ReadAllText(first), withKeys: false), Comparable(File.ReadAllText(Path.Combine(_loopcoach.Folder, "third.json")), withKeys: false));

        // The restored PostgreSQL server has the keys that signed the candidate's cookie: she is still signed in,
        // and signs in afresh with her password too.
        var address = await StartWeb();
        Assert.Contains("고객 클레임 해결", await server.Candidate.GetStringAsync(address + "/api/stories"), StringComparison.Ordinal);
        var fresh = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await PostForm(fresh, address + "/account/signin", "signin", new() { ["Email"] = "minho@example.com", ["Password"] = Password })).StatusCode);
        Assert.Contains("Pricing test", await fresh.GetStringAsync(address + "/api/stories"), StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_ABadFileOrIntoABankWithData_IsRefusedInEnglishAndKorean_AndChangesNothing()
    {
        Assert.Equal(0, _loopcoach.Run("stories", "add", "--title", "Already here").ExitCode);
        var backup = Path.Combine(_loopcoach.Folder, "backup.json");
        Assert.Equal(0, _loopcoach.Run("admin", "backup", backup).ExitCode);
        var bad = JsonNode.Parse(File.ReadAllText(backup))!;
        bad["banks"]![0]!["bank"]!["stories"]![0]!["title"] = "";
        bad["accounts"]!.AsArray().Add(new JsonObject { ["id"] = "x", ["email"] = "x@example.com", ["normalizedEmail"] = "X@EXAMPLE.COM", ["securityStamp"] = "s", ["role"] = "owner" });
        var badFile = _loopcoach.WriteFile("bad.json", bad.ToJsonString());
        var export = Path.Combine(_loopcoach.Folder, "export.json");
        Assert.Equal(0, _loopcoach.Run("export", "--output", export).ExitCode);
        var fresh = Path.Combine(_loopcoach.Folder, "fresh.db");
        var before = File.ReadAllBytes(_loopcoach.DatabasePath);

        var notEmpty = _loopcoach.Run("admin", "restore", backup);
        var notEmptyKo = _loopcoach.Run("--lang", "ko", "admin", "restore", backup);
        var invalid = _loopcoach.Run("--lang", "ko", "--db", fresh, "admin", "restore", badFile);
        var anExport = _loopcoach.Run("--db", fresh, "admin", "restore", export);
        var notJson = _loopcoach.Run("--db", fresh, "admin", "restore", _loopcoach.WriteFile("half.json", "{\"format\": \"loopcoach.backup\", \"accounts\": ["));

        Assert.Equal(6, notEmpty.ExitCode);
        Assert.Contains("already holds data: 0 accounts and 1 other row (stories, loops and more). Nothing was restored.", notEmpty.Stderr, StringComparison.Ordinal);
        Assert.Contains("--replace", notEmpty.Stderr, StringComparison.Ordinal);
        Assert.Contains("이미 데이터가 있습니다(계정 0개, 스토리·모의 면접 등 1건). 아무것도 복원하지 않았습니다.", notEmptyKo.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, invalid.ExitCode);
        Assert.Contains("백업을 복원하지 않았습니다. 문제가 3개 있습니다. 아무것도 바뀌지 않았습니다.", invalid.Stderr, StringComparison.Ordinal);
        // The story with no title (whose last version then differs from it) and the unknown role.
        Assert.Contains("banks[0].bank.stories[0].title", invalid.Stderr, StringComparison.Ordinal);
        Assert.Contains("accounts[0].role: 'owner'", invalid.Stderr, StringComparison.Ordinal);
        Assert.Contains("없는 역할입니다 (candidate, coach, admin 중 하나).", invalid.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, anExport.ExitCode);
        Assert.Contains("this is one person's export ('loopcoach.bank'), not a server backup", anExport.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, notJson.ExitCode);
        Assert.Contains("is not a valid LoopCoach backup (line 1", notJson.Stderr, StringComparison.Ordinal);
        // Nothing changed: the bank with data is byte for byte as it was, and no database was made for the bad files.
        Assert.Equal(before, File.ReadAllBytes(_loopcoach.DatabasePath));
        Assert.False(File.Exists(fresh));

        var replaced = _loopcoach.Run("admin", "restore", backup, "--replace", "--json");
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.True(replaced.Json.GetProperty("replaced").GetBoolean());
        Assert.Single(_loopcoach.Run("stories", "list", "--json").Json.EnumerateArray());
    }

    /// <summary>What the test server holds, made through its web app.</summary>
    private sealed record Filled(HttpClient Candidate, long Assignment);

    // Two candidates with stories; one runs a loop, invites the coach, who comments on it and sets an assignment she starts.
    private async Task<Filled> Fill()
    {
        var address = await StartWeb();
        var created = _loopcoach.Run("admin", "create", "--email", "coach@example.com", "--role", "coach", "--url", address);
        Assert.True(created.ExitCode == 0, created.ToString());
        var coach = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await PostForm(coach, created.Stdout.Trim().Split('\n')[^1], "reset", new() { ["Password"] = Password, ["Again"] = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostForm(coach, address + "/account/signin", "signin", new() { ["Email"] = "coach@example.com", ["Password"] = Password })).StatusCode);
        var jiwoo = await Register(address, "jiwoo@example.com");
        var minho = await Register(address, "minho@example.com");

        await Ok(jiwoo.PostAsJsonAsync(address + "/api/stories", new { title = "고객 클레임 해결", result = "재계약을 따냈습니다.", competencies = new[] { "customer-obsession" } }));
        await Ok(jiwoo.PostAsJsonAsync(address + "/api/stories", new { title = "Cut cloud costs", action = "I moved batch jobs to spot instances." }));
        await Ok(minho.PostAsJsonAsync(address + "/api/stories", new { title = "Pricing test" }));
        var started = await Ok(jiwoo.PostAsJsonAsync(address + "/api/loops", new { template = "amazon-loop", language = "en", seed = 5 }));
        var session = JsonNode.Parse(started)!["id"]!.GetValue<long>();
        await Ok(jiwoo.PostAsJsonAsync($"{address}/api/loops/{session}/answers", new { answer = "I am an account manager with five years in B2B sales." }));

        var invited = await PostForm(jiwoo, address + "/account/invitations", "invite", new() { ["Sessions"] = "true" });
        var code = Code().Match(await invited.Content.ReadAsStringAsync()).Value;
        Assert.NotEmpty(code);
        Assert.Equal(HttpStatusCode.OK, (await PostForm(coach, address + "/coach", "redeem", new() { ["Code"] = code })).StatusCode);
        var candidateId = CandidateLink().Match(await coach.GetStringAsync(address + "/coach")).Groups[1].Value;
        Assert.NotEmpty(candidateId);
        Assert.Equal(HttpStatusCode.OK, (await PostForm(coach, $"{address}/coach/{candidateId}/loops/{session}", "comment", new() { ["Text"] = CommentText })).StatusCode);
        var due = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var assignment = JsonNode.Parse(await Ok(coach.PostAsJsonAsync(address + "/api/assignments", new { template = "phone-screen", language = "en", dueOn = due, attempts = 2, candidates = new[] { "jiwoo@example.com" } })))!["id"]!.GetValue<long>();
        var fromAssignment = await PostForm(jiwoo, $"{address}/assignments/{assignment}", "start", [], tokenFrom: address + "/stories/new");
        Assert.Equal(HttpStatusCode.Redirect, fromAssignment.StatusCode);
        var assigned = long.Parse(fromAssignment.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await Ok(jiwoo.PostAsJsonAsync($"{address}/api/loops/{assigned}/answers", new { answer = "저는 B2B 영업을 5년 동안 해 온 어카운트 매니저입니다." }));
        await Ok(jiwoo.PostAsJsonAsync($"{address}/api/loops/{assigned}/answers", new { answer = "작년에 가장 큰 고객이 떠나려 했을 때 제가 매주 회의를 열어 보고서를 고쳤고, 재계약을 따냈습니다." }));
        StopWebs();
        return new Filled(jiwoo, assignment);
    }

    private async Task<HttpClient> Register(string address, string email)
    {
        var client = Client();
        var registered = await PostForm(client, address + "/account/register", "register", new() { ["Email"] = email, ["Password"] = Password, ["Again"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return client;
    }

    private HttpClient Client()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
        _clients.Add(client);
        return client;
    }

    private async Task<string> StartWeb(params string[] before)
    {
        var web = _loopcoach.Start([.. before, "web", "--port", "0", "--accounts"]);
        _webs.Add(web);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await web.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
        var address = Address().Match(line).Value;
        Assert.True(address.Length > 0, $"loopcoach web did not say where it listens: '{line}' (exited: {web.HasExited})");
        return address;
    }

    // The web process that filled the database is stopped before the backup, as an operator's cron would not: the
    // backup reads one snapshot either way, but a stopped server makes the comparison exact.
    private void StopWebs()
    {
        foreach (var web in _webs)
        {
            web.Kill(entireProcessTree: true);
            web.WaitForExit();
            web.Dispose();
        }

        _webs.Clear();
    }

    private static async Task<string> Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private static async Task<HttpResponseMessage> PostForm(HttpClient client, string url, string handler, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = Token().Match(await client.GetStringAsync(tokenFrom ?? url));
        Assert.True(token.Success, "no antiforgery token on " + (tokenFrom ?? url));
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>A backup without the moments it was taken: two backups of the same data compare equal.</summary>
    private static string Comparable(string json, bool withKeys = true)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("createdAt");
        if (!withKeys)
        {
            node.Remove("database");
            node.Remove("dataProtectionKeys");
        }

        foreach (var bank in node["banks"]!.AsArray())
        {
            bank!["bank"]!.AsObject().Remove("exportedAt");
        }

        return node.ToJsonString();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();

    [GeneratedRegex("href=\"/coach/([0-9a-f-]{36})\"")]
    private static partial Regex CandidateLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
