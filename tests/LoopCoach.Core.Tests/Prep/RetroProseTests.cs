namespace LoopCoach.Core.Tests.Prep;

/// <summary>Retrospectives written as a story, the way candidates post them, in Korean and English.</summary>
public sealed class RetroProseTests
{
    [Fact]
    public void Import_KoreanStory_FindsRoundsFromTheSentencesThatOpenThemAndTheReportedQuestions()
    {
        const string text = "지난주 금요일에 본 면접 후기입니다.\n\n" +
            "첫 면접은 팀장님 두 분과 봤는데, 왜 이 직무를 택했는지부터 물으셨어요. 그다음엔 가장 힘들었던 프로젝트가 뭐였는지 물어보셨고, " +
            "제가 일정 얘기를 하자 그때 팀원들과 어떻게 조율했는지 꼬리질문으로 물어보셨어요.\n\n" +
            "두 번째는 임원 면접이었어요. 회사에 대해 아는 것을 말해 보라고 하셨고, 10년 뒤 모습이 어떨 것 같냐는 질문도 있었어요.\n\n" +
            "전반적으로 분위기는 편했지만 준비가 부족했던 것 같아요.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(["왜 이 직무를 택했는지", "가장 힘들었던 프로젝트가 뭐였는지", "팀원들과 어떻게 조율했는지"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal([false, false, true], retro.Rounds[0].Questions.Select(q => q.FollowUp));
        Assert.Equal(["회사에 대해 아는 것을 말해", "10년 뒤 모습이 어떨 것 같냐"], retro.Rounds[1].Questions.Select(q => q.Text));
        Assert.Equal("hiring-manager", retro.Rounds[0].Role);
        Assert.Contains("분위기는 편했지만", retro.Rounds[1].HowItWent, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KoreanQuotesAndLabelledLists_KeepEachQuestionWhole()
    {
        const string text = "최종 면접 후기\n\n" +
            "1차 면접은 팀장님 두 분과 봤어요. 팀장님이 먼저: '예산을 절반으로 줄여야 한다면, 무엇을 먼저 포기하겠냐'고 물어보셨어요. " +
            "이어서 「지난 면접 때 못 한 답, 그 뒤로 찾아봤어요?」 다행히 찾아봤어요.\n\n" +
            "2차 면접은 개발자 세 분과 봤어요.\n" +
            "- 질문: 이벤트 순서가 뒤바뀌면 어떻게 되는지 / 서버가 두 대가 되면 평균이 어떻게 틀어지는지\n";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(["예산을 절반으로 줄여야 한다면, 무엇을 먼저 포기하겠냐", "지난 면접 때 못 한 답, 그 뒤로 찾아봤어요"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["이벤트 순서가 뒤바뀌면 어떻게 되는지", "서버가 두 대가 되면 평균이 어떻게 틀어지는지"], retro.Rounds[1].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Import_RoundsListedInOneSentence_AreTheRounds_AndALaterParagraphNamingOneTellsIt()
    {
        const string text = "Tough process, no feedback\n\n" +
            "There were three rounds: an initial HR screen, a take-home test with two problems, and a technical interview with the team lead.\n\n" +
            "The HR screen was the usual: why this company, why this team, start date.\n\n" +
            "The take-home was two graph problems with strict limits.\n\n" +
            "The team lead's interview was broad; he asked how I'd deduplicate events arriving twice from a queue.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["why this company", "why this team", "start date"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Empty(retro.Rounds[1].Questions);
        Assert.Equal(["how I'd deduplicate events arriving twice from a queue"], retro.Rounds[2].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Import_EnglishStory_FindsEachRoundIncludingATakeHomeAndTheQuestionsInReportedSpeech()
    {
        const string text = "Interview notes, data analyst\n\n" +
            "The first round was a phone screen with a recruiter, who asked why I was leaving my current job and what salary I expected.\n\n" +
            "The second round was with the hiring manager, who asked how I would measure the success of a new feature. When I said I'd look at retention, she dug into which cohort I would compare it against.\n\n" +
            "Then a take-home: a small SQL case study with a two-day deadline.\n\n" +
            "The final round was a panel of three. They asked me to walk through my take-home, and one of them asked \"What would you do differently with more time?\"\n\n" +
            "Overall it felt fair.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(4, retro.Rounds.Count);
        Assert.Equal(["why I was leaving my current job", "what salary I expected"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["how I would measure the success of a new feature", "which cohort I would compare it against"], retro.Rounds[1].Questions.Select(q => q.Text));
        Assert.True(retro.Rounds[1].Questions[1].FollowUp);
        Assert.Empty(retro.Rounds[2].Questions);
        Assert.Equal(["walk through my take-home", "What would you do differently with more time?"], retro.Rounds[3].Questions.Select(q => q.Text));
        Assert.Equal("hiring-manager", retro.Rounds[1].Role);
    }

    [Fact]
    public void Import_QuestionAndAnswerTranscript_ReadsTheQuestionsNotTheAnswers()
    {
        const string text = "1차 기술면접 복기\n\nQ : 자기소개 부탁드립니다.\nA : 준비한 대로 했다.\n\nQ : 인덱스는 왜 빠른가요?\nA : B-Tree라고 답했다. 그러자 인덱스가 많으면 생기는 문제가 뭔지 다시 물어보셨다.";

        var retro = BuiltIn.Retros.Import(text);

        var questions = Assert.Single(retro.Rounds).Questions;
        Assert.Equal(["자기소개 부탁드립니다.", "인덱스는 왜 빠른가요?", "인덱스가 많으면 생기는 문제가 뭔지"], questions.Select(q => q.Text));
        Assert.Equal([false, false, true], questions.Select(q => q.FollowUp));
    }

    [Fact]
    public void Import_CandidatesOwnQuestion_IsNotTheInterviewers()
    {
        var retro = BuiltIn.Retros.Import("면접 후기\n\n면접관님이 지원 동기를 물어보셨다. 끝나고 내가 팀 분위기는 어떤지 여쭤봤다.");

        Assert.Equal(["지원 동기"], Assert.Single(retro.Rounds).Questions.Select(q => q.Text));
    }
}

/// <summary>Retrospectives in the other shapes people use: review-site lists, numbered steps, counts, chains.</summary>
public sealed class RetroShapeTests
{
    [Fact]
    public void Import_ReviewSiteSentences_ReadTheListedQuestionsAndTheTerseVerbs()
    {
        const string text = "면접 질문은 자기소개, 지원 동기, 입사 후 포부 등이었다.\n면접관이 프로젝트에서 맡은 역할을 물어봄. 꼬리로 왜 그 기술을 골랐는지 질문함.";

        var questions = Assert.Single(BuiltIn.Retros.Import(text).Rounds).Questions;

        Assert.Equal(["자기소개", "지원 동기", "입사 후 포부", "프로젝트에서 맡은 역할", "왜 그 기술을 골랐는지"], questions.Select(q => q.Text));
        Assert.True(questions[^1].FollowUp);
    }

    [Fact]
    public void Import_NumberedSteps_AreRoundsWithTheirQuestions()
    {
        const string text = "How it went:\n1. Recruiter call: a 20-minute chat. She asked why I wanted to leave my job.\n" +
            "2. Coding test: two problems on HackerRank.\n3. Onsite: four interviews with the team. They asked how I would design a URL shortener.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["why I wanted to leave my job"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Empty(retro.Rounds[1].Questions);
        Assert.Equal(["how I would design a URL shortener"], retro.Rounds[2].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Import_RoundsCountedInOneSentence_AreEachARound()
    {
        const string text = "I had a phone screen with HR, then three technical interviews on the same day, and finally a call with the CEO.\n\nThe interviews were fair.";

        Assert.Equal(5, BuiltIn.Retros.Import(text).Rounds.Count);
    }

    [Fact]
    public void Import_ChainOfFollowUps_MarksAllButTheFirst()
    {
        const string text = "1차 면접 후기\n- 프로젝트 소개 → 왜 그 DB를 골랐는지 → 다른 선택지는 없었는지\n- 꼬리질문: 트래픽이 열 배가 되면 어떻게 할지";

        var questions = Assert.Single(BuiltIn.Retros.Import(text).Rounds).Questions;

        Assert.Equal(["프로젝트 소개", "왜 그 DB를 골랐는지", "다른 선택지는 없었는지", "트래픽이 열 배가 되면 어떻게 할지"], questions.Select(q => q.Text));
        Assert.Equal([false, true, true, true], questions.Select(q => q.FollowUp));
    }

    [Fact]
    public void Import_HeadingsWrittenWithAFullStopOrANumber_AreRounds_AndTheirGroupHeadingIsNot()
    {
        const string text = "신입 공채 후기\n\n과제.\n\n일주일 동안 작은 API 서버를 만들었습니다.\n\n면접.\n\n" +
            "면접은 오후에 두 번 이어서 봤습니다.\n\n1) 실무면접.\n\n캐시를 어디에 두었는지 물으셨습니다.\n\n2) 임원면접.\n\n" +
            "무슨 얘기를 했는지 하나도 기억나지 않습니다.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Empty(retro.Rounds[0].Questions);
        Assert.Equal(["캐시를 어디에 두었는지"], retro.Rounds[1].Questions.Select(q => q.Text));
        Assert.Empty(retro.Rounds[2].Questions);
    }

    [Fact]
    public void Import_SessionsToldFirstSecondThird_AreEachARound_AndATitleWithASubtitleIsNone()
    {
        const string text = "Three Calls and a Visit: Notes From My Job Search\n\nRecruiter Call\nShe asked why I was looking.\n\n" +
            "The Onsite\nThe onsite was three sessions.\n\nFirst, pairing. He asked how I would test the parser.\n\n" +
            "Second, the manager. Mostly small talk.\n\nThird, the director. I remember nothing she asked.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(4, retro.Rounds.Count);
        Assert.Equal(["why I was looking"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["how I would test the parser"], retro.Rounds[1].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Import_ACoupleOfInterviewsToldOneByOne_AreTwoRounds_AfterACallThatStartedThings()
    {
        const string text = "Backend role\n\nA recruiter started things off with a short phone call. She asked what I had built.\n\n" +
            "Then they lined up a couple of technical interviews. The first was live coding, and he asked how I would test it. " +
            "The second interview was system design.";

        Assert.Equal(3, BuiltIn.Retros.Import(text).Rounds.Count);
    }

    [Fact]
    public void Import_ATestToldAsTheTopicOfAParagraph_BeforeTheInterviewHeading_IsARound()
    {
        const string text = "첫 면접 후기\n\n진행 과정\n\n서류는 금방 통과했다.\n\n코딩테스트는 두 시간에 세 문제였고 두 문제를 풀었다.\n\n" +
            "기술 면접\n\n자기소개를 부탁하셨고, 이어서 트랜잭션 격리 수준을 물으셨다.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Empty(retro.Rounds[0].Questions);
        Assert.NotEmpty(retro.Rounds[1].Questions);
    }

    [Fact]
    public void Import_KoreanRoundsNamedByWhoWasInTheRoom_AreEachARound()
    {
        const string text = "스타트업 세 곳 중 마지막 회사 이야기.\n\n" +
            "첫 면접은 개발자 두 분과 화상으로 했다. 캐시를 언제 비우는지 물으셨다.\n\n" +
            "그다음엔 팀장님과 따로 만났다. 일정이 밀리면 누구와 먼저 상의하냐고 물으셨다.\n\n" +
            "마지막은 대표님과의 면접이었다. 왜 작은 회사로 오려는지 물으셨다.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["캐시를 언제 비우는지"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(["일정이 밀리면 누구와 먼저 상의하냐"], retro.Rounds[1].Questions.Select(q => q.Text));
        Assert.Equal(["왜 작은 회사로 오려는지"], retro.Rounds[2].Questions.Select(q => q.Text));
    }

    [Fact]
    public void Import_EnglishRoundsNamedByWhomTheCandidateMet_AreEachARound()
    {
        const string text = "My loop at a payments startup\n\n" +
            "The first interview was a video call with a recruiter. She asked why I wanted to move to payments.\n\n" +
            "Then I met the VP of engineering. He asked how I would roll back a bad migration.\n\n" +
            "Finally I spoke with two engineers from the ledger team, who asked how I test code that moves money.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Contains("VP", retro.Rounds[1].HowItWent + string.Join(" ", retro.Rounds[1].Questions.Select(q => q.Text)), StringComparison.Ordinal);
        Assert.Equal(["how I would roll back a bad migration"], retro.Rounds[1].Questions.Select(q => q.Text));
        Assert.Single(retro.Rounds[2].Questions);
    }

    [Fact]
    public void Import_ALastQuestionInsideARound_OpensNoRound()
    {
        const string text = "1차 면접은 실무진 두 분과 봤다. 해시 충돌을 어떻게 처리하는지 물으셨다. 마지막은 자바에서 equals를 재정의할 때 주의할 점이었다.\n\n" +
            "2차 면접은 임원 면접이었다. 입사 후 목표가 뭐냐고 물으셨다.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
    }

    [Fact]
    public void Import_KoreanBulletedRoundsAndCommaListedQuestions_AreReadAsTheWriterMeant()
    {
        const string text = "이직 일기 두 번째 회사\n\n" +
            "처음엔 팀장님이 전화를 주셨는데, 그냥 1차 면접이라고 부르겠습니다.\n" +
            "- 물어본 것: 지금 서비스의 하루 주문 수, 장애가 나면 누가 먼저 알게 되는지.\n" +
            "- 이어서: 알림을 왜 슬랙으로만 보냈는지, 온콜은 어떻게 돌렸는지.\n\n" +
            "- 2차는 판교 사무실에서. 개발자 두 분이 들어오셨습니다.\n" +
            "- 질문: 재고가 음수가 되면 어떻게 막는지 / 재시도는 몇 번까지 하는지.\n\n" +
            "- 3차는 대표님. 질문이 하나였습니다: 왜 지금 옮기려고 하냐.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["지금 서비스의 하루 주문 수", "장애가 나면 누가 먼저 알게 되는지", "알림을 왜 슬랙으로만 보냈는지", "온콜은 어떻게 돌렸는지"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal([false, false, true, true], retro.Rounds[0].Questions.Select(q => q.FollowUp));
        Assert.Equal(2, retro.Rounds[1].Questions.Count);
        Assert.Contains(retro.Rounds[2].Questions, q => q.Text.Contains("왜 지금 옮기려고 하냐", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EnglishCommaListedQuestionsAfterALabel_AreEachAQuestionButAClauseStaysWhole()
    {
        const string text = "Round 1 was a call with the hiring manager.\n" +
            "- Questions: how I size a sprint, why I left my last team.\n" +
            "- Follow-ups: how I handled the handover, who owned the backlog after me.\n\n" +
            "Round 2 was system design.\n" +
            "- 질문: 트래픽이 열 배가 된다면, 어디부터 바꾸겠냐.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(["how I size a sprint", "why I left my last team", "how I handled the handover", "who owned the backlog after me"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal([false, false, true, true], retro.Rounds[0].Questions.Select(q => q.FollowUp));
        Assert.Single(retro.Rounds[1].Questions);
    }

    [Fact]
    public void Import_ReviewSiteFormPrompts_AreNotInterviewQuestions()
    {
        const string korean = "[후기] 물류회사 데이터 직무 / 불합격\n\n" +
            "Q1. 면접관과 지원자는 몇 명이었나요?\n면접관 셋에 지원자 둘이었습니다.\n\n" +
            "Q2. 내가 받았던 면접 질문을 적어 주세요.\n" +
            "1차 면접은 실무진 면접이었습니다. 재고 데이터를 어떻게 검증하겠냐고 물으셨습니다.\n\n" +
            "Q3. 면접 후 아쉬웠던 점은?\n숫자를 더 준비할 걸 그랬습니다.";
        const string english = "Interview questions\n\nHow did you get the interview?\nI applied online.\n\n" +
            "The first round was a call with a recruiter. She asked why I wanted to work in logistics.";

        var ko = BuiltIn.Retros.Import(korean);
        var en = BuiltIn.Retros.Import(english);

        Assert.Equal(["재고 데이터를 어떻게 검증하겠냐"], ko.Rounds.SelectMany(r => r.Questions).Select(q => q.Text));
        Assert.Equal(["why I wanted to work in logistics"], en.Rounds.SelectMany(r => r.Questions).Select(q => q.Text));
    }

    [Fact]
    public void Import_RoundsRunTogetherOnOneLine_AreSplitIntoRoundsWithTheirItems()
    {
        const string text = "Interview question for Data Engineer\n\n" +
            "Round 1: SQL  i) Write a query for the top seller per region ii) Explain a window function  " +
            "Round 2: Manager  i) Why this team ii) A time you missed a deadline  Round 3: Director  Mostly a chat about the roadmap";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.Equal(["Write a query for the top seller per region", "Explain a window function"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal(2, retro.Rounds[1].Questions.Count);
        Assert.Empty(retro.Rounds[2].Questions);
    }

    [Theory]
    [InlineData("## My loop\n\n### Phone screen: Thirty Minutes\nShe asked why I wanted to leave.\n\n### Onsite: A Long Day\nFour rounds in a row.\n\n" +
        "#### Round 1: Coding\nThey asked me to merge two sorted lists.\n\n#### Round 2: Design\nThey asked how I would design a job queue.")]
    [InlineData("## 면접 정리\n\n### 전화 면접: 30분\n왜 이직하려는지 물으셨다.\n\n### 최종 면접: 하루 종일\n세 라운드를 연달아 봤다.\n\n" +
        "#### 1차 면접: 코딩\n정렬된 두 리스트를 합치는 방법을 물으셨다.\n\n#### 2차 면접: 설계\n작업 큐를 어떻게 설계하겠냐고 물으셨다.")]
    public void Import_MarkdownHeadingOverDeeperRoundHeadings_GroupsThemAndIsNoRound(string text)
    {
        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(3, retro.Rounds.Count);
        Assert.All(retro.Rounds, r => Assert.Single(r.Questions));
    }

    [Fact]
    public void Import_EnglishTasksSetAndPushedOn_AreQuestionsAndTheProbeAFollowUp()
    {
        const string text = "Round 1: Coding\nI was asked to model a parking garage in any language. He pushed on what happens when two cars take the last spot at once.\n\n" +
            "Round 2: Design\nDesign a rate limiter that works across three regions. We spent most of the hour on clocks.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(["model a parking garage in any language", "what happens when two cars take the last spot at once"], retro.Rounds[0].Questions.Select(q => q.Text));
        Assert.Equal([false, true], retro.Rounds[0].Questions.Select(q => q.FollowUp));
        Assert.StartsWith("Design a rate limiter", Assert.Single(retro.Rounds[1].Questions).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KoreanTaskSetAndDugInto_AreQuestions()
    {
        const string text = "1차 면접은 실무진 두 분과 봤다. 주문 알림 서비스를 설계해 보라고 하셨다. 알림 서버가 10분 동안 죽으면 어떻게 되냐고 파고드셨다.\n\n" +
            "2차 면접은 임원 면접이었다. 은행으로 오려는 이유를 물으셨다.";

        var retro = BuiltIn.Retros.Import(text);

        Assert.Equal(2, retro.Rounds.Count);
        Assert.Equal(2, retro.Rounds[0].Questions.Count);
        Assert.Single(retro.Rounds[1].Questions);
    }
}
