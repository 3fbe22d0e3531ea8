using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests.Loops;

/// <summary>What a person reads after a loop (the Markdown debrief, the coverage reasons) names things; only JSON keeps codes.</summary>
public sealed class DebriefTextTests
{
    private static readonly string[] English =
    [
        "I'm a product analyst with four years in e-commerce.",
        "Last year we migrated our billing system. We mapped every dependency and we wrote a rollback plan.",
        "I ran three rehearsals with the on-call team myself.",
        "Downtime was zero and billing errors fell by 35%.",
        "I have no such experience.",
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data and automated one approval step. As a result late invoices fell from 30% to 2%. I learned to measure first.",
        "It went okay.",
        "What is the salary for this role?",
    ];

    private static readonly string[] Korean =
    [
        "안녕하세요, 4년 차 데이터 분석가입니다.",
        "작년에 저희 팀에서 신규 고객 온보딩 프로젝트를 진행했습니다. 저희는 고객 인터뷰를 하고 개선안을 만들었습니다.",
        "제가 직접 문의 데이터를 분석해서 체크리스트를 새로 만들었습니다.",
        "결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.",
        "패스",
        "2023년에 배송 지연이 잦았습니다. 제가 동선을 다시 짜고 출고 순서를 바꿨습니다. 지연 건수가 40% 줄었습니다. 데이터를 먼저 보는 습관이 중요하다는 것을 배웠습니다.",
        "잘 마무리됐습니다.",
        "연봉은 어느 정도인가요?",
    ];

    public static TheoryData<string, Language> Loops => new()
    {
        { "amazon-loop", Language.En },
        { "amazon-loop", Language.Ko },
        { "integrated-interview", Language.Ko },
        { "integrated-interview", Language.En },
        { "phone-screen", Language.Ko },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public void DebriefMarkdown_NamesRolesGapsAndChanges_AndPrintsNoCode(string template, Language language)
    {
        var (plan, engine, debrief) = Run(template, language);

        var markdown = DebriefMarkdown.Render(plan, engine.Turns, debrief, BuiltIn.Content.Messages, BuiltIn.Content.Probes, BuiltIn.Content.GetTemplate(template).Name[language]);

        HumanText.AssertNoCodes(markdown, language, $"Markdown debrief of {template}");
        Assert.Contains(BuiltIn.Content.GetTemplate(template).Name[language], markdown.Split('\n')[0], StringComparison.Ordinal);
        // The debrief, then the transcript, each under its heading; in Korean the debrief is 평가 as on every front end.
        Assert.Equal(language == Language.Ko ? "## 평가" : "## Debrief", markdown.Split('\n')[2]);
        Assert.DoesNotContain("총평", markdown, StringComparison.Ordinal);
        Assert.All(plan.Interviewers, i => Assert.Contains($"## {i.Name} · {LoopNames.Role(BuiltIn.Content.Messages, language, i.Role)}", markdown, StringComparison.Ordinal));
        Assert.DoesNotContain($" · {plan.Interviewers[^1].Role}\n", markdown, StringComparison.Ordinal);
        var outcomes = debrief.Interviewers.SelectMany(i => i.Competencies).SelectMany(c => c.Probes).ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Contains(LoopNames.Gap(BuiltIn.Content.Probes, language, o.Gap), markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void ProbeOutcome_IsWrittenWithTheGapsNameAndWhatWasAdded()
    {
        var outcome = new ProbeOutcome("result", "?", "!", [ProbeChange.ResultAdded, ProbeChange.ResultQuantified]);
        var messages = BuiltIn.Content.Messages;

        Assert.Equal(
            $"꼬리질문({BuiltIn.Content.GetProbe("result").Name.Ko}): 결과가 더해짐, 결과에 숫자가 생김",
            LoopNames.Outcome(messages, BuiltIn.Content.Probes, Language.Ko, outcome));
        Assert.Equal(
            $"Follow-up ({BuiltIn.Content.GetProbe("result").Name.En}): result added, result now measured",
            LoopNames.Outcome(messages, BuiltIn.Content.Probes, Language.En, outcome));
        Assert.EndsWith("새로 더해진 내용 없음", LoopNames.Outcome(messages, BuiltIn.Content.Probes, Language.Ko, outcome with { Changes = [] }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actions 꼬리질문: ownership-clearer", Language.Ko, 2)]
    [InlineData("스토리 완성도 60% (약점: no-number)", Language.Ko, 1)]
    [InlineData("## 정민지 · team-lead", Language.Ko, 1)]
    [InlineData("근거: strong", Language.Ko, 1)]
    [InlineData("## Dana · team-lead", Language.En, 1)]
    [InlineData("follow-up on result: result-added", Language.En, 1)]
    [InlineData("The result is strong. Run loopcoach stories add --competency ownership", Language.En, 0)]
    [InlineData("결과에 숫자가 없습니다. `no-number` loopcoach notes thank-you", Language.Ko, 0)]
    public void HumanText_FindsTheCodesTheIssueQuoted_AndLeavesCommandsAlone(string text, Language language, int leaks) =>
        Assert.Equal(leaks, HumanText.Leaks(text, language).Count);

    [Theory]
    [InlineData("team-lead", Language.Ko, "팀 리드")]
    [InlineData("hiring-manager", Language.En, "hiring manager")]
    [InlineData("bar-raiser", Language.Ko, "바 레이저")]
    [InlineData("head-of-sales", Language.Ko, "head-of-sales")] // a user template's own role, as its author wrote it
    public void Role_IsItsNameInTheLanguage(string role, Language language, string expected) =>
        Assert.Equal(expected, LoopNames.Role(BuiltIn.Content.Messages, language, role));

    [Theory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public void CoverageReasons_NameTheWeakSpotsAndTheRelatedCompetency(Language language)
    {
        var story = new StoryContent
        {
            Title = "온보딩 개선",
            Action = "저희가 체크리스트를 만들었습니다. 저희는 교육도 했습니다.",
            Result = "고객 반응이 좋았습니다.",
            When = new YearMonth(2019, 3),
            Competencies = ["customer-obsession"],
        };
        var fit = BuiltIn.Fit(new YearMonth(2026, 1));

        var reasons = string.Join("\n", BuiltIn.Content.Frameworks.Get("generic").Competencies.Select(c => c.Id)
            .Concat(["customer-obsession", "ownership"])
            .SelectMany(c => fit.Score(1, story, c, language).Reasons));

        HumanText.AssertNoCodes(reasons, language, "coverage reasons");
        Assert.Contains(BuiltIn.Content.Messages.Get(language, "story-check.name.no-number"), reasons, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public void Debrief_OfAnswersInTheOtherLanguage_IsWrittenInTheLoopsLanguage(Language language)
    {
        // A Korean loop answered in English (and the other way round): the reasons and the fix are in the loop's language.
        var (_, _, debrief) = Run("amazon-loop", language, answersIn: language == Language.Ko ? Language.En : Language.Ko);

        var written = debrief.Interviewers.SelectMany(i => i.Competencies).Where(c => c.Level != EvidenceLevel.None).ToList();
        Assert.NotEmpty(written);
        Assert.Contains(written, c => c.Fix is not null);
        var texts = written.SelectMany(c => c.Reasons.Append(c.Fix ?? "")).Where(t => t.Length > 0).ToList();
        bool HasHangul(string t) => t.Any(ch => ch is >= '\uAC00' and <= '\uD7A3');
        // Quotes of the candidate's own words may be in their language; the sentence around them is not.
        Assert.All(texts, t => Assert.True(language == Language.Ko ? HasHangul(t) : !HasHangul(t.Split(':', '"', '“', '‘', '\'')[0]), t));
    }

    private static (LoopPlan Plan, InterviewEngine Engine, LoopDebrief Debrief) Run(string template, Language language, Language? answersIn = null)
    {
        var plan = BuiltIn.Plan(template, null, language, 3);
        var engine = BuiltIn.Interview(plan);
        var answers = (answersIn ?? language) == Language.Ko ? Korean : English;
        var i = 0;
        while (engine.Current is { } prompt && i < 40)
        {
            engine.Answer(prompt.Kind == TurnKind.Closing ? answers[^1] : answers[Math.Min(i, answers.Length - 2)]);
            i++;
        }

        return (plan, engine, BuiltIn.Debrief(engine));
    }
}
