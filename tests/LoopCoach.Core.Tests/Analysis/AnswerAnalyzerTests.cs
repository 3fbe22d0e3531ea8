using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Questions;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests.Analysis;

public sealed class AnswerAnalyzerTests
{
    private static readonly AnswerAnalyzer Analyzer = BuiltIn.Analyzer;

    private const string StrongEnglish =
        "Last year our biggest enterprise client was about to churn because their onboarding kept failing. " +
        "My goal was to get them live within six weeks and keep the renewal. " +
        "I analyzed three months of support tickets and found that 70% of failures came from one data import step. " +
        "I rebuilt the import checklist, ran weekly calls with their IT lead, and persuaded our product team to add a validation screen. " +
        "As a result, onboarding time dropped from 9 weeks to 4 weeks and the client renewed a $400k contract. " +
        "I learned to look at the tickets before assuming the customer was the problem.";

    private const string VagueKorean =
        "작년에 저희 팀에서 고객 만족도를 높이는 프로젝트를 진행했습니다. " +
        "저희는 고객 인터뷰를 하고 저희가 개선안을 만들었습니다. " +
        "우리 팀이 함께 노력해서 결과적으로 잘 마무리되었고 고객 반응도 좋았습니다.";

    private static AnswerAnalysis Analyze(string text, string? competency = null) =>
        Analyzer.Analyze(new AnswerRequest { Text = text, Competency = competency, ThisMonth = new YearMonth(2026, 11) });

    [Fact]
    public void Analyze_StrongEnglishAnswer_FindsEveryStarPartAndAQuantifiedResult()
    {
        var analysis = Analyze(StrongEnglish, "customer-obsession");

        Assert.Equal(AnswerLanguage.En, analysis.Language);
        Assert.True(analysis.Star.Situation.Present);
        Assert.True(analysis.Star.Action.Present);
        Assert.True(analysis.Star.Result.Present);
        Assert.True(analysis.Star.Lesson.Present);
        Assert.True(analysis.QuantifiedResult);
        var quantified = Assert.Single(analysis.Findings, f => f.Code == FindingCode.ResultQuantified);
        Assert.Contains(quantified.Spans, s => s.Text == "4 weeks" || s.Text == "$400k");
        Assert.Contains(analysis.Findings, f => f.Code == FindingCode.OwnershipClear);
        Assert.Contains(analysis.Findings, f => f.Code == FindingCode.RelevanceSignals && f.Spans.Any(s => s.Text.Equals("client", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(ReadinessGrade.Strong, analysis.Readiness.Grade);
    }

    [Fact]
    public void Analyze_KoreanAnswerWithoutNumbers_FlagsTheVagueResultWithItsWords()
    {
        var analysis = Analyze(VagueKorean);

        Assert.Equal(AnswerLanguage.Ko, analysis.Language);
        Assert.True(analysis.Star.Result.Present);
        Assert.False(analysis.QuantifiedResult);
        var vague = Assert.Single(analysis.Findings, f => f.Code == FindingCode.ResultVague);
        Assert.Contains(vague.Spans, s => s.Text == "잘 마무리");
        Assert.Contains("결과가 막연합니다", vague.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_KoreanAnswerFullOfWe_FlagsOwnershipAndQuotesEveryWe()
    {
        var analysis = Analyze(VagueKorean);

        var finding = Assert.Single(analysis.Findings, f => f.Code == FindingCode.OwnershipWeHeavy);
        Assert.True(analysis.Ownership.We >= 4, $"we = {analysis.Ownership.We}");
        Assert.Equal(0, analysis.Ownership.I);
        Assert.All(finding.Spans, s => Assert.True(s.Text.StartsWith("저희", StringComparison.Ordinal) || s.Text.StartsWith("우리", StringComparison.Ordinal), s.Text));
        Assert.Contains(analysis.Probes, p => p.Gap == "role");
    }

    [Fact]
    public void Analyze_KoreanFillers_CountsFillersButNotTheDemonstrative()
    {
        var analysis = Analyze("음, 그, 그러니까 그 프로젝트에서 뭐 약간 제가 좀 데이터를 정리했어요. 어... 결과는 좋았습니다.");

        var words = analysis.Fillers.Select(f => f.Word).ToList();
        Assert.Contains("음", words);
        Assert.Contains("뭐", words);
        Assert.Contains("약간", words);
        Assert.Equal(1, words.Count(w => w == "그"));
        Assert.All(analysis.Fillers, f => Assert.Equal(f.Word, f.Span.Text.ToLowerInvariant()));
    }

    [Fact]
    public void Analyze_HedgedAnswer_FlagsTheHedges()
    {
        var analysis = Analyze("I think maybe the launch went okay. We probably saved some time, I guess, and the team was happy I believe.");

        var hedges = Assert.Single(analysis.Findings, f => f.Code == FindingCode.HedgesMany);
        Assert.True(hedges.Spans.Count >= 3);
        Assert.Contains(hedges.Spans, s => s.Text.Equals("I think", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Analyze_TwoSentenceAnswer_IsTooShortAndAsksForTheMissingParts()
    {
        var analysis = Analyze("I fixed the bug. Then I told my manager.");

        Assert.Contains(analysis.Findings, f => f.Code == FindingCode.LengthTooShort);
        Assert.True(analysis.EstimatedSeconds < AnswerAnalyzer.TooShortSeconds);
        Assert.InRange(analysis.Probes.Count, 1, 3);
        Assert.Equal(ReadinessGrade.Weak, analysis.Readiness.Grade);
    }

    [Theory]
    [InlineData("Our biggest client was unhappy with their weekly report. I was asked to fix it. I rebuilt the queries myself and met them every Monday. The report was corrected within two days and they renewed.", "The report was corrected within two days and they renewed.")]
    [InlineData("Support kept getting the same tickets about invoices. I rewrote the help article and added a checklist to the form. After that the tickets stopped.", "After that the tickets stopped.")]
    [InlineData("고객사 주간 리포트에 오류가 계속 났습니다. 제가 쿼리를 다시 짜고 매주 월요일에 담당자와 확인했습니다. 리포트는 이틀 만에 바로잡혔고 고객사도 재계약했습니다.", "리포트는 이틀 만에 바로잡혔고 고객사도 재계약했습니다.")]
    [InlineData("매장 열두 곳에 납품이 계속 늦었어요. 그래서 제가 새벽에 센터에 직접 나가 보고 물류팀이랑 분리 출고로 바꿨어요. 그다음 주부터 지연이 한 건도 없었어요.", "그다음 주부터 지연이 한 건도 없었어요.")]
    [InlineData("Our stock count ran late every week. I moved it to Monday mornings and printed a checklist for each aisle. The count now takes under an hour instead of three.", "The count now takes under an hour instead of three.")]
    [InlineData("New starters kept asking the same questions. I rewrote the onboarding guide and paired each of them with a buddy. After a few months, new starters were finding answers in the guide first.", "After a few months, new starters were finding answers in the guide first.")]
    public void Analyze_OutcomeSaidPlainlyAfterTheActions_IsTheResult(string answer, string outcome)
    {
        var analysis = Analyze(answer);

        Assert.True(analysis.Star.Result.Present);
        Assert.Contains(analysis.Star.Result.Spans, s => s.Text == outcome);
    }

    [Theory]
    [InlineData("I manage a handful of enterprise accounts, and last spring one of them threatened to leave. I called them every week.")]
    [InlineData("I was handed a territory at 41% of its annual quota. I visited every lapsed dealer.")]
    [InlineData("저는 수도권 외식 프랜차이즈 쪽을 맡고 있어요. 작년에 한 매장에서 납품이 늦었어요.")]
    [InlineData("팀장님으로부터 대기 시간을 줄일 방법을 찾아보라는 과제를 받았습니다. 제가 대기 순서를 다시 짰습니다.")]
    [InlineData("I kept losing track of my own invoices, so I decided I was going to learn bookkeeping properly. I took an evening class.")]
    [InlineData("Our night maintenance crew, six of us, was asked to cut the number of unplanned stops. I logged every stop for a month.")]
    [InlineData("I was organising the volunteers for our town's spring fair. The rota fell apart two days before.")]
    [InlineData("I was the payroll lead for the Leeds office and was asked to fix the overtime errors before the year end. I rebuilt the rules.")]
    [InlineData("Nobody was watching the error logs, so I made it my job. I set up a weekly review.")]
    [InlineData("My brief from the regional director was to bring the two depots onto one rota. I met both shift leads.")]
    [InlineData("저는 고객센터 야간 상담 업무를 총괄하고 있었습니다. 문의가 갑자기 두 배로 늘었습니다.")]
    [InlineData("아무도 재고 차이를 안 보고 있어서 제가 그걸 제 일로 가져왔어요. 매일 입고 기록을 맞춰 봤어요.")]
    public void Analyze_ResponsibilityStatedWithoutAGoalWord_IsTheTask(string answer)
    {
        Assert.True(Analyze(answer).Star.Task.Present);
    }

    [Theory]
    [InlineData("Invoices were going out late. I set up a shared tracker and chased each supplier every morning. The backlog was cleared within two days.", true)]
    [InlineData("Invoices were going out late. I set up a shared tracker and chased each supplier every morning. After three weeks the backlog was gone.", false)]
    [InlineData("반품 문의가 계속 밀렸습니다. 제가 문의 양식을 고치고 매일 아침 답변 목록을 정리했습니다. 밀린 문의는 사흘 만에 다 처리됐습니다.", true)]
    [InlineData("반품 문의가 계속 밀렸습니다. 제가 문의 양식을 고치고 매일 아침 답변 목록을 정리했습니다. 석 달쯤 지나니까 밀린 문의가 없어졌습니다.", false)]
    public void Analyze_DurationInTheResult_IsAMeasureOnlyWhenItIsTheAchievement(string answer, bool quantified)
    {
        var analysis = Analyze(answer);

        Assert.True(analysis.Star.Result.Present, answer);
        Assert.Equal(quantified, analysis.QuantifiedResult);
    }

    [Theory]
    [InlineData("재고가 자주 안 맞았습니다. 제가 재고표를 다시 만들고 매일 아침 점검했습니다. 그 뒤로 결품이 줄었습니다. 그 일을 겪고 나서는 숫자가 하나만 어긋나도 현장부터 확인합니다.")]
    [InlineData("회의가 늘 길어졌어요. 제가 안건을 미리 돌리고 시간을 정해 두었어요. 회의가 30분 안에 끝났어요. 그때 배운 건, 준비가 회의 시간을 정한다는 거예요.")]
    [InlineData("장애 알림이 너무 많았습니다. 제가 알림 기준을 다시 정하고 중복 알림을 묶었습니다. 그 뒤로 야간 호출이 거의 없어졌습니다. 이 일 이후로는 장애가 나면 우리 쪽 로그부터 먼저 봅니다.")]
    [InlineData("The stockroom kept running out of small sizes. I counted the sales by size for a month and changed the order sheet. We stopped running out. What I took from it is to count before arguing.")]
    [InlineData("Parents kept missing the trip letters. I started texting a reminder the night before and pinned the letter online. Almost every form came back on time. I still send that reminder for every trip now.")]
    public void Analyze_LessonToldAsAHabitOrWhatWasLearned_IsTheLesson(string answer)
    {
        Assert.True(Analyze(answer).Star.Lesson.Present, answer);
    }

    [Fact]
    public void Analyze_NumbersOnlyInTheActions_AreNotAMeasuredResult()
    {
        var analysis = Analyze("In 2023 sales were slow. I offered our top clients a 10 percent discount and spent two days calling each of them. I think it went kind of okay.");

        Assert.False(analysis.QuantifiedResult);
        Assert.DoesNotContain(analysis.Numbers, n => n.Span.Text.Contains("2023", StringComparison.Ordinal) && n.Kind != NumberKind.Date);
    }

    [Theory]
    [InlineData("연말에 매출 5억 4천만 원으로 마감했습니다.", "5억 4천만 원")]
    [InlineData("다음 분기 물량을 1억 2천만 원 더 늘려 줬어요.", "1억 2천만 원")]
    public void Find_KoreanAmountInSeveralUnits_IsOneNumber(string text, string amount)
    {
        var money = Assert.Single(NumberFinder.Find(text), n => n.Kind == NumberKind.Money);
        Assert.Equal(amount, money.Span.Text);
    }

    [Fact]
    public void Analyze_StoryFromLongAgo_SaysHowOld()
    {
        var analysis = Analyze("2018년에 물류센터에서 일할 때 배송 지연이 잦았습니다. 제가 동선을 다시 짰고 지연 건수가 40% 줄었습니다.");

        Assert.InRange(analysis.MonthsAgo ?? 0, 96, 108);
        var old = Assert.Single(analysis.Findings, f => f.Code == FindingCode.RecencyOld);
        Assert.Equal("2018년", Assert.Single(old.Spans).Text);
    }

    [Theory]
    [InlineData("5년 전에 물류센터에서 일할 때 제가 동선을 다시 짰고 지연 건수가 40% 줄었습니다.", 60, "5년 전")]
    [InlineData("Five years ago I rebuilt our returns process and cut handling time by half.", 60, "Five years ago")]
    [InlineData("작년에 제가 고객 문의 템플릿을 만들어 응답 시간을 절반으로 줄였습니다.", 12, "작년")]
    public void Analyze_RelativeTime_SaysHowLongAgo(string text, int months, string evidence)
    {
        var analysis = Analyze(text);

        Assert.Equal(months, analysis.MonthsAgo);
        if (months > AnswerAnalyzer.OldStoryMonths)
        {
            Assert.Equal(evidence, Assert.Single(analysis.Findings, f => f.Code == FindingCode.RecencyOld).Spans[0].Text);
        }
    }

    [Fact]
    public void Analyze_AnswerWithoutResult_AimsTheFirstProbeAtTheResultInTheAnswersLanguage()
    {
        var analysis = Analyze("당시 저는 신규 서비스 런칭을 맡고 있었습니다. 제가 경쟁사 가격을 조사하고 세 가지 요금제를 제안했습니다. 팀장님을 설득해서 테스트를 시작했습니다.");

        Assert.False(analysis.Star.Result.Present);
        Assert.Contains(analysis.Findings, f => f.Code == FindingCode.StarMissingResult && f.Severity == Severity.Problem);
        Assert.Equal("result", analysis.Probes[0].Gap);
        Assert.Matches("[가-힣]", analysis.Probes[0].Text);
    }

    [Theory]
    [InlineData("I rewrote the refund templates myself. Refund tickets fell from 120 a week to 45.")]
    [InlineData("First I redid the rota, then I outsourced the night audits. Overtime fell by a third.")]
    public void Analyze_AVerbWithAPrefix_IsStillTheSpeakersAction(string text)
    {
        var analysis = Analyze(text);

        Assert.True(analysis.Star.Action.Present);
        Assert.DoesNotContain(analysis.Probes, p => p.Gap == Gaps.Actions);
    }

    /// <summary>A number is a measured result only in the clause that tells the outcome, never as an amount in an action, a threshold or a finding.</summary>
    [Theory]
    [InlineData("Our store had too many returns. I called twelve customers who had returned items. After that returns fell from 60 a week to 25.", true)]
    [InlineData("Returns were slow. I cut the refund form down and managers only signed if it was over fifty pounds. Everyone kept using it.", false)]
    [InlineData("Sales were flat. I offered 15 percent off to our regulars for a month. In the end the regulars came back.", false)]
    [InlineData("Churn was high. I called the customers who had left and only two said price. So I pushed for a setup call instead.", false)]
    [InlineData("반품 처리가 느렸습니다. 제가 양식을 반 장으로 줄였습니다. 그 뒤로 처리 시간이 40분에서 15분으로 줄었습니다.", true)]
    [InlineData("매출이 정체돼 있었어요. 그래서 3주 동안 매장을 돌았어요. 결국 점장님들이 좋아하셨어요.", false)]
    [InlineData("불량이 많았습니다. 제가 검사 순서를 바꿨습니다. 그 결과 불량률이 절반으로 떨어졌습니다.", true)]
    public void Analyze_NumberInTheOutcomeClauseOnly_MakesTheResultMeasured(string text, bool quantified)
    {
        var analysis = Analyze(text);

        Assert.True(analysis.Star.Result.Present || !quantified, "no result found");
        Assert.Equal(quantified, analysis.QuantifiedResult);
    }

    /// <summary>
    /// The measure of a result is the number that tells what came of the work, said as people say it (a measured state,
    /// a closing figure, a comparison with last year, a number in words), never the yardstick it is held against.
    /// </summary>
    [Theory]
    [InlineData("Queues at the clinic were long. I set up a text-ahead system with two receptionists. On the first Monday, the longest wait we logged was 14 minutes; the previous year it had been over 50.", "14 minutes", "two receptionists")]
    [InlineData("I had a quota of $500,000 for the year. I visited forty clinics in person. I closed the year at $620,000 against that $500K.", "$620,000", "$500K")]
    [InlineData("Our builds kept breaking. We rewrote the flaky tests over two sprints. By the end of the quarter we got 96 percent of builds green.", "96 percent", "two sprints")]
    [InlineData("작년 목표가 5억이었습니다. 제가 거래처 열 곳을 매주 찾아갔습니다. 결국 5억 목표에 6억 2천만 원으로 마감했습니다.", "6억 2천만 원", "5억")]
    [InlineData("저는 여름 성수기 프런트 운영을 맡았습니다. 태블릿 두 대로 로비에서 체크인을 받게 했습니다. 그해 불만 접수는 열네 건이었는데, 전년에는 마흔 건이 넘었어요.", "열네 건", "두 대")]
    [InlineData("Our clinic's missed appointments were costing us. I started sending text reminders the day before, through three of our receptionists. Missed appointments for the month came to 31, down from 96 in March.", "31", "three")]
    [InlineData("Warehouse picking errors were climbing. I moved four pickers to a second check station. By December the error rate was 0.4 percent, up from 0.1 on the old layout, which told us the check station was the wrong fix.", "0.4 percent", "four")]
    [InlineData("I ran the front desk of a small hotel and Friday arrivals were chaos. I taught two waiters from the bar to work a second check-in desk. That Friday the longest wait anyone had was 9 minutes.", "9 minutes", "two")]
    public void Analyze_MeasuredResult_NamesTheNumberThatMeasuresItAndNotTheOthers(string text, string measure, string notMeasure)
    {
        var analysis = Analyze(text);

        var measured = Assert.Single(analysis.Findings, f => f.Code == FindingCode.ResultQuantified).Spans.Select(s => s.Text).ToList();
        Assert.Contains(measure, measured);
        Assert.DoesNotContain(notMeasure, measured);
    }

    /// <summary>The follow-ups <c>analyze</c> suggests come from the same reading a mock loop drills with.</summary>
    [Theory]
    [InlineData("Our refund emails confused customers. I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month.", "customer-obsession")]
    [InlineData("저희 팀 반품 절차가 복잡했습니다. 제가 양식을 반 장으로 줄이고 직원 교육을 했습니다. 그 뒤로 반품 처리 시간이 30분에서 10분으로 줄었습니다.", "invent-and-simplify")]
    [InlineData("We had a launch slipping. We split the backlog, we cut two features and we shipped late but working.", null)]
    public void Analyze_SuggestsOnlyFollowUpsForWhatTheAnswerLacks(string text, string? competency)
    {
        var analysis = Analyze(text, competency);
        var chooser = new FollowUpChooser(BuiltIn.Content.Probes);

        Assert.NotEmpty(analysis.Probes);
        Assert.All(analysis.Probes, p => Assert.True(chooser.IsOpen(p.Gap, analysis) || BuiltIn.Content.Probes.Intents.Any(i => i.Gap == p.Gap), $"{p.Gap}: {p.Text}"));
        Assert.Equal(analysis.Probes.Count, analysis.Probes.Select(p => p.Gap).Distinct().Count());
        if (analysis.QuantifiedResult)
        {
            Assert.DoesNotContain(analysis.Probes, p => p.Gap == Gaps.Result);
        }
    }

    [Fact]
    public void Analyze_WeDominatesAndNoActionIsTheirs_SuggestsTheirOwnPartBeforeTheResult()
    {
        var analysis = Analyze("We had a launch slipping. We split the backlog, we cut two features and we shipped late but working.");

        var gaps = analysis.Probes.Select(p => p.Gap).ToList();
        Assert.Contains(Gaps.Role, gaps);
        Assert.True(!gaps.Contains(Gaps.Result) || gaps.IndexOf(Gaps.Role) < gaps.IndexOf(Gaps.Result), string.Join(", ", gaps));
    }

    [Fact]
    public void Analyze_AnswerAboutSomethingElse_SaysItIsNotRelevantToTheCompetency()
    {
        var analysis = Analyze("I organised the office party and booked the venue and the food was good.", "frugality");

        Assert.Contains(analysis.Findings, f => f.Code == FindingCode.RelevanceLow);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Analyze_EmptyAnswer_IsRefusedWithAMessageKey(string text)
    {
        var error = Assert.Throws<LoopCoachException>(() => Analyze(text));

        Assert.Equal("analysis.empty", error.MessageKey);
    }

    [Fact]
    public void Analyze_AnswerOverTheLimit_IsRefused()
    {
        var error = Assert.Throws<LoopCoachException>(() => Analyze(new string('a', AnswerAnalyzer.MaxAnswerLength + 1)));

        Assert.Equal("analysis.too-long", error.MessageKey);
    }

    [Fact]
    public void Analyze_ControlCharactersAndEmoji_StillGivesASensibleAnalysis()
    {
        var analysis = Analyze("I led the launch 🚀\u0007 and I cut churn by 12% in 3 months. 🎉");

        Assert.True(analysis.QuantifiedResult || analysis.Numbers.Any(n => n.Span.Text == "12%"));
        Assert.DoesNotContain('\u0007', analysis.Text);
    }

    [Fact]
    public void Analyze_EveryFindingHasAMessageAndSpansThatPointIntoTheText()
    {
        foreach (var text in new[] { StrongEnglish, VagueKorean })
        {
            var analysis = Analyze(text, "customer-obsession");

            Assert.All(analysis.Findings, f =>
            {
                Assert.False(string.IsNullOrWhiteSpace(f.Message));
                Assert.DoesNotContain("analysis.", f.Message, StringComparison.Ordinal);
                Assert.All(f.Spans, s => Assert.Equal(s.Text, analysis.Text[s.Start..s.End]));
            });
        }
    }
}
