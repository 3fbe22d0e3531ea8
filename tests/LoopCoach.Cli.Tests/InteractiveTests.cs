namespace LoopCoach.Cli.Tests;

/// <summary>The prompts a person gets at a terminal, driven through tmux.</summary>
public sealed class InteractiveTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void StoriesAdd_AtATerminalWithoutFlags_AsksForEachFieldInKoreanAndSaves()
    {
        using (var terminal = new TerminalSession(_loopcoach, "ko_KR.UTF-8", "stories", "add"))
        {
            terminal.Answer("제목:", "온보딩 체크리스트 도입");
            terminal.Answer("상황 (S):", "신규 고객사의 첫 달 이탈이 잦았습니다.");
            terminal.Answer("과제 (T):", "");
            terminal.Answer("행동 (A):", "제가 체크리스트를 만들었습니다.");
            terminal.Answer("결과 (R):", "이탈률이 15%에서 9%로 줄었습니다.");
            terminal.Answer("배운 점:", "");
            terminal.Answer("당시 역할:", "AM");
            terminal.Answer("시기 (YYYY-MM):", "2023-04");
            terminal.Answer("태그 (쉼표로 구분):", "온보딩, 고객");
            terminal.Answer("역량 (ID, 쉼표로 구분):", "customer-obsession");
            terminal.Answer("수치 (항목=숫자 단위", "이탈률 감소=6%p");
            terminal.WaitFor("LOOPCOACH_EXIT=0");
            Assert.Contains("스토리 #1을 저장했습니다", terminal.Screen, StringComparison.Ordinal);
        }

        var story = Assert.Single(_loopcoach.Run("stories", "list", "--json").Json.EnumerateArray());
        Assert.Equal("온보딩 체크리스트 도입", story.GetProperty("title").GetString());
        Assert.Equal("", story.GetProperty("task").GetString());
        Assert.Equal("제가 체크리스트를 만들었습니다.", story.GetProperty("action").GetString());
        Assert.Equal(["온보딩", "고객"], story.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("이탈률 감소", story.GetProperty("metrics")[0].GetProperty("measures").GetString());
    }

    [Fact]
    public void StoriesEdit_AtATerminal_OffersTheCurrentValuesAndKeepsThoseLeftAlone()
    {
        var added = _loopcoach.Run("stories", "add", "--title", "Pricing experiment", "--action", "I ran an A/B test.", "--result", "Revenue rose.");
        Assert.Equal(0, added.ExitCode);

        using (var terminal = new TerminalSession(_loopcoach, "en_US.UTF-8", "stories", "edit", "1"))
        {
            terminal.Answer("Title", "");
            terminal.Answer("Situation:", "");
            terminal.Answer("Task:", "");
            terminal.Answer("Action", "");
            terminal.Answer("Result", "Revenue per user rose 8% in six weeks.");
            foreach (var label in new[] { "Lesson:", "Your role:", "When (YYYY-MM):", "Tags", "Competencies", "Metrics" })
            {
                terminal.Answer(label, "");
            }

            terminal.WaitFor("LOOPCOACH_EXIT=0");
            Assert.Contains("Updated story #1 to version 2", terminal.Screen, StringComparison.Ordinal);
        }

        var story = _loopcoach.Run("stories", "show", "1", "--json").Json;
        Assert.Equal("Pricing experiment", story.GetProperty("title").GetString());
        Assert.Equal("I ran an A/B test.", story.GetProperty("action").GetString());
        Assert.Equal("Revenue per user rose 8% in six weeks.", story.GetProperty("result").GetString());
    }

    [Fact]
    public void LoopRun_AtATerminalInKorean_ShowsInterviewerTimerAndFollowUpsThenTheDebrief()
    {
        using (var terminal = new TerminalSession(_loopcoach, "ko_KR.UTF-8", "loop", "run", "--template", "phone-screen", "--competencies", "deliver-results", "--seed", "3"))
        {
            terminal.WaitFor("오하늘:");
            Assert.Contains("⏱ 00:00 / 30:00", terminal.Screen, StringComparison.Ordinal);
            terminal.Type("안녕하세요, 4년 차 데이터 분석가입니다.");
            terminal.WaitFor("오하늘:", times: 2);
            terminal.Type("작년에 제가 맡은 고객사의 온보딩이 계속 실패했습니다. 제가 문의 데이터를 분석해서 체크리스트를 새로 만들었습니다.");
            terminal.WaitFor("꼬리질문 1");
            terminal.Type("결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.");
            terminal.WaitFor("편하게 질문해 주십시오.");
            terminal.Type("입사 후 6개월 동안 어떤 성과를 기대하시나요?");
            terminal.WaitFor("LOOPCOACH_EXIT=0");
            // The debrief's heading, in the one Korean word every front end uses for it.
            Assert.Contains("── 평가", terminal.Screen, StringComparison.Ordinal);
            Assert.DoesNotContain("총평", terminal.Screen, StringComparison.Ordinal);
        }

        var session = _loopcoach.Run("loop", "list", "--json").Json[0];
        Assert.Equal("finished", session.GetProperty("status").GetString());
        Assert.Equal(4, session.GetProperty("turns").GetInt32());
    }

    [Fact]
    public void LoopRun_PastedAnswerOfSeveralLines_IsOneAnswer()
    {
        using (var terminal = new TerminalSession(_loopcoach, "en_US.UTF-8", "loop", "run", "--competencies", "ownership", "--seed", "2"))
        {
            terminal.WaitFor("Taylor:");
            terminal.Paste("I am an analyst.", "I work on pricing.", "I like data.");
            terminal.WaitFor("Taylor:", times: 2);
            terminal.Type("/quit");
            terminal.WaitFor("LOOPCOACH_EXIT=0");
        }

        var turns = _loopcoach.Run("loop", "show", "1", "--json").Json.GetProperty("turns");
        Assert.Equal(1, turns.GetArrayLength());
        Assert.Equal("I am an analyst.\nI work on pricing.\nI like data.", turns[0].GetProperty("answer").GetString());
    }
}
