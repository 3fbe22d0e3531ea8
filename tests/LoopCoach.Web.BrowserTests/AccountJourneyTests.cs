using System.Text.RegularExpressions;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using Microsoft.Playwright;
using static LoopCoach.Web.BrowserTests.PageChecks;
using static Microsoft.Playwright.Assertions;

namespace LoopCoach.Web.BrowserTests;

/// <summary>
/// A shared server in a real Chromium against the real <c>loopcoach web --accounts</c> process, one journey per
/// language: a candidate registers, runs a short loop and shares it with an invitation code; a coach made by the
/// operator (<c>loopcoach admin create</c>, the printed link used to set the password) signs in, redeems the code,
/// opens the shared debrief and leaves a comment; the candidate reads it under her debrief, then withdraws the
/// invitation, and the coach's pages no longer show her. Each page is checked with axe and photographed.
/// </summary>
public sealed class AccountJourneyTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Password = "Seven quiet harbours at dawn 42";

    private WebProcess? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _failed;

    public async Task InitializeAsync()
    {
        _web = await WebProcess.StartAsync("--accounts");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Journey_CandidateSharesALoop_CoachComments_CandidateWithdraws(string code)
    {
        try
        {
            await Journey(code);
        }
        catch
        {
            if (_failed is { IsClosed: false } page)
            {
                Directory.CreateDirectory(Screenshots);
                await File.WriteAllTextAsync(Path.Combine(Screenshots, $"{code}-accounts-failed.html"), page.Url + "\n" + await page.ContentAsync() + "\n" + _web?.Log);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{code}-accounts-failed.png"), Timeout = 5000 });
            }

            throw;
        }
    }

    private async Task Journey(string code)
    {
        Skip.IfNot(File.Exists(Chromium), "Chromium is not installed at /usr/bin/chromium (scripts/test.sh installs it).");
        var language = Languages.TryParse(code)!.Value;
        string M(string key, params object[] args) => ContentCatalog.BuiltInMessages.Get(language, key, args);
        var ko = language == Language.Ko;
        var site = _web!.Address;
        var candidateEmail = $"mina.{code}@example.org";
        var coachEmail = $"coach.{code}@example.org";
        var options = new BrowserNewContextOptions { Locale = ko ? "ko-KR" : "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

        // The candidate registers and lands on her home page.
        var candidate = _failed = await (await _browser!.NewContextAsync(options)).NewPageAsync();
        await candidate.GotoAsync(site + "/");
        await Expect(candidate).ToHaveURLAsync(new Regex("/account/signin"));
        await candidate.GetByRole(AriaRole.Link, new() { Name = M("account.register.title"), Exact = true }).ClickAsync();
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Name = M("account.register.title"), Level = 1 })).ToBeVisibleAsync();
        await candidate.GetByLabel(M("account.field.email")).FillAsync(candidateEmail);
        await candidate.GetByLabel(M("account.field.password-hint", 10)).FillAsync(Password);
        await candidate.GetByLabel(M("account.field.again"), new() { Exact = true }).FillAsync(Password);
        await Check(candidate, code, "accounts-register");
        await candidate.GetByRole(AriaRole.Button, new() { Name = M("account.register.submit"), Exact = true }).ClickAsync();
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Name = M("web.home.title"), Level = 1 })).ToBeVisibleAsync();

        // A short loop, answered in the page to its debrief.
        await candidate.GotoAsync(site + "/loop");
        await candidate.GetByLabel(M("web.loop.template")).SelectOptionAsync("phone-screen");
        await candidate.GetByLabel(ko ? "한국어" : "English", new() { Exact = true }).CheckAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = M("web.loop.start") }).ClickAsync();
        await Expect(candidate).ToHaveURLAsync(new Regex("/loop/\\d+$"));
        var session = long.Parse(candidate.Url[(candidate.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var story = ko
            ? "작년에 제가 맡은 고객사의 환불 문의가 급증했습니다. 제가 직접 안내 메일 세 가지를 다시 쓰고 고객 열 명과 시험했습니다. 그 결과 한 달 만에 환불 문의가 주 120건에서 45건으로 줄었습니다. 고객의 말로 쓰는 것이 중요하다는 것을 배웠습니다."
            : "Last year refund tickets at my client kept rising. I rewrote the three refund emails myself and tested them with ten customers. Within a month refund tickets fell from 120 a week to 45. I learned to write in the customer's own words.";
        for (var turn = 0; turn < 40 && !candidate.Url.EndsWith("/debrief", StringComparison.Ordinal); turn++)
        {
            var asked = await candidate.Locator("ol.transcript > li").CountAsync();
            await candidate.GetByLabel(M("web.loop.your-answer")).FillAsync(story);
            await candidate.GetByRole(AriaRole.Button, new() { Name = M("web.loop.send") }).ClickAsync();
            await candidate.WaitForFunctionAsync(
                "n => location.pathname.endsWith('/debrief') || document.querySelectorAll('ol.transcript > li').length > n", asked);
        }

        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Name = M("web.debrief.title"), Level = 1 })).ToBeVisibleAsync();

        // She shares her loops with an invitation code.
        await candidate.GotoAsync(site + "/account/invitations");
        await Expect(candidate.GetByText(M("account.invitations.none"))).ToBeVisibleAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = M("account.invitations.create") }).ClickAsync();
        await Expect(candidate.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        var invitation = await candidate.Locator("li.card code").First.InnerTextAsync();
        await Expect(candidate.GetByRole(AriaRole.Status)).ToContainTextAsync(invitation);
        await Check(candidate, code, "accounts-invitation");

        // The operator makes the coach's account; the coach sets a password through the printed link and signs in.
        var created = await _web.RunAsync("admin", "create", "--email", coachEmail, "--role", "coach", "--url", site, "--lang", code);
        var link = created.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith(site + "/account/reset?token=", link, StringComparison.Ordinal);
        var coach = _failed = await (await _browser.NewContextAsync(options)).NewPageAsync();
        await coach.GotoAsync(link);
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = M("account.reset.title"), Level = 1 })).ToBeVisibleAsync();
        await coach.GetByLabel(M("account.field.password-hint", 10)).FillAsync(Password);
        await coach.GetByLabel(M("account.field.again"), new() { Exact = true }).FillAsync(Password);
        await Check(coach, code, "accounts-reset");
        await coach.GetByRole(AriaRole.Button, new() { Name = M("account.reset.submit") }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync(M("account.reset.done"));
        await coach.GetByLabel(M("account.field.email")).FillAsync(coachEmail);
        await coach.GetByLabel(M("account.field.password"), new() { Exact = true }).FillAsync(Password);
        await Check(coach, code, "accounts-signin");
        await coach.GetByRole(AriaRole.Button, new() { Name = M("account.signin.submit"), Exact = true }).ClickAsync();
        await Expect(coach).Not.ToHaveURLAsync(new Regex("/account/signin"));

        // The coach redeems the code, opens the shared debrief and leaves a comment beside the engine's findings.
        await coach.GotoAsync(site + "/coach");
        await Expect(coach.GetByText(M("coach.no-candidates"))).ToBeVisibleAsync();
        await coach.GetByLabel(M("coach.code")).FillAsync(invitation);
        await coach.GetByRole(AriaRole.Button, new() { Name = M("coach.redeem") }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync(M("coach.redeemed"));
        await Check(coach, code, "accounts-coach");
        await coach.GetByRole(AriaRole.Link, new() { Name = candidateEmail }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = M("coach.sessions") })).ToBeVisibleAsync();
        await Check(coach, code, "accounts-coach-candidate");
        // The loop by its name in the coach's language, never the template's id.
        await coach.GetByRole(AriaRole.Link, new() { Name = M("web.loop.session", session, ContentCatalog.BuiltIn.GetTemplate("phone-screen").Name[language]) }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = M("web.debrief.title"), Level = 1 })).ToBeVisibleAsync();
        var sharedDebrief = coach.Url;
        var comment = ko
            ? "환불 이야기의 숫자가 좋습니다. 다음에는 본인이 내린 결정을 한 문장 더 말해 보십시오."
            : "Good numbers in the refund story. Next time, say one more sentence about the decision you made.";
        await coach.GetByLabel(M("coach.comment")).FillAsync(comment);
        await coach.GetByRole(AriaRole.Button, new() { Name = M("coach.comment-submit") }).ClickAsync();
        await Expect(coach.GetByText(comment)).ToBeVisibleAsync();
        await Check(coach, code, "accounts-coach-debrief");

        // The candidate reads the comment under her own debrief.
        _failed = candidate;
        await candidate.GotoAsync($"{site}/loop/{session}/debrief");
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Name = M("coach.comments") })).ToBeVisibleAsync();
        await Expect(candidate.GetByText(comment)).ToBeVisibleAsync();
        await Expect(candidate.GetByText(coachEmail).First).ToBeVisibleAsync();
        await Check(candidate, code, "accounts-debrief-comment");

        // She withdraws the invitation: at once, the coach's pages no longer show her or her debrief.
        await candidate.GotoAsync(site + "/account/invitations");
        await Expect(candidate.GetByText(M("account.invitations.taken-by", coachEmail))).ToBeVisibleAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = M("account.invitations.withdraw") }).ClickAsync();
        await Expect(candidate.GetByText(M("account.invitations.none"))).ToBeVisibleAsync();
        await Check(candidate, code, "accounts-withdrawn");

        _failed = coach;
        var gone = await coach.GotoAsync(sharedDebrief);
        Assert.Equal(404, gone!.Status);
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = M("web.notfound.title"), Level = 1 })).ToBeVisibleAsync();
        await Expect(coach.GetByText(comment)).ToHaveCountAsync(0);
        await Check(coach, code, "accounts-coach-gone");
        await coach.GotoAsync(site + "/coach");
        await Expect(coach.GetByText(M("coach.no-candidates"))).ToBeVisibleAsync();
        await Expect(coach.GetByRole(AriaRole.Link, new() { Name = candidateEmail })).ToHaveCountAsync(0);
    }
}
