using Microsoft.AspNetCore.Identity;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LoopCoach.Storage.Accounts;

namespace LoopCoach.Web.Tests.Accounts;

public sealed partial class AccountTests : IAsyncLifetime
{
    private readonly AccountsApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task WithoutSigningIn_PagesSendToSignIn_AndTheApiAnswers401()
    {
        using var anonymous = _app.Browser();

        var page = await anonymous.GetAsync("/stories");
        var api = await anonymous.GetAsync("/api/stories");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/signin", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Register_SignsInAsACandidateWithAnEmptyBank()
    {
        using var browser = _app.Browser();

        var registered = await AccountsApp.PostForm(browser, "/account/register", "register", new() { ["Email"] = "새내기@example.com", ["Password"] = "처음 만든 비밀번호입니다", ["Again"] = "처음 만든 비밀번호입니다" });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("[]", await browser.GetStringAsync("/api/stories"));
        Assert.Contains(">지원자<", WebUtility.HtmlDecode(await browser.GetStringAsync("/account?lang=ko")));
    }

    [Fact]
    public async Task Register_ShortPasswordOrTakenAddress_IsRefusedInTheUsersLanguage()
    {
        _app.CreateAccount("taken@example.com", AccountRole.Candidate);
        using var browser = _app.Browser();
        browser.DefaultRequestHeaders.Add("Accept-Language", "ko");

        var tooShort = await AccountsApp.PostForm(browser, "/account/register", "register", new() { ["Email"] = "new@example.com", ["Password"] = "짧은암호", ["Again"] = "짧은암호" });
        var taken = await AccountsApp.PostForm(browser, "/account/register", "register", new() { ["Email"] = "TAKEN@example.com", ["Password"] = AccountsApp.Password, ["Again"] = AccountsApp.Password });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("비밀번호가 너무 짧습니다. 10자 이상으로 정하십시오.", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("이 이메일 주소로 만든 계정이 이미 있습니다.", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        _app.CreateAccount("target@example.com", AccountRole.Candidate);
        using var browser = _app.Browser();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await AccountsApp.SignIn(browser, "target@example.com", "not the password " + i);
            Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        }

        var right = await AccountsApp.SignIn(browser, "target@example.com", AccountsApp.Password);

        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Contains("15 minutes", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ManyRegistrationsAtOnce_WaitTheirTurnToHash_AndAllSucceed()
    {
        // Every form is drawn first and all are posted together; each hash is held long enough that they would overlap
        // if nothing queued them (with 100 allowed at once, this test fails).
        var hasher = new ObservedHasher(TimeSpan.FromMilliseconds(300));
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io); // so that six held hashes are not held back by a two-core pool
        await using var app = new AccountsApp(passwordChecksAtOnce: 1, hasher: hasher);
        var browsers = Enumerable.Range(1, 6).Select(_ => app.Browser()).ToList();
        var forms = await Task.WhenAll(browsers.Select((browser, i) => AccountsApp.Form(browser, "register", new() { ["Email"] = $"at-once-{i}@example.com", ["Password"] = AccountsApp.Password, ["Again"] = AccountsApp.Password }, "/account/register")));

        var registered = await Task.WhenAll(browsers.Select(async (browser, i) => (await browser.PostAsync("/account/register", forms[i])).StatusCode));
        browsers.ForEach(b => b.Dispose());

        Assert.All(registered, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(6, hasher.Hashed);
        Assert.Equal(1, hasher.MostAtOnce);
    }

    [Fact]
    public async Task SignIn_MoreAttemptsAMinuteThanAllowed_AreRefusedWith429()
    {
        await using var strict = new AccountsApp(signInsPerMinute: 3);
        strict.CreateAccount("someone@example.com", AccountRole.Candidate);
        using var browser = strict.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await AccountsApp.SignIn(browser, "someone@example.com", "guess " + i)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task ChangePassword_TheOldOneNoLongerSignsIn()
    {
        _app.CreateAccount("changer@example.com", AccountRole.Candidate);
        using var browser = await _app.SignedIn("changer@example.com");

        var changed = await AccountsApp.PostForm(browser, "/account/password", "password", new() { ["Current"] = AccountsApp.Password, ["Password"] = "a brand new passphrase", ["Again"] = "a brand new passphrase" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsApp.SignIn(_app.Browser(), "changer@example.com", AccountsApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsApp.SignIn(_app.Browser(), "changer@example.com", "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task Admin_CreatesACoach_WhoseOneTimeLinkSetsThePasswordOnce()
    {
        _app.CreateAccount("admin@example.com", AccountRole.Admin);
        using var admin = await _app.SignedIn("admin@example.com");

        var created = await AccountsApp.PostForm(admin, "/admin", "coach", new() { ["Email"] = "coach@example.com" });
        var link = ResetLink().Match(await created.Content.ReadAsStringAsync());
        Assert.True(link.Success);
        var path = WebUtility.HtmlDecode(link.Groups[1].Value);
        using var coach = _app.Browser();
        var set = await AccountsApp.PostForm(coach, path, "reset", new() { ["Password"] = "the coach's passphrase", ["Again"] = "the coach's passphrase" });
        var again = await coach.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsApp.SignIn(coach, "coach@example.com", "the coach's passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("/coach")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_RemovesItsDataAndItsSignIn_AndLeavesOthersAlone()
    {
        _app.CreateAccount("leaver@example.com", AccountRole.Candidate);
        _app.CreateAccount("stayer@example.com", AccountRole.Candidate);
        using var leaver = await _app.SignedIn("leaver@example.com");
        using var stayer = await _app.SignedIn("stayer@example.com");
        await leaver.PostAsJsonAsync("/api/stories", new { title = "leaving story" });
        await stayer.PostAsJsonAsync("/api/stories", new { title = "staying story" });
        var export = await leaver.GetStringAsync("/account/export");
        Assert.Contains("leaving story", export);

        var deleted = await AccountsApp.PostForm(leaver, "/account/delete", "delete", new() { ["Password"] = AccountsApp.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsApp.SignIn(_app.Browser(), "leaver@example.com", AccountsApp.Password)).StatusCode);
        using var database = Storage.Sqlite.LoopCoachDatabase.Open(_app.DatabasePath);
        Assert.Null(new AccountStore(database, TimeProvider.System).FindByEmail(Account.Normalize("leaver@example.com")));
        Assert.Contains("staying story", await stayer.GetStringAsync("/api/stories"));
    }

    [Fact]
    public async Task Coach_SeesOnlyWhatTheInvitationShares_CommentsOnADebrief_AndLosesItAllWhenWithdrawn()
    {
        var candidate = _app.CreateAccount("jiwoo@example.com", AccountRole.Candidate);
        _app.CreateAccount("coach@example.com", AccountRole.Coach);
        using var asCandidate = await _app.SignedIn("jiwoo@example.com");
        using var asCoach = await _app.SignedIn("coach@example.com");
        await asCandidate.PostAsJsonAsync("/api/stories", new { title = "NOT-SHARED-STORY" });
        var started = await asCandidate.PostAsJsonAsync("/api/loops", new { template = "amazon-loop", language = "en", seed = 5 });
        var session = (await started.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        await asCandidate.PostAsJsonAsync($"/api/loops/{session}/answers", new { answer = "I am an account manager with five years in B2B sales." });
        var invited = await AccountsApp.PostForm(asCandidate, "/account/invitations", "invite", new() { ["Sessions"] = "true" });
        var code = Code().Match(await invited.Content.ReadAsStringAsync()).Value;
        Assert.NotEmpty(code);

        var redeemed = await AccountsApp.PostForm(asCoach, "/coach", "redeem", new() { ["Code"] = code.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var candidatePage = await asCoach.GetStringAsync($"/coach/{candidate.Id}");
        Assert.Contains($"/coach/{candidate.Id}/loops/{session}", candidatePage);
        Assert.DoesNotContain("NOT-SHARED-STORY", candidatePage);
        var commented = await AccountsApp.PostForm(asCoach, $"/coach/{candidate.Id}/loops/{session}", "comment", new() { ["Text"] = "결과를 숫자로 말해 보십시오." });
        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        Assert.Contains("결과를 숫자로 말해 보십시오.", WebUtility.HtmlDecode(await asCandidate.GetStringAsync($"/loop/{session}/debrief")));
        // The coach's own API is the coach's own bank: the candidate's stories and loops are not there to change.
        Assert.Equal(HttpStatusCode.NotFound, (await asCoach.GetAsync($"/api/loops/{session}")).StatusCode);

        var withdrawn = await AccountsApp.PostForm(asCandidate, "/account/invitations", "withdraw-" + code.Replace("-", ""), []);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await asCoach.GetAsync($"/coach/{candidate.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asCoach.GetAsync($"/coach/{candidate.Id}/loops/{session}")).StatusCode);
        Assert.DoesNotContain("jiwoo@example.com", await asCoach.GetStringAsync("/coach"));
    }

    [Fact]
    public async Task SignIn_ReturnsToAPageOfThisSiteOnly_AndSignOutEndsTheCookie()
    {
        _app.CreateAccount("returner@example.com", AccountRole.Candidate);
        using var browser = _app.Browser();

        var home = await AccountsApp.PostForm(browser, "/account/signin", "signin", new() { ["Email"] = "returner@example.com", ["Password"] = AccountsApp.Password, ["ReturnUrl"] = "//evil.example/steal" });
        var back = await AccountsApp.PostForm(_app.Browser(), "/account/signin", "signin", new() { ["Email"] = "returner@example.com", ["Password"] = AccountsApp.Password, ["ReturnUrl"] = "/progress" });

        Assert.Equal("http://localhost/", new Uri(new Uri("http://localhost"), home.Headers.Location!).AbsoluteUri);
        Assert.Equal("http://localhost/progress", new Uri(new Uri("http://localhost"), back.Headers.Location!).AbsoluteUri);
        var signedOut = await AccountsApp.PostForm(browser, "/account/signout", "", [], tokenFrom: "/account");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/stories")).StatusCode);
    }

    [Fact]
    public async Task Export_OfOneAccount_ImportedIntoAnother_ExportsTheSameBank()
    {
        var first = _app.CreateAccount("mover@example.com", AccountRole.Candidate);
        var second = _app.CreateAccount("moved@example.com", AccountRole.Candidate);
        using var mover = await _app.SignedIn("mover@example.com");
        await mover.PostAsJsonAsync("/api/stories", new { title = "고객 이탈 방지", situation = "최대 고객사가 계약 해지를 예고했습니다.", action = "제가 주간 리포트를 다시 설계했습니다.", result = "재계약, 매출 20% 증가", when = "2025-03", tags = new[] { "b2b" }, competencies = new[] { "customer-obsession" } });
        var edited = await mover.PostAsJsonAsync("/api/stories", new { title = "온보딩 개선" });
        var id = (await edited.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
        await mover.PatchAsJsonAsync($"/api/stories/{id}", new { result = "온보딩 기간 30% 단축" });
        var exported = await mover.GetByteArrayAsync("/account/export");

        using (var database = Storage.Sqlite.LoopCoachDatabase.Open(_app.DatabasePath))
        {
            var app = new Application.LoopCoachApp(Core.Content.ContentCatalog.BuiltIn, () => database, TimeProvider.System, second.Owner);
            app.Bank.Import(exported, "export.json", dryRun: false);
        }

        using var moved = await _app.SignedIn("moved@example.com");
        Assert.Equal(Stories(await mover.GetStringAsync("/account/export")), Stories(await moved.GetStringAsync("/account/export")));
    }

    /// <summary>The stories of an export without the export's time and the row ids and uids, which the database that takes them in gives anew.</summary>
    private static string Stories(string export)
    {
        var stories = JsonNode.Parse(export)!["stories"]!.AsArray();
        foreach (var story in stories)
        {
            story!.AsObject().Remove("id");
            story.AsObject().Remove("uid");
        }

        return stories.ToJsonString();
    }

    [GeneratedRegex("(/account/reset\\?token=[0-9a-f]+)")]
    private static partial Regex ResetLink();

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();

    /// <summary>Identity's own hasher, counting how many hashes run at the same moment.</summary>
    private sealed class ObservedHasher(TimeSpan hold) : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> _inner = new();
        private int _running;
        private int _mostAtOnce;
        private int _hashed;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Hashed => Volatile.Read(ref _hashed);

        public string HashPassword(Account user, string password)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostAtOnce, running);
            try
            {
                Thread.Sleep(hold);
                Interlocked.Increment(ref _hashed);
                return _inner.HashPassword(user, password);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword) =>
            _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);

        private static void InterlockedMax(ref int target, int value)
        {
            var seen = Volatile.Read(ref target);
            while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var was && was != seen)
            {
                seen = was;
            }
        }
    }
}
