using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Tests.Loops;

/// <summary>A loop shaped like a posting: its format, its competencies within the template, its company, its English.</summary>
public sealed class PostingLoopTests
{
    private const string KoreanEnglishAnswer =
        "작년에 제가 맡은 고객사의 온보딩이 계속 실패했습니다. 제가 문의 데이터를 분석해 체크리스트를 만들었고, 결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.";

    private const string EnglishAnswer =
        "Last year I took over a client whose renewals were slipping. I called each stakeholder and rebuilt the weekly report, and the renewal rate went from 70% to 92%.";

    [Theory]
    [InlineData("지원 > 사전과제 > 통합 인터뷰 > 최종 합격", PostingLoop.PanelTemplate)]
    [InlineData("서류 전형 - 1차 실무 면접 - 2차 임원 면접 - 처우 협의", PostingLoop.LoopTemplate)]
    [InlineData("서류 전형 → 전화 인터뷰 → 처우 협의", PostingLoop.PhoneTemplate)]
    [InlineData("서류 전형 - 면접 - 최종 합격", PostingLoop.PanelTemplate)]
    public void TemplateFor_TheStagesOfAKoreanPosting_GivesItsFormat(string stages, string template)
    {
        var analysis = BuiltIn.Postings.Analyze("[누리데이터] AM 채용\n\n주요 업무\n- 고객사 관리\n\n전형 절차\n" + stages + "\n");

        Assert.Equal(template, PostingLoop.TemplateFor(analysis));
    }

    [Fact]
    public void TemplateFor_AnEnglishPostingWithACallAndAnOnsite_IsALoop()
    {
        var analysis = BuiltIn.Postings.Analyze(Fixtures.Text(Fixtures.EnglishPosting));

        Assert.Equal(PostingLoop.LoopTemplate, PostingLoop.TemplateFor(analysis));
    }

    [Theory]
    [InlineData("- 비즈니스 영어 가능자", "비즈니스 영어")]
    [InlineData("영어 면접이 진행됩니다.", "영어 면접")]
    [InlineData("- Fluent English (written and spoken)", "Fluent English")]
    [InlineData("- 영어 커뮤니케이션에 능숙하신 분", "영어 커뮤니케이션")]
    [InlineData("- 고객 지향적인 분\n- 엑셀 능숙자", null)]
    public void EnglishRequirement_FindsTheWordsThatAskForEnglish(string line, string? expected)
    {
        Assert.Equal(expected, PostingLoop.EnglishRequirement("자격 요건\n" + line));
    }

    [Fact]
    public void FitTo_MoreThanTheTemplateHolds_KeepsTheHeaviestAndNeverFails()
    {
        var template = BuiltIn.Content.GetTemplate(PostingLoop.PanelTemplate);
        string[] ranked = ["customer-obsession", "ownership", "dive-deep", "earn-trust", "bias-for-action", "deliver-results", "think-big"];

        var chosen = PostingLoop.FitTo(template, ranked, 6, BuiltIn.Content.Frameworks);
        var plan = LoopPlanner.Plan(template, chosen, Language.Ko, 1, BuiltIn.Content.Frameworks, BuiltIn.Content.Questions);

        Assert.Equal(ranked.Take(template.MaxCompetencies), chosen);
        Assert.Equal(chosen.Order(), plan.Interviewers.SelectMany(i => i.Competencies).Order());
    }

    [Fact]
    public void FitTo_FewerThanALoopNeeds_FillsFromTheTemplatesFramework_SoEveryInterviewerAsks()
    {
        var template = BuiltIn.Content.GetTemplate(PostingLoop.LoopTemplate);

        var chosen = PostingLoop.FitTo(template, ["customer-obsession", "customer-focus", "ownership"], 3, BuiltIn.Content.Frameworks);
        var plan = LoopPlanner.Plan(template, chosen, Language.En, 1, BuiltIn.Content.Frameworks, BuiltIn.Content.Questions);

        Assert.Equal(template.MinCompetencies, chosen.Count);
        Assert.Equal(["customer-obsession", "customer-focus", "ownership"], chosen.Take(3));
        Assert.All(chosen.Skip(3), id => Assert.Equal("amazon-lp", BuiltIn.Content.Frameworks.FindCompetency(id)!.FrameworkId));
        Assert.All(plan.Interviewers, i => Assert.NotEmpty(i.Competencies));
    }

    [Fact]
    public void KoreanLoopWithAnEnglishInterviewer_AsksInEachLanguage_JudgesEachAnswer_AndTheDebriefSaysHowTheEnglishRoundWent()
    {
        var analysis = BuiltIn.Postings.Analyze(Fixtures.Text(Fixtures.KoreanPostingWithEnglish));
        var facts = PostingLoop.Read(1, analysis, Fixtures.Text(Fixtures.KoreanPostingWithEnglish));
        var template = BuiltIn.Content.GetTemplate(facts.Template);
        var plan = PostingLoop.WithEnglishInterviewer(
            LoopPlanner.Plan(template, PostingLoop.FitTo(template, facts.Ranked, 4, BuiltIn.Content.Frameworks), Language.Ko, 3, BuiltIn.Content.Frameworks, BuiltIn.Content.Questions) with { Company = facts.Company },
            template);
        var engine = BuiltIn.Interview(plan);

        while (engine.Current is { } prompt)
        {
            engine.Answer(plan.LanguageOf(prompt.Interviewer) == Language.En ? EnglishAnswer : KoreanEnglishAnswer);
        }

        var debrief = BuiltIn.Debrief(engine);
        var english = plan.Interviewers.Single(i => i.Language == Language.En);
        Assert.Equal("비즈니스 영어", facts.English);
        Assert.Equal("한빛리서치", facts.Company);
        Assert.Equal("hiring-manager", english.Role);
        Assert.All(engine.Turns.Where(t => t.Prompt.Interviewer == english.Index), t => Assert.True(IsLatin(t.Prompt.Text), t.Prompt.Text));
        Assert.All(engine.Turns.Where(t => t.Prompt.Interviewer != english.Index), t => Assert.False(IsLatin(t.Prompt.Text), t.Prompt.Text));
        Assert.Contains("한빛리서치", engine.Turns[0].Prompt.Intro, StringComparison.Ordinal);
        Assert.All(engine.Turns.Where(t => t.Prompt.Interviewer == english.Index && t.Analysis is not null), t => Assert.Equal(Language.En, t.Analysis!.MessageLanguage));
        var round = Assert.Single(debrief.Summary.LanguageRounds);
        Assert.Equal(english.Index, round.Interviewer);
        Assert.Equal(round.Answers, round.InLanguage);
        Assert.Contains("영어 면접", debrief.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishRound_AnsweredInKorean_TheDebriefSaysSo()
    {
        var template = BuiltIn.Content.GetTemplate(PostingLoop.PhoneTemplate);
        var plan = PostingLoop.WithEnglishInterviewer(BuiltIn.Plan(PostingLoop.PhoneTemplate, ["customer-obsession"], Language.Ko, 1), template);
        var engine = BuiltIn.Interview(plan);

        while (engine.Current is not null)
        {
            engine.Answer(KoreanEnglishAnswer);
        }

        var round = Assert.Single(BuiltIn.Debrief(engine).Summary.LanguageRounds);
        Assert.Equal(0, round.InLanguage);
        Assert.Contains("질문받은 언어로 답하십시오", BuiltIn.Debrief(engine).Summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ko, "그중에서 왜 누리데이터를 선택하셨는지")]
    [InlineData(Language.En, "Why do you want to work at Acme rather than")]
    public void CompanyName_TakesThePlaceOfThisCompany_WithTheRightParticle(Language language, string expected)
    {
        var company = language == Language.Ko ? "누리데이터" : "Acme";
        var competencies = BuiltIn.Content.Frameworks.Get("amazon-lp").Competencies.Select(c => c.Id).Take(8).ToList();
        var asked = new List<string>();

        for (var seed = 1; seed <= 40; seed++)
        {
            var engine = BuiltIn.Interview(BuiltIn.Plan(PostingLoop.LoopTemplate, competencies, language, seed) with { Company = company });
            while (engine.Current is { } prompt)
            {
                asked.Add(prompt.Text);
                engine.Answer("skip");
            }
        }

        Assert.Contains(asked, q => q.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(asked, q => q.Contains("저희 회사", StringComparison.Ordinal) || q.Contains("this company", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLatin(string text) => !text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
