using LoopCoach.Core.Loops;
using Xunit.Abstractions;

namespace LoopCoach.Core.Tests.Loops;

public sealed class AnswerIntentTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("skip")]
    [InlineData("/pass")]
    [InlineData("I have no such experience.")]
    [InlineData("I can't think of one.")]
    [InlineData("I haven't really done that.")]
    [InlineData("Honestly, nothing comes to mind.")]
    [InlineData("Hmm, sorry, I can't think of a time when I had to do that.")]
    [InlineData("I don't really have a good example of that, I'm afraid.")]
    [InlineData("Um, I've never been in that kind of situation, to be honest.")]
    [InlineData("Not that I can think of, no.")]
    [InlineData("I’m not sure I have a story for that one.")]
    [InlineData("That hasn't really come up in my work yet.")]
    [InlineData("Can we skip this one?")]
    [InlineData("I don't know.")]
    [InlineData("I don't think I've ever had to do that.")]
    [InlineData("No, I don't have anything like that.")]
    [InlineData("None that I can think of.")]
    [InlineData("I don't think I have a great example of that, sorry. I've mostly worked on small teams where it just didn't come up.")]
    [InlineData("There hasn't really been a situation like that for me.")]
    [InlineData("I haven't been in that exact spot. I could tell you about a time I covered the front desk for my manager instead, if you'd like.")]
    [InlineData("Honestly, I haven't handled a recall. The nearest thing was a supplier mix-up on my last site, and I'm happy to walk you through how we sorted that out if it's useful.")]
    public void IsSkip_EnglishDeclineWordedAsPeopleSayIt_IsAPass(string answer) =>
        Assert.True(AnswerIntent.IsSkip(answer), answer);

    [Theory]
    [InlineData("경험이 없습니다")]
    [InlineData("죄송하지만 딱 맞는 경험은 없는 것 같습니다")]
    [InlineData("그런 경험은 아직 없어요")]
    [InlineData("글쎄요, 떠오르는 게 없네요")]
    [InlineData("음… 솔직히 그런 상황을 직접 겪어 본 적은 없어요.")]
    [InlineData("당장은 생각이 잘 안 나네요.")]
    [InlineData("해당하는 사례가 딱히 없는 것 같습니다.")]
    [InlineData("다른 질문으로 부탁드립니다.")]
    [InlineData("패스할게요")]
    [InlineData("잘 모르겠습니다.")]
    [InlineData("그런 상황은 아직 겪어 보지 못했습니다.")]
    [InlineData("음, 딱히 없는 것 같아요.")]
    [InlineData("해당 경험이 없어서 답변드리기 어렵습니다.")]
    [InlineData("저는 그런 상황이 없었던 것 같아요.")]
    [InlineData("아직 그런 기회가 없었습니다. 지금 팀에서는 제가 막내라서요.")]
    [InlineData("그런 경험은 아직 없습니다. 대신 동아리에서 회계를 맡았던 이야기를 해도 될까요?")]
    [InlineData("팀을 이끌어 본 적은 없어요. 대신 아르바이트하면서 신입 교육을 했던 건 말씀드릴 수는 있어요.")]
    public void IsSkip_KoreanDeclineWordedAsPeopleSayIt_IsAPass(string answer) =>
        Assert.True(AnswerIntent.IsSkip(answer), answer);

    [Theory]
    [InlineData("I haven't done that before, so I read the manual first and then asked the vendor for a sandbox.")]
    [InlineData("I haven't done that before, so I read the manual first and then…")]
    [InlineData("I don't have experience with Kafka, but I built our first event pipeline on RabbitMQ.")]
    [InlineData("I can't think of a bigger mistake than the one I made on the pricing page: I shipped it without a review.")]
    [InlineData("I don't know the exact figure, but complaints stopped within a week.")]
    [InlineData("Nobody on the team had done a migration like that, so I wrote the plan myself.")]
    [InlineData("Last year I had no experience with forecasting, so I took a course and rebuilt our demand model.")]
    [InlineData("I haven't led a big team, but last spring I ran the volunteer rota at our food bank and no-shows fell by half.")]
    public void IsSkip_EnglishStoryThatMentionsADecline_IsNotAPass(string answer) =>
        Assert.False(AnswerIntent.IsSkip(answer), answer);

    [Theory]
    [InlineData("그런 경험은 없었지만, 비슷한 상황에서 제가 먼저 고객 데이터를 정리해서 팀에 공유했습니다.")]
    [InlineData("처음 해 보는 일이라 경험이 없었는데, 매뉴얼부터 읽고 선배에게 물어봤습니다.")]
    [InlineData("해 본 적이 없는 일이었지만 제가 먼저 손을 들고 맡았습니다.")]
    [InlineData("경험이 없는 신입 두 명을 제가 맡아서 한 달 동안 교육했어요.")]
    public void IsSkip_KoreanStoryThatMentionsADecline_IsNotAPass(string answer) =>
        Assert.False(AnswerIntent.IsSkip(answer), answer);

    [Fact]
    public void IsSkip_LongAnswerWithADeclineInIt_IsAStory()
    {
        var answer = "I can't think of one exactly like that. " + string.Concat(Enumerable.Repeat("We rebuilt the report and the client stayed. ", 6));

        Assert.False(AnswerIntent.IsSkip(answer));
    }

    /// <summary>
    /// A fragment the candidate takes back is a pass; a whole story they doubt aloud at the end is still a story.
    /// </summary>
    [Theory]
    [InlineData("There was a supplier who kept shipping late, and our planner was furious about it. I was going to raise it at the weekly call. Then the planner left and the new one sorted it, so I don't think it really counts. Sorry.", true)]
    [InlineData("A customer once shouted at me at the till over a refund, and I started to explain the policy. Then my supervisor stepped in and handled the rest. I don't think that's a good example, honestly.", true)]
    [InlineData("작년에 협력사 납기가 계속 늦어서 팀장님이 많이 답답해하셨어요. 제가 회의에서 말씀드리려고 했는데 그 전에 담당자가 바뀌었어요. 이건 제 경험이라고 하기엔 좀 애매하네요, 빼 주세요.", true)]
    [InlineData("입사 첫해에 부서가 다른 팀과 합쳐지면서 일하는 방식이 많이 바뀌었습니다. 그런데 곧 제가 다른 지점으로 발령이 나서 그 뒤 이야기는 잘 모릅니다. 이 예시는 넘어가도 괜찮을까요?", true)]
    [InlineData("Our invoices kept going out wrong, so I rebuilt the template and checked every one for a month. After that the error rate fell to almost nothing and the finance team stopped chasing us. I don't know if that's a good example, but it's the one I have.", false)]
    [InlineData("재고가 자꾸 안 맞아서 제가 입고 기록을 매일 대조하는 표를 만들었습니다. 그 뒤로 재고 차이가 거의 없어졌고 점장님도 이 방식을 다른 매장에 알리셨습니다. 좋은 예시인지는 모르겠지만 이 정도입니다.", false)]
    public void IsSkip_FragmentTakenBack_IsAPassButADoubtedStoryIsNot(string answer, bool expected) =>
        Assert.Equal(expected, AnswerIntent.IsSkip(answer));

    /// <summary>
    /// A fragment given up on with a decline after all ("…so I can't really give you an example of my own") is a pass;
    /// a story whose last sentence only hedges a detail ("I don't remember the exact figure") stays a story.
    /// </summary>
    [Theory]
    [InlineData("There was this one time with the rota at the café, two people booked off on the same Saturday and — actually, hang on, that was my sister's café, not mine. Sorry, I'd rather skip this one.", true)]
    [InlineData("지난 학기에 조별 과제에서 한 명이 연락이 끊긴 적이 있었어요. 그때 교수님께 말씀드릴까 했는데, 다른 조원이 먼저 연락해서 해결됐어요. 그래서 제가 한 일이라고 할 만한 사례는 없는 것 같아요.", true)]
    [InlineData("작년 재고 조사 때 수량이 크게 안 맞았던 일이 떠오르긴 하는데요. 솔직히 어떻게 마무리됐는지는 기억이 잘 안 나요. 죄송하지만 이 질문은 넘어가도 될까요?", true)]
    [InlineData("Our returns kept piling up, so I set up a daily count and moved two people onto it. The backlog was gone within a month and my manager rolled it out to the other site. I don't remember the exact numbers.", false)]
    [InlineData("발주 누락이 잦아서 제가 마감 전에 확인하는 체크리스트를 만들었습니다. 그 뒤로 누락이 거의 사라졌고 팀장님이 다른 지점에도 쓰게 하셨습니다. 정확한 수치는 기억이 잘 안 납니다.", false)]
    public void IsSkip_FragmentGivenUpWithADecline_IsAPassButAStoryHedgingADetailIsNot(string answer, bool expected) =>
        Assert.Equal(expected, AnswerIntent.IsSkip(answer));

    [Theory]
    [InlineData("No, thank you.", true)]
    [InlineData("없습니다.", true)]
    [InlineData("How is the team measured?", false)]
    public void IsNoQuestions_ReadsAShortNo(string answer, bool expected) =>
        Assert.Equal(expected, AnswerIntent.IsNoQuestions(answer));

    [Theory]
    [InlineData("natural-dev.yaml")]
    [InlineData("natural-dev2.yaml")]
    [InlineData("natural-dev3.yaml")]
    public void IsSkip_OnTheNaturalDevSet_PassesOnEveryDeclineAndOnNoStory(string file)
    {
        var items = TestData.Yaml<List<NaturalItem>>(strict: false, "DevSet", "natural", file);
        Assert.Contains(items, i => i.Decline);

        var wrong = items.Where(i => AnswerIntent.IsSkip(i.Answer) != i.Decline).Select(i => $"{i.Id} (decline: {i.Decline})")
            .Concat(items.SelectMany(i => i.FollowUps).Where(f => AnswerIntent.IsSkip(f.Answer, followUp: true)).Select(f => "follow-up: " + f.Answer))
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Measured, never tuned on: the held-out answers were not read while writing the rules.</summary>
    [Theory]
    [InlineData("natural-dev3.yaml")]
    [InlineData("natural-dev4.yaml")]
    [InlineData("natural-holdout3.yaml")]
    [InlineData("natural-holdout4.yaml")]
    [InlineData("natural-holdout5.yaml")]
    [InlineData("natural-dev5.yaml")]
    [InlineData("natural-holdout6.yaml")]
    [InlineData("natural-dev6.yaml")]
    [InlineData("natural-holdout7.yaml")]
    public void IsSkip_OnTheHeldOutNaturalSet_IsReported(string file)
    {
        var items = TestData.Yaml<List<NaturalItem>>(strict: false, "DevSet", "natural", file);
        var answers = items.Select(i => (Gold: i.Decline, Found: AnswerIntent.IsSkip(i.Answer)))
            .Concat(items.SelectMany(i => i.FollowUps).Select(f => (Gold: false, Found: AnswerIntent.IsSkip(f.Answer, followUp: true))))
            .ToList();

        var declines = answers.Count(a => a.Gold);
        var found = answers.Count(a => a.Gold && a.Found);
        var false_ = answers.Count(a => !a.Gold && a.Found);
        output.WriteLine($"{file}: held-out declines: {found} of {declines} read as a pass; {false_} of {answers.Count - declines} stories read as a pass");
        if (Environment.GetEnvironmentVariable("LOOPCOACH_EVAL_MISSES") == "1" && !file.Contains("holdout", StringComparison.Ordinal))
        {
            // Dev files only: the declines read as a story (-) and the stories read as a pass (+).
            output.WriteLine("  misses: " + string.Join(' ', items.Where(i => AnswerIntent.IsSkip(i.Answer) != i.Decline).Select(i => (i.Decline ? "-" : "+") + i.Id)));
        }

        Assert.Equal(0, false_);
    }

    public sealed class NaturalItem
    {
        public string Id { get; set; } = "";

        public string Answer { get; set; } = "";

        public bool Decline { get; set; }

        public List<NaturalFollowUp> FollowUps { get; set; } = [];
    }

    public sealed class NaturalFollowUp
    {
        public string Answer { get; set; } = "";
    }
}
