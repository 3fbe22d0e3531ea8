using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Tests.Prep;

public sealed class RetroAndPostingTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    [Fact]
    public void RetroImport_Seed000_FindsFourRoundsTheirQuestionsAndTheLeaderLast()
    {
        var retro = BuiltIn.Retros.Import(RepositoryRoot.Seed("000"), "Amazon", "Sales");

        Assert.Equal(4, retro.Rounds.Count);
        Assert.Equal([6, 12, 6, 4], retro.Rounds.Select(r => r.Questions.Count));
        Assert.Equal(["practitioner", "practitioner", "practitioner", "leader"], retro.Rounds.Select(r => r.Role));
        Assert.Contains(retro.Rounds[3].Questions, q => q.FollowUp);
        Assert.All(retro.Rounds.SelectMany(r => r.Questions), q => Assert.NotNull(q.Competency));
        Assert.All(retro.Rounds, r => Assert.False(string.IsNullOrWhiteSpace(r.HowItWent)));
        Assert.StartsWith("- ", "- " + retro.Rounds[0].Questions[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(retro.Rounds.SelectMany(r => r.Questions), q => q.Text.StartsWith('-'));
    }

    [Fact]
    public void RetroImport_EnglishRounds_AreReadToo()
    {
        const string text = "Round 1 (hiring manager)\n- Tell me about a time you missed a deadline.\n- How did you recover? (follow-up)\nHow it went: rushed.\n\nRound 2 - bar raiser\n- Describe a decision you made without data.\nReflections: prepare fresher stories.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(["hiring-manager", "bar-raiser"], retro.Rounds.Select(r => r.Role));
        Assert.True(retro.Rounds[0].Questions[1].FollowUp);
        Assert.Equal("rushed.", retro.Rounds[0].HowItWent);
        Assert.Equal("prepare fresher stories.", retro.Rounds[1].Reflection);
    }

    [Fact]
    public void RetroImport_TextWithNoRoundsOrQuestions_IsRefused()
    {
        var error = Assert.Throws<LoopCoachException>(() => BuiltIn.Retros.Import("오늘 면접을 봤다. 날씨가 좋았다."));

        Assert.Equal("retro.no-rounds", error.MessageKey);
    }

    [Fact]
    public void PostingAnalyze_Seed001_FindsTheFourStrengthsTheStagesAndTheRequirements()
    {
        var analysis = BuiltIn.Postings.Analyze(RepositoryRoot.Seed("001"));

        Assert.Equal(["실행력", "사고력", "고객 지향성", "팀워크"], analysis.Strengths.Select(s => s.Name));
        Assert.Equal(["지원", "사전과제", "통합 인터뷰", "최종 합격"], analysis.Stages);
        Assert.StartsWith("Account Manager", analysis.Role, StringComparison.Ordinal);
        Assert.Equal("오픈서베이", analysis.Company);
        Assert.Equal(4, analysis.Requirements.Count(r => r.MustHave));
        Assert.Single(analysis.Requirements, r => !r.MustHave);
        Assert.Contains(analysis.Strengths.Single(s => s.Name == "고객 지향성").Nearest, n => n.Id == "customer-obsession");
        Assert.All(analysis.Principles, p => Assert.False(string.IsNullOrWhiteSpace(p.Evidence)));
        Assert.Contains(analysis.Sections, s => s.Kind == SectionKind.Benefits);
    }

    [Fact]
    public void PostingAnalyze_EnglishProse_FindsStagesInTheSentenceAndRequirementsByTheirWords()
    {
        const string posting = "Senior Analyst\n\nAcme Data is a small analytics company. You will own our pricing dashboards and work with sales every day. " +
            "You must have 3+ years of SQL. Experience with Python is a plus. The process includes a phone screen, a take-home assignment and a final interview.";

        var analysis = BuiltIn.Postings.Analyze(posting);

        Assert.Equal("Senior Analyst", analysis.Role);
        Assert.Equal("Acme Data", analysis.Company);
        Assert.Equal(["phone screen", "take-home assignment", "final interview"], analysis.Stages);
        Assert.Contains(analysis.Requirements, r => r.MustHave && r.Text.Contains("SQL", StringComparison.Ordinal));
        Assert.Contains(analysis.Requirements, r => !r.MustHave && r.Text.Contains("Python", StringComparison.Ordinal));
    }

    [Fact]
    public void PostingAnalyze_TextThatIsNotAPosting_SaysWhatItCouldNotFind()
    {
        var analysis = BuiltIn.Postings.Analyze("오늘은 날씨가 맑았다. 점심으로 김밥을 먹었다.");

        Assert.Contains(PostingPart.Stages, analysis.NotFound);
        Assert.Contains(PostingPart.Requirements, analysis.NotFound);
        Assert.Contains(PostingPart.Sections, analysis.NotFound);
    }

    [Fact]
    public void PostingAnalyze_MixedKoreanAndEnglish_IsReadAsMixedAndStillFindsItsParts()
    {
        const string posting = "Data Analyst (데이터 분석가)\n\n## 주요 업무\n- Build dashboards for the sales team\n- 고객 데이터 분석 및 인사이트 도출\n\n## Requirements\n- SQL 3년 이상 필수\n- Python experience is a plus\n\n## 채용 절차\n서류 전형 → Technical interview → 최종 합격";

        var analysis = BuiltIn.Postings.Analyze(posting);

        Assert.Equal(LoopCoach.Core.Analysis.AnswerLanguage.Mixed, analysis.Language);
        Assert.Equal("Data Analyst", analysis.Role);
        Assert.Equal(["서류 전형", "Technical interview", "최종 합격"], analysis.Stages);
        Assert.Equal(1, analysis.Requirements.Count(r => r.MustHave));
        Assert.Equal(1, analysis.Requirements.Count(r => !r.MustHave));
    }

    [Fact]
    public void PostingAnalyze_HugeText_IsRefusedWithTheLimit()
    {
        var error = Assert.Throws<LoopCoachException>(() => BuiltIn.Postings.Analyze(new string('가', PostingAnalyzer.MaxPostingLength + 1)));

        Assert.Equal("posting.too-long", error.MessageKey);
    }

    [Fact]
    public void Plan_InterviewInThePast_IsRefused()
    {
        var inputs = new PlanInputs { Competencies = ["ownership"], Gaps = [] };

        var error = Assert.Throws<LoopCoachException>(() => PrepPlanner.Plan(inputs, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 1), Content.Frameworks, Content.Messages, Language.Ko));

        Assert.Equal("plan.date-past", error.MessageKey);
    }

    [Fact]
    public void Plan_TasksSayWhatTheyApplyTo_AndHowToDoThemIsLeftToTheFrontEnd()
    {
        var inputs = new PlanInputs
        {
            Competencies = ["ownership", "frugality", "dive-deep"],
            Gaps = [new Coverage.CoverageGap("frugality", "Frugality", ["a time you did more with less"])],
            StoriesWithoutNumbers = [(3, "Migration")],
            Template = "amazon-loop",
        };
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        var plan = PrepPlanner.Plan(inputs, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27), Content.Frameworks, Content.Messages, Language.En);
        var tasks = plan.Days.SelectMany(d => d.Tasks).ToList();
        var markdown = PrepPlanner.ToMarkdown(plan, Content.Messages, Language.En, t => t.Kind == PlanTaskKind.WriteStory ? "write " + t.Competency : null);

        Assert.Equal("frugality", tasks.Single(t => t.Kind == PlanTaskKind.WriteStory).Competency);
        Assert.Equal(3, tasks.Single(t => t.Kind == PlanTaskKind.AddNumbers).StoryId);
        Assert.Equal(["ownership", "frugality", "dive-deep"], tasks.Where(t => t.Kind == PlanTaskKind.Practise).SelectMany(t => t.Competencies));
        Assert.All(tasks.Where(t => t.Kind == PlanTaskKind.Practise), t => Assert.Equal("amazon-loop", t.Template));
        Assert.Contains(" `write frugality`", markdown, StringComparison.Ordinal);
        Assert.Single(markdown.Split('`'), part => part.StartsWith("write ", StringComparison.Ordinal));
        Assert.DoesNotContain("`", PrepPlanner.ToMarkdown(plan, Content.Messages, Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("--competenc", PrepPlanner.ToIcs(plan, Content.Messages, Language.En, now).Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SpreadsTheWorkAndEndsOnTheInterviewDay_AndItsCalendarIsValidICalendar()
    {
        var inputs = new PlanInputs
        {
            Competencies = ["ownership", "frugality", "dive-deep"],
            Gaps = [new Coverage.CoverageGap("frugality", "Frugality", ["a time you did more with less"])],
            StoriesWithoutNumbers = [(3, "Migration")],
        };

        var plan = PrepPlanner.Plan(inputs, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27), Content.Frameworks, Content.Messages, Language.En);
        var ics = PrepPlanner.ToIcs(plan, Content.Messages, Language.Ko, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 27), plan.Days[^1].Date);
        Assert.Equal(PlanTaskKind.Interview, plan.Days[^1].Tasks.Single().Kind);
        Assert.Equal(PlanTaskKind.WriteStory, plan.Days[0].Tasks[0].Kind);
        Assert.Contains(plan.Days.SelectMany(d => d.Tasks), t => t.Kind == PlanTaskKind.Review);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(plan.Days.Count, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain('\n', ics.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ThankYou_InKorean_IsFormalAndShowsTheTwentyFourHourWindow()
    {
        var ended = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var facts = new NoteFacts { Company = "오픈서베이", Position = "Account Manager", Interviewers = ["김지훈"], Topics = ["고객 집착"], Strengths = ["결과 달성"], Candidate = "이하나", InterviewEnded = ended };

        var note = BuiltIn.Notes.ThankYou(facts, Language.Ko, ended.AddHours(1));
        var linkedIn = BuiltIn.Notes.LinkedIn(facts, Language.Ko);

        Assert.Contains("김지훈님께", note.Body, StringComparison.Ordinal);
        Assert.Contains("감사드립니다", note.Body, StringComparison.Ordinal);
        Assert.Contains("오픈서베이", note.Body, StringComparison.Ordinal);
        Assert.Contains("결과 달성", note.Body, StringComparison.Ordinal);
        Assert.EndsWith("이하나 드림", note.Body, StringComparison.Ordinal);
        Assert.Equal(ended.AddHours(24), note.SendBy);
        Assert.Contains("24시간", note.Reminder, StringComparison.Ordinal);
        Assert.True(linkedIn.Body.Length <= 300);
        Assert.Contains("김지훈", linkedIn.Body, StringComparison.Ordinal);
    }
}
