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
