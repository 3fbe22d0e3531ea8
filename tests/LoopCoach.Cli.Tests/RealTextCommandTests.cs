namespace LoopCoach.Cli.Tests;

/// <summary>Real-shaped texts through the real process: a prose retrospective checked before saving, a prose posting.</summary>
public sealed class RealTextCommandTests : IDisposable
{
    private const string ProseRetro =
        "지난주 목요일에 본 면접 정리.\n\n" +
        "첫 면접은 실무진 두 분과 봤는데, 자기소개부터 시키셨고 이어서 지난 프로젝트에서 가장 어려웠던 문제가 뭐였는지 물으셨다. 생각보다 분위기가 편해서 좋았다.\n" +
        "두 번째는 팀장님과의 면접이었다. 기억나는 질문이 없다. 긴장해서 다 잊어버렸다.\n" +
        "마지막 면접에서는 임원분이 왜 이 회사를 골랐는지 물어보셨다. 다음에는 회사 공부를 더 해 가야겠다.\n";

    private const string ProsePosting =
        "Backend Engineer, Payments\nTidewater is hiring a backend engineer for its payments team.\n\n" +
        "Requirements\n- 4+ years building backend services\n- A collaborative way of working\n\n" +
        "Our hiring process\nIt starts with a short phone call with a recruiter. After that you complete a take-home exercise, " +
        "followed by a final onsite with the team. If needed, we add a reference check before the offer.\n";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void RetroImport_DryRunJson_OnAProseReview_ShowsRoundsQuestionsAndLabelsAndSavesNothing()
    {
        var file = Path.Combine(_loopcoach.Folder, "review.txt");
        File.WriteAllText(file, ProseRetro);

        var result = _loopcoach.Run("retro", "import", file, "--dry-run", "--json");
        var list = _loopcoach.Run("retro", "list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json.GetProperty("dryRun").GetBoolean());
        var rounds = result.Json.GetProperty("retro").GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal(3, rounds.Count);
        var first = rounds[0].GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(["자기소개", "지난 프로젝트에서 가장 어려웠던 문제가 뭐였는지"], first.Select(q => q.GetProperty("text").GetString()));
        Assert.Equal("motivation", first[0].GetProperty("kind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first[0].GetProperty("competency").ValueKind);
        Assert.Equal("principle", first[1].GetProperty("kind").GetString());
        Assert.True(first[1].TryGetProperty("lowConfidence", out _));
        Assert.Empty(rounds[1].GetProperty("questions").EnumerateArray());
        Assert.Contains("긴장해서", rounds[1].GetProperty("howItWent").GetString(), StringComparison.Ordinal);
        Assert.Equal("motivation", rounds[2].GetProperty("questions")[0].GetProperty("kind").GetString());
        Assert.Contains("회사 공부", rounds[2].GetProperty("reflection").GetString(), StringComparison.Ordinal);
        Assert.Empty(list.Json.EnumerateArray());
    }

    [Fact]
    public void PostingAnalyze_Json_OnAPostingWithStagesInProse_GivesTheStagesInOrderWithKindsAndTheCompany()
    {
        var result = _loopcoach.RunWithInput(ProsePosting, "posting", "analyze", "--json");

        Assert.Equal(0, result.ExitCode);
        var analysis = result.Json.GetProperty("analysis");
        var stages = analysis.GetProperty("stageDetails").EnumerateArray().Select(s => (Name: s.GetProperty("name").GetString(), Kind: s.GetProperty("kind").GetString(), Optional: s.GetProperty("optional").GetBoolean())).ToList();
        Assert.Equal(["phone-or-video", "assignment", "panel", "other", "offer-talk"], stages.Select(s => s.Kind));
        Assert.Equal("phone call with recruiter", stages[0].Name);
        Assert.True(stages[3].Optional);
        Assert.Equal("Tidewater", result.Json.GetProperty("company").GetString());
        Assert.Equal(["collaborative"], analysis.GetProperty("strengths").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public void PostingAnalyze_Json_OnAKoreanPostingWithMeetingsInOrderAndAStepItHasNot_GivesTheMeetingsAndNotTheMissingStep()
    {
        const string posting = "모래시계랩 | 백엔드 개발자\n\n하는 일\n- 결제 API 개발\n\n" +
            "저희 채용은 세 번 만나는 것으로 끝납니다.\n" +
            "보내 주신 이력서는 개발 리더가 직접 읽고 연락드립니다. 첫 번째 만남에서는 백엔드 팀원 두 명이 지원자의 코드를 함께 봅니다. " +
            "두 번째 만남은 대표와의 자리입니다. 마지막 만남에는 함께 일할 디자인 리더가 들어옵니다. 별도의 코딩 테스트는 없습니다.\n" +
            "모든 만남이 끝나면 처우를 협의합니다.\n";

        var result = _loopcoach.RunWithInput(posting, "posting", "analyze", "--json");

        Assert.Equal(0, result.ExitCode);
        var stages = result.Json.GetProperty("analysis").GetProperty("stageDetails").EnumerateArray()
            .Select(s => (Name: s.GetProperty("name").GetString(), Kind: s.GetProperty("kind").GetString())).ToList();
        Assert.Equal(["document-review", "panel", "interview", "interview", "offer-talk"], stages.Select(s => s.Kind));
        Assert.Equal("대표 인터뷰", stages[2].Name);
        Assert.DoesNotContain(stages, s => s.Kind == "online-test");
    }

    [Fact]
    public void RetroImport_DryRunJson_OnAReviewWithFormPromptsAndRoundsNamedByWhoWasMet_GivesThoseRoundsAndNoPrompt()
    {
        var file = Path.Combine(_loopcoach.Folder, "site-review.txt");
        File.WriteAllText(file, "Interview questions\n\nHow did you get the interview?\nA recruiter found me.\n\n" +
            "The first round was a call with the recruiter. She asked why I was leaving my agency.\n\n" +
            "Then I met the VP of product. He asked how I decide what not to build.\n");

        var result = _loopcoach.Run("retro", "import", file, "--dry-run", "--json");

        Assert.Equal(0, result.ExitCode);
        var rounds = result.Json.GetProperty("retro").GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal(2, rounds.Count);
        var questions = rounds.SelectMany(r => r.GetProperty("questions").EnumerateArray()).Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.Equal(["why I was leaving my agency", "how I decide what not to build"], questions);
    }

    [Fact]
    public void RetroImport_AtATerminal_ShowsWhatWasReadLetsTheUserDropAQuestionAndSavesOnYes()
    {
        var file = Path.Combine(_loopcoach.Folder, "review.txt");
        File.WriteAllText(file, ProseRetro);

        using (var terminal = new TerminalSession(_loopcoach, "ko_KR.UTF-8", "retro", "import", $"'{file}'"))
        {
            terminal.WaitFor("기억나는 질문 없음");
            terminal.Answer("이 복기를 저장하시겠습니까?", "e");
            terminal.Answer("뺄 질문의 번호를", "2");
            terminal.WaitFor("이 복기를 저장하시겠습니까?", 2);
            terminal.Type("y");
            terminal.WaitFor("LOOPCOACH_EXIT=0");
        }

        var saved = Assert.Single(_loopcoach.Run("retro", "list", "--json").Json.EnumerateArray());
        Assert.Equal(2, saved.GetProperty("questions").GetInt32());
        Assert.Equal(3, saved.GetProperty("rounds").GetInt32());
    }

    [Fact]
    public void RetroImport_AtATerminal_SavesNothingOnNo()
    {
        var file = Path.Combine(_loopcoach.Folder, "review.txt");
        File.WriteAllText(file, ProseRetro);

        using (var terminal = new TerminalSession(_loopcoach, "en_US.UTF-8", "retro", "import", $"'{file}'"))
        {
            terminal.Answer("Save this retrospective?", "n");
            terminal.WaitFor("LOOPCOACH_EXIT=0");
            Assert.Contains("Nothing was saved.", terminal.Screen, StringComparison.Ordinal);
        }

        Assert.Empty(_loopcoach.Run("retro", "list", "--json").Json.EnumerateArray());
    }
}
