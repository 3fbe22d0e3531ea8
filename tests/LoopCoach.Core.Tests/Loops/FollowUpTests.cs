using System.Text.Json;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Questions;
using Xunit.Abstractions;

namespace LoopCoach.Core.Tests.Loops;

/// <summary>
/// Follow-ups asked the way an interviewer asks them: only for what the story (the main answer and the follow-up
/// answers so far) still lacks, the candidate's own part before the result, what the competency is about, and
/// never the same words twice in a session. The candidate below talks the way people do.
/// </summary>
public sealed class FollowUpTests(ITestOutputHelper output)
{
    private static readonly string[] AmazonPrinciples =
        ["ownership", "dive-deep", "earn-trust", "deliver-results", "frugality", "have-backbone-disagree-and-commit", "customer-obsession", "bias-for-action"];

    private static readonly Dictionary<string, string> EnglishStories = new(StringComparer.Ordinal)
    {
        ["ownership"] = "So, um, last spring our biggest client, a grocery chain, kept getting the wrong weekly report. It wasn't really my account, but I said I'd sort it out. I went through the queries line by line, found a join that double-counted returns, and rewrote it. The report was corrected within two days and they renewed in June.",
        ["dive-deep"] = "Our conversion dropped one Monday and nobody knew why. I pulled the funnel numbers and saw the drop was all on Android, in the payment step. I raised it with the app team and they rolled back the release that afternoon. Conversion was back to normal by Tuesday.",
        ["earn-trust"] = "I once sent a client a forecast that was way off, because I'd used the wrong store list. I called them the same day, told them what happened, and sent a corrected version that evening. They kept working with us.",
        ["deliver-results"] = "Yeah so we had this problem where our onboarding calls were running really long. We looked at the recordings and we decided to change the script, and then we trained everyone on it. We rolled it out across the whole team.",
        ["frugality"] = "Um, I think it was 2023, I cut our price on the starter plan by 10 percent and ran the promo for two weeks, and I emailed about 3,000 lapsed customers. It went, you know, kind of okay, people seemed to like it.",
        ["have-backbone-disagree-and-commit"] = "My manager wanted to launch the loyalty programme before Christmas and I thought it was too early, the data wasn't clean yet. I told him, and I showed him the duplicate accounts, but he decided to go ahead anyway.",
        ["customer-obsession"] = "A small bakery on our platform kept losing orders because our checkout timed out on their old tablets. I set up a lighter checkout page for them over a weekend. Their lost orders went from about thirty a week to two.",
        ["bias-for-action"] = "Honestly, nothing comes to mind.",
    };

    private static readonly Dictionary<string, string> EnglishFollowUps = new(StringComparer.Ordinal)
    {
        [Gaps.Result] = "The long calls basically stopped. Average call time went from about forty minutes to twenty-five.",
        [Gaps.Role] = "I was the one who rewrote the script, and I ran the training sessions myself.",
        [Gaps.Actions] = "First I listened to twenty calls, then I rewrote the opening and tested it with two reps.",
        [Gaps.Context] = "This was at my last job, a mid-size online shop, in 2023.",
        [Gaps.Lesson] = "I learned to check the data before I argue, and now I always do.",
        [Gaps.Constraints] = "We had two weeks and no extra people, so it was tight.",
        [Gaps.Decision] = "We looked at two options, a new tool or fixing the old one, and I chose to fix the old one because it was faster.",
        [Gaps.Impact] = "I'm not sure, I can't recall.",
        [Gaps.Stakeholders] = "I had to convince my manager and the finance lead, so I showed them the numbers.",
        [Gaps.Data] = "I used the weekly sales data and the support tickets, in a spreadsheet.",
    };

    private static readonly string[] KoreanStories =
    [
        "음, 작년에 저희 팀이 맡은 고객사 리포트에 계속 오류가 났거든요. 그래서 제가 쿼리를 하나하나 다시 봤고, 반품이 두 번 집계되는 부분을 찾아서 고쳤습니다. 리포트는 이틀 만에 바로잡혔고 고객사는 재계약했어요.",
        "저희가 신규 고객 온보딩 통화가 너무 길어지는 문제가 있었어요. 저희가 녹음을 같이 듣고 스크립트를 바꾸기로 했고, 팀 전체를 교육했습니다. 그렇게 팀 전체에 적용했어요.",
        "2023년이었던 것 같은데, 제가 스타터 요금제 가격을 10% 내리고 2주 동안 프로모션을 했고, 휴면 고객 3,000명에게 메일을 보냈어요. 반응은, 뭐, 나쁘지 않았던 것 같아요.",
        "죄송하지만 딱 맞는 경험은 없는 것 같습니다.",
        "팀장님이 연말 전에 멤버십을 출시하자고 하셨는데 저는 데이터가 아직 정리가 안 돼서 이르다고 봤어요. 중복 계정 자료를 보여 드리면서 말씀드렸는데, 결국 출시하기로 결정하셨습니다.",
        "동네 빵집 한 곳이 저희 플랫폼에서 주문을 자꾸 놓쳤는데, 오래된 태블릿에서 결제 화면이 멈추는 게 원인이었어요. 제가 주말 동안 가벼운 결제 화면을 따로 만들어 드렸고, 놓치는 주문이 주 30건에서 2건으로 줄었습니다.",
    ];

    private static readonly Dictionary<string, string> KoreanFollowUps = new(StringComparer.Ordinal)
    {
        [Gaps.Result] = "통화가 길어지는 건 거의 없어졌고, 평균 통화 시간이 40분에서 25분으로 줄었어요.",
        [Gaps.Role] = "스크립트는 제가 직접 다시 썼고, 교육도 제가 진행했습니다.",
        [Gaps.Actions] = "먼저 통화 스무 건을 들어 보고, 도입부를 다시 써서 두 분과 같이 시험해 봤어요.",
        [Gaps.Context] = "전 직장인 중견 온라인 쇼핑몰에서 2023년에 있었던 일입니다.",
        [Gaps.Lesson] = "주장하기 전에 데이터부터 확인해야 한다는 걸 배웠고, 지금은 늘 그렇게 합니다.",
        [Gaps.Constraints] = "기한은 2주였고 인력 충원은 없어서 꽤 빠듯했어요.",
        [Gaps.Decision] = "새 도구를 들이는 안과 기존 걸 고치는 안 중에서, 더 빠른 기존 걸 고치는 쪽을 택했습니다.",
        [Gaps.Impact] = "글쎄요, 떠오르는 게 없네요.",
        [Gaps.Stakeholders] = "팀장님과 재무 담당자분을 설득해야 해서 수치를 보여 드렸어요.",
        [Gaps.Data] = "주간 판매 데이터와 상담 기록을 엑셀로 정리해서 봤습니다.",
    };

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(29)]
    public void AmazonLoop_EveryFollowUp_AsksForWhatTheStorySoFarStillLacks(int seed)
    {
        var plan = BuiltIn.Plan("amazon-loop", AmazonPrinciples, Language.En, seed);
        var engine = BuiltIn.Interview(plan);

        var probes = Run(engine, prompt => prompt.Kind switch
        {
            TurnKind.Opening => "Um, hi, so I'm a category analyst, about five years in retail, mostly forecasting and pricing.",
            TurnKind.Main => EnglishStories[prompt.Competency!],
            TurnKind.Probe => EnglishFollowUps[prompt.Gap!],
            _ => "How do you measure success for this role in the first six months?",
        });

        Assert.True(probes >= 6, $"only {probes} follow-ups");
        AssertPhrasingsVary(engine, "compar");
        Assert.Contains(engine.Turns, t => t.Prompt.Kind == TurnKind.Probe && IntentOf(t.Prompt, Language.En) is not null);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void IntegratedInterview_EveryFollowUp_AsksForWhatTheStorySoFarStillLacks(int seed)
    {
        var plan = BuiltIn.Plan("integrated-interview", null, Language.Ko, seed);
        var engine = BuiltIn.Interview(plan);
        var mains = 0;

        var probes = Run(engine, prompt => prompt.Kind switch
        {
            TurnKind.Opening => "안녕하세요, 리테일 분야에서 5년 정도 수요 예측과 가격 업무를 해 온 분석가입니다.",
            TurnKind.Main => KoreanStories[mains++ % KoreanStories.Length],
            TurnKind.Probe => KoreanFollowUps[prompt.Gap!],
            _ => "입사하면 첫 6개월 동안 어떤 성과를 기대하시나요?",
        });

        Assert.True(probes >= 3, $"only {probes} follow-ups");
        AssertPhrasingsVary(engine, "비교");
    }

    [Fact]
    public void BarRaiser_AskingOnWeakAnswers_NeverRepeatsAPhrasing()
    {
        var plan = BuiltIn.Plan("amazon-loop", null, Language.En, 5);
        var engine = BuiltIn.Interview(plan);

        var probes = Run(engine, prompt => prompt.Kind == TurnKind.Closing ? "No, thank you." : "We did some things and it went okay.");

        Assert.True(probes >= 8, $"only {probes} follow-ups");
        AssertPhrasingsVary(engine, "compar");
    }

    [Fact]
    public void OpenGaps_WeDominatesAndNoActionIsTheirs_AsksForTheirOwnPartBeforeTheResult()
    {
        var story = BuiltIn.Analyzer.Analyze(new AnswerRequest { Text = EnglishStories["deliver-results"], Competency = "deliver-results" });
        var chooser = new FollowUpChooser(BuiltIn.Content.Probes);

        var gaps = chooser.OpenGaps(story, "deliver-results", []).Select(g => g.Gap).ToList();

        Assert.Contains(Gaps.Role, gaps);
        Assert.Contains(Gaps.Result, gaps);
        Assert.True(gaps.IndexOf(Gaps.Role) < gaps.IndexOf(Gaps.Result), string.Join(", ", gaps));
    }

    [Theory]
    [InlineData("dive-deep", "Last quarter our churn report looked wrong, and I was asked to fix it. I rebuilt the report and corrected the calculation myself. Reporting errors fell by 90%.", "dive-deep-where-to-look")]
    [InlineData("have-backbone-disagree-and-commit", "In 2024 my director wanted to drop the free tier, and I disagreed because half our paying customers started on it. I wrote a one-page memo with the conversion numbers and presented it at our weekly meeting. He heard me out but kept the plan, and the free tier closed in March; sign-ups fell by 20%.", "disagree-and-commit-after")]
    [InlineData("frugality", "In 2023 I needed a way to track our field visits. I built a tracker myself, trained the four reps on it, and we logged every visit for a quarter. Missed follow-ups fell from 12 a month to 2.", "frugality-without")]
    public void Probe_OnAStoryMissingWhatTheCompetencyIsAbout_AsksItsOwnFollowUp(string competency, string answer, string intent)
    {
        var plan = BuiltIn.Plan("amazon-loop", [competency, "ownership", "earn-trust", "think-big", "deliver-results", "customer-obsession", "bias-for-action", "invent-and-simplify"], Language.En, 4);
        var engine = BuiltIn.Interview(plan);
        while (engine.Current is { } prompt && !(prompt.Kind == TurnKind.Main && prompt.Competency == competency))
        {
            engine.Answer(prompt.Kind == TurnKind.Closing ? "No, thank you." : "skip");
        }

        engine.Answer(answer);

        var probe = engine.Current!;
        Assert.Equal(TurnKind.Probe, probe.Kind);
        Assert.True(intent == IntentOf(probe, Language.En)?.Id, $"{probe.Gap}: {probe.Text}");
    }

    [Theory]
    [InlineData(Language.En, "I can't think of one, honestly.")]
    [InlineData(Language.Ko, "글쎄요, 떠오르는 게 없네요")]
    public void Engine_NaturalDecline_BringsAnotherQuestionOnTheSameCompetency(Language language, string decline)
    {
        var engine = BuiltIn.Interview(BuiltIn.Plan("phone-screen", ["deliver-results", "ownership"], language, 1));
        engine.Answer(language == Language.En ? "I'm a product analyst." : "제품 분석가입니다.");
        var first = engine.Current!;

        var turn = engine.Answer(decline);

        Assert.True(turn.Skipped);
        Assert.Null(turn.Analysis);
        var next = engine.Current!;
        Assert.Equal(TurnKind.Main, next.Kind);
        Assert.Equal(first.Competency, next.Competency);
        Assert.NotEqual(first.QuestionId, next.QuestionId);
    }

    [Fact]
    public void Restore_AfterEveryAnswer_AsksExactlyWhatTheUninterruptedEngineAsks()
    {
        var plan = BuiltIn.Plan("amazon-loop", AmazonPrinciples, Language.En, 11);
        var uninterrupted = BuiltIn.Interview(plan);
        var turns = new List<Turn>();
        var state = BuiltIn.Interview(plan).State;
        while (uninterrupted.Current is { } prompt)
        {
            var answer = prompt.Kind switch
            {
                TurnKind.Main => EnglishStories[prompt.Competency!],
                TurnKind.Probe => EnglishFollowUps[prompt.Gap!],
                TurnKind.Closing => "No, thank you.",
                _ => "I'm an analyst.",
            };

            // A new engine for every answer, from the state saved as JSON, as the application does.
            var resumed = BuiltIn.Interview(plan).Restore(turns, JsonSerializer.Deserialize<EngineState>(JsonSerializer.Serialize(state))!);
            turns.Add(resumed.Answer(answer));
            state = resumed.State;
            uninterrupted.Answer(answer);

            Assert.Equal(JsonSerializer.Serialize(uninterrupted.Current), JsonSerializer.Serialize(resumed.Current));
        }

        Assert.Contains(state.Phrasings, p => p.StartsWith("result.", StringComparison.Ordinal) || p.StartsWith("role.", StringComparison.Ordinal));
    }

    /// <summary>Answers every prompt with <paramref name="answer"/> and checks each follow-up against the story told so far.</summary>
    private int Run(InterviewEngine engine, Func<Prompt, string> answer)
    {
        var probes = 0;
        while (engine.Current is { } prompt)
        {
            if (prompt.Kind == TurnKind.Probe)
            {
                probes++;
                var story = StorySoFar(engine);
                var analysis = BuiltIn.Analyzer.Analyze(new AnswerRequest { Text = story, Competency = prompt.Competency });
                var why = WhyNotOpen(prompt, analysis, engine.Plan.Language);
                output.WriteLine($"{prompt.Gap,-12} {prompt.Text}");
                Assert.True(why is null, $"The follow-up \"{prompt.Text}\" ({prompt.Gap}) asks for what the story already has: {why}\n--- story so far\n{story}");
            }

            engine.Answer(answer(prompt));
        }

        return probes;
    }

    /// <summary>The main answer being drilled and the follow-up answers after it.</summary>
    private static string StorySoFar(InterviewEngine engine)
    {
        var turns = engine.Turns;
        var main = turns.Select((t, i) => (t, i)).Last(x => x.t.Prompt.Kind == TurnKind.Main).i;
        return string.Join("\n", turns.Skip(main).Where(t => !t.Skipped).Select(t => t.Answer));
    }

    /// <summary>Why the gap of <paramref name="probe"/> is not open in <paramref name="story"/>, read from the analysis and the library's words; null when it is open.</summary>
    private static string? WhyNotOpen(Prompt probe, AnswerAnalysis story, Language language)
    {
        var star = story.Star;
        var lower = story.Text.ToLowerInvariant();
        return probe.Gap switch
        {
            Gaps.Context => star.Situation.Present ? "situation: " + star.Situation.Spans[0].Text : null,
            Gaps.Actions => star.Action.Present ? "action: " + star.Action.Spans[0].Text : null,
            Gaps.Role => story.Ownership.PersonalActions.Count > 0 ? "own action: " + story.Ownership.PersonalActions[0].Text : null,
            Gaps.Result => star.Result.Present && story.QuantifiedResult ? "measured result: " + star.Result.Spans[0].Text : null,
            Gaps.Lesson => star.Lesson.Present ? "lesson: " + star.Lesson.Spans[0].Text : null,
            { } gap => (IntentOf(probe, language)?.Covered ?? BuiltIn.Content.GetProbe(gap).Covered) is var words
                && words.En.Concat(words.Ko).FirstOrDefault(w => PhraseMatcher.Occurs(lower, w)) is { } word ? $"says \"{word}\"" : null,
            null => "no gap",
        };
    }

    private static ProbeIntent? IntentOf(Prompt probe, Language language) =>
        BuiltIn.Content.Probes.Intents.FirstOrDefault(i => i.Phrasings[language].Contains(probe.Text));

    /// <summary>No follow-up asked twice in a session, and the "compared with what?" kind at most twice.</summary>
    private static void AssertPhrasingsVary(InterviewEngine engine, string comparing)
    {
        var asked = engine.Turns.Where(t => t.Prompt.Kind == TurnKind.Probe).Select(t => t.Prompt.Text).ToList();
        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.True(asked.Count(t => t.Contains(comparing, StringComparison.OrdinalIgnoreCase)) <= 2, string.Join("\n", asked));
    }
}
