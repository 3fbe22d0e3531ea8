using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;

namespace LoopCoach.Core.Tests.Prep;

/// <summary>
/// Postings and retrospectives in the shapes real texts take (issue 10), in both languages, on small texts written for
/// these tests: stages by structure, strengths only where sought, companies where postings name them, questions in
/// reported speech, and real questions labelled by meaning.
/// </summary>
public sealed class RealTextTests
{
    private static List<(string Name, StageKind Kind, bool Optional)> Stages(string posting) =>
        [.. BuiltIn.Postings.Analyze(posting).StageDetails.Select(s => (s.Name, s.Kind, s.Optional))];

    [Fact]
    public void Stages_StepNumbersOutsideBrackets_AreReadByTheNameInside()
    {
        var stages = Stages("해오름재단 연구원 채용\n\n□ 전형 절차\n  1단계(서류전형) → 2단계(필기시험) → 3단계(면접전형) → 최종 합격\n");

        Assert.Equal([("서류전형", StageKind.DocumentReview, false), ("필기시험", StageKind.OnlineTest, false), ("면접전형", StageKind.Interview, false), ("최종 합격", StageKind.Final, false)], stages);
    }

    [Theory]
    [InlineData("Data Scientist\n\nInterview process\nIt usually takes three weeks.\n- Intro call with Talent (30 min)\n- Technical screen with a data scientist (60 min)\n- Virtual onsite: four 45-minute interviews\n- Offer\n",
        new[] { "Intro call with Talent", "Technical screen with a data scientist", "Virtual onsite", "Offer" })]
    [InlineData("백엔드 개발자\n\n채용 절차\n[지원서 제출] → [서류 검토] → [1차 인터뷰] → [최종 합격]\n", new[] { "지원서 제출", "서류 검토", "1차 인터뷰", "최종 합격" })]
    public void Stages_ItemsWithLengthsDescriptionsOrBrackets_KeepTheStepsName(string posting, string[] names)
    {
        var analysis = BuiltIn.Postings.Analyze(posting);

        Assert.Equal(names, analysis.StageDetails.Select(s => s.Name));
        Assert.Null(analysis.Company);
    }

    [Fact]
    public void Stages_HeaderRows_TakeTheCellThatNamesTheStep()
    {
        var stages = Stages("Data Engineer\n\nHow we hire\nStage 1 | Phone screen | Culture | Required | 25 minutes\nA short call.\n" +
            "Stage 2 | Take-home | Technical | Required\nA small dataset to clean.\nStage 3 | Interview(s) | Technical | Optional | 60 minutes\nUp to two interviews.\n");

        Assert.Equal([("Phone screen", StageKind.PhoneOrVideo, false), ("Take-home", StageKind.Assignment, false), ("Interview", StageKind.Interview, true)], stages);
    }

    [Fact]
    public void Stages_ToldInANoteParagraph_AreFoundThereAndARoundOfInterviewsIsOneStep()
    {
        var stages = Stages("Analyst, Pricing\nRiverbend Foods is hiring an analyst.\n\nWhat you'll do\n- Build pricing models\n\nPlease note\n" +
            "Selected applicants will first have a short video call with a recruiter. Those who progress complete a written case study, " +
            "after which a final round of three interviews with the pricing team is held. We do not sponsor visas.\n");

        Assert.Equal([StageKind.PhoneOrVideo, StageKind.Assignment, StageKind.Panel], stages.Select(s => s.Kind));
        Assert.StartsWith("video call", stages[0].Name, StringComparison.Ordinal);
        Assert.Equal("written case study", stages[1].Name);
        Assert.StartsWith("final round", stages[2].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_KoreanProse_ReadsDocumentsReviewedAndAConversationWithTheLeaderAsStages()
    {
        var stages = Stages("모아랩 프론트엔드 개발자\n\n합류 과정\n보내 주신 서류를 검토한 뒤 짧은 과제를 드리고, 과제를 함께 보는 기술 인터뷰를 거쳐 마지막으로 대표님과 이야기하는 시간을 가집니다.\n");

        Assert.Equal(["서류 검토", "과제", "기술 인터뷰", "대표 인터뷰"], stages.Select(s => s.Name));
    }

    [Theory]
    [InlineData("합류 여정\n01\n서류 검토\n02\n직무 인터뷰\n03\n처우 협의\n* 직군에 따라 직무 인터뷰 전에 코딩 테스트가 추가될 수 있습니다.\n", "코딩 테스트", 1)]
    [InlineData("Hiring process\n1. Application review\n2. Technical interview\n3. Offer\n* For some teams a take-home may be added after the technical interview.\n", "take-home", 2)]
    public void Stages_ANoteThatAddsAStep_InsertsItOptionalBeforeOrAfterTheStepItNames(string posting, string added, int at)
    {
        var stages = Stages("Team\n\n" + posting);

        Assert.Equal(4, stages.Count);
        Assert.Contains(added, stages[at].Name, StringComparison.OrdinalIgnoreCase);
        Assert.True(stages[at].Optional);
    }

    [Theory]
    [InlineData("블루웨일 채용\n\n자격 요건\n- 원활한 협업 경험\n\n유의사항\n- 팀워크를 중시하는 문화이며, 채용 일정은 변경될 수 있습니다.\n")]
    [InlineData("Bluewhale\n\nRequirements\n- 3+ years of backend work\n\nPlease note\nWe value teamwork and integrity; the process may change.\n")]
    public void Strengths_NoticeSections_GiveNone(string posting) =>
        Assert.Empty(BuiltIn.Postings.Analyze(posting).Strengths);

    [Theory]
    [InlineData("□ 면접전형\n  가. 평가 요소: 직무 지식, 의사소통 능력, 윤리의식 등\n", new[] { "의사소통", "윤리" })]
    [InlineData("Interviews\nWe assess: system design, collaboration and integrity.\n", new[] { "collaboration", "integrity" })]
    public void Strengths_WhatTheSelectionAssesses_AreSought(string section, string[] expected) =>
        Assert.Equal(expected, BuiltIn.Postings.Analyze("Team\n\n" + section).Strengths.Select(s => s.Name));

    [Theory]
    [InlineData("자격 요건\n- 추천 모델 학습 경험\n- 리더십 교육 프로그램 운영 경험\n")]
    [InlineData("Requirements\n- Experience building leadership dashboards\n- Knowledge of learning-to-rank models\n")]
    public void Strengths_ALineAskingForAnExperience_NamesASkillNotAQuality(string requirements) =>
        Assert.Empty(BuiltIn.Postings.Analyze("Team\n\n" + requirements).Strengths);

    [Fact]
    public void Strengths_AQualityReadFromAVerbThatMeansTheSameAsOneNamed_IsNotAskedTwice()
    {
        var strengths = BuiltIn.Postings.Analyze("팀 소개\n\n이런 분을 찾습니다\n- 스스로 문제를 찾아 끝까지 해내는 책임감\n").Strengths;

        Assert.Equal(["책임감"], strengths.Select(s => s.Name));
        Assert.Equal(["ownership", "execution"], strengths[0].Nearest.Select(n => n.Id));
    }

    [Fact]
    public void Strengths_PeopleWhoDoWellHere_NameWhatIsSought()
    {
        var strengths = BuiltIn.Postings.Analyze("Platform Engineer\nPeople who do well here combine curiosity with an easy way of working in a team.\n").Strengths;

        Assert.Equal(["curiosity", "teamwork"], strengths.Select(s => s.Name));
        Assert.Equal(["earn-trust", "teamwork"], strengths[1].Nearest.Select(n => n.Id));
    }

    [Fact]
    public void Strengths_ASentenceSayingWhomItHires_NamesEachClause_NotTheValuesBanner()
    {
        var english = BuiltIn.Postings.Analyze("Platform Engineer\n\nHarbor hires people who stay calm when a release goes wrong, and who write down what they did.\n\nOur Values: Safety first · Ownership · One team\n").Strengths;
        var korean = BuiltIn.Postings.Analyze("서버 개발자\n\n우리는 모르는 건 먼저 묻고, 약속한 일정은 끝까지 챙기는 분과 함께하고 싶어요.\n\n우리가 지키는 가치: 정직 · 배움\n").Strengths;

        Assert.Equal(["stay calm when a release goes wrong", "write down what they did"], english.Select(s => s.Name));
        Assert.Equal(["모르는 건 먼저 묻는", "약속한 일정은 끝까지 챙기는"], korean.Select(s => s.Name));
    }

    [Fact]
    public void Strengths_UnderAHeadingOfWhomItSeeks_AreTheItems_NotTheExperiencesAsked()
    {
        var strengths = BuiltIn.Postings.Analyze("서버 개발자\n\n이런 분을 찾아요\n- 메시지 큐 기반 시스템을 설계해 본 분\n- 피드백을 받으면 먼저 고쳐 보는 분\n\n이런 분이면 더 좋아요\n- 정산 도메인을 다뤄 본 분\n- 동료를 가르치는 걸 즐기는 분\n").Strengths;

        Assert.Equal(["피드백을 받으면 먼저 고쳐 보는"], strengths.Select(s => s.Name));
    }

    [Theory]
    [InlineData("채용 안내\n\n지원해 주신 분의 경험과 누리소프트와의 적합도를 함께 봅니다.\n", "누리소프트")]
    [InlineData("모두의 일터를 만듭니다\n하늘정원에서 함께 자랄 동료를 찾아요.\n\n하는 일\n- 앱 개발\n", "하늘정원")]
    [InlineData("Senior Engineer\nAt Lumenfold, engineers own what they ship.\n", "Lumenfold")]
    [InlineData("[채용] 오늘의식탁 | 백엔드 개발자\n\n하는 일\n- 주문 서버 개발\n", "오늘의식탁")]
    [InlineData("브릭스노트 채용 | 데이터 분석가\n\n하는 일\n- 지표 설계\n", "브릭스노트")]
    [InlineData("[Hiring] 모아링크 Global Partnerships Manager\n\n하는 일\n- 파트너 발굴\n", "모아링크")]
    public void Company_WherePostingsNameIt(string posting, string company) =>
        Assert.Equal(company, BuiltIn.Postings.Analyze(posting).Company);

    [Fact]
    public void Company_AnFaqQuestionOrACommonWord_IsNotACompany()
    {
        var analysis = BuiltIn.Postings.Analyze("함께 만들어요\n\n하는 일\n- 검색 품질 개선\n\nFAQ\nQ. 결과는 언제 나오나요?\nA. 결과는 일주일 안에 알려 드립니다. 결과는 메일로 갑니다.\n");

        Assert.Null(analysis.Company);
        Assert.Contains(analysis.Sections, s => s.Kind == SectionKind.Notes);
    }

    [Fact]
    public void Retro_KoreanReviewInThePresentTense_FindsEveryItemOfTheListAndTheClosingOffer()
    {
        var retro = BuiltIn.Retros.Import("면접 후기\n\n면접 난이도: 어려움\n면접 경로: 지인 추천\n\n면접은 1차, 2차로 나뉜다.\n" +
            "1차는 팀장과 실무자가 들어온다. 지금 하는 일이 뭔지, 왜 옮기려는지, 취미와 주량 등을 물어본다. 마지막에 질문할 기회를 준다.\n" +
            "2차는 대표 면접이다. 회사가 어려워지면 어떻게 할 건지 묻는다.\n\n정리\n1차는 편하고 2차는 긴장된다.\n");

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(["지금 하는 일이 뭔지", "왜 옮기려는지", "취미와 주량", "궁금한 점이 있는지"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["회사가 어려워지면 어떻게 할 건지"], retro.Rounds[1].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Retro_EnglishReview_ReadsABracketedQuizExamplesAfterLikeAndSessionsOfABlock()
    {
        var retro = BuiltIn.Retros.Import("Two stages.\n\n1. Phone screen: a short quiz read from a script (what is a closure, why use a linked list, how does a hash map grow).\n\n" +
            "2. Onsite: a long block, split into two sessions.\nSession one went fine.\nSession two was harder. They asked some personal things, like whether I would relocate and whether I had children.\n");

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["what is a closure", "why use a linked list", "how does a hash map grow"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Empty(retro.Rounds[1].Questions);
        Assert.Equal(["whether I would relocate", "whether I had children"], retro.Rounds[2].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Retro_ARoundWithNoRememberedQuestions_IsKeptEmptyAndItsFeelingApart()
    {
        var retro = BuiltIn.Retros.Import("The first round was a call with a recruiter, who wanted to know why I was looking.\n" +
            "The final round was with three engineers. I can't recall one question; I was too nervous.\n");

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Empty(retro.Rounds[1].Questions);
        Assert.Contains("too nervous", retro.Rounds[1].HowItWent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("면접 정리\n면접 난이도: 보통\n\n1차 면접: 실무진 두 분\n어떤 프로젝트가 가장 힘들었는지 물어보셨다.\n\n2차 면접: 대표님\n왜 이직하려는지 물어보셨다.\n")]
    [InlineData("My notes\nDifficulty: medium\n\nCoding test: two problems, 90 minutes.\nNothing else was asked.\n\nTechnical interview: with two engineers.\nThey asked how I would cache a slow endpoint.\n")]
    public void Retro_RoundHeadingsWrittenAsNameAndColon_AreRoundsButFieldsAreNot(string text)
    {
        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Single(retro.Rounds[1].Questions);
    }

    [Fact]
    public void Retro_KoreanNotes_BulletsUnderARoundAndTopicsAskedAbout_AreQuestions()
    {
        var retro = BuiltIn.Retros.Import("면접 복기\n\n2차 기술면접\n- 프로세스와 스레드 차이\n- 가장 자신 있는 프로젝트 설명\n- 분위기는 좋았다.\n\n3차 인성면접\n성장 과정에 대한 질문, 갈등 해결 경험에 대한 질문이 있었다.\n");

        Assert.Equal(["프로세스와 스레드 차이", "가장 자신 있는 프로젝트 설명"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["성장 과정", "갈등 해결 경험"], retro.Rounds[1].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Retro_EnglishNotes_QuestionsQuotedInProseAndTopicsOfQuestions_AreFound()
    {
        var retro = BuiltIn.Retros.Import("Interview 1 - HR: basic questions about my notice period and salary expectations.\n" +
            "Interview 2 - Manager: Tell me about a time you missed a deadline. Why do you want to move to fintech? It went well.\n");

        Assert.Equal(["my notice period and salary expectations"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["Tell me about a time you missed a deadline.", "Why do you want to move to fintech?"], retro.Rounds[1].Questions.Select(q => q.Text));
    }

    [Theory]
    [InlineData("자기소개와 이 포지션에 지원한 이유")]
    [InlineData("왜 우리 회사에 지원했는지")]
    [InlineData("Why do you want to join this team?")]
    [InlineData("introduce myself")]
    public void Label_SelfIntroductionAndMotivation_AreMotivationWithNoPrinciple(string question)
    {
        var label = new QuestionLabeler(BuiltIn.Classifier).Label(question);

        Assert.Equal(QuestionLabelKind.Motivation, label.Kind);
        Assert.Null(label.Competency);
    }

    [Theory]
    [InlineData("상사와 상의하지 않고 결정한 경험", "have-backbone-disagree-and-commit")]
    [InlineData("Tell me about a time you disagreed with your manager and still committed.", "have-backbone-disagree-and-commit")]
    [InlineData("고객의 불만을 직접 해결한 경험", "customer-obsession")]
    public void Label_ABehaviouralQuestion_GetsItsPrinciple(string question, string principle)
    {
        var label = new QuestionLabeler(BuiltIn.Classifier).Label(question);

        Assert.Equal(QuestionLabelKind.Principle, label.Kind);
        Assert.Equal(principle, label.Competency);
    }

    [Theory]
    [InlineData("어려웠던 일")]
    [InlineData("how I had handled a launch that slipped")]
    public void Label_AGuess_SaysSoAndNamesTheRunnerUp(string question)
    {
        var label = new QuestionLabeler(BuiltIn.Classifier).Label(question);

        Assert.True(label.LowConfidence);
        Assert.NotNull(label.Competency);
        Assert.NotNull(label.RunnerUp);
        Assert.NotEqual(label.Competency, label.RunnerUp);
    }

    [Fact]
    public void DropQuestions_RemovesTheNumberedOnesAndKeepsEveryRound()
    {
        var retro = BuiltIn.Retros.Import("1차 면접\n- 자기소개\n- 가장 힘들었던 협업 경험\n\n2차 면접\n- 5년 뒤 목표\n");

        var edited = RetroEdits.DropQuestions(retro, new HashSet<int> { 2, 3 });

        Assert.Equal(2, edited.Rounds.Count);
        Assert.Equal(["자기소개"], edited.Rounds[0].Questions.Select(q => q.Text));
        Assert.Empty(edited.Rounds[1].Questions);
    }
}
