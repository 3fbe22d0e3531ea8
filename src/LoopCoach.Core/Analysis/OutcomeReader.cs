using System.Text.RegularExpressions;

namespace LoopCoach.Core.Analysis;

/// <summary>
/// Reads a sentence's grammar for what the cue words miss, in both languages: whether it tells what came of the
/// work (an outcome said plainly: "the report was corrected within two days", "complaints stopped", "지연이 한 건도
/// 없었고", "지금은 세 시간이면 끝나요") and whether it states the speaker's responsibility ("I manage…", "was on
/// me", "…를 맡고 있어요"). Outcomes are told after the actions, by a subject other than the speaker, in a past
/// or settled state, often after a sequel ("after that", "now", "그 뒤로", "다음 달부터").
/// </summary>
internal static partial class OutcomeReader
{
    /// <summary>
    /// How strongly <paramref name="sentence"/> reads as an outcome, given that an action was told before it
    /// (<paramref name="afterAction"/>): 0 when nothing in its shape says so.
    /// </summary>
    public static double OutcomeScore(string sentence, bool afterAction, bool hasMeasure)
    {
        var text = sentence.Trim();
        if (IsFinding(text))
        {
            return 0;
        }

        double score = 0;
        if (Sequel().IsMatch(text) || SequelKo().IsMatch(text))
        {
            score += afterAction ? 1 : 0.4;
        }

        if (!afterAction)
        {
            return score;
        }

        if (!ReportedSpeech().IsMatch(text)
            && (Clauses(text).Any(c => ThirdPartyPast().IsMatch(c) || MeasuredStateEn().IsMatch(c)) || ThirdPartyPassive().IsMatch(text) || EnglishSettled().IsMatch(text) || ComparedState().IsMatch(text)))
        {
            score += 1;
        }
        else if (KoreanClauses(text).Any(c => (KoreanOutcomeClause().IsMatch(c) || KoreanMeasuredOutcome().IsMatch(c)) && !KoreanFirstPersonSubject().IsMatch(c) && !Concession().IsMatch(c))
            && !KoreanHumbleEnding().IsMatch(text))
        {
            score += 1;
        }

        if (hasMeasure && (FirstPersonClosing().IsMatch(text) || KoreanClosing().IsMatch(text)
            || ChangeWithSize().IsMatch(text) || ChangeWithSizeKo().IsMatch(text)))
        {
            // "I closed the year at 96% of quota", "103%로 마감했습니다", "we raised forty thousand more than the year
            // before": the measured end of the story, whoever its subject.
            score += 1;
        }

        return score;
    }

    /// <summary>
    /// Whether the number at <paramref name="number"/> measures what came of the work, read from the clause of
    /// <paramref name="sentence"/> that holds it: a change with its size ("fell from 30 to 4", "by 20%", "절반으로",
    /// "40분에서 15분으로") always does; a condition or threshold ("if it was over fifty pounds", "30만 원 이상이면"),
    /// what someone said ("only two said price") and the speaker's own doing ("I called twelve customers", "제가 3주
    /// 동안 매장을 돌았어요") never do; any other clause of an outcome sentence does.
    /// </summary>
    public static bool MeasuresOutcome(TextSpan sentence, TextSpan number, bool duration = false)
    {
        if (IsFinding(sentence.Text.Trim()))
        {
            return false;
        }

        var clause = ClauseAround(sentence.Text, number.Start - sentence.Start, number.End - sentence.Start);
        if (duration && SaysOnlyWhen(sentence.Text, number.Start - sentence.Start, number.End - sentence.Start))
        {
            return false;
        }

        var beforeNumber = clause.Text[..Math.Clamp(clause.NumberAt, 0, clause.Text.Length)];
        var afterNumber = sentence.Text[Math.Clamp(number.End - sentence.Start, 0, sentence.Text.Length)..];
        if (Against().IsMatch(beforeNumber) || TargetAfterKo().IsMatch(afterNumber) || RankedAmong().IsMatch(beforeNumber) || RankedAmongKo().IsMatch(afterNumber))
        {
            // The yardstick the result is held against ("$1.04 million against that $900K", "9억 목표에") or the field it
            // was ranked in ("second highest of the 12 teams", "열두 팀 중에 제일"), not the result.
            return false;
        }

        if (ChangeWithSize().IsMatch(clause.Text) || ChangeWithSizeKo().IsMatch(clause.Text)
            || FirstPersonClosing().IsMatch(clause.Text) || KoreanClosing().IsMatch(clause.Text))
        {
            // A change with its size, or the speaker's measured close ("I closed the year at 96% of quota").
            return true;
        }

        return !Condition().IsMatch(beforeNumber) && !ConditionKo().IsMatch(clause.Text) && !ReportedSpeech().IsMatch(clause.Text)
            && !IsOwnAction(clause.Text) && !OwnDoingEn().IsMatch(clause.Text)
            && !(OwnDoingKo().IsMatch(clause.Text) && !OtherSubjectKo().IsMatch(clause.Text));
    }

    /// <summary>
    /// Whether the duration at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/> only
    /// says when the outcome came ("after a few months", "three weeks later", "석 달쯤 지나니까", "한 달 뒤에") rather than
    /// being the achievement itself ("within two days", "이틀 만에", "three weeks before the deadline").
    /// </summary>
    private static bool SaysOnlyWhen(string sentence, int start, int end)
    {
        var before = sentence[..Math.Clamp(start, 0, sentence.Length)];
        var after = sentence[Math.Clamp(end, 0, sentence.Length)..];
        return WhenBefore().IsMatch(before) || WhenAfter().IsMatch(after) || WhenAfterKo().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:after|for|over|during|in|within the first|over the next|in the first|than the same|than that same)\s+(?:about|around|roughly|maybe|almost|nearly|another|the next|the first|a good|just over|just under)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenBefore();

    [GeneratedRegex(@"^\s*(?:or so\s+)?(?:later|ago|on|in|into|after|since|before(?!\s+(?:the |our |its |their |my |a |that )?(?:\w+\s)?(?:deadline|due date|target|schedule|cut-?off|date (?:we|they) (?:were|had)|planned|expected)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenAfter();

    [GeneratedRegex(@"^\s*(?:쯤|정도|가량|남짓)?\s*(?:지나|뒤|후|전|동안|간(?![가-힣])|간에|내내|사이|째|이\s?지나|가\s?지나|쯤\s?지나|정도\s?지나)")]
    private static partial Regex WhenAfterKo();

    // The clause of a sentence around [start, end): split at ", " (not "1,400"), ";", dashes, and Korean connective
    // endings (…고, …는데, …지만, …서) followed by a space.
    private static (string Text, int NumberAt) ClauseAround(string sentence, int start, int end)
    {
        var from = 0;
        foreach (Match m in NumberClauseBreak().Matches(sentence))
        {
            if (m.Index + m.Length <= start)
            {
                from = m.Index + m.Length;
            }
            else if (m.Index >= end)
            {
                return (sentence[from..m.Index], start - from);
            }
        }

        return (sentence[from..], start - from);
    }

    // ", down from 11,400" and ", up from 40 %" finish the clause before them: the number there is the after value.
    [GeneratedRegex(@",\s+(?!(?:down|up) from\b)|;\s*|\s[—–-]\s|(?<=[가-힣](?:고|는데|지만|어서|아서|해서|니까|면서))\s")]
    private static partial Regex NumberClauseBreak();

    // A change told with its size: "from 30 a month to 4", "down to 12", "down from 11,400", "by 20 percent", "doubled", "halved".
    [GeneratedRegex(@"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?(?:[$£€₩]?\d[\d,.]*|zero|none|nothing|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|half|a|an)\b[^,;]{0,40}\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+|under\s+|over\s+|only\s+)?(?:[$£€₩]?\d[\d,.]*|zero|none|nothing|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|half|a|an)\b|\b(?:up|down) (?:to|by)\b|\b(?:up|down) from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?[$£€₩]?\d|\b(?:rose|fell|grew|dropped|increased|decreased|climbed|shrank|jumped|went up|went down|cut|reduced|raised|lowered|saved|improved)\b[^,;]{0,30}\bby\b|\b(?:doubled|tripled|halved)\b|\b(?:\w+er|more|fewer|less)(?: \w+){0,3} than (?:(?:the same|that same|the|our|a) (?:[a-z]+ ){0,3}?)?(?:before|last|the year|the month|the quarter|the previous|a year (?:earlier|before)|we had|it used to|they used to)|\b(?:ahead of (?:schedule|time|plan|the deadline|the date|what)|under budget|(?:days?|weeks?|months?) (?:early|ahead|sooner))|\binstead of\s+(?:the\s+)?(?:about\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|a hundred)|\b(?:a|per) (?:year|month|week|day) (?:less|more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWithSize();

    // The "from" side holds an amount ("40분에서", "세 명에서"), so that "앱에서 … 바로 올리는" is not a change.
    [GeneratedRegex(@"(?:\d|(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|백|천|만)\s?)[^,\s]{0,6}에서\s?[^,]{0,20}?(?<!바)(?:으로|로)\s?(?:줄|늘|올|떨어|내려|낮|높|단축|증가|감소|바뀌|개선)|(?:절반|반|두 배|세 배|\d+배)(?:으로|로|나|가량|정도)?\s?(?:줄|늘|올|떨어|뛰|증가|감소)|(?:만에|안에)\s?(?:끝|처리|해결|마무리|완료|나갔|납품|배송)|(?:전년|작년|지난해|예년|전년 같은 기간|지난 분기|이전|기존|목표|기준|평소)\s?(?:보다|에 비해|대비)\s?[^,]{0,30}?(?:더|덜|늘|줄|높|낮|올랐|떨어|아래|위로|많|적)|(?:%|퍼센트|배|건|명|시간|분|일|원|억|달러)\s?(?:넘게|가량|정도|이상|가까이|씩|더)?\s?(?:올렸|벌었|팔았|아꼈|남겼|받았|따냈|늘렸|줄였|낮췄|높였|증가|감소|절감|단축|줄었|늘었|올랐|떨어졌)")]
    private static partial Regex ChangeWithSizeKo();

    // A condition or threshold right before the number: "if it was over", "orders above", "anything under".
    [GeneratedRegex(@"\b(?:if|unless|whenever|when|anything|anyone|orders?|items?|claims?|refunds?)\b[^,.;]{0,40}\b(?:over|above|under|below|more than|less than|at least|up to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    [GeneratedRegex(@"(?:이상|이하|넘으면|넘는|미만|초과)(?:이면|면|일 때|인 경우|짜리|인)")]
    private static partial Regex ConditionKo();

    // A Korean doing with its object and no other subject: "한 장짜리 달력으로 묶어 보자고 했고", "3주 동안 매장을 돌았어요".
    [GeneratedRegex(@"[을를]\s[^,]*?(?:했|하자고|보자고|봤|드렸|만들었|돌았|다녔|갔|냈|썼|보냈|걸었|찾아갔|돌렸)|(?:동안|내내|마다)\s[^,]*?(?:했|봤|돌았|다녔|확인했|갔)")]
    private static partial Regex OwnDoingKo();

    // The speaker doing, wherever "I" sits: "the first thing I did was pull…", "I called twelve customers", "we offered 15% off".
    [GeneratedRegex(@"\b(?:i|we)\s+(?:(?:just|also|then|first|basically|personally|actually|even|only)\s+)?(?:called|offered|gave|spent|visited|interviewed|surveyed|asked|sent|emailed|tested|ran|checked|reviewed|read|pulled|went through|tried|hired|trained|met|booked|ordered|bought|printed|wrote|built|made|set up|did)\b|\bi did was\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnDoingEn();

    /// <summary>
    /// How strongly <paramref name="sentence"/> reads as a lesson by its shape, told after the actions
    /// (<paramref name="afterAction"/>): a regret ("I should have counted them", "세어 뒀어야 했어요"), a realisation
    /// ("…는 걸 그때 알았습니다", "…구나 싶었어요") or a habit the speaker keeps since ("these days I …", "요즘은 … 들고
    /// 가요", "그 뒤로는 … 출력해 둡니다"): the speaker now, not someone else then.
    /// </summary>
    public static double LessonScore(string sentence, bool afterAction)
    {
        var text = sentence.Trim();
        if (!afterAction)
        {
            return 0;
        }

        // A plain grammatical form, so it holds its own beside a sequel that also reads as an outcome.
        if (Regret().IsMatch(text) || RegretKo().IsMatch(text) || RealisationKo().IsMatch(text) || TakeawayEn().IsMatch(text))
        {
            return 2;
        }

        if ((HabitNowEn().IsMatch(text) && !OtherSubjectEn().IsMatch(text))
            || (SequelKo().IsMatch(text) && PresentHabitKo().IsMatch(text) && !HonorificOrPastKo().IsMatch(text) && !StateKo().IsMatch(text)
                && !KoreanOutcomeClause().IsMatch(MainClauseKo(text)) && !OtherSubjectKo().IsMatch(MainClauseKo(text))))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> reports what was found rather than what came of the work: what had
    /// happened before ("two of my colleagues had stopped speaking", "takings had dropped 20 percent" — though "by the
    /// summer, fourteen had reached the grade" is an outcome), or what looking showed ("기록을 뽑아 보니 … 쏠려
    /// 있었습니다", "재 봤더니 … 달랐어요").
    /// </summary>
    private static bool IsFinding(string sentence) =>
        PastPerfectEn().IsMatch(sentence) || (LookedAndFoundKo().IsMatch(sentence) && !SequelKo().IsMatch(sentence) && !LookedAgainKo().IsMatch(sentence));

    /// <summary>
    /// Whether <paramref name="sentence"/> is a Korean action told without its subject, as Korean mostly is: something
    /// done to an object in the past ("계량 펌프를 달고 레시피 카드를 붙였어요"), with no one else named as the subject
    /// and no honorific that points at someone else ("팀장님이 정하셨고").
    /// </summary>
    public static bool IsUnspokenSubjectAction(string sentence) =>
        ObjectThenPastKo().IsMatch(sentence) && !OtherSubjectKo().IsMatch(sentence) && !HonorificKo().IsMatch(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> tells something the speaker did: the speaker as subject and a verb in
    /// the past acting on something ("I split the crew", "제가 계획을 세웠습니다", "직접 센터에 나가 봤어요").
    /// </summary>
    public static bool IsOwnAction(string sentence) =>
        OwnActionEn().IsMatch(sentence) || (OwnActionKo().IsMatch(sentence) && KoreanPastPredicate().IsMatch(sentence));

    /// <summary>Whether <paramref name="sentence"/> tells something the speaker's team did ("we stopped baking at 6 a.m.").</summary>
    public static bool IsTeamAction(string sentence) => TeamActionEn().IsMatch(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> states what the speaker was responsible for or asked to do; in the
    /// <paramref name="opening"/> of an answer, leading or running something also names the speaker's charge.
    /// </summary>
    public static bool IsResponsibility(string sentence, bool opening = false) =>
        Responsibility().IsMatch(sentence) || ResponsibilityKo().IsMatch(sentence) || (opening && OpeningCharge().IsMatch(sentence.Trim()));

    // Clauses of a sentence, so that "We corrected them, and the sponsor's visit came back clean" is read clause by clause.
    private static IEnumerable<string> Clauses(string text) => ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0);

    [GeneratedRegex(@",\s*(?=(?:and|so|but|then|and then|and so)\s)|;\s*|\s[—–]\s")]
    private static partial Regex ClauseBreak();

    // "Only two said price", "she told me it was fine": what people said is a finding or a reaction, not an outcome.
    [GeneratedRegex(@"^(?:(?:and|so|but|then|um|uh|well|like)\s+)*[^,.!?]{0,40}?\b(?:said|says|told (?:me|us)|mentioned|explained|answered|replied|admitted|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSpeech();

    // A state compared with before, said in the present after the actions: "It's cheaper.", "things are calmer now".
    [GeneratedRegex(@"^(?:(?:and|so|but|now|um|honestly),?\s+)*(?:it|that|this|things|everything|the \w+|our \w+)(?:'s|'re| is| are)\s+(?:(?:a lot|much|way|far|a bit|slightly|so much)\s+)?(?:\w+er|more \w+|less \w+|fewer \w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedState();

    // What the speaker took from it, named as such: "what I took from it is…", "what I learned was…".
    [GeneratedRegex(@"\bwhat i (?:took|learned|learnt|took away|got) (?:from|out of|away from)\b|\bwhat i (?:learned|learnt|realised|realized) (?:is|was)\b|\bthe (?:lesson|takeaway)(?: for me)? (?:is|was)\b|\bthe (?:thing|part|bit|one thing) i'?d (?:repeat|do again|do differently|keep|change)\b|\bwhat i'?d (?:do differently|repeat|change)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakeawayEn();

    // "I should have…", "I'd have…", "I would now", "I didn't think to".
    [GeneratedRegex(@"\bi(?: should(?:'ve| have)| would(?:'ve| have)|'d have| wish i'd| wish i had| would now| didn't think to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Regret();

    // "…어야 했어요", "…았어야 했는데": what should have been done.
    [GeneratedRegex(@"[가-힣](?:어야|아야|여야) ?했")]
    private static partial Regex RegretKo();

    // A Korean sentence without its conditions whose subject is their own ("장애가 나면", "데이터가 하나만 튀어도"): that
    // subject is the condition's, not the sentence's. "팀원들이 문제 생기면 먼저 와서 얘기해요" keeps its subject.
    private static string MainClauseKo(string text) => ConditionClauseKo().Replace(text, " ");

    [GeneratedRegex(@"[가-힣]+(?:이|가)\s(?:[가-힣]*(?:만|도|씩)\s)?[가-힣]+(?:면|도|ㄹ 때마다|때마다|할 때|할 때는|될 때마다)\s|[가-힣]+(?:이|가)\s[가-힣]+\s(?:때마다|때는|때)\s")]
    private static partial Regex ConditionClauseKo();

    // "…는 걸 그때 알았습니다", "…구나 싶었어요", "…라는 걸 깨달았죠", "그때 배운 건 …", "느낀 점은 …".
    [GeneratedRegex(@"(?:배운|깨달은|느낀|알게 된)\s?(?:건|것은|것이|점은|점이|게)[\s,]|(?:걸|것을|점을)\s(?:그때\s|그제야\s|처음\s|비로소\s)?(?:알았|알게|깨달|배웠)|구나\s?(?:싶었|했|생각)")]
    private static partial Regex RealisationKo();

    // The speaker's habit now: "I don't fight every one of those now", "these days I always…", "now I check…".
    [GeneratedRegex(@"\b(?:since then|from then on|ever since(?: then)?),?\s+i(?:'ve)?\s+(?:(?:always|never|usually|now|also|still)\s+)?(?!(?:was|had|did|went|got|made|took|gave|came|became|kept|left|ran|saw|said|told|found|felt|moved|started|stopped|been)\b)(?![a-z]+ed\b)[a-z]+\b|\b(?:(?:now|these days|nowadays),?\s+i\s+(?:always|never|still|just|usually|try|make|check|ask|keep|do|don't|pick|write|bring|start|plan|book)|i\s+(?:always|never|usually|still|don't|do not|try to|make sure|check|ask|keep|pick|bring)\b[^.!?]{0,80}?\b(?:now|these days|anymore|any more|every time|first)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HabitNowEn();

    [GeneratedRegex(@"^(?:(?:and|so|but)\s+)*(?:he|she|they|the \w+|our \w+)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubjectEn();

    // A present, habitual predicate: "둡니다", "가요", "합니다", "해요", "씁니다" at the end of the sentence.
    [GeneratedRegex(@"(?:[가-힣](?:ㅂ니다|습니다|니다|요|죠))[.!。…\s]*$")]
    private static partial Regex PresentHabitKo();

    // A past or honorific predicate ("헤매셨어요", "줄었습니다") is someone's change then, not the speaker's habit now.
    [GeneratedRegex(@"(?:[었았였했셨됐졌웠켰쳤줬봤] ?(?:습니다|어요|요|죠|다)|시(?:ㅂ니다|어요|고요)|십니다|세요|셔요|시죠|시네요)[.!。…\s]*$")]
    private static partial Regex HonorificOrPastKo();

    // A state, not a doing: "세 시간이면 끝나요", "문의가 거의 없어요" tell how things are, a result.
    [GeneratedRegex(@"(?:끝나|끝납|돼|됩|나와|나옵|없어|없습|있어|있습|걸려|걸립|줄어|늘어)[가-힣]{0,3}[.!。…\s]*$")]
    private static partial Regex StateKo();

    // A subject other than the speaker ("팀원들이 먼저 물어봐요"): someone else's doing now, not the speaker's habit.
    // Adverbs ending in 이 (같이, 많이) are not subjects; topics in 은/는 are left alone (요즘은, and 는 also ends verb forms).
    [GeneratedRegex(@"(?<![가-힣])(?!(?:저희|제|우리|내)(?:가|이)\s)[가-힣]{1,8}(?<!(?:같|많|없|굳|깊|높|일찍|꼼꼼|깨끗|똑같|솔직|분명|확실|천천|틈틈|번번|일일|곰곰))(?:이|가)\s")]
    private static partial Regex OtherSubjectKo();

    // A sequel: what follows the actions in time.
    [GeneratedRegex(@"\b(?:after that|afterwards|since then|from then on|by the end|by then|in the end|at the end of|the next (?:day|week|month|quarter|year)|(?:in|over|during) the (?:following|next) (?:(?:few|two|three|four|five|six|\d+) )?(?:days?|weeks?|months?|quarters?|years?|term|semester|season)|^(?:(?:and|so|then)\s+)?by (?:the |that |our |their |its )?\w+(?: \w+){0,2},|(?:a|two|three|four|six|a few|several) (?:days|weeks|months) later|after (?:a|one|two|three|four|six|a few|several|a couple of) (?:days|weeks|months|years)|within (?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)|now,? (?:i|we|they|he|she|it|the|our|their)\b|these days|(?:'s|'re|is|are)\s+now|\w+\s+now\s+(?:takes|is|are|has|have|gets|runs|costs|sits|comes|goes|uses|works|needs|happens|lands|arrives|ships)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sequel();

    [GeneratedRegex(@"그\s?(?:뒤로|후로|후에|뒤에|다음부터)|(?:달|주|주일|개월|일|년|해|시간)\s?(?:(?:뒤|후)에?|만에)\s|(?:그때|그날|그해|이때)부터|(?:고|겪고|하고)\s?나서(?:는|부터)|그다음\s?(?:주|달|날|해)|다음\s?(?:주|달|날|분기|해)부터|이후(?:로|에)?|지금은|요즘은|결국|만에\s|끝에|연말에|월말에|분기 말에")]
    private static partial Regex SequelKo();

    // "The report was corrected", "complaints stopped", "they renewed", "all but 400 parcels made the trucks":
    // a subject that is not the speaker, then a past-tense verb.
    [GeneratedRegex(@"^(?:(?:and|so|but|then|um|uh|well|like|yeah|basically|honestly|after that|in the end),?\s+)*(?:the|all|most|their|his|her|its|every|each|no|nothing|none|nobody|everyone|everybody|both|they|he|she|it|that|this|customers?|clients?|sales|complaints?|tickets?|calls?|errors?|revenue|costs?|churn|management|people|staff|everyone|[a-z]{3,}s|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty) of)\b[^.!?]{0,60}?(?<!\b(?:is|are|'s|'re|be|being)\s+)\b(?:\w+ed|came|went|made|stayed|grew|fell|rose|broke|kept|got|became|held|won|took|ran|shrank|sold|began|stopped|did(?:n't| not) \w+|(?:was|were) (?!\w+ing to\b)\w+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyPast();

    [GeneratedRegex(@"\b(?:was|were|got|has been|have been)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|kept|sold|won|cut|set)\b(?!\s+(?:to|by me))", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyPassive();

    // "It was fine. Nothing broke.", "it went kind of okay", "went from ten a month to none".
    [GeneratedRegex(@"\b(?:it|that|things|everything|nothing)\s+(?:was|went|worked|turned out|held)\b|\bwent from\b.*\bto\b|\bnothing (?:broke|happened|changed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSettled();

    [GeneratedRegex(@"\b(?:i|we)\s+(?:closed|finished|ended|hit|reached|delivered|shipped|landed|met|beat|exceeded|came in)\b|\b(?:i|we|they|the team)(?:'d)?\s+(?:\w+ly\s+)?(?:got|scored|raised|brought in|earned|won|saved|made)\s+(?:(?:about|around|roughly|nearly|almost|over|just over|an extra|another)\s+)?(?:[$£€₩]\s?\d|\d[\d,.]*\s?(?:%|percent|k\b|million|points?\b|marks?\b|stars?\b|watts?\b|kilos?\b|kg\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonClosing();

    // A measured state told after the work, of something other than the speaker: "the longest wait we recorded was 12
    // minutes", "average handling time came to four minutes", "our score stood at 4.6".
    [GeneratedRegex(@"^(?:(?:and|so|but|then|on (?:the )?(?:\w+ ){0,2}\w+|by \w+(?: \w+)?|in the end|after that|(?:that|the next|the following|this|by that) (?:day|night|week|weekend|month|quarter|year|season|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)),?\s+)*(?:the|our|their|its|his|her|average|total|each|every)\b[^.!?,;]{0,50}?\b(?:was|were|came to|came in at|stood at|ended at|ended up at|settled at|averaged|dropped to|fell to|rose to)\s+(?:(?:about|around|roughly|only|just|under|below|over|nearly|almost|down to|up to|at)\s+)?(?:[$£€₩]\s?)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredStateEn();

    // The yardstick right before a number: "against that $900K", "against a target of 400".
    [GeneratedRegex(@"\bagainst\s+(?:(?:the|that|this|a|an|our|my|their|its)\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Against();

    // The field a result was ranked in: "the second highest of the 12 teams", "top three out of 40".
    [GeneratedRegex(@"\b(?:\w+est|best|worst|top|first|second|third|fourth|fifth|most \w+|least \w+)(?:\s+\w+)?\s+(?:of|out of|among)\s+(?:the\s+|all\s+|all the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RankedAmong();

    [GeneratedRegex(@"^\s?(?:중에서?|가운데)\s?(?:제일|가장|최고|최하|1등|일등|2등|이등|3등|삼등|\d+위)")]
    private static partial Regex RankedAmongKo();

    // A Korean number followed by what makes it a yardstick: "9억 목표에", "500 PPM 기준".
    [GeneratedRegex(@"^\s?(?:을|를|이|가|의)?\s?(?:목표|기준)")]
    private static partial Regex TargetAfterKo();

    // Clauses of a Korean sentence, split at connective endings followed by a space (…고, …는데, …지만, …니까, …서).
    private static IEnumerable<string> KoreanClauses(string text) => KoreanClauseBreak().Split(text).Where(c => c.Trim().Length > 0);

    [GeneratedRegex(@"(?<=[가-힣](?:고|는데|지만|니까|면서|어서|아서|해서|고요)),?\s")]
    private static partial Regex KoreanClauseBreak();

    // A clause that concedes before the speaker's turn ("…일단 쓰자는 분위기였지만, 저는 …") tells the setting, not an outcome.
    [GeneratedRegex(@"지만,?\s*$")]
    private static partial Regex Concession();

    // A clause whose subject is marked 이/가 or 은/는 and whose predicate is a change or a settled state in the
    // past ("문구가 바뀌었고", "지연이 한 건도 없었고", "실험은 일정대로 마쳤습니다", "작업이 세 시간이면 끝나고요").
    [GeneratedRegex(@"[가-힣]+(?:이|가|은|는|도)\s[^.!?。]{0,40}?(?:[었았였됐졌렸혔겼났섰왔갔줬냈] ?(?:고|어요|어|습니다|다|는데|지만|죠|네요)|되었|없었|끝나|끝났|마쳤|늘었|줄었|바뀌었|나왔|들어왔|들어오지)")]
    private static partial Regex KoreanOutcomeClause();

    // A measure that came out, its subject often dropped: "평균 64점 나왔습니다", "29%까지 내려갔어요", "두 건으로 줄었고요".
    [GeneratedRegex(@"\d[\d,.]*\s?[가-힣%A-Za-z]{0,3}(?:까지|으로|로|가|이)?\s?(?:[가-힣]+\s)?(?:나왔|올랐|올라갔|올라왔|내려갔|내려왔|떨어졌|낮아졌|높아졌|줄었|늘었|됐|되었|달성했|기록했|찍었|들어왔|받았|받아서)")]
    private static partial Regex KoreanMeasuredOutcome();

    // An object and, after it, a verb in the past, said to a listener: "카드를 … 붙였어요", "노트를 걷어서 … 봤습니다".
    // Plain written style (…읽었다) names its subject when it is the writer (나는, 내가), so it is not read here.
    [GeneratedRegex(@"[가-힣][을를]\s[^.!?。]{0,60}?[었았였했웠켰쳤줬봤짰뒀갔왔렸냈놨] ?(?:고|어요|습니다|는데|지만|죠|거든요|고요)")]
    private static partial Regex ObjectThenPastKo();

    // Honorific verbs point at someone else: 하셨, 정하셨, 주셨, 말씀하셨.
    [GeneratedRegex(@"셨|하시|주시|님[이께]")]
    private static partial Regex HonorificKo();

    // A sentence told in the past perfect ("… had stopped …", "had dropped"), unless it opens with the time it was
    // reached by or after ("By the summer, …", "Three months later …"); "had to" is an obligation, not a tense.
    [GeneratedRegex(@"^(?!(?:(?:and|so|but|then|um|uh|well)\s+)*by\b)(?![^,.!?]{0,30}\b(?:later|afterwards|after that|in the end|by then|by the end)\b)(?![^.!?]*\b(?:the previous (?:year|month|week|quarter|season|time)|the year before|a year earlier|the last (?:release|time|one))\b[^.!?]*\bhad\b)[^.!?]*\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?!to\b)(?:[a-z]+ed|gone|grown|fallen|risen|become|done|made|taken|seen|written|got|gotten|built|lost|left|run)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastPerfectEn();

    // Looking and finding: a verb of looking before 보니(까)/봤더니 ("기록을 뽑아 보니", "확인해 봤더니", "재 봤더니").
    [GeneratedRegex(@"(?:뽑아|확인해|살펴|찾아|들여다|조사해|분석해|알아|물어|재|세어|비교해|따져|정리해|모아|집계해|검토해|읽어|들어|분류해)\s?(?:보니까|보니|봤더니|보았더니)")]
    private static partial Regex LookedAndFoundKo();

    // Looking again after the change is measuring what came of it: "다시 세어 보니 … 줄었고".
    [GeneratedRegex(@"다시\s(?:\S+\s){0,2}?(?:세어|확인해|뽑아|재|살펴)")]
    private static partial Regex LookedAgainKo();

    // A sentence that ends in a humble verb ("팀장님께 보여 드렸고요", "말씀드렸습니다") tells what the speaker did for
    // someone senior, not what came of it.
    [GeneratedRegex(@"드렸(?:고요|고|어요|습니다|죠|다)?[.!?…]*\s*$")]
    private static partial Regex KoreanHumbleEnding();

    // 제가/저는/저희가/우리가 as the subject makes it an action, not an outcome.
    // Not when the speaker only marks the time of it: "제가 있는 동안 … 불량이 거의 안 나왔습니다".
    [GeneratedRegex(@"(?:^|\s)(?:제가|저는|저희가|저희는|우리가|우리는|저도|제 쪽에서)\s(?![가-힣]+(?:는|은|던|을)\s(?:동안|때|뒤|후|이후|사이|다음|이래)\b)")]
    private static partial Regex KoreanFirstPersonSubject();

    [GeneratedRegex(@"(?:마감했|마쳤|달성했|기록했|끝냈|넘겼|채웠)")]
    private static partial Regex KoreanClosing();

    [GeneratedRegex(@"(?:^|[,;—-]\s*|\b(?:so|and|then|first|next|after that)\s+)i\s+(?:(?:just|also|then|first|finally|personally|actually)\s+)?(?:re|over|out|under)?(?:\w+ed|built|wrote|ran|made|took|set|split|sat|got|went|met|led|sent|spent|found|put|gave|told|called|asked|kept|began|drew|chose|brought|taught|caught|sold|paid|held|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnActionEn();

    // The team doing, told as the speaker's side: "we stopped baking at 6 a.m. and did three smaller bakes", "so we split
    // the list". Not a state ("we were", "we had") and not what happened to the team ("we lost", "we got told").
    [GeneratedRegex(@"(?:^|[,;—-]\s*|\b(?:so|and|then|first|next|after that)\s+)we\s+(?:(?:just|also|then|first|finally|actually|basically)\s+)?(?!(?:lost|failed|missed|needed|wanted|used|got|had|were|was)\b)(?:re)?(?:\w+ed|built|wrote|ran|made|set|split|sat|went|met|sent|spent|put|gave|called|kept|began|drew|chose|brought|taught|sold|paid|held|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TeamActionEn();

    [GeneratedRegex(@"(?:제가|저는|제 쪽에서|직접|혼자)\s[^.!?。]{0,60}?[을를]\s")]
    private static partial Regex OwnActionKo();

    [GeneratedRegex(@"[었았였했웠켰쳤줬봤짰뒀갔왔] ?(?:고|어요|습니다|다|는데|지만|죠|거든요)")]
    private static partial Regex KoreanPastPredicate();

    // The speaker's (or the speaker's team's) responsibility: owned, assigned, handed, managed, taken on, aimed at.
    // Each form names whose it is, so that "someone had to sign the log" or "the plan was to go to two suppliers"
    // is not read as the speaker's task.
    [GeneratedRegex(@"\b(?:(?:i|we|the team|my team|our team)\s+(?:was|were|got|had been)\s+(?:\w+ly\s+)?(?:asked|told|assigned|handed|given|tasked|put in charge|brought in|made responsible|charged)|(?:asked|told|needed|wanted|got|tasked|assigned|hired|brought)\s+(?:me|us|my team|our team)\s+(?:to|with|as)\b|i (?:own|owned|manage|run|oversee|oversaw|coordinate|look after|handle|took over|inherited|was responsible|am responsible|'m responsible)\b(?!\s+to\b)|(?:was|is|fell)\s+(?:on|to)\s+me\b|(?:my|our)\s+(?:\w+\s+)?(?:job|role|task|responsibility|call|brief|remit|mandate|assignment|goal|aim|target|objective|mission|plan)\s+(?:was|is|became)\b|\b(?:was|were|is) (?:all )?mine\b|it was up to me|i (?:was|am|'m) in charge|(?:i|we|the team|my team)\s+(?:really\s+|still\s+)?(?:had|needed|was supposed|were supposed|was meant|were meant|was expected|were expected) to\b|\b(?:agreed|decided|set out)\s+to\s+(?:take|own|lead|handle|run|fix|sort|pick)\b|\bi\s+(?:\w+ly\s+)?(?:offered|volunteered)\s+to\s+\w+|\bi said i(?:'d| would| will|'ll)\b|\b(?:gave|handed|assigned|passed)\s+(?:me|us|(?:a group|a few|some|two|three|four|five|all) of us\b[^.!?]{0,25}?)\s+(?:the|this|that)\s+(?:\w+\s+){0,3}?(?:job|task|project|responsibility|section|account|accounts|area|patch|territory|case|cases|problem)\b|\b(?:said|asked),?\s+(?:""|')?(?:\w+,\s+)?(?:can|could|would) you\b|\bsaid,?\s+(?:(?:fine|okay|ok|sure|right|alright),?\s+)?you (?:set|do|take|run|sort|handle|lead|own|fix)\b|\b(?:was|is) (?:one of )?(?:my|our) (?:\w+ )?(?:objectives?|goals?|targets?|priorities|kpis?|responsibilities)\b|\b(?:took|take|taking) (?:it|this|that|them) on\b|\bi took on\b|\band (?:was|got) (?:\w+ly\s+)?(?:asked|told|tasked|assigned|given)\s+(?:to|with)\b|\bi asked (?:\w+\s+){1,4}?(?:if|whether) i could\b|\bmade (?:it|this|that) my (?:own )?(?:thing|job|project|problem|mission|responsibility)\b|\bi (?:plan|schedule|coordinate|lead|look after|cover|handle)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:for|at|in|across)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:job|role|task|target|goal|brief|remit|objective)\s+(?:from|for|set by|given by)\s+(?:\w+\s+){1,3}?(?:was|is)\s+to\b|\bi\s+(?:decided|made up my mind|set myself|set out)\s+(?:that\s+)?(?:i\s+(?:was going to|would|'d)|to)\s+(?!be\b)\w+|\b(?:my|our)\s+(?:\w+\s+){0,2}(?:team|department|group|unit|office|crew|squad|shift)\b[^.!?]{0,30}?\b(?:was|were|got)\s+(?:\w+ly\s+)?(?:asked|told|assigned|tasked|given|handed|charged)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Responsibility();

    // Leading the work, said in the opening of an answer ("I led support for our small-business customers", "I ran
    // the night shift"): the role the story is told from. Later in an answer the same verbs tell an action.
    [GeneratedRegex(@"^(?:(?:so|um|uh|okay|well|yeah|sure),?\s+)*(?:(?:at|in|when|while|as)\b[^,]{0,60}?,?\s+)?i\s+(?:led|ran|managed|owned|oversaw|coordinated|handled|covered|looked after|was (?:running|leading|managing|organi[sz]ing|coordinating|in charge of))\s+(?:the|our|a|an|my|all|every|\w+)\b(?!\s+to\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningCharge();

    [GeneratedRegex(@"총괄하고 있|총괄했|총괄을 맡|전담했|전담하게|전담하고 있|도맡았|도맡아|하는 (?:일|업무)를 (?:했|하고 있|맡)|제 일로 (?:가져|삼|맡)|맡고 있|맡았|맡게 되|맡아|맡은|담당하고 있|담당했|담당자로|담당자였|관리하고 있|관리를 맡|책임이었|책임지고|제 몫|제 일이었|인계받|넘겨받|과제를 받|지시를 받|요청을 받|부탁을 받|하라는 (?:과제|지시|요청)|하기로 했|지정(?:되|됐|받)|지시(?:를\s)?하셨|맡으라고|시키셨|맡기셨|책임자로|(?:맡게|담당하게|주관하게|책임지게|이끌게)\s?(?:됐|되었)")]
    private static partial Regex ResponsibilityKo();
}
