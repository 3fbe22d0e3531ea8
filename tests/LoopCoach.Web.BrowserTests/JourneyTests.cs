using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using Microsoft.Playwright;
using static LoopCoach.Web.BrowserTests.PageChecks;
using static Microsoft.Playwright.Assertions;

namespace LoopCoach.Web.BrowserTests;

/// <summary>
/// One journey per language in a real Chromium (Debian's, never a downloaded one) against the real
/// <c>loopcoach web</c> process: a story, a posting, a loop from it with a follow-up and a pass, a pause and a resume
/// in a new tab, the debrief, and a story saved from it. Every page is checked with axe and photographed at 390 and
/// 1280 px into artifacts/screenshots/.
/// </summary>
public sealed class JourneyTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private WebProcess? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _web = await WebProcess.StartAsync();
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
    public Task Journey_FromPostingToDebrief_InEachLanguage(string code) => KeepingWhatFailed(() => Journey(code), $"{code}-failed");

    // Runs a journey; when it stops, what the page showed is kept beside the other screenshots.
    private async Task KeepingWhatFailed(Func<Task> journey, string name)
    {
        try
        {
            await journey();
        }
        catch
        {
            if (_failed is { IsClosed: false } page)
            {
                Directory.CreateDirectory(Screenshots);
                await File.WriteAllTextAsync(Path.Combine(Screenshots, $"{name}.html"), page.Url + "\n" + await page.ContentAsync() + "\n" + _web?.Log);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), Timeout = 5000 });
            }

            throw;
        }
    }

    private IPage? _failed;

    private async Task Journey(string code)
    {
        Skip.IfNot(File.Exists(Chromium), "Chromium is not installed at /usr/bin/chromium (scripts/test.sh installs it).");
        var language = Languages.TryParse(code)!.Value;
        string M(string key, params object[] args) => ContentCatalog.BuiltInMessages.Get(language, key, args);
        var ko = language == Language.Ko;
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = ko ? "ko-KR" : "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = _failed = await context.NewPageAsync();
        var site = _web!.Address;

        // Home, in the browser's language.
        await page.GotoAsync(site + "/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", code);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.home.progress") })).ToBeVisibleAsync();
        await Check(page, code, "home");

        // A story, written in the form.
        await page.GotoAsync(site + "/stories/new");
        await page.GetByLabel(M("web.story.field.title")).FillAsync(ko ? "신규 고객 온보딩 개선" : "Onboarding checklist");
        await page.GetByLabel(M("web.story.field.action")).FillAsync(ko ? "제가 온보딩 체크리스트를 만들고 주간 점검을 도입했습니다." : "I wrote an onboarding checklist and ran a weekly review.");
        // Weak spots as you type: an action and no result yet is a problem an interviewer would ask about.
        await Expect(page.Locator("[data-weak-spots] li.sev-problem").First).ToBeVisibleAsync();
        await page.GetByLabel(M("web.story.field.result")).FillAsync(ko ? "석 달 만에 이탈률이 15%에서 9%로 줄었습니다." : "Churn fell from 15% to 9% in three months.");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.save"), Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(M("web.story.saved"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.story.weak-spots") })).ToBeVisibleAsync();
        await Check(page, code, "story");

        // A posting: pasted, read, saved.
        await page.GotoAsync(site + "/posting");
        await page.GetByLabel(M("web.posting.paste")).FillAsync(Fixtures.Text("posting.ko.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.posting.analyze") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.posting.competencies") })).ToBeVisibleAsync();
        await Check(page, code, "posting-read");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.posting.save") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = M("web.posting.start-loop") }).ClickAsync();

        // A loop from it: a short phone screen on the posting's competencies, in this language.
        await page.GetByLabel(M("web.loop.template")).SelectOptionAsync("phone-screen");
        await page.GetByLabel(ko ? "한국어" : "English", new() { Exact = true }).CheckAsync();
        await Check(page, code, "loop-start");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.loop.start") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/loop/\\d+$"));
        var session = page.Url;

        await Answer(page, ko ? "저는 리서치 회사에서 5년째 고객사를 관리하고 있습니다." : "I am an account manager with five years in B2B research sales.", 1);
        await Answer(page, ko ? "작년에 저희 팀이 큰 고객사의 보고서 문제를 같이 해결했습니다." : "Last year our team fixed a big client's report problem together.", 2);

        // The story lacked the candidate's own part: a follow-up, with why it was asked.
        var why = page.GetByText(M("web.loop.why"));
        await Expect(why).ToBeVisibleAsync();
        await why.ClickAsync();
        await Check(page, code, "loop-follow-up");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.loop.no-experience") }).ClickAsync();
        await Expect(page.Locator("ol.transcript > li")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.loop.pause") }).ClickAsync();
        await Expect(page.GetByText(M("web.loop.paused"))).ToBeVisibleAsync();

        // Come back in another tab: the session is where it was left.
        var other = await context.NewPageAsync();
        await other.GotoAsync(session);
        await other.GetByRole(AriaRole.Button, new() { Name = M("web.loop.resume") }).ClickAsync();
        await Expect(other.GetByLabel(M("web.loop.your-answer"))).ToBeVisibleAsync();
        await page.CloseAsync();
        page = _failed = other;

        var story = ko
            ? "2023년에 제가 맡은 고객사의 주간 보고서에 오류가 반복됐습니다. 제가 직접 데이터 검증 절차를 만들고 매주 고객과 숫자를 확인했습니다. 그 결과 두 달 만에 오류가 월 8건에서 1건으로 줄었고 고객사가 계약을 1년 연장했습니다. 숫자는 보내기 전에 고객과 함께 확인해야 한다는 것을 배웠습니다."
            : "In 2023 our biggest client's weekly report kept showing errors. I built a validation step myself and checked the numbers with the client every Monday. Within two months errors fell from 8 a month to 1, and they renewed for a year. I learned to check numbers with the client before I ship anything.";
        for (var turn = 4; turn < 40 && !page.Url.EndsWith("/debrief", StringComparison.Ordinal); turn++)
        {
            var asked = await page.Locator("ol.transcript > li").CountAsync();
            await page.GetByLabel(M("web.loop.your-answer")).FillAsync(story);
            await page.GetByRole(AriaRole.Button, new() { Name = M("web.loop.send") }).ClickAsync();
            await page.WaitForFunctionAsync(
                "n => location.pathname.endsWith('/debrief') || document.querySelectorAll('ol.transcript > li').length > n", asked);
        }

        // The debrief, and the story told saved to the bank.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.debrief.title"), Level = 1 })).ToBeVisibleAsync();
        await Check(page, code, "debrief");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.debrief.save") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(M("web.story.saved"));

        await page.GotoAsync(site + "/stories");
        // The story written in the form and the one saved from the loop (the other journey's stories may be there too).
        Assert.True(await page.Locator("ul.plain > li").CountAsync() >= 2);
        await Check(page, code, "stories");
        await page.GotoAsync(site + "/questions");
        await Check(page, code, "questions");
        await page.GotoAsync(site + "/");
        await Check(page, code, "home-after");
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ko")]
    public Task Journey_ThroughTheLatePages_InEachLanguage(string code) => KeepingWhatFailed(() => LatePages(code), $"{code}-late-failed");

    /// <summary>
    /// The pages after the loop and around the bank, each used once: progress, coverage, the plan (a task ticked),
    /// notes, a retrospective read, questions to ask, a story's history (a version restored), the recycle bin (asked
    /// before deleting for good), export and import, a posting uploaded as a file, and an answer tried again.
    /// </summary>
    private async Task LatePages(string code)
    {
        Skip.IfNot(File.Exists(Chromium), "Chromium is not installed at /usr/bin/chromium (scripts/test.sh installs it).");
        var language = Languages.TryParse(code)!.Value;
        string M(string key, params object[] args) => ContentCatalog.BuiltInMessages.Get(language, key, args);
        var ko = language == Language.Ko;
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = ko ? "ko-KR" : "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = _failed = await context.NewPageAsync();
        var site = _web!.Address;
        var api = context.APIRequest;

        // What the pages show, made through the API: a story edited once, one in the bin, a posting, a paused loop.
        var story = await Id(await api.PostAsync(site + "/api/stories", new() { DataObject = new { title = ko ? "주간 보고서 오류 줄이기" : "Fewer report errors", action = ko ? "제가 검증 절차를 만들었습니다." : "I built a validation step." } }));
        await api.PatchAsync($"{site}/api/stories/{story}", new() { DataObject = new { result = ko ? "오류가 월 8건에서 1건으로 줄었습니다." : "Errors fell from 8 a month to 1." } });
        var binned = await Id(await api.PostAsync(site + "/api/stories", new() { DataObject = new { title = ko ? "오래된 이야기" : "An old story", action = ko ? "제가 정리했습니다." : "I tidied it up." } }));
        await api.DeleteAsync($"{site}/api/stories/{binned}");
        var posting = await Id(await api.PostAsync(site + "/api/postings", new() { DataObject = new { text = Fixtures.Text(ko ? "posting.ko.txt" : "posting.en.txt") } }));
        var session = await Id(await api.PostAsync(site + "/api/loops", new() { DataObject = new { template = "phone-screen", language = code, seed = 3 } }));
        foreach (var answer in ko
            ? new[] { "저는 리서치 회사에서 고객사를 관리합니다.", "음 저희 팀이 같이 보고서 문제를 이야기했습니다." }
            : ["I manage client accounts at a research company.", "Um our team talked about the report problem together."])
        {
            await api.PostAsync($"{site}/api/loops/{session}/answers", new() { DataObject = new { answer } });
        }

        await api.PostAsync($"{site}/api/loops/{session}/pause", new() { DataObject = new { } });

        // Progress: the charts and their tables.
        await page.GotoAsync(site + "/progress");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.progress.title"), Level = 1 })).ToBeVisibleAsync();
        await Check(page, code, "progress");

        // Coverage and the day-by-day plan, a task ticked.
        await page.GotoAsync($"{site}/postings/{posting}/coverage");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.coverage.title"), Level = 1 })).ToBeVisibleAsync();
        await Check(page, code, "coverage");
        await page.GotoAsync($"{site}/postings/{posting}/plan?date={DateTime.UtcNow.AddDays(7):yyyy-MM-dd}");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.plan.tick") }).First.ClickAsync();
        await Expect(page.Locator("button[aria-pressed=true]").First).ToBeVisibleAsync();
        await Check(page, code, "plan");

        // Notes to the interviewers of the paused loop.
        await page.GotoAsync($"{site}/loops/{session}/notes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.notes.title"), Level = 1 })).ToBeVisibleAsync();
        await Check(page, code, "notes");

        // A retrospective pasted and read back before it is saved.
        await page.GotoAsync(site + "/retros");
        await page.GetByLabel(M("web.retros.paste")).FillAsync(Fixtures.Text(Fixtures.LoopReview));
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.retros.read") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.retros.recognised") })).ToBeVisibleAsync();
        await Check(page, code, "retros");

        await page.GotoAsync(site + "/ask");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.ask.title"), Level = 1 })).ToBeVisibleAsync();
        await Check(page, code, "ask");

        // The story's history: what changed, and the first version restored.
        await page.GotoAsync($"{site}/stories/{story}");
        await page.GetByRole(AriaRole.Link, new() { Name = M("web.story.history") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.history.title"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("dl.changes ins").First).ToBeVisibleAsync();
        await Check(page, code, "story-history");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.history.restore") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(M("web.history.restored", 1, 3));

        // The recycle bin: deleting for good asks first; the story is kept.
        await page.GotoAsync(site + "/stories");
        await page.GetByRole(AriaRole.Link, new() { Name = M("web.bin.title") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = M("web.bin.purge") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.bin.confirm-title", ko ? "오래된 이야기" : "An old story") })).ToBeVisibleAsync();
        await Check(page, code, "bin-confirm");
        await page.GetByRole(AriaRole.Link, new() { Name = M("web.bin.cancel") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.bin.restore") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(M("web.bin.restored", ko ? "오래된 이야기" : "An old story"));
        await Check(page, code, "bin");

        // Export, then import the same file: nothing new, nothing lost.
        await page.GotoAsync(site + "/stories/transfer");
        var export = await (await api.GetAsync(site + "/api/stories/export")).BodyAsync();
        await page.GetByLabel(M("web.transfer.file")).SetInputFilesAsync(new FilePayload { Name = "export.json", MimeType = "application/json", Buffer = export });
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.transfer.import-button") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        await Check(page, code, "transfer");

        // A posting uploaded as a file.
        await page.GotoAsync(site + "/posting");
        await page.GetByLabel(M("web.posting.upload")).SetInputFilesAsync(new FilePayload { Name = "posting.md", MimeType = "text/markdown", Buffer = System.Text.Encoding.UTF8.GetBytes(Fixtures.Text(ko ? "posting.ko.txt" : "posting.en.txt")) });
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.posting.analyze") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.posting.competencies") })).ToBeVisibleAsync();
        await Check(page, code, "posting-upload");

        // The debrief: the quoted words marked, and the answer tried again beside the first.
        await page.GotoAsync($"{site}/loop/{session}/debrief");
        await Expect(page.Locator("ol.transcript mark").First).ToBeVisibleAsync();
        await page.GetByText(M("web.retry.title")).First.ClickAsync();
        await page.GetByLabel(M("web.retry.label")).First.FillAsync(ko
            ? "2023년에 제가 맡은 고객사의 주간 보고서에 오류가 반복됐습니다. 제가 직접 검증 절차를 만들었고 그 결과 두 달 만에 오류가 월 8건에서 1건으로 줄었습니다."
            : "In 2023 our biggest client's weekly report kept showing errors. I built a validation step myself, and within two months errors fell from 8 a month to 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = M("web.retry.send") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(M("web.retry.done", 1));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = M("web.retry.attempt", 1) })).ToBeVisibleAsync();
        await Check(page, code, "debrief-retry");
    }

    private static async Task<long> Id(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value.GetProperty("id").GetInt64();
    }

    private static async Task Answer(IPage page, string text, int turns)
    {
        await page.GetByLabel(ContentCatalog.BuiltInMessages.Get(Languages.TryParse(await page.Locator("html").GetAttributeAsync("lang"))!.Value, "web.loop.your-answer")).FillAsync(text);
        await page.Locator("button[value=send]").ClickAsync();
        await Expect(page.Locator("ol.transcript > li")).ToHaveCountAsync(turns);
    }
}
