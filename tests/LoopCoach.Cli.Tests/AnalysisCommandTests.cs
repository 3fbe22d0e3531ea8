using System.Text.Json;

namespace LoopCoach.Cli.Tests;

public sealed class AnalysisCommandTests : IDisposable
{
    private const string WeakKorean =
        "작년에 저희 팀에서 고객 만족도를 높이는 프로젝트를 진행했습니다. 음, 그, 뭐 저희는 고객 인터뷰를 하고 저희가 개선안을 만들었습니다. " +
        "우리 팀이 함께 노력해서 결과적으로 잘 마무리되었고 고객 반응도 좋았던 것 같습니다.";

    private const string StrongEnglish =
        "Last year our biggest enterprise client was about to churn because their onboarding kept failing. " +
        "My goal was to get them live within six weeks and keep the renewal. " +
        "I analyzed three months of support tickets and found that 70% of failures came from one data import step. " +
        "I rebuilt the import checklist, ran weekly calls with their IT lead, and persuaded our product team to add a validation screen. " +
        "As a result, onboarding time dropped from 9 weeks to 4 weeks and the client renewed a $400k contract. " +
        "I learned to look at the tickets before assuming the customer was the problem.";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void Analyze_WeakKoreanAnswer_QuotesTheEvidenceForEachFindingInKorean()
    {
        var result = _loopcoach.RunWithInput(WeakKorean, "analyze", "--question-id", "customer-obsession.ko.01", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.Equal("ko", json.GetProperty("language").GetString());
        Assert.False(json.GetProperty("quantifiedResult").GetBoolean());
        Assert.Equal(0, json.GetProperty("ownership").GetProperty("i").GetInt32());
        Assert.True(json.GetProperty("ownership").GetProperty("we").GetInt32() >= 4);
        var findings = json.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!);
        var vague = findings["result.vague"];
        Assert.Equal("warning", vague.GetProperty("severity").GetString());
        Assert.StartsWith("결과가 막연합니다", vague.GetProperty("message").GetString(), StringComparison.Ordinal);
        var span = vague.GetProperty("spans")[0];
        Assert.Equal("잘 마무리", span.GetProperty("text").GetString());
        Assert.Equal("잘 마무리", WeakKorean.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32() - span.GetProperty("start").GetInt32()));
        Assert.All(findings["ownership.we-heavy"].GetProperty("spans").EnumerateArray(), s => Assert.Matches("^(저희|우리)", s.GetProperty("text").GetString()));
        Assert.Contains(json.GetProperty("hedges").EnumerateArray(), h => h.GetProperty("word").GetString() == "것 같습니다");
        var probes = json.GetProperty("probes").EnumerateArray().ToList();
        Assert.InRange(probes.Count, 1, 3);
        // "We" throughout and nothing plainly theirs: their own part is asked for before the (vague) result.
        Assert.Equal(["role", "result"], probes.Select(p => p.GetProperty("gap").GetString()).Take(2));
        Assert.Equal("weak", json.GetProperty("readiness").GetProperty("grade").GetString());
    }

    [Fact]
    public void Analyze_StrongEnglishAnswerFromAFile_HasEveryStarPartAndANumberInTheResult()
    {
        var file = _loopcoach.WriteFile("answer.txt", StrongEnglish);

        var result = _loopcoach.Run("analyze", "--file", file, "--question", "Tell me about a time you went out of your way for a customer.", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var star = result.Json.GetProperty("star");
        foreach (var part in new[] { "situation", "task", "action", "result", "lesson" })
        {
            Assert.True(star.GetProperty(part).GetProperty("present").GetBoolean(), part);
            Assert.NotEmpty(star.GetProperty(part).GetProperty("spans").EnumerateArray());
        }

        Assert.True(result.Json.GetProperty("quantifiedResult").GetBoolean());
        Assert.Equal("customer-obsession", result.Json.GetProperty("competency").GetString());
        Assert.InRange(result.Json.GetProperty("estimatedSeconds").GetInt32(), 30, 90);
        Assert.True(result.Json.GetProperty("wordCount").GetInt32() > 90);
    }

    [Fact]
    public void Analyze_AsText_ShowsFindingsWithTheirEvidence()
    {
        var result = _loopcoach.RunWithInput(WeakKorean, "--lang", "ko", "analyze", "--competency", "customer-obsession");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("결과가 막연합니다", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("“잘 마무리”", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("면접관이 이어서 물을 질문", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 4, "The answer is empty")]
    [InlineData("   \n  ", 4, "The answer is empty")]
    public void Analyze_EmptyAnswer_SaysSo(string answer, int exitCode, string message)
    {
        var result = _loopcoach.RunWithInput(answer, "analyze");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OneMegabyteAnswer_IsRefusedWithTheLimit()
    {
        var result = _loopcoach.RunWithInput(new string('a', 1024 * 1024 + 10), "analyze");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("larger than the limit of 1024 KB", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AnswerOverTheAnalysisLimit_IsRefusedWithTheLimit()
    {
        var result = _loopcoach.RunWithInput(string.Concat(Enumerable.Repeat("I shipped the release on time. ", 2000)), "analyze");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("at most 50000 characters", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_InvalidUtf8_IsRefusedClearly()
    {
        var file = Path.Combine(_loopcoach.Folder, "latin1.txt");
        File.WriteAllBytes(file, [0x49, 0x20, 0x6C, 0x65, 0x64, 0x20, 0xE9, 0x71, 0x75, 0x69, 0x70, 0x65]);

        var result = _loopcoach.Run("analyze", "--file", file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is not valid UTF-8 text", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MixedKoreanEnglishWithEmojiAndControlCharacters_StillAnalyses()
    {
        var result = _loopcoach.RunWithInput("제가 A/B test 를 설계해서 CTR 을 12% 올렸습니다 🚀\u0001 team 과 함께 launch 했어요.", "analyze", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Json.GetProperty("language").GetString(), new[] { "ko", "mixed" });
    }

    [Fact]
    public void QuestionsClassify_PrintsOneJsonObjectPerQuestionRankedBestFirst()
    {
        var questions = "Tell me about a time you delivered a project with a much smaller budget than you needed.\n" +
                        "상사의 결정에 반대 의견을 냈지만 결국 따랐던 경험을 말씀해 주세요.\n\n" +
                        "Walk me through how you dug into a metric that looked wrong.\n";

        var result = _loopcoach.RunWithInput(questions, "questions", "classify", "--top", "3", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("상사의 결정에 반대 의견을 냈지만 결국 따랐던 경험을 말씀해 주세요.", lines[1].GetProperty("question").GetString());
        Assert.All(lines, l =>
        {
            var scores = l.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("score").GetDouble()).ToList();
            Assert.Equal(3, scores.Count);
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        });
        Assert.Equal("frugality", lines[0].GetProperty("competencies")[0].GetProperty("id").GetString());
        Assert.Equal("have-backbone-disagree-and-commit", lines[1].GetProperty("competencies")[0].GetProperty("id").GetString());
        Assert.Equal("dive-deep", lines[2].GetProperty("competencies")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void StoriesMatch_RanksTheStoryAboutTheQuestionFirstAndSaysWhy()
    {
        _loopcoach.Run("stories", "add", "--title", "팀 회식 장소 예약", "--action", "제가 장소를 알아봤습니다.", "--competency", "teamwork");
        _loopcoach.Run("stories", "add", "--title", "예산 절반으로 캠페인 집행", "--situation", "분기 예산이 절반으로 줄었습니다.",
            "--action", "제가 채널별 성과 데이터를 분석해 저비용 채널로 예산을 옮겼습니다.", "--result", "비용은 48% 줄이고 리드는 10% 늘렸습니다.",
            "--competency", "frugality", "--when", "2025-03");

        var result = _loopcoach.Run("stories", "match", "적은", "예산으로", "성과를", "냈던", "경험을", "말씀해", "주세요", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var first = result.Json.GetProperty("stories")[0];
        Assert.Equal(2, first.GetProperty("id").GetInt64());
        Assert.Contains("frugality", first.GetProperty("competencies").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEmpty(first.GetProperty("sharedTerms").EnumerateArray());
    }

    [Fact]
    public void StoriesShow_ListsTheWeakSpotsOfAStory()
    {
        _loopcoach.Run("stories", "add", "--title", "Migration", "--action", "We moved the service and we tested it with our team.", "--result", "It went well.", "--when", "2019-05");

        var json = _loopcoach.Run("stories", "show", "1", "--json");
        var text = _loopcoach.Run("stories", "show", "1");

        var codes = json.Json.GetProperty("weakSpots").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("no-number", codes);
        Assert.Contains("we-not-i", codes);
        Assert.Contains("too-old", codes);
        Assert.Contains("The result has no number", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void StoriesMine_DiaryWithDatedEntries_ProposesDraftsAndAddsOnlyTheChosenOne()
    {
        var diary = _loopcoach.WriteFile("diary.md", """
            ## 2022-01-19 고객 문의 대응
            입점 업무를 하던 당시 고객 문의가 하루 50건이 넘게 쌓였습니다.
            제가 자주 묻는 질문을 정리해 답변 템플릿을 만들고 응대 순서를 바꿨습니다.
            결과적으로 평균 응답 시간이 6시간에서 2시간으로 줄었습니다.

            ## 2022-01-18 친구와의 대화
            오랜만에 친구를 만나 커피를 마셨다. 날씨가 추웠다.
            """);

        var proposed = _loopcoach.Run("stories", "mine", diary, "--json");
        var added = _loopcoach.Run("stories", "mine", diary, "--add", "1");
        var list = _loopcoach.Run("stories", "list", "--json");

        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        var drafts = proposed.Json.GetProperty("drafts").EnumerateArray().ToList();
        var draft = Assert.Single(drafts);
        Assert.Equal("고객 문의 대응", draft.GetProperty("story").GetProperty("title").GetString());
        Assert.Equal("2022-01", draft.GetProperty("story").GetProperty("when").GetString());
        Assert.Contains("2시간", draft.GetProperty("story").GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Empty(proposed.Json.GetProperty("added").EnumerateArray());
        Assert.Equal(0, added.ExitCode);
        Assert.Equal("고객 문의 대응", Assert.Single(list.Json.EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public void StoriesMine_DiaryFixtureOfOneLinePosts_ProposesThreeDraftsAndAddsTheChosenOnes()
    {
        var diary = Fixtures.PathOf(Fixtures.Diary);

        var proposed = _loopcoach.Run("stories", "mine", diary, "--json");
        var added = _loopcoach.Run("stories", "mine", diary, "--add", "1", "--add", "3", "--json");
        var list = _loopcoach.Run("stories", "list", "--json");

        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        var drafts = proposed.Json.GetProperty("drafts").EnumerateArray().ToList();
        Assert.Equal(["배송 지연 문의가 쏟아진 주", "클릭률은 최고인데 주문은 왜 줄었을까", "첫 기획안이 반려된 날"],
            drafts.Select(d => d.GetProperty("story").GetProperty("title").GetString()));
        Assert.Equal(["2023-06", "2023-05", "2023-04"], drafts.Select(d => d.GetProperty("story").GetProperty("when").GetString()));
        Assert.Equal(["task", "lesson"], drafts[1].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("60건", drafts[0].GetProperty("story").GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal(2, added.Json.GetProperty("added").GetArrayLength());
        Assert.Equal(["배송 지연 문의가 쏟아진 주", "첫 기획안이 반려된 날"], list.Json.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
    }

    [Fact]
    public void Analyze_WeakEnglishAnswer_GivesEnglishReasonsWithTheWordsBehindThem()
    {
        const string answer = "Um, so we had, like, a lot of churn. We basically changed the emails and we, uh, fixed the onboarding. " +
                              "I think it kind of went well and the team was happy.";

        var result = _loopcoach.RunWithInput(answer, "--lang", "ko", "analyze", "--competency", "customer-obsession", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("en", result.Json.GetProperty("language").GetString());
        var findings = result.Json.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!);
        Assert.StartsWith("\"We\" (4) outnumbers \"I\" (", findings["ownership.we-heavy"].GetProperty("message").GetString(), StringComparison.Ordinal);
        var weSpans = findings["ownership.we-heavy"].GetProperty("spans").EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToList();
        Assert.Equal(4, weSpans.Count);
        Assert.All(weSpans, w => Assert.Contains(w.ToLowerInvariant(), new[] { "we", "the team" }));
        var fillers = findings["fillers.many"];
        Assert.Contains("filler words", fillers.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(fillers.GetProperty("spans").EnumerateArray(), s => s.GetProperty("text").GetString() == "Um");
        Assert.Contains("went well", findings["result.vague"].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The measured result names the numbers that measure it, not the amounts in the actions or the yardstick, in
    /// both languages, through the real command ("a|b": the after and before values of one change, in order).
    /// </summary>
    [Theory]
    [InlineData("I ran the front desk of a small hotel and Friday arrivals were chaos. I taught two waiters from the bar to work a second check-in desk. That Friday the longest wait anyone had was 9 minutes.", "9 minutes")]
    [InlineData("작년 목표가 5억이었습니다. 제가 거래처 열 곳을 매주 찾아갔습니다. 결국 5억 목표에 6억 2천만 원으로 마감했습니다.", "6억 2천만 원")]
    [InlineData("Our clinic's missed appointments were costing us. I started sending text reminders the day before, through three of our receptionists. Missed appointments for the month came to 31, down from 96 in March.", "31|96")]
    public void Analyze_MeasuredResult_QuotesOnlyTheMeasure(string answer, string measures)
    {
        var result = _loopcoach.RunWithInput(answer, "analyze", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Json.GetProperty("quantifiedResult").GetBoolean());
        var measured = result.Json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "result.quantified");
        Assert.Equal(measures.Split('|'), measured.GetProperty("spans").EnumerateArray().Select(x => x.GetProperty("text").GetString()!));
    }

    [Theory]
    [InlineData(3, "There is no framework 'nope'", "questions", "classify", "--framework", "nope")]
    [InlineData(3, "There is no competency 'nope'", "analyze", "--competency", "nope")]
    [InlineData(3, "There is no question 'nope'", "analyze", "--question-id", "nope")]
    public void AnalysisCommands_UnknownIds_AreNamed(int exitCode, string message, params string[] args)
    {
        var result = _loopcoach.RunWithInput("I shipped the release on time.", args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StoriesMine_UnknownDraftNumber_AddsNothing()
    {
        var diary = _loopcoach.WriteFile("d.txt", "작년에 고객 문의가 많았습니다. 제가 템플릿을 만들었습니다. 결과적으로 응답 시간이 절반으로 줄었습니다.");

        var result = _loopcoach.Run("stories", "mine", diary, "--add", "9");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("There is no draft 9", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_loopcoach.Run("stories", "list", "--json").Json.EnumerateArray());
    }
}
