using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Tests.Prep;

/// <summary>Stages written the ways postings write them, and strengths only where a posting says what it seeks.</summary>
public sealed class PostingStageAndStrengthTests
{
    [Fact]
    public void Analyze_StagesOnOneDashedLine_AreFoundWithKindsAndTheOptionalStep()
    {
        const string posting = "백엔드 개발자\n\n전형 절차\n서류 접수 - 코딩 테스트 - 기술 면접 - 컬처핏 면접(필요시) - 처우 협의";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(["서류 접수", "코딩 테스트", "기술 면접", "컬처핏 면접", "처우 협의"], stages.Select(s => s.Name));
        Assert.Equal([StageKind.Application, StageKind.OnlineTest, StageKind.Interview, StageKind.Interview, StageKind.OfferTalk], stages.Select(s => s.Kind));
        Assert.Equal([false, false, false, true, false], stages.Select(s => s.Optional));
    }

    [Fact]
    public void Analyze_OptionalStepMarkedInAFootnote_IsOptional()
    {
        const string posting = "Hiring process\nDocument review → Coding test* → Technical interview → Culture interview → Offer\n" +
            "* The coding test may be replaced by a portfolio review for senior candidates.\nThe whole process takes about three weeks.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(["Coding test"], stages.Where(s => s.Optional).Select(s => s.Name));
        Assert.Equal(5, stages.Count);
    }

    [Fact]
    public void Analyze_KoreanProcessSentence_FindsTheStagesInTheOrderWritten()
    {
        const string posting = "채용 안내\n서류 합격자에 한해 과제 전형을 진행하며, 이후 실무 면접과 임원 면접을 거쳐 입사하게 됩니다.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        // The screen the candidates passed ("서류 합격자") and the hire told as a verb ("입사하게 됩니다") are steps too.
        Assert.Equal(["서류 전형", "과제 전형", "실무 면접", "임원 면접", "입사"], stages.Select(s => s.Name));
        Assert.Equal([StageKind.DocumentReview, StageKind.Assignment, StageKind.Interview, StageKind.Interview, StageKind.Final], stages.Select(s => s.Kind));
    }

    [Fact]
    public void Analyze_EnglishProcessSentence_FindsEachStepAndItsKind()
    {
        const string posting = "Data Engineer\n\nApplicants who pass the résumé screen are invited to a recruiter call, followed by a take-home exercise and a final onsite.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(["résumé screen", "recruiter call", "take-home exercise", "final onsite"], stages.Select(s => s.Name));
        Assert.Equal([StageKind.DocumentReview, StageKind.PhoneOrVideo, StageKind.Assignment, StageKind.Panel], stages.Select(s => s.Kind));
    }

    [Fact]
    public void Analyze_NumberedStepsWithBracketsAndDescriptions_ReadsThemAsAReaderWould()
    {
        const string posting = "채용 과정\nStep 1. 서류전형\nStep 2. 사전 과제 (필요 시 생략)\nStep 3. 1차 인터뷰 (직무)\n" +
            "Step 4. 대면 인터뷰 (기술 인터뷰, 컬처 인터뷰)\nStep 5. 레퍼런스 체크\n- 레퍼런스 체크는 필요한 경우에만 진행해요.\nStep 6. 처우 협의 및 최종 합격";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(["서류전형", "사전 과제", "1차 직무 인터뷰", "대면 기술 인터뷰", "대면 컬처 인터뷰", "레퍼런스 체크", "처우 협의", "최종 합격"], stages.Select(s => s.Name));
        Assert.Equal(["사전 과제", "레퍼런스 체크"], stages.Where(s => s.Optional).Select(s => s.Name));
        Assert.DoesNotContain(stages, s => s.Name.Contains(']', StringComparison.Ordinal) || s.Name.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_KoreanStepsSaidNotToHappen_AreNoStages()
    {
        const string prose = "채용 과정\n서류 검토 후 기술 면접과 임원 면접을 봅니다. 별도의 코딩 테스트는 없습니다.\n" +
            "사전 과제는 진행하지 않으며, 면접은 모두 대면으로 합니다.";
        const string list = "지원 절차\n- 서류 전형\n- 인적성 검사 없음\n- 실무 면접\n- 처우 협의";

        var fromProse = BuiltIn.Postings.Analyze(prose).StageDetails;
        var fromList = BuiltIn.Postings.Analyze(list).StageDetails;

        Assert.Equal(["서류 검토", "기술 면접", "임원 면접"], fromProse.Select(s => s.Name));
        Assert.Equal(["서류 전형", "실무 면접", "처우 협의"], fromList.Select(s => s.Name));
    }

    [Fact]
    public void Analyze_EnglishStepsSaidNotToHappen_AreNoStages()
    {
        const string posting = "Product Analyst\n\nHow we hire\nWe don't ask for a cover letter and we do not accept CVs by post. " +
            "There is no take-home assignment: after a recruiter call you meet the analytics lead for a case interview, then a final panel.\n" +
            "If you don't pass the recruiter call, we will tell you why.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.DoesNotContain(stages, s => s.Kind is StageKind.Assignment or StageKind.DocumentReview);
        Assert.DoesNotContain(stages, s => s.Name.Contains("not", StringComparison.OrdinalIgnoreCase) || s.Name.Contains("no ", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([StageKind.PhoneOrVideo, StageKind.Interview, StageKind.Panel], stages.Select(s => s.Kind));
    }

    [Fact]
    public void Analyze_KoreanMeetingsCountedInOrder_AreInterviewsNamedByWhoIsThere()
    {
        const string posting = "그린루프 | 프론트엔드 개발자\n\n하는 일\n- 주문 화면 개발\n\n" +
            "합류까지는 보통 세 번 만나게 됩니다.\n" +
            "보내 주신 이력서는 개발 리더가 직접 읽어 보고 연락드립니다. 첫 번째 만남에서는 프론트엔드 팀원 세 명이 지원자가 만든 화면을 같이 봅니다. " +
            "두 번째 만남은 대표와의 자리입니다. 마지막 만남에는 디자인 리더가 들어와 협업 방식을 이야기합니다.\n" +
            "모든 만남이 끝나면 처우를 협의합니다.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal([StageKind.DocumentReview, StageKind.Panel, StageKind.Interview, StageKind.Interview, StageKind.OfferTalk], stages.Select(s => s.Kind));
        Assert.Equal("프론트엔드 팀원 인터뷰", stages[1].Name);
        Assert.Equal("대표 인터뷰", stages[2].Name);
        Assert.Contains("리더", stages[3].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EnglishConversationsCountedInOrder_AreEachAStep()
    {
        const string posting = "Support Engineer\n\nYou will talk to us three times. The first conversation is with a support engineer on the team. " +
            "The second conversation is with our head of customer experience. The last conversation is with the founders, and an offer follows within a week.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(3, stages.Count(s => s.Kind == StageKind.Interview));
        Assert.Contains(stages, s => s.Name.Contains("founders", StringComparison.Ordinal));
        Assert.DoesNotContain(stages, s => s.Name == "conversations");
    }

    [Fact]
    public void Analyze_EnglishStepNamedTwiceOrAsAPointInTime_IsOneStep()
    {
        const string posting = "Hiring process\nYour first interview will be a video call with someone from our people team. " +
            "Once first interviews are complete, shortlisted people join a pairing session with two engineers. " +
            "The final interview usually takes place at our office with the head of engineering. Do you run reference checks? Yes, every offer depends on a reference check.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal([StageKind.PhoneOrVideo, StageKind.Interview, StageKind.Interview, StageKind.Other, StageKind.OfferTalk], stages.Select(s => s.Kind));
        Assert.StartsWith("video call", stages[0].Name, StringComparison.Ordinal);
        Assert.DoesNotContain(stages, s => s.Name.Contains("first interview", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Analyze_KoreanStepPassedToldWithAVerb_IsAStage()
    {
        const string posting = "Q. 전형은 어떻게 되나요?\n서류를 통과하시면 1차 직무 면접, 2차 임원 면접 순서로 만나게 됩니다.";

        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(["서류", "1차 직무 면접", "2차 임원 면접"], stages.Select(s => s.Name));
        Assert.Equal(StageKind.DocumentReview, stages[0].Kind);
    }

    [Theory]
    [InlineData("Data Engineer\n\nPlease write in English. Process: CV review → video call with HR (Korean) → case interview with the Berlin analytics lead (English) → offer.",
        "CV review", "case interview with the Berlin analytics lead")]
    [InlineData("데이터 엔지니어\n\n지원서는 국문으로 작성해 주세요. 전형 절차: 서류 검토 → 인사팀 화상 인터뷰 (영어) → 베를린 분석 리드와의 케이스 인터뷰 (영어, 화상) → 처우 협의",
        "서류 검토", "베를린 분석 리드와의 케이스 인터뷰")]
    public void Analyze_OneLineChainAfterASentenceWithLongSteps_ReadsEveryStepWithoutItsLabel(string posting, string first, string third)
    {
        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(4, stages.Count);
        Assert.Equal(first, stages[0].Name);
        Assert.Equal(third, stages[2].Name);
        Assert.Equal(StageKind.OfferTalk, stages[3].Kind);
    }

    [Theory]
    [InlineData("Hiring process\n1. Résumé review\n2. Onsite, three calls on one day:\n   a. code walkthrough with two engineers from the payments team\n" +
        "   b. architecture conversation with a principal engineer\n   c. values interview\n3. Offer", "code walkthrough with two engineers from the payments team")]
    [InlineData("채용 절차\n1. 서류 검토\n2. 대면 면접 (하루에 진행)\n   가. 결제팀 개발자 두 명과의 코드 리뷰 면접\n   나. 시스템 설계 면접\n   다. 컬처핏 면접\n3. 처우 협의", "결제팀 개발자 두 명과의 코드 리뷰 면접")]
    public void Analyze_LetteredStepsUnderANumberedStep_AreTheStepsItHolds(string posting, string first)
    {
        var stages = BuiltIn.Postings.Analyze(posting).StageDetails;

        Assert.Equal(5, stages.Count);
        Assert.Equal(first, stages[1].Name);
        Assert.Equal(StageKind.OfferTalk, stages[4].Kind);
        Assert.DoesNotContain(stages, s => s.Name.StartsWith("Onsite", StringComparison.Ordinal) || s.Name.StartsWith("대면 면접", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_PostingWithoutAProcess_GivesNoStage()
    {
        const string posting = "Backend Engineer\n\nResponsibilities\n- Take part in design reviews and code reviews\n- Run the on-call rotation with the team\n\n" +
            "Requirements\n- 3+ years of Go\n- Experience with testing and release tooling\n\nPlease note: the salary range covers base pay only.";

        var analysis = BuiltIn.Postings.Analyze(posting);

        Assert.Empty(analysis.StageDetails);
        Assert.Contains(PostingPart.Stages, analysis.NotFound);
        Assert.DoesNotContain(analysis.Strengths, s => s.Name.Contains("note", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Analyze_NoticesBenefitsAndTheCompanysOwnCulture_AreNotStrengths()
    {
        const string posting = "Product Designer\n\nRequirements\n- Clear written communication; much of our collaboration is async\n- A habit of taking ownership\n" +
            "Note: we sponsor visas for this role.\n\nHow we work\nTransparency is the default: salaries are public.\n\nBenefits\n- Learning budget: we fund courses and conferences";

        var names = BuiltIn.Postings.Analyze(posting).Strengths.Select(s => s.Name).ToList();

        Assert.Equal(["communication", "ownership"], names);
    }

    [SkippableFact]
    public void Analyze_Seed001_MapsTeamworkToTrustAndTeamwork_AndQuotesNoPolicyAsEvidence()
    {
        var analysis = BuiltIn.Postings.Analyze(Seeds.Text("001"));

        var teamwork = analysis.Strengths.Single(s => s.Name == "팀워크").Nearest.Select(n => n.Id).ToList();
        Assert.Contains("earn-trust", teamwork);
        Assert.Contains("teamwork", teamwork);
        Assert.DoesNotContain("ownership", teamwork);
        Assert.DoesNotContain("are-right-a-lot", teamwork);
        Assert.All(analysis.Strengths.SelectMany(s => s.Nearest), n => Assert.NotEmpty(n.Reasons));
        Assert.DoesNotContain(analysis.Principles, p => p.Evidence.Contains("변경될 수", StringComparison.Ordinal));
        Assert.Equal([StageKind.Application, StageKind.Assignment, StageKind.Panel, StageKind.Final], analysis.StageDetails.Select(s => s.Kind));
    }

    [Fact]
    public void Analyze_CompanyFromTheTitleTheFactsLineOrTheSentenceAboutIt()
    {
        Assert.Equal("메디루트", BuiltIn.Postings.Analyze("[메디루트] 서버 개발자 채용\n\n담당 업무\n- API 개발").Company);
        Assert.Equal("Canopy Climate", BuiltIn.Postings.Analyze("Full-Stack Engineer\nCanopy Climate — Berlin or remote — €70k\n\nWhat we need\n- TypeScript").Company);
        Assert.Equal("Dalgona", BuiltIn.Postings.Analyze("Backend Engineer at Dalgona\nSeoul · Full-time\n\nRequirements\n- Java").Company);
        Assert.Equal("팜링크", BuiltIn.Postings.Analyze("안드로이드 개발자\n\n팜링크는 농산물 직거래 서비스를 만들어요.\n팜링크 앱을 함께 만들 분을 찾아요.").Company);
    }
}
