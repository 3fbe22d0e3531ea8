using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Tests.Prep;

/// <summary>Posting shapes met in real text at stop 10, each written anew: the reading they need, not a file's words.</summary>
public sealed class PostingShapeTests
{
    [Fact]
    public void Stages_AChainInsideASentence_AreReadFromAfterItsTopicToBeforeItsEnd()
    {
        var analysis = BuiltIn.Postings.Analyze("하늘소프트 백엔드 개발자\n\n우리는 작은 팀입니다.\n\n3. 이번 채용은 서류 → 과제 → 기술 면접 → 임원 면접 순으로 진행됩니다. 과제는 이틀 안에 내 주시면 됩니다.\n");

        Assert.Equal(["서류", "과제", "기술 면접", "임원 면접"], analysis.StageDetails.Select(s => s.Name));
    }

    [Fact]
    public void Stages_GroupsNumberedFromOneUnderTheirOwnHeadings_AreOneProcess()
    {
        const string text = "Platform Engineer\n\nHow we hire\n\nFirst Steps\n1. Recruiter Call\nA short call with our recruiter.\n2. Manager Interview\nAn hour with the manager.\n\n" +
            "Onsite\n1. Pairing Session\nAn hour with an engineer.\n2. Architecture\nAn hour designing a service with an engineer.\n\nClosing\n1. References\n2. Offer\n";

        var stages = BuiltIn.Postings.Analyze(text).StageDetails;

        Assert.Equal(["Recruiter Call", "Manager Interview", "Pairing Session", "Architecture", "References", "Offer"], stages.Select(s => s.Name));
        Assert.Equal(StageKind.Interview, stages[3].Kind);
    }

    [Fact]
    public void Stages_ATestTheDescriptionSaysMayComeFirst_IsAnOptionalStepBeforeIt()
    {
        const string text = "누리랩 | 서버 개발자\n\n채용 절차\n\n01 서류 검토\n  • 이력서를 읽어 봅니다.\n  • 제출 서류: 이력서, 포트폴리오(선택)\n\n" +
            "02 면접\n  • 직무에 따라 면접 전에 온라인 코딩 테스트를 먼저 보는 경우가 있어요.\n  • 한 시간가량 진행합니다.\n\n03 처우 협의\n";

        var stages = BuiltIn.Postings.Analyze(text).StageDetails;

        Assert.Equal(["서류 검토", "온라인 코딩 테스트", "면접", "처우 협의"], stages.Select(s => s.Name));
        Assert.Equal([false, true, false, false], stages.Select(s => s.Optional));
    }

    [Theory]
    [InlineData("한결테크(주)\n\n채용 안내\n\n주요 업무\n- 사내 시스템 개발\n", "한결테크(주)")]
    [InlineData("(재)미래교육원\n\n채용 공고\n\n자격 요건\n- 관련 경력 3년 이상\n", "(재)미래교육원")]
    public void Company_WrittenWithItsLegalForm_IsFound(string text, string company) =>
        Assert.Equal(company, BuiltIn.Postings.Analyze(text).Company);

    [Fact]
    public void Strengths_AbilitiesAreSought_AndFieldLabelsOfRequirementsAreNot()
    {
        const string text = "Data Analyst\n\nRequirements:\n• Education: a degree in statistics or a related field\n• Experience: two years of reporting work\n\n" +
            "Ability to: explain findings to non-technical staff; keep several deadlines at once\n";

        var names = BuiltIn.Postings.Analyze(text).Strengths.Select(s => s.Name).ToList();

        Assert.Contains("explain findings to non-technical staff", names);
        Assert.DoesNotContain("Education", names);
        Assert.DoesNotContain("Experience", names);
    }
}
