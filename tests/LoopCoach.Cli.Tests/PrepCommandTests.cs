using System.Text.Json;

namespace LoopCoach.Cli.Tests;

/// <summary>Before and after the loop, through the real process: posting, coverage, assign, plan, notes, retro.</summary>
public sealed class PrepCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    private const string Seed000 = "seed 000";
    private const string Seed001 = "seed 001";

    private static readonly string[] FixtureStrengths = ["실행력", "문제 해결력", "고객 지향성", "협업"];
    private static readonly string[] Seed001Strengths = ["실행력", "사고력", "고객 지향성", "팀워크"];

    /// <summary>
    /// The file a test reads: one of the project's fixtures (always there), or a reference seed ("seed 001"), which
    /// skips the test, saying where it looked, when the seeds are absent.
    /// </summary>
    private static string Source(string source) =>
        source.StartsWith("seed ", StringComparison.Ordinal) ? Seeds.PathOf(source["seed ".Length..]) : Fixtures.PathOf(source);

    private static string[] StrengthsOf(string posting) => posting == Seed001 ? Seed001Strengths : FixtureStrengths;

    private void AddStories()
    {
        _loopcoach.Run("stories", "add", "--title", "고객사 온보딩 개선", "--situation", "2025년 신규 고객사 이탈이 잦았습니다.", "--action", "제가 문의 데이터를 분석해 체크리스트를 만들었습니다.",
            "--result", "이탈률이 15%에서 9%로 줄었습니다.", "--competency", "customer-obsession", "--when", "2025-03", "--lesson", "데이터부터 보는 습관을 배웠습니다.");
        _loopcoach.Run("stories", "add", "--title", "마감 2주 앞당긴 리서치 납품", "--situation", "고객사가 일정을 2주 당겼습니다.", "--action", "제가 작업을 쪼개 우선순위를 다시 정했습니다.",
            "--result", "예정보다 3일 먼저 납품했습니다.", "--competency", "deliver-results,bias-for-action", "--when", "2025-08");
    }

    [SkippableTheory]
    [InlineData(Fixtures.Posting)]
    [InlineData(Seed001)]
    public void PostingAnalyze_FromStandardInput_ShowsItsStrengthsAndStagesAndIsSaved(string posting)
    {
        var result = _loopcoach.RunWithInput(File.ReadAllText(Source(posting)), "posting", "analyze", "--json");
        var list = _loopcoach.Run("posting", "list", "--json");
        var text = _loopcoach.Run("--lang", "ko", "posting", "show", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var analysis = result.Json.GetProperty("analysis");
        Assert.Equal(StrengthsOf(posting), analysis.GetProperty("strengths").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["지원", "사전과제", "통합 인터뷰", "최종 합격"], analysis.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("customer-obsession", result.Json.GetProperty("competencies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, list.Json.GetArrayLength());
        Assert.Contains("지원 > 사전과제 > 통합 인터뷰 > 최종 합격", text.Stdout, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(Fixtures.Posting)]
    [InlineData(Seed001)]
    public void PostingFramework_FromTheNamedStrengths_LoadsWithFrameworkFileAndDrivesCoverage(string posting)
    {
        var text = File.ReadAllText(Source(posting));
        AddStories();
        _loopcoach.RunWithInput(text, "posting", "analyze");
        var file = Path.Combine(_loopcoach.Folder, "posting-1.yaml");

        var written = _loopcoach.Run("posting", "framework", "1", "--output", file);
        var show = _loopcoach.Run("--framework-file", file, "frameworks", "show", "posting-1", "--json");
        var coverage = _loopcoach.Run("--framework-file", file, "coverage", "--framework", "posting-1", "--json");

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal(StrengthsOf(posting), show.Json.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("name").GetProperty("ko").GetString()));
        Assert.Contains("customer-obsession", show.Json.GetProperty("competencies")[2].GetProperty("related").EnumerateArray().Select(r => r.GetString()));
        var rows = coverage.Json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.True(rows[2].GetProperty("covered").GetBoolean(), "the customer story covers 고객 지향성 through its related principle");
    }

    [SkippableTheory]
    [InlineData(Fixtures.Posting)]
    [InlineData(Seed001)]
    public void Coverage_OfAPosting_ShowsTheBestStoryPerCompetencyAndTheStoriesToWrite(string posting)
    {
        var text = File.ReadAllText(Source(posting));
        AddStories();
        _loopcoach.RunWithInput(text, "posting", "analyze");

        var result = _loopcoach.Run("coverage", "--posting", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Json.GetProperty("rows").EnumerateArray().ToList();
        var customer = rows.Single(r => r.GetProperty("competency").GetString() == "customer-obsession");
        Assert.True(customer.GetProperty("covered").GetBoolean());
        Assert.Equal(1, customer.GetProperty("best").GetProperty("storyId").GetInt64());
        Assert.NotEmpty(customer.GetProperty("best").GetProperty("reasons").EnumerateArray());
        var gaps = result.Json.GetProperty("gaps").EnumerateArray().ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.NotEmpty(g.GetProperty("storiesToWrite").EnumerateArray()));
    }

    [Fact]
    public void Assign_ForAnAmazonLoop_NeverUsesAStoryTwice()
    {
        AddStories();

        var result = _loopcoach.Run("assign", "--template", "amazon-loop", "--seed", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var slots = result.Json.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(result.Json.GetProperty("plan").GetProperty("interviewers").EnumerateArray().Sum(i => i.GetProperty("competencies").GetArrayLength()), slots.Count);
        var used = slots.SelectMany(s => new[] { s.GetProperty("first"), s.GetProperty("backup") })
            .Where(f => f.ValueKind == JsonValueKind.Object)
            .Select(f => f.GetProperty("storyId").GetInt64())
            .ToList();
        Assert.NotEmpty(used);
        Assert.Equal(used.Count, used.Distinct().Count());
    }

    [SkippableTheory]
    [InlineData(Fixtures.Posting)]
    [InlineData(Seed001)]
    public void Plan_FromAPosting_WritesACalendar_AndRefusesADateInThePast(string posting)
    {
        var text = File.ReadAllText(Source(posting));
        AddStories();
        _loopcoach.RunWithInput(text, "posting", "analyze");
        var ics = Path.Combine(_loopcoach.Folder, "plan.ics");
        var date = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var plan = _loopcoach.Run("--lang", "ko", "plan", "--posting", "1", "--date", date, "--ics", ics, "--json");
        var past = _loopcoach.Run("--lang", "ko", "plan", "--posting", "1", "--date", "2020-01-01");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal(date, plan.Json.GetProperty("days").EnumerateArray().Last().GetProperty("date").GetString());
        Assert.Contains(plan.Json.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("tasks").EnumerateArray()), t => t.GetProperty("kind").GetString() == "write-story"
            && t.GetProperty("command").GetString()!.StartsWith("loopcoach stories add --competency ", StringComparison.Ordinal));
        Assert.Contains("(loopcoach notes thank-you)", File.ReadAllText(ics).Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(ics), StringComparison.Ordinal);
        Assert.Equal(4, past.ExitCode);
        Assert.Contains("이미 지났습니다", past.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_AfterAMockLoop_InKorean()
    {
        var answers = _loopcoach.WriteFile("a.jsonl", string.Join("\n", new[]
        {
            "안녕하세요, 4년 차 AM입니다.",
            "작년에 제가 맡은 고객사의 온보딩이 계속 실패했습니다. 제가 문의 데이터를 분석해 체크리스트를 만들었고, 결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.",
            "제가 직접 고객사와 매주 점검 회의를 했습니다.",
            "입사 후 6개월 동안 어떤 성과를 기대하시나요?",
        }.Select(a => JsonSerializer.Serialize(new { answer = a }))));
        _loopcoach.Run("--lang", "ko", "loop", "run", "--template", "phone-screen", "--competencies", "customer-obsession", "--seed", "1", "--answers", answers);

        var note = _loopcoach.Run("--lang", "ko", "notes", "thank-you", "--session", "1", "--company", "오픈서베이", "--position", "Account Manager", "--name", "이하나", "--json");
        var linkedIn = _loopcoach.Run("--lang", "ko", "notes", "linkedin", "--session", "1", "--company", "오픈서베이");

        Assert.True(note.ExitCode == 0, note.ToString());
        var body = note.Json.GetProperty("body").GetString()!;
        Assert.Contains("오하늘님께", body, StringComparison.Ordinal);
        Assert.Contains("감사드립니다", body, StringComparison.Ordinal);
        Assert.Contains("오픈서베이", body, StringComparison.Ordinal);
        Assert.EndsWith("이하나 드림", body, StringComparison.Ordinal);
        Assert.Contains("24시간", note.Json.GetProperty("reminder").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, linkedIn.ExitCode);
        Assert.Contains("24시간", linkedIn.Stdout, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(Fixtures.LoopReview, 5, 23)]
    [InlineData(Seed000, 4, 28)]
    public void RetroImport_StoresRoundsAndFeedsTheSeenQuestions(string review, int rounds, int questionsAsked)
    {
        var file = Source(review);
        var result = _loopcoach.Run("retro", "import", file, "--company", "Amazon", "--position", "Account Manager", "--date", "2026-11-20", "--json");
        var again = _loopcoach.Run("retro", "import", file, "--company", "Amazon");
        var seen = _loopcoach.Run("retro", "questions", "--json");
        var note = _loopcoach.Run("notes", "thank-you", "--retro", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var stored = result.Json.GetProperty("retro").GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal(rounds, stored.Count);
        Assert.Equal("leader", stored[^1].GetProperty("role").GetString());
        Assert.Contains(stored[^1].GetProperty("questions").EnumerateArray(), q => q.GetProperty("followUp").GetBoolean());
        Assert.Equal(0, again.ExitCode);
        var questions = seen.Json.EnumerateArray().ToList();
        Assert.Equal(questionsAsked, questions.Count);
        Assert.All(questions, q => Assert.Equal(2, q.GetProperty("times").GetInt32()));
        // Every question has a principle but the motivation ones (self-introduction, why this role), labelled as such.
        var labelled = stored.SelectMany(r => r.GetProperty("questions").EnumerateArray()).ToList();
        Assert.All(labelled, q => Assert.True(q.GetProperty("kind").GetString() == "motivation" ^ !string.IsNullOrEmpty(q.GetProperty("competency").GetString()), q.ToString()));
        Assert.Contains(labelled, q => q.GetProperty("kind").GetString() == "motivation");
        Assert.True(questions.Count(q => !string.IsNullOrEmpty(q.GetProperty("competency").GetString())) >= questionsAsked / 2);
        Assert.Contains("Amazon", note.Json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(Fixtures.LoopReview)]
    [InlineData(Seed000)]
    public void NextLoop_AfterARetrospective_AsksTheQuestionsRealInterviewersAsked(string review)
    {
        _loopcoach.Run("retro", "import", Source(review), "--company", "Amazon");
        var seen = _loopcoach.Run("retro", "questions", "--json").Json.EnumerateArray().First(q => q.GetProperty("competency").GetString() is not null);
        var competency = seen.GetProperty("competency").GetString()!;
        var answers = _loopcoach.WriteFile("a.jsonl", "{\"answer\": \"안녕하세요, 4년 차 AM입니다.\"}\n{\"answer\": \"패스\"}\n");

        var run = _loopcoach.Run("--lang", "ko", "loop", "run", "--template", "phone-screen", "--competencies", competency, "--seed", "1", "--answers", answers, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var main = run.Json.GetProperty("turns")[1];
        Assert.StartsWith("seen.", main.GetProperty("questionId").GetString(), StringComparison.Ordinal);
        Assert.Equal(competency, main.GetProperty("competency").GetString());
        Assert.NotEmpty(run.Json.GetProperty("plan").GetProperty("realQuestions").EnumerateArray());
    }

    [Fact]
    public void RetroImport_StoryWithDryRun_ShowsTheRoundsAndQuestionsAndSavesNothing()
    {
        var file = _loopcoach.WriteFile("story.txt", "첫 면접은 팀장님 두 분과 봤는데, 왜 이 직무를 택했는지부터 물으셨어요.\n\n" +
            "두 번째는 임원 면접이었어요. 10년 뒤 모습이 어떨 것 같냐는 질문도 있었어요.");

        var json = _loopcoach.Run("retro", "import", file, "--dry-run", "--json");
        var text = _loopcoach.Run("--lang", "ko", "retro", "import", file, "--dry-run");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.True(json.Json.GetProperty("dryRun").GetBoolean());
        var rounds = json.Json.GetProperty("retro").GetProperty("rounds");
        Assert.Equal(2, rounds.GetArrayLength());
        Assert.Equal("왜 이 직무를 택했는지", rounds[0].GetProperty("questions")[0].GetProperty("text").GetString());
        Assert.Contains("저장하지 않았습니다", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("10년 뒤 모습이 어떨 것 같냐", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, _loopcoach.Run("retro", "list", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void RetroAdd_OneRound_IsStoredWithItsQuestionsClassified()
    {
        var result = _loopcoach.Run("retro", "add", "--company", "Acme", "--role", "hiring-manager", "-q", "Tell me about a time you cut costs.", "-q", "How did you measure it?", "--how", "Good.", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var round = result.Json.GetProperty("retro").GetProperty("rounds")[0];
        Assert.Equal("hiring-manager", round.GetProperty("role").GetString());
        Assert.Equal("frugality", round.GetProperty("questions")[0].GetProperty("competency").GetString());
    }

    [Theory]
    [InlineData(4, "The posting is empty", "", "posting", "analyze")]
    [InlineData(4, "No interview round or question was recognised", "FILE:나는 면접을 봤다. 좋았다.", "retro", "import", "FILE")]
    [InlineData(4, "Give at least one question", "", "retro", "add", "--company", "Acme")]
    [InlineData(4, "Say what to draft from", "", "notes", "thank-you")]
    [InlineData(3, "There is no posting #9", "", "coverage", "--posting", "9")]
    [InlineData(3, "There is no retrospective #9", "", "notes", "thank-you", "--retro", "9")]
    [InlineData(4, "is not a date", "", "plan", "--posting", "1", "--date", "next friday")]
    public void BadInput_GetsAClearMessageAndStoresNothing(int exitCode, string message, string input, params string[] args)
    {
        if (input.StartsWith("FILE:", StringComparison.Ordinal))
        {
            var file = _loopcoach.WriteFile("in.txt", input[5..]);
            args = [.. args.Select(a => a == "FILE" ? file : a)];
            input = "";
        }

        var result = _loopcoach.RunWithInput(input, args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _loopcoach.Run("retro", "list", "--json").Json.GetArrayLength());
        Assert.Equal(0, _loopcoach.Run("posting", "list", "--json").Json.GetArrayLength());
    }
}
