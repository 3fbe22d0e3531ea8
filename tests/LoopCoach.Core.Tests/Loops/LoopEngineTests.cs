using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Tests.Loops;

public sealed class LoopEngineTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    private const string StoryWithoutResult =
        "Last year I led the migration of our billing system. My goal was to move every customer without downtime. " +
        "I mapped every dependency, wrote a rollback plan and ran three rehearsals with the on-call team.";

    private const string FullStory =
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data, found that one manual approval step caused 80% of the delays, and automated it. " +
        "As a result late invoices fell from 30% to 2% and the client renewed for two years. I learned to measure before I fix.";

    [Fact]
    public void Plan_SameSeed_GivesTheSamePlan_AndAnotherSeedADifferentOne()
    {
        var template = Content.GetTemplate("amazon-loop");

        var first = LoopPlanner.Plan(template, null, Language.En, 42, Content.Frameworks, Content.Questions);
        var again = LoopPlanner.Plan(template, null, Language.En, 42, Content.Frameworks, Content.Questions);
        var other = LoopPlanner.Plan(template, null, Language.En, 43, Content.Frameworks, Content.Questions);

        Assert.Equal(Flatten(first), Flatten(again));
        Assert.NotEqual(Flatten(first), Flatten(other));
    }

    [Fact]
    public void Plan_AmazonLoop_AssignsEveryPrincipleOnceAndTwoToFourPerInterviewer()
    {
        var principles = Content.Frameworks.Get("amazon-lp").Competencies.Select(c => c.Id).Take(12).ToList();

        var plan = BuiltIn.Plan("amazon-loop", principles, Language.Ko, 7);

        var assigned = plan.Interviewers.SelectMany(i => i.Competencies).ToList();
        Assert.Equal(principles.Order(), assigned.Order());
        Assert.Equal(assigned.Count, assigned.Distinct().Count());
        Assert.All(plan.Interviewers, i => Assert.InRange(i.Competencies.Count, 2, 4));
        Assert.Equal(["practitioner", "practitioner", "hiring-manager", "bar-raiser"], plan.Interviewers.Select(i => i.Role));
        Assert.Equal("김지훈", plan.Interviewers[0].Name);
    }

    [Fact]
    public void Plan_TooManyCompetencies_IsRefused()
    {
        var all = Content.Frameworks.Get("amazon-lp").Competencies.Select(c => c.Id).ToList();

        var error = Assert.Throws<LoopCoachException>(() => BuiltIn.Plan("phone-screen", all, Language.En, 1));

        Assert.Equal("loop.too-many-competencies", error.MessageKey);
    }

    [Fact]
    public void Engine_AnswerWithoutResult_IsFollowedByAProbeForTheResult()
    {
        var engine = Start("phone-screen", ["deliver-results", "ownership"]);
        engine.Answer("I'm a product analyst with four years in e-commerce.");

        engine.Answer(StoryWithoutResult);

        var probe = engine.Current!;
        Assert.Equal(TurnKind.Probe, probe.Kind);
        Assert.Equal("result", probe.Gap);
        Assert.Contains(probe.Text, Content.GetProbe("result").Phrasings.En);
    }

    [Fact]
    public void Engine_Pass_RecordsAGapAndAsksAnotherQuestionOnTheSameCompetency()
    {
        var engine = Start("phone-screen", ["deliver-results", "ownership"]);
        engine.Answer("I'm a product analyst.");
        var first = engine.Current!;

        var turn = engine.Answer("I have no such experience.");

        Assert.True(turn.Skipped);
        Assert.Contains(turn.Notes, n => n.Code == TurnNoteCode.Skip);
        var second = engine.Current!;
        Assert.Equal(TurnKind.Main, second.Kind);
        Assert.Equal(first.Competency, second.Competency);
        Assert.NotEqual(first.QuestionId, second.QuestionId);
    }

    [Fact]
    public void Engine_BarRaiser_DrillsDeeperThanAPractitioner()
    {
        var plan = BuiltIn.Plan("amazon-loop", null, Language.En, 5);
        Assert.True(plan.Interviewers[3].Depth > plan.Interviewers[0].Depth);

        var engine = BuiltIn.Interview(plan);
        var maxRound = new int[plan.Interviewers.Count];
        while (engine.Current is { } prompt)
        {
            maxRound[prompt.Interviewer] = Math.Max(maxRound[prompt.Interviewer], prompt.Round);
            engine.Answer(prompt.Kind == TurnKind.Closing ? "No, thank you." : "We did some things and it went okay.");
        }

        Assert.True(maxRound[3] > maxRound[0], string.Join(",", maxRound));
    }

    [Fact]
    public void Engine_SameStoryToASecondInterviewer_IsFlagged()
    {
        var plan = BuiltIn.Plan("amazon-loop", null, Language.En, 11);
        var engine = BuiltIn.Interview(plan);
        Turn? reused = null;
        while (engine.Current is { } prompt && reused is null)
        {
            var turn = engine.Answer(prompt.Kind switch
            {
                TurnKind.Main => FullStory,
                TurnKind.Closing => "No questions, thank you.",
                _ => "I set up the tracking myself.",
            });
            reused = turn.Notes.Any(n => n.Code == TurnNoteCode.StoryReused) ? turn : null;
        }

        Assert.NotNull(reused);
        Assert.Equal(1, reused.Prompt.Interviewer);
        var note = Assert.Single(reused.Notes, n => n.Code == TurnNoteCode.StoryReused);
        Assert.Contains(plan.Interviewers[0].Name, note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_CandidateAsksAboutSalary_GetsAGentleWarning()
    {
        var engine = Start("phone-screen", ["deliver-results"]);
        while (engine.Current!.Kind != TurnKind.Closing)
        {
            engine.Answer(FullStory);
        }

        var turn = engine.Answer("How is the team measured, and what is the salary for this role?");

        Assert.Contains(turn.Notes, n => n.Code == TurnNoteCode.AvoidTopic);
        Assert.True(engine.IsFinished);
    }

    [Fact]
    public void Engine_KeepsToTheTimeBox()
    {
        var engine = Start("phone-screen", ["deliver-results", "ownership", "frugality"]);
        var longAnswer = string.Concat(Enumerable.Repeat(FullStory + " ", 20));
        while (engine.Current is { } prompt)
        {
            engine.Answer(prompt.Kind == TurnKind.Closing ? "No questions." : longAnswer);
        }

        var mains = engine.Turns.Count(t => t.Prompt.Kind == TurnKind.Main);
        Assert.True(mains < 3, $"{mains} main questions in 30 minutes of 10-minute answers");
        var debrief = BuiltIn.Debrief(engine);
        Assert.Contains(debrief.Interviewers[0].Competencies, c => c.Level == EvidenceLevel.None);
    }

    [Fact]
    public void Engine_EmptyAnswer_IsRefusedAndChangesNothing()
    {
        var engine = Start("phone-screen", ["deliver-results"]);
        var before = engine.Current;

        Assert.Throws<LoopCoachException>(() => engine.Answer("   "));

        Assert.Same(before, engine.Current);
        Assert.Empty(engine.Turns);
    }

    [Fact]
    public void Engine_IsDeterministic_SoReplayingTheAnswersResumesTheSameLoop()
    {
        var answers = new[] { "I'm an analyst.", StoryWithoutResult, "Downtime fell to zero and we saved 40 hours a month.", "skip", FullStory };
        var plan = BuiltIn.Plan("phone-screen", ["deliver-results", "ownership"], Language.Ko, 3);

        var first = BuiltIn.Interview(plan);
        var second = BuiltIn.Interview(plan);
        foreach (var answer in answers)
        {
            first.Answer(answer);
            second.Answer(answer);
        }

        Assert.Equal(first.Turns.Select(t => t.Prompt.Text), second.Turns.Select(t => t.Prompt.Text));
        Assert.Equal(first.Current?.Text, second.Current?.Text);
    }

    [Fact]
    public void Debrief_ShowsWhatTheFollowUpAdded()
    {
        var engine = Start("phone-screen", ["deliver-results"]);
        engine.Answer("I'm an analyst.");
        engine.Answer(StoryWithoutResult);
        engine.Answer("As a result we had zero downtime and cut billing errors by 35%.");

        var debrief = BuiltIn.Debrief(engine);

        var evidence = Assert.Single(debrief.Interviewers[0].Competencies);
        var probe = Assert.Single(evidence.Probes);
        Assert.Equal("result", probe.Gap);
        Assert.Contains(ProbeChange.ResultQuantified, probe.Changes);
    }

    [Theory]
    [InlineData("en", "Last year I led the migration of our billing system. I mapped every dependency and wrote a rollback plan myself.", "skip", "Add the outcome: after “I mapped every dependency and wrote a rollback plan myself”")]
    [InlineData("en", "Last year our biggest client was unhappy with the weekly report. We looked at it together as a team and we changed the queries.", "skip", "Say which part was yours: in “We looked at it together as a team and we changed the queries”")]
    [InlineData("ko", "작년에 제가 결제 시스템 이전을 맡았습니다. 제가 의존성을 전부 정리하고 되돌리기 계획을 세웠습니다.", "경험이 없습니다", "결과를 덧붙이십시오. “제가 의존성을 전부 정리하고 되돌리기 계획을 세웠습니다”")]
    public void Debrief_WeakCompetency_SaysWhatToAddInTheCandidatesOwnWords(string language, string story, string pass, string fixStart)
    {
        var engine = BuiltIn.Interview(BuiltIn.Plan("phone-screen", ["deliver-results"], language == "ko" ? Language.Ko : Language.En, 1));
        engine.Answer(language == "ko" ? "영업 관리 일을 하고 있습니다." : "I'm an analyst.");
        engine.Answer(story);
        if (engine.Current?.Kind == TurnKind.Probe)
        {
            engine.Answer(pass);
        }

        var evidence = Assert.Single(BuiltIn.Debrief(engine).Interviewers[0].Competencies);

        Assert.NotEqual(EvidenceLevel.Strong, evidence.Level);
        Assert.StartsWith(fixStart, evidence.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_IntegratedInterview_IsOnePanelSessionWithOneOpeningAndOneClosing()
    {
        var plan = BuiltIn.Plan("integrated-interview", null, Language.Ko, 8);
        var engine = BuiltIn.Interview(plan);
        while (engine.Current is { } prompt)
        {
            engine.Answer(prompt.Kind == TurnKind.Closing ? "팀의 성과는 어떻게 평가하시나요?" : FullStory);
        }

        var kinds = engine.Turns.Select(t => t.Prompt.Kind).ToList();
        Assert.Equal(1, kinds.Count(k => k == TurnKind.Opening));
        Assert.Equal(1, kinds.Count(k => k == TurnKind.Closing));
        Assert.True(engine.Turns.Select(t => t.Prompt.Interviewer).Distinct().Count() >= 2, "the panel members take turns");
        Assert.Equal(60, plan.PanelMinutes);
        Assert.Equal("generic", plan.Framework);
    }

    private static InterviewEngine Start(string template, string[] competencies) =>
        BuiltIn.Interview(BuiltIn.Plan(template, competencies, Language.En, 1));

    private static string Flatten(LoopPlan plan) =>
        string.Join("|", plan.Interviewers.Select(i => i.Role + ":" + string.Join(",", i.Competencies)));
}
