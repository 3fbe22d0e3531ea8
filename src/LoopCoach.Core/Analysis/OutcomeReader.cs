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
        double score = 0;
        if (Sequel().IsMatch(text) || SequelKo().IsMatch(text))
        {
            score += afterAction ? 1 : 0.4;
        }

        if (!afterAction)
        {
            return score;
        }

        if (ThirdPartyPast().IsMatch(text) || ThirdPartyPassive().IsMatch(text) || EnglishSettled().IsMatch(text))
        {
            score += 1;
        }
        else if (KoreanOutcomeClause().IsMatch(text) && !KoreanFirstPersonSubject().IsMatch(text))
        {
            score += 1;
        }

        if (hasMeasure && (FirstPersonClosing().IsMatch(text) || KoreanClosing().IsMatch(text)))
        {
            // "I closed the year at 96% of quota", "103%로 마감했습니다": the measured end of the story.
            score += 1;
        }

        return score;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> tells something the speaker did: the speaker as subject and a verb in
    /// the past acting on something ("I split the crew", "제가 계획을 세웠습니다", "직접 센터에 나가 봤어요").
    /// </summary>
    public static bool IsOwnAction(string sentence) =>
        OwnActionEn().IsMatch(sentence) || (OwnActionKo().IsMatch(sentence) && KoreanPastPredicate().IsMatch(sentence));

    /// <summary>Whether <paramref name="sentence"/> states what the speaker was responsible for or asked to do.</summary>
    public static bool IsResponsibility(string sentence) =>
        Responsibility().IsMatch(sentence) || ResponsibilityKo().IsMatch(sentence);

    // A sequel: what follows the actions in time.
    [GeneratedRegex(@"\b(?:after that|afterwards|since then|from then on|by the end|by then|in the end|at the end of|the next (?:day|week|month|quarter|year)|(?:a|two|three|four|six|a few|several) (?:days|weeks|months) later|within (?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)|now,? (?:i|we|they|he|she|it|the|our|their)\b|these days)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sequel();

    [GeneratedRegex(@"그\s?(?:뒤로|후로|후에|뒤에|다음부터)|그다음\s?(?:주|달|날|해)|다음\s?(?:주|달|날|분기|해)부터|이후(?:로|에)?|지금은|요즘은|결국|만에\s|끝에|연말에|월말에|분기 말에")]
    private static partial Regex SequelKo();

    // "The report was corrected", "complaints stopped", "they renewed", "all but 400 parcels made the trucks":
    // a subject that is not the speaker, then a past-tense verb.
    [GeneratedRegex(@"^(?:(?:and|so|but|then|um|uh|well|like|yeah|basically|honestly|after that|in the end),?\s+)*(?:the|all|most|their|his|her|its|every|each|no|nothing|none|nobody|everyone|everybody|both|they|he|she|it|that|this|customers?|clients?|sales|complaints?|tickets?|calls?|errors?|revenue|costs?|churn|management)\b[^.!?]{0,60}?\b(?:\w+ed|came|went|made|stayed|grew|fell|rose|broke|kept|got|became|held|won|took|ran|shrank|sold|began|stopped|did(?:n't| not) \w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyPast();

    [GeneratedRegex(@"\b(?:was|were|got|has been|have been)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|kept|sold|won|cut|set)\b(?!\s+(?:to|by me))", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyPassive();

    // "It was fine. Nothing broke.", "it went kind of okay", "went from ten a month to none".
    [GeneratedRegex(@"\b(?:it|that|things|everything|nothing)\s+(?:was|went|worked|turned out|held)\b|\bwent from\b.*\bto\b|\bnothing (?:broke|happened|changed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSettled();

    [GeneratedRegex(@"\b(?:i|we)\s+(?:closed|finished|ended|hit|reached|delivered|shipped|landed|met|beat|exceeded|came in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonClosing();

    // A clause whose subject is marked 이/가 or 은/는 and whose predicate is a change or a settled state in the
    // past ("문구가 바뀌었고", "지연이 한 건도 없었고", "실험은 일정대로 마쳤습니다", "작업이 세 시간이면 끝나고요").
    [GeneratedRegex(@"[가-힣]+(?:이|가|은|는|도)\s[^.!?。]{0,40}?(?:[었았였됐졌렸혔겼났섰왔갔줬냈] ?(?:고|어요|어|습니다|다|는데|지만|죠|네요)|되었|없었|끝나|끝났|마쳤|늘었|줄었|바뀌었|나왔|들어왔|들어오지)")]
    private static partial Regex KoreanOutcomeClause();

    // 제가/저는/저희가/우리가 as the subject makes it an action, not an outcome.
    [GeneratedRegex(@"(?:^|\s)(?:제가|저는|저희가|저희는|우리가|우리는|저도|제 쪽에서)\s")]
    private static partial Regex KoreanFirstPersonSubject();

    [GeneratedRegex(@"(?:마감했|마쳤|달성했|기록했|끝냈|넘겼|채웠)")]
    private static partial Regex KoreanClosing();

    [GeneratedRegex(@"(?:^|[,;—-]\s*|\b(?:so|and|then|first|next|after that)\s+)i\s+(?:(?:just|also|then|first|finally|personally|actually)\s+)?(?:\w+ed|built|wrote|ran|made|took|set|split|sat|got|went|met|led|sent|spent|found|put|gave|told|called|asked|kept|began|drew|chose|brought|taught|caught|sold|paid|held|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnActionEn();

    [GeneratedRegex(@"(?:제가|저는|제 쪽에서|직접|혼자)\s[^.!?。]{0,60}?[을를]\s")]
    private static partial Regex OwnActionKo();

    [GeneratedRegex(@"[었았였했웠켰쳤줬봤짰뒀갔왔] ?(?:고|어요|습니다|다|는데|지만|죠|거든요)")]
    private static partial Regex KoreanPastPredicate();

    // The speaker's responsibility: owned, assigned, handed, managed.
    [GeneratedRegex(@"\b(?:i (?:was|got) (?:asked|told|assigned|handed|given|put in charge)|i (?:own|owned|manage|managed|run|oversee|oversaw|took over|inherited|was responsible|am responsible|'m responsible)|(?:was|is|fell) on me\b|my (?:job|role|task|responsibility|call) (?:was|is)|(?:the call|it|that) was mine\b|it was up to me|i (?:was|am) in charge)", RegexOptions.IgnoreCase)]
    private static partial Regex Responsibility();

    [GeneratedRegex(@"맡고 있|맡았|맡게 되|맡아|맡은|담당하고 있|담당했|담당자로|담당자였|관리하고 있|관리를 맡|책임이었|책임지고|제 몫|제 일이었|인계받|넘겨받|과제를 받|지시를 받|요청을 받|부탁을 받|하라는 (?:과제|지시|요청)|하기로 했")]
    private static partial Regex ResponsibilityKo();
}
