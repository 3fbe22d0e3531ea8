using System.Text.Json;

namespace LoopCoach.Cli.Tests;

/// <summary><c>loop run --posting</c>, a plan that fills the days, notes per interviewer: through the real process.</summary>
public sealed class FromPostingCommandTests : IDisposable
{
    private const string KoreanAnswer = "작년에 제가 맡은 고객사의 온보딩이 계속 실패했습니다. 제가 문의 데이터를 분석해 체크리스트를 만들었고, 결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.";

    private const string EnglishAnswer = "Last year I took over a client whose renewals were slipping. I called each stakeholder and rebuilt the weekly report, and the renewal rate went from 70% to 92%.";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    private string Answers(params string[] answers) =>
        _loopcoach.WriteFile("answers.jsonl", string.Join("\n", Enumerable.Repeat(answers, 20).SelectMany(a => a).Select(a => JsonSerializer.Serialize(new { answer = a }))));

    [Fact]
    public void LoopRun_FromAKoreanPostingOfOneIntegratedInterview_IsOnePanelSpeakingForTheCompany()
    {
        _loopcoach.RunWithInput(File.ReadAllText(Fixtures.PathOf(Fixtures.Posting)), "posting", "analyze");

        var run = _loopcoach.Run("--lang", "ko", "loop", "run", "--posting", "1", "--seed", "4", "--answers", Answers(KoreanAnswer), "--json");
        var text = _loopcoach.Run("--lang", "ko", "loop", "plan", "--posting", "1", "--seed", "4");

        Assert.True(run.ExitCode == 0, run.ToString());
        var plan = run.Json.GetProperty("plan");
        Assert.Equal("integrated-interview", plan.GetProperty("template").GetString());
        Assert.Equal("panel", plan.GetProperty("format").GetString());
        Assert.Equal(1, plan.GetProperty("posting").GetInt64());
        var company = plan.GetProperty("company").GetString()!;
        Assert.Contains(company, run.Json.GetProperty("turns")[0].GetProperty("intro").GetString(), StringComparison.Ordinal);
        Assert.All(plan.GetProperty("interviewers").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("language").ValueKind));
        Assert.Equal("finished", run.Json.GetProperty("status").GetString());
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("통합 인터뷰", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopRun_FromAnEnglishPostingWithACallAndAnOnsite_IsALoopAtThatCompany()
    {
        _loopcoach.RunWithInput(Fixtures.Text(Fixtures.EnglishPosting), "posting", "analyze");

        var run = _loopcoach.Run("loop", "run", "--posting", "1", "--seed", "2", "--answers", Answers(EnglishAnswer), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var plan = run.Json.GetProperty("plan");
        Assert.Equal("amazon-loop", plan.GetProperty("template").GetString());
        Assert.Equal("en", plan.GetProperty("language").GetString());
        var owned = plan.GetProperty("interviewers").EnumerateArray().SelectMany(i => i.GetProperty("competencies").EnumerateArray().Select(c => c.GetString())).ToList();
        Assert.Contains("customer-obsession", owned);
        Assert.Contains("ownership", owned);
        Assert.Contains("Brightline Analytics", run.Json.GetProperty("turns")[0].GetProperty("intro").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoopRun_FromAKoreanPostingThatAsksForEnglish_OneInterviewerAsksInEnglish_AndTheDebriefSaysHowItWent()
    {
        _loopcoach.RunWithInput(Fixtures.Text(Fixtures.KoreanPostingWithEnglish), "posting", "analyze");
        var plan = _loopcoach.Run("loop", "plan", "--posting", "1", "--seed", "3", "--json");
        var english = plan.Json.GetProperty("interviewers").EnumerateArray().Single(i => i.GetProperty("language").GetString() == "en").GetProperty("index").GetInt32();
        string AnswerFor(int interviewer) => interviewer == english ? EnglishAnswer : KoreanAnswer;
        string One(string answer) => _loopcoach.WriteFile("one.jsonl", JsonSerializer.Serialize(new { answer }));

        // One answer at a time, each in the language of the interviewer who asks it.
        var run = _loopcoach.Run("--lang", "ko", "loop", "run", "--posting", "1", "--seed", "3", "--answers", One(AnswerFor(0)), "--json");
        for (var i = 0; i < 80 && run.Json.GetProperty("next").ValueKind == JsonValueKind.Object; i++)
        {
            run = _loopcoach.Run("--lang", "ko", "loop", "resume", "1", "--answers", One(AnswerFor(run.Json.GetProperty("next").GetProperty("interviewer").GetInt32())), "--json");
        }

        var show = _loopcoach.Run("--lang", "ko", "loop", "show", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(JsonValueKind.Null, run.Json.GetProperty("next").ValueKind);
        Assert.Equal("amazon-loop", run.Json.GetProperty("plan").GetProperty("template").GetString());
        foreach (var turn in run.Json.GetProperty("turns").EnumerateArray())
        {
            var question = turn.GetProperty("question").GetString()!;
            Assert.Equal(turn.GetProperty("interviewer").GetInt32() != english, question.Any(c => c is >= '\uAC00' and <= '\uD7A3'));
        }

        var round = run.Json.GetProperty("debrief").GetProperty("summary").GetProperty("languageRounds").EnumerateArray().Single();
        Assert.Equal(english, round.GetProperty("interviewer").GetInt32());
        Assert.Equal(round.GetProperty("answers").GetInt32(), round.GetProperty("inLanguage").GetInt32());
        Assert.Contains("영어 면접", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TenDaysAhead_LeavesNoDayEmpty_AndPreparesThePostingsAssignment()
    {
        _loopcoach.RunWithInput(File.ReadAllText(Fixtures.PathOf(Fixtures.Posting)), "posting", "analyze");
        var today = DateTime.UtcNow.Date;
        var date = today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var plan = _loopcoach.Run("--lang", "ko", "plan", "--posting", "1", "--date", date, "--json");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        var days = plan.Json.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, 11).Select(d => today.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), days.Select(d => d.GetProperty("date").GetString()));
        Assert.All(days, d => Assert.NotEqual(0, d.GetProperty("tasks").GetArrayLength()));
        var tasks = days.SelectMany(d => d.GetProperty("tasks").EnumerateArray()).ToList();
        Assert.Contains(tasks, t => t.GetProperty("kind").GetString() == "stage" && t.GetProperty("text").GetString()!.StartsWith("사전과제", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.GetProperty("command").GetString()?.StartsWith("loopcoach loop run --posting 1 --competencies ", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(tasks, t => t.GetProperty("command").GetString()?.Contains("amazon-loop", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ThankYou_ToEachInterviewer_CitesTheirOwnQuestion_InTheUsersZone()
    {
        var answers = _loopcoach.WriteFile("a.jsonl", string.Join("\n", Enumerable.Range(0, 60).Select(i => JsonSerializer.Serialize(new { answer = $"In 2025 a client threatened to leave (story {i}). I rebuilt the weekly report myself, and late invoices fell from 30% to 2%." }))));
        _loopcoach.Run("loop", "run", "--template", "amazon-loop", "--competencies", "customer-obsession,ownership,dive-deep,earn-trust,frugality,think-big,bias-for-action,deliver-results", "--seed", "7", "--answers", answers);
        var session = _loopcoach.Run("loop", "show", "1", "--json").Json;
        var turns = session.GetProperty("turns").EnumerateArray().ToList();
        _loopcoach.Environment["TZ"] = "America/New_York";

        var notes = _loopcoach.Run("notes", "thank-you", "--session", "1", "--json");
        var third = _loopcoach.Run("notes", "thank-you", "--session", "1", "--interviewer", "Sam", "--tz", "Asia/Seoul", "--json");
        var badZone = _loopcoach.Run("notes", "thank-you", "--session", "1", "--tz", "Mars/Olympus");

        Assert.True(notes.ExitCode == 0, notes.ToString());
        var all = notes.Json.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(4, all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var firstMain = turns.First(t => t.GetProperty("interviewer").GetInt32() == i && t.GetProperty("kind").GetString() == "main").GetProperty("question").GetString()!;
            Assert.Contains(firstMain[..30], all[i].GetProperty("body").GetString(), StringComparison.Ordinal);
            Assert.Equal("America/New_York", all[i].GetProperty("timeZone").GetString());
        }

        Assert.Equal(all[0].GetProperty("body").GetString(), notes.Json.GetProperty("body").GetString());
        Assert.Equal("Sam", third.Json.GetProperty("interviewer").GetString());
        Assert.Equal(all[2].GetProperty("body").GetString(), third.Json.GetProperty("body").GetString());
        Assert.Contains("(Asia/Seoul, UTC+09:00)", third.Json.GetProperty("reminder").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("+09:00", third.Json.GetProperty("sendByLocal").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, badZone.ExitCode);
        Assert.Contains("Mars/Olympus", badZone.Stderr, StringComparison.Ordinal);
    }
}
