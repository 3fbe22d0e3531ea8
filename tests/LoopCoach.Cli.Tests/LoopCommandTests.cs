using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Cli.Tests;

public sealed class LoopCommandTests : IDisposable
{
    private const string Intro = "I'm a product analyst with four years in e-commerce, and I want to work closer to customers.";

    private const string StoryWithoutResult =
        "Last year I led the migration of our billing system. My goal was to move every customer without downtime. " +
        "I mapped every dependency, wrote a rollback plan and ran three rehearsals with the on-call team.";

    private const string FullStory =
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data, found that one manual approval step caused 80% of the delays, and automated it. " +
        "As a result late invoices fell from 30% to 2% and the client renewed for two years. I learned to measure before I fix.";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    private static string Lines(params string[] answers) =>
        string.Join("\n", answers.Select(a => JsonSerializer.Serialize(new { answer = a }))) + "\n";

    private string[] Run(string template, string competencies, int seed) =>
        ["loop", "run", "--template", template, "--competencies", competencies, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json"];

    [Fact]
    public void Plan_WithASeed_IsReproducible()
    {
        var first = _loopcoach.Run("loop", "plan", "--template", "amazon-loop", "--seed", "42", "--json");
        var again = _loopcoach.Run("loop", "plan", "--template", "amazon-loop", "--seed", "42", "--json");
        var other = _loopcoach.Run("loop", "plan", "--template", "amazon-loop", "--seed", "43", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, again.Stdout);
        Assert.NotEqual(first.Stdout, other.Stdout);
        var assigned = first.Json.GetProperty("interviewers").EnumerateArray().SelectMany(i => i.GetProperty("competencies").EnumerateArray().Select(c => c.GetString())).ToList();
        Assert.Equal(assigned.Count, assigned.Distinct().Count());
        Assert.Equal(4, first.Json.GetProperty("interviewers").GetArrayLength());
    }

    [Fact]
    public void StoriesAdd_FromSession_SavesTheStoryToldWithItsFollowUp()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro, StoryWithoutResult, "Downtime was zero and billing errors fell by 35%."));
        var run = _loopcoach.Run([.. Run("phone-screen", "deliver-results,ownership", 5), "--answers", answers]);
        Assert.Equal(0, run.ExitCode);
        var asked = run.Json.GetProperty("turns")[1].GetProperty("competency").GetString();

        var saved = _loopcoach.Run("stories", "add", "--from-session", "1", "--turn", "2", "--tag", "billing", "--json");
        var refused = _loopcoach.Run("stories", "add", "--from-session", "1", "--turn", "1");

        Assert.True(saved.ExitCode == 0, saved.ToString());
        var story = saved.Json;
        Assert.Contains("rollback plan", story.GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Contains("35%", story.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Equal([asked], story.GetProperty("competencies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["billing"], story.GetProperty("tags").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("The turns that tell a story: 2.", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Scripted_FollowsUpOnTheGapAndFinishesWithADebrief()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro, StoryWithoutResult, "Downtime was zero and billing errors fell by 35%.", FullStory, "I did the analysis myself.", "What would success look like in six months?"));

        var result = _loopcoach.Run([.. Run("phone-screen", "deliver-results,ownership", 5), "--answers", answers]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var session = result.Json;
        Assert.Equal("finished", session.GetProperty("status").GetString());
        var turns = session.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(["opening", "main", "probe", "main", "probe", "closing"], turns.Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal("result", turns[2].GetProperty("gap").GetString());
        Assert.Equal(StoryWithoutResult, turns[1].GetProperty("answer").GetString());
        var evidence = session.GetProperty("debrief").GetProperty("interviewers")[0].GetProperty("competencies").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Count);
        Assert.Contains("result-quantified", evidence[0].GetProperty("probes")[0].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(session.GetProperty("debrief").GetProperty("summary").GetProperty("text").GetString()));
    }

    [Fact]
    public void Run_PassOnAQuestion_BringsAnotherOnTheSameCompetency()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro, "경험이 없습니다", FullStory));

        var result = _loopcoach.Run([.. Run("phone-screen", "deliver-results,ownership", 9), "--answers", answers]);

        var turns = result.Json.GetProperty("turns").EnumerateArray().ToList();
        Assert.True(turns[1].GetProperty("skipped").GetBoolean());
        Assert.Equal(turns[1].GetProperty("competency").GetString(), turns[2].GetProperty("competency").GetString());
        Assert.NotEqual(turns[1].GetProperty("questionId").GetString(), turns[2].GetProperty("questionId").GetString());
        Assert.Equal("paused", result.Json.GetProperty("status").GetString());
    }

    [Fact]
    public void Run_KoreanLoop_SpeaksKorean()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines("안녕하세요, 4년 차 데이터 분석가입니다."));

        var result = _loopcoach.Run([.. Run("phone-screen", "deliver-results", 1), "--lang", "ko", "--answers", answers]);

        var first = result.Json.GetProperty("turns")[0];
        Assert.Matches("[가-힣]", first.GetProperty("intro").GetString());
        Assert.Matches("[가-힣]", first.GetProperty("question").GetString());
        Assert.Matches("[가-힣]", result.Json.GetProperty("plan").GetProperty("interviewers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Run_SameStoryTwice_IsFlaggedInTheDebrief()
    {
        var answers = Enumerable.Repeat(FullStory, 40).ToArray();
        var file = _loopcoach.WriteFile("answers.jsonl", Lines(answers));

        var result = _loopcoach.Run([.. Run("amazon-loop", "deliver-results,ownership,frugality,dive-deep,earn-trust,think-big,bias-for-action,customer-obsession", 3), "--answers", file]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Json.GetProperty("turns").EnumerateArray(), t => t.GetProperty("notes").EnumerateArray().Any(n => n.GetProperty("code").GetString() == "story-reused"));
        Assert.True(result.Json.GetProperty("debrief").GetProperty("summary").GetProperty("reusedStories").GetInt32() > 0);
    }

    [Fact]
    public void ProcessKilledMidLoop_ResumesWithNoTurnLost()
    {
        using var process = _loopcoach.Start([.. Run("phone-screen", "deliver-results,ownership", 5), "--answers", "-"]);
        var sent = new[] { Intro, StoryWithoutResult, "Downtime was zero and billing errors fell by 35%." };
        process.StandardInput.Write(Lines(sent));
        process.StandardInput.Flush();
        WaitForTurns(3);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var list = _loopcoach.Run("loop", "list", "--json");
        var rest = _loopcoach.WriteFile("rest.jsonl", Lines(FullStory, "I did the analysis myself.", "No questions, thank you."));
        var resumed = _loopcoach.Run("loop", "resume", "1", "--answers", rest, "--json");

        Assert.Equal(3, list.Json[0].GetProperty("turns").GetInt32());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal("finished", resumed.Json.GetProperty("status").GetString());
        var answers = resumed.Json.GetProperty("turns").EnumerateArray().Select(t => t.GetProperty("answer").GetString()).ToList();
        Assert.Equal([.. sent, FullStory, "I did the analysis myself.", "No questions, thank you."], answers);
    }

    [Fact]
    public void ScriptRunningOutOfAnswers_PausesAndShowsHowToResume()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro));

        var result = _loopcoach.Run("loop", "run", "--template", "phone-screen", "--seed", "2", "--answers", answers);
        var show = _loopcoach.Run("loop", "show", "1", "--markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("loopcoach loop resume 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Intro, show.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "There is no loop template 'nope'", "loop", "run", "--template", "nope", "--answers", "ANSWERS")]
    [InlineData(3, "There is no session #42", "loop", "resume", "42", "--answers", "ANSWERS")]
    [InlineData(3, "There is no session #42", "loop", "show", "42")]
    [InlineData(4, "line 2: not an answer", "loop", "run", "--answers", "MALFORMED")]
    [InlineData(4, "give the answers with --answers", "loop", "run")]
    public void BadLoopInput_GetsAClearMessageAndNoSession(int exitCode, string message, params string[] args)
    {
        var good = _loopcoach.WriteFile("good.jsonl", Lines(Intro));
        var malformed = _loopcoach.WriteFile("bad.jsonl", Lines(Intro) + "{\"answer\": 12}\n");
        args = [.. args.Select(a => a switch { "ANSWERS" => good, "MALFORMED" => malformed, _ => a })];

        var result = _loopcoach.Run(args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_loopcoach.Run("loop", "list", "--json").Json.EnumerateArray());
    }

    [Fact]
    public void TemplateFile_IsReadByItsName_AndItsMistakesAreReportedUnderTheNameTyped()
    {
        _loopcoach.WriteFile("mine.yaml", """
            id: my-loop
            name: { en: My loop, ko: 내 루프 }
            description: { en: Two people., ko: 두 사람. }
            framework: amazon-lp
            format: loop
            competencies: 2
            interviewers:
              - { role: practitioner, name: { en: Sam, ko: 샘 }, style: { en: Calm., ko: 차분함. }, minutes: 30, competencies: [1, 2], depth: 2 }
              - { role: bar-raiser, name: { en: Kim, ko: 김 }, style: { en: Deep., ko: 깊이. }, minutes: 30, competencies: [1, 2], depth: 3 }
            """);
        _loopcoach.WriteFile("broken.YML", "id: Bad Loop\nframework: nope\nformat: circle\ninterviewers: []\n");
        _loopcoach.WriteFile("mine.txt", "id: my-loop\n");

        var plan = _loopcoach.Run("loop", "plan", "--template", "mine.yaml", "--seed", "1", "--json");
        var broken = _loopcoach.Run("--json", "loop", "plan", "--template", "broken.YML");
        var missing = _loopcoach.Run("loop", "plan", "--template", "missing.yaml");
        var notYaml = _loopcoach.Run("loop", "plan", "--template", "mine.txt");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal("my-loop", plan.Json.GetProperty("template").GetString());
        Assert.Equal(4, broken.ExitCode);
        Assert.Equal("loop.template-invalid", broken.ErrorJson.GetProperty("code").GetString());
        Assert.Contains(broken.ErrorJson.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "broken.YML: format");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("missing.yaml", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, notYaml.ExitCode);
        Assert.Contains("There is no loop template 'mine.txt'", notYaml.Stderr, StringComparison.Ordinal);
    }

    /// <remarks>An answer over the length limit is refused before the session starts (see InputFileTests).</remarks>
    [Theory]
    [InlineData("", "The answer is empty")]
    public void BadAnswerMidLoop_StopsWithAMessageAndKeepsTheSessionIntact(string bad, string message)
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro, bad, FullStory));

        var result = _loopcoach.Run("loop", "run", "--template", "phone-screen", "--seed", "4", "--answers", answers);
        var list = _loopcoach.Run("loop", "list", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        var session = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal("paused", session.GetProperty("status").GetString());
        Assert.Equal(1, session.GetProperty("turns").GetInt32());
    }

    [Fact]
    public void DatabaseLockedByAnotherProcess_IsReportedAndTheSessionKeepsItsTurns()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(Intro));
        Assert.Equal(0, _loopcoach.Run("loop", "run", "--template", "phone-screen", "--seed", "4", "--answers", answers).ExitCode);
        var rest = _loopcoach.WriteFile("rest.jsonl", Lines(FullStory));

        RunResult result;
        using (var other = new SqliteConnection($"Data Source={_loopcoach.DatabasePath};Pooling=False"))
        {
            other.Open();
            using (var begin = other.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                begin.ExecuteNonQuery();
            }

            result = _loopcoach.Run("loop", "resume", "1", "--answers", rest);
        }

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("is busy", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, _loopcoach.Run("loop", "list", "--json").Json[0].GetProperty("turns").GetInt32());
    }

    private void WaitForTurns(int count)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var list = _loopcoach.Run("loop", "list", "--json");
            if (list.ExitCode == 0 && list.Json.GetArrayLength() > 0 && list.Json[0].GetProperty("turns").GetInt32() >= count)
            {
                return;
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException($"the session never reached {count} turns");
    }
}
