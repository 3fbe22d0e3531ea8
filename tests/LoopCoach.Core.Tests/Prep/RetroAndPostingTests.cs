using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;

namespace LoopCoach.Core.Tests.Prep;

public sealed class RetroAndPostingTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    [Fact]
    public void RetroImport_LoopReviewFixture_FindsFiveRoundsTheirQuestionsRolesAndTheFollowUp()
    {
        var retro = BuiltIn.Retros.Import(Fixtures.Text(Fixtures.LoopReview), "클라우드 회사", "Partner Manager");

        var questions = retro.Rounds.SelectMany(r => r.Questions).ToList();
        Assert.Equal([1, 2, 3, 4, 5], retro.Rounds.Select(r => r.Number));
        Assert.Equal([5, 7, 4, 3, 4], retro.Rounds.Select(r => r.Questions.Count));

        // The first three from the introduction ("실무자 세 명 … 마지막에 리더"), the last two from their headings.
        Assert.Equal(["practitioner", "practitioner", "practitioner", "hiring-manager", "leader"], retro.Rounds.Select(r => r.Role));

        // "(꼬리질문)" marks the leader's second question as a follow-up on the first.
        Assert.Equal([false, true, false, false], retro.Rounds[4].Questions.Select(q => q.FollowUp));
        Assert.Equal("그 결정을 나중에 되돌려야 했다면 어떻게 했을지(꼬리질문)", retro.Rounds[4].Questions[1].Text);
        Assert.All(new[] { 0, 2, 3 }.SelectMany(r => retro.Rounds[r].Questions), q => Assert.False(q.FollowUp, q.Text));

        // Bullets with and without a space after the dash, under "질문 :" and under a bare "질문".
        Assert.Equal("지금 팀에서 맡은 일과 그 전에 해 온 일 소개", retro.Rounds[0].Questions[0].Text);
        Assert.Equal("간단한 자기소개와 이 포지션에 지원한 계기", retro.Rounds[1].Questions[0].Text);
        Assert.Equal("데이터를 직접 뽑아서 문제의 원인을 찾아낸 경험", retro.Rounds[2].Questions[0].Text);
        Assert.DoesNotContain(questions, q => q.Text.StartsWith('-') || q.Text.StartsWith("질문", StringComparison.Ordinal));

        // Every question gets a principle but the motivation ones (self-introduction, why this position), which are
        // labelled as such; the unambiguous ones get the one a reader would name.
        Assert.All(questions, q => Assert.True(q.Competency is not null ^ q.Kind == QuestionLabelKind.Motivation, q.Text));
        Assert.Equal(QuestionLabelKind.Motivation, questions.Single(q => q.Text.StartsWith("간단한 자기소개", StringComparison.Ordinal)).Kind);
        Assert.Equal("customer-obsession", Competency("고객이 말하기 전에"));
        Assert.Equal("frugality", Competency("예산이 절반으로"));
        Assert.Equal("dive-deep", Competency("데이터를 직접 뽑아서"));
        Assert.Equal("hire-and-develop-the-best", Competency("본인이 성장을 도운"));
        Assert.Equal("earn-trust", Competency("동료의 신뢰를"));

        // How each round went; the paragraphs after the last one stay with the leader's round.
        Assert.All(retro.Rounds, r => Assert.False(string.IsNullOrWhiteSpace(r.HowItWent)));
        Assert.StartsWith("첫 면접이라 긴장했는데", retro.Rounds[0].HowItWent, StringComparison.Ordinal);
        Assert.Contains("다음 루프에서는", retro.Rounds[4].HowItWent, StringComparison.Ordinal);
        Assert.StartsWith("클라우드 회사 파트너 매니저 최종 면접을", retro.Notes, StringComparison.Ordinal);
        Assert.Equal("클라우드 회사", retro.Company);

        string? Competency(string start) => questions.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal)).Competency;
    }

    [SkippableFact]
    public void RetroImport_Seed000_FindsFourRoundsTheirQuestionsAndTheLeaderLast()
    {
        var retro = BuiltIn.Retros.Import(Seeds.Text("000"), "Amazon", "Sales");

        Assert.Equal(4, retro.Rounds.Count);
        Assert.Equal([6, 12, 6, 4], retro.Rounds.Select(r => r.Questions.Count));
        Assert.Equal(["practitioner", "practitioner", "practitioner", "leader"], retro.Rounds.Select(r => r.Role));
        Assert.Contains(retro.Rounds[3].Questions, q => q.FollowUp);
        Assert.All(retro.Rounds.SelectMany(r => r.Questions), q => Assert.True(q.Competency is not null ^ q.Kind == QuestionLabelKind.Motivation, q.Text));
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
    public void PostingAnalyze_PostingFixture_FindsTheNamedStrengthsTheStagesInOrderAndTheRequirements()
    {
        var analysis = BuiltIn.Postings.Analyze(Fixtures.Text(Fixtures.Posting));

        Assert.Equal(LoopCoach.Core.Analysis.AnswerLanguage.Ko, analysis.Language);
        Assert.Equal("Customer Success Manager", analysis.Role);
        Assert.Equal("누리데이터", analysis.Company);
        Assert.Empty(analysis.NotFound);

        Assert.Equal(["실행력", "문제 해결력", "고객 지향성", "협업"], analysis.Strengths.Select(s => s.Name));
        Assert.StartsWith("고객이 말하지 않은 불편까지", analysis.Strengths[2].Description, StringComparison.Ordinal);
        Assert.Contains(Nearest("실행력"), n => n.Id == "execution");
        Assert.Contains(Nearest("문제 해결력"), n => n.Id == "problem-solving");
        Assert.Contains(Nearest("고객 지향성"), n => n.Id == "customer-obsession");
        Assert.Contains(Nearest("협업"), n => n.Id == "teamwork");

        // The arrowed line, in order; the "1차 인터뷰" the note under it says is replaced is not a stage.
        Assert.Equal(["지원", "사전과제", "통합 인터뷰", "최종 합격"], analysis.Stages);

        // The four strengths are what the posting asks for; the two "우대사항)" lines are nice to have.
        Assert.Equal(4, analysis.Requirements.Count(r => r.MustHave));
        Assert.Equal(2, analysis.Requirements.Count(r => !r.MustHave));
        Assert.All(analysis.Requirements.Where(r => !r.MustHave), r => Assert.StartsWith("우대사항)", r.Text, StringComparison.Ordinal));

        var kinds = analysis.Sections.Select(s => s.Kind).ToList();
        Assert.Equal([SectionKind.Responsibilities, SectionKind.Requirements, SectionKind.Process, SectionKind.Benefits],
            kinds.Where(k => k != SectionKind.Company));
        Assert.Equal("customer-obsession", analysis.Principles[0].Id);
        Assert.All(analysis.Principles, p => Assert.False(string.IsNullOrWhiteSpace(p.Evidence)));

        IReadOnlyList<MappedCompetency> Nearest(string name) => analysis.Strengths.Single(s => s.Name == name).Nearest;
    }

    [SkippableFact]
    public void PostingAnalyze_Seed001_FindsTheFourStrengthsTheStagesAndTheRequirements()
    {
        var analysis = BuiltIn.Postings.Analyze(Seeds.Text("001"));

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
