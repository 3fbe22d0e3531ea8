using System.Text.RegularExpressions;

namespace LoopCoach.Core.Loops;

/// <summary>Reads what a short answer means for the flow: a pass on the question, or "no questions".</summary>
public static partial class AnswerIntent
{
    // A decline is a few sentences (the pass, a reason, perhaps an offer of another story); anything longer is a
    // story, whatever words it starts with.
    private const int LongestDecline = 400;

    // A fragment the candidate takes back at the end can run to a short paragraph before they give up on it.
    private const int LongestWithdrawn = 800;

    // The longest answer that is read as a pass from its shape alone (nothing happens in it, and it says no or asks
    // back): about two short sentences. A story told in the present ("so she calls, and she's not happy…") is longer.
    private const int ShortPass = 200;

    // How far before a verb a "not" or "없" still negates it, in characters.
    private const int NegationReach = 20;

    // What may be said beside a decline, courtesy aside: a short reason, not a story.
    private const int WordsBesideDecline = 12;

    /// <summary>
    /// Whether the candidate passes on the question: "skip", "pass", "another question", or a decline worded as
    /// people say it ("I can't think of one", "I haven't really done that", "Honestly, nothing comes to mind",
    /// "죄송하지만 딱 맞는 경험은 없는 것 같습니다", "그런 경험은 아직 없어요", "글쎄요, 떠오르는 게 없네요"). A decline
    /// counts only when it is most of the answer: "I haven't done that before, so I read the manual first…" is a story.
    /// An answer to a main question is also a pass when it is short, nothing happens in it, and it says no or asks
    /// something back ("Honestly? Not really.", "Could we come back to that one?"); an answer to a follow-up
    /// (<paramref name="followUp"/>) is not read that way, since "not every week, but most weeks" there is an answer.
    /// </summary>
    public static bool IsSkip(string answer, bool followUp = false)
    {
        var text = Normalize(answer);
        if (!followUp && text.Length <= LongestWithdrawn && Withdrawn(text))
        {
            return true;
        }

        if (text.Length == 0 || text.Length > LongestDecline)
        {
            return false;
        }

        return Command().IsMatch(text) || Declines(text, followUp);
    }

    // A pass by its shape, or a decline phrase with at most a short reason or an offer of another story beside it.
    private static bool Declines(string text, bool followUp)
    {
        if (!followUp && TellsNothing(text) && text.Length <= ShortPass && (Negation().IsMatch(text) || text.Contains('?', StringComparison.Ordinal)))
        {
            // A short answer in which nothing happens, which says no or asks something back, is a pass however it is
            // worded: "Honestly? Not really.", "아뇨, 딱히요", "Could we come back to that one?", "비슷한 경우가 있긴 한데
            // 그 얘기로 대신해도 괜찮을까요?", "제가 직접 해 본 건 아니고요, 옆에서 본 적만 있어요".
            return true;
        }

        if (!Decline().IsMatch(text))
        {
            return false;
        }

        // What is left once the decline is taken out: a reason ("I tend to be cautious", "제가 신중한 편이라서요") keeps
        // it a decline; something done ("so I read the manual", "정리해서 공유했습니다") makes it a story.
        // What the candidate has done only so far ("I only see the monthly report", "저는 품의만 올려 봤어요") marks the
        // limit of their experience, not a story.
        var rest = Decline().Replace(text, " ");
        // An offer of another story ("I can talk about a time I had to learn a system instead", "대신 … 말씀드려도
        // 괜찮을까요?") tells nothing yet: it is left out of both the count and the story check.
        var sentences = SentenceBreak().Split(rest).Where(sentence => !Offer().IsMatch(sentence)).ToList();
        var content = sentences.Sum(sentence => Words().Matches(sentence).Select(m => m.Value)
            .Count(w => w.Any(IsHangul) ? !IsKoreanCourtesy(w) : !EnglishCourtesy.Contains(w)));
        var told = string.Join(" ", sentences.Where(sentence => !OnlySoFar().IsMatch(sentence)));
        return content == 0 || (content <= WordsBesideDecline && !Narrates().IsMatch(told));
    }

    // A fragment its teller takes back: one of the last two sentences withdraws it ("I don't think that's a good one.",
    // "so I don't think it really counts", "이건 빼 주세요", "이 예시는 넘어가도 괜찮을까요?"), and nothing after the
    // opening tells what came of it (an outcome, read as the analysis reads one). A full story the candidate doubts
    // aloud at the end keeps its outcome and stays a story.
    private static bool Withdrawn(string text)
    {
        var sentences = SentenceBreak().Split(text).Where(s => s.Trim().Length > 0).ToList();
        if (sentences.Count < 2)
        {
            return false;
        }

        // Taken back ("that one doesn't really count") or given up on with a decline after all ("so I can't think of an
        // example of my own") in one of the last two sentences.
        if (!sentences.TakeLast(2).Any(s => Retraction().IsMatch(s) || GivesUp(s)))
        {
            return false;
        }

        var told = sentences.Skip(1).Where(s => !Retraction().IsMatch(s) && !GivesUp(s)).ToList();
        var endsSomewhere = told.Any(s => Analysis.OutcomeReader.OutcomeScore(s, afterAction: true, hasMeasure: false) >= 1);

        // What others did after the speaker only meant to act ("제가 말씀드리려고 했는데 그 전에 담당자가 바뀌었어요") is
        // not an outcome of the speaker's work; the speaker's own action may come in the first sentence.
        var acted = sentences.Where(s => !Retraction().IsMatch(s) && !GivesUp(s)).Any(s => !Intention().IsMatch(s) && (Analysis.OutcomeReader.IsOwnAction(s) || Analysis.OutcomeReader.IsUnspokenSubjectAction(s)));
        return !acted || !endsSomewhere;
    }

    // A sentence that gives the example up after it was begun: it passes on the question ("I'll pass on this one") or
    // declines after all ("I can't think of a proper example", "다른 예시는 잘 안 떠오르네요", "적절한 사례가 없는 것
    // 같습니다"). A sentence that tells how things ended ("반품이 쌓이는 일은 없었고", "we handed it in on time, I don't
    // remember exactly") is not one, whatever "없" or "don't remember" it holds: the decline must be most of it, as a
    // decline on its own must be (Declines).
    private static bool GivesUp(string sentence) =>
        (Declines(sentence, followUp: true) || PassOnThis().IsMatch(sentence))
        && Analysis.OutcomeReader.OutcomeScore(sentence, afterAction: true, hasMeasure: false) < 1;

    // Passing on this one question in the middle of a sentence: "I'll pass on this one", "I'd rather just skip this
    // one", "I will leave that one".
    [GeneratedRegex(@"(?:skip|pass on|leave|move on from|sit out) (?:this|that|it)(?: one)?")]
    private static partial Regex PassOnThis();

    // Meaning to act, not acting: "I was going to", "I meant to", "I thought about", "말씀드리려고 했는데", "하려다가".
    [GeneratedRegex(@"\b(?:was going to|were going to|meant to|thought about|wanted to|planned to|was about to)\b|려고\s?(?:했|하다|하던)|려다(?:가)?\s")]
    private static partial Regex Intention();

    // Whether no clause of the text tells something that happened: every past-tense clause is negated or "only so far".
    // An offer of another story ("I could tell you about a time I handled…") tells nothing yet.
    private static bool TellsNothing(string text) =>
        !SentenceBreak().Split(text).Where(sentence => !Offer().IsMatch(sentence)).SelectMany(sentence => ClauseBreak().Split(sentence)).Any(Tells);

    // A clause tells something when one of its past-tense verbs is not negated right before it ("I haven't led",
    // "경험이 없었는데", "하지 않았습니다", "안 했어요") and it is not "only so far".
    private static bool Tells(string clause) =>
        !OnlySoFar().IsMatch(clause)
        && Narrates().Matches(clause).Concat(Happened().Matches(clause)).Any(verb => !Negation().IsMatch(clause.AsSpan(Math.Max(0, verb.Index - NegationReach), Math.Min(verb.Index, NegationReach))));

    /// <summary>Whether the candidate has no questions for the interviewer.</summary>
    public static bool IsNoQuestions(string answer)
    {
        var text = answer.Trim().ToLowerInvariant();
        return text.Length <= 60 && NoQuestions().IsMatch(text);
    }

    private static string Normalize(string answer) =>
        Spaces().Replace(answer.Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\''), " ");

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsKoreanCourtesy(string word) =>
        KoreanCourtesy.Contains(word) || KoreanCourtesyStarts.Any(s => word.StartsWith(s, StringComparison.Ordinal));

    // Words that carry no story: courtesy, hesitation, hedges and the function words a decline is wrapped in.
    private static readonly HashSet<string> EnglishCourtesy = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "i'd", "me", "my", "we", "a", "an", "the", "that", "this", "it", "one", "any", "anything",
        "something", "like", "of", "to", "in", "on", "at", "for", "with", "about", "so", "but", "and", "or", "yet", "before",
        "really", "actually", "honestly", "frankly", "truly", "just", "quite", "very", "sorry", "afraid", "unfortunately",
        "um", "uh", "umm", "hmm", "hm", "er", "erm", "well", "oh", "ah", "yeah", "no", "not", "sure", "ok", "okay",
        "be", "honest", "think", "guess", "say", "would", "could", "can", "that's", "thats", "it's", "its",
        "kind", "sort", "such", "situation", "time", "example", "story", "experience", "case", "question", "there",
        "is", "was", "am", "are", "have", "has", "had", "do", "did", "done", "been", "where", "when", "which", "what",
        "mind", "top", "head", "off", "now", "right", "personally", "myself", "exactly", "particular", "specific",
        "specifically", "good", "great", "relevant", "similar", "comes", "come", "fits", "fit", "here", "ever", "much",
        "please", "next", "move", "skip", "pass", "if", "alright", "don't", "didn't", "dont", "didnt", "count", "counts", "all", "let", "let's", "lets", "maybe", "probably",
    };

    private static readonly HashSet<string> KoreanCourtesy = new(StringComparer.Ordinal)
    {
        "음", "어", "아", "에", "저", "저는", "제가", "전", "네", "예", "글쎄요", "글쎄", "그게", "그", "그런", "그러한", "이런",
        "그렇게", "딱", "딱히", "별로", "특별히", "아직", "아직은", "사실", "사실은", "솔직히", "솔직하게", "정말", "진짜", "잘",
        "지금", "당장", "바로", "것", "거", "게", "같습니다", "같아요", "같네요", "같은데요", "같은데", "같고요", "죄송합니다",
        "죄송해요", "죄송하지만", "죄송한데", "죄송한데요", "아쉽게도", "안타깝게도", "혹시", "다른", "질문", "질문을",
        "질문으로", "부탁드립니다", "부탁드려요", "주시면", "주세요", "감사하겠습니다", "넘어가도", "될까요", "해당하는",
        "맞는", "비슷한", "관련된", "관련", "말씀드릴", "말씀드릴만한", "드릴", "만한", "만큼", "그런지", "것은", "건",
        "부분은", "쪽은", "쪽으로는", "하는", "한", "적은", "적이", "일은", "경험은", "경험이", "경험도", "생각이", "생각은",
    };

    // Courtesy words with their endings: 죄송하지만, 죄송스럽지만; 떠오르는; 같다고.
    private static readonly string[] KoreanCourtesyStarts = ["죄송", "같", "떠오르", "생각나", "기억나", "그러니까", "뭐"];

    // Passing outright: "skip", "/pass", "next question", "패스", "다른 질문 부탁드립니다".
    [GeneratedRegex(@"^(?:/?skip|/?pass)\b|^(?:패스|스킵|넘어갈게요|넘어가겠습니다|넘어가도 될까요)|^(?:can we |could we |let's |lets )?(?:skip|pass on|move on from) (?:this|that|it)(?: one)?\b|^(?:next|another|a different) question\b|다른 질문(?:으로)? (?:부탁|주시|해 주|해주|받을)|^(?:i )?(?:really |honestly )?(?:don't|do not|dont) know[.!…, ]*(?:sorry)?[.!… ]*$|^(?:잘 )?모르겠(?:습니다|어요|네요)[.!… ]*$")]
    private static partial Regex Command();

    // A decline, with the words that belong to it, so that what is left shows whether a story follows.
    [GeneratedRegex(
        @"(?:\bi )?(?:don't|do not|dont)(?: really| actually)? have (?:\w+ ){0,3}?(?:examples?|experiences?|stor(?:y|ies)|ones?|cases?|situations?|anything)\b" +
        @"|\bno (?:such |relevant |real |direct |good |similar |particular )?(?:experience|example|story)\b" +
        @"|(?:\bi )?(?:haven't|have not|havent|hadn't|'ve never|'ve not|have never|never|(?:don't|do not) think i'?ve(?: ever)?|not something i'?ve)(?: (?:really|actually|ever|personally|yet))? (?:done|had|been|faced|experienced|dealt|run|worked|led|managed|handled|seen|encountered|come across)\b(?: (?:with|in|into|across|on|through))?(?: (?:that|this|it|one|such|anything|something|any))?" +
        @"|(?:\bi )?(?:can't|cannot|cant|can not|couldn't|could not)(?: really)? (?:think of|recall|remember|come up with)(?: (?:one|any|an? \w+|anything|something|that|a time|an example))?" +
        @"|(?:\bi )?(?:don't|do not|dont) (?:recall|remember)(?: (?:one|any|an? \w+|anything|something|a time|an example))?" +
        @"|\b(?:don't|do not) think i(?: have| had|'ve got|'ve had|'ve ever had) (?:\w+ ){0,3}?(?:examples?|ones?|stor(?:y|ies)|experiences?|anything)\b|\bnot sure i'?ve (?:ever |really )?(?:had|done|been)\b" +
        @"|\bthere (?:hasn't|has not|haven't|have not) (?:really )?been (?:\w+ ){0,3}?(?:like that|such)\b|\bnothing like that\b|\bcan't (?:really )?say i (?:have|had)\b" +
        @"|\b(?:hard|difficult|struggling|struggle) to (?:think of|come up with) (?:one|any|an? \w+|anything)\b|\bnone that i can (?:think of|recall|remember)\b|\b(?:i'?d|i would) rather (?:not|skip|pass)\b" +
        @"|\bnothing (?:\w+ )?(?:comes|springs|jumps|came) to mind\b|\bnot that i can (?:think of|recall|remember)\b|\bdrawing a blank\b|\bi'?m blanking\b" +
        @"|\b(?:i'?m |i am )?not sure i (?:have|can think of) (?:\w+ ){0,2}?(?:examples?|ones?|stor(?:y|ies)|experiences?)\b" +
        @"|\b(?:that |it )?(?:hasn't|has not|never) (?:really )?(?:happened|come up)(?: to me)?\b" +
        @"|경험(?:[이은도]\s*|\s+)(?:\S+\s+){0,2}?(?:없|드물|부족하)\S*" +
        @"|(?:적|사례|예시|에피소드|경우|기억|일|상황|기회|얘기|이야기|건|거는|것은)[이은도가]?\s*(?:\S+\s+){0,1}?없\S*" +
        @"|(?:해|겪어|경험해|맡아|해결해)\s?본\s?(?:적|일)\S*(?:\s+\S+){0,1}?\s*없\S*" +
        @"|(?:떠오르|생각나|기억나)\S*\s+(?:\S+\s+){0,1}?없\S*|(?:떠오르|생각나|기억나)(?:지|질)\s*(?:않|않\S*|않네요|않습니다)\S*" +
        @"|(?:생각|기억)이\s*(?:잘\s*)?(?:안|나지 않)\s*\S*|\S*보지\s?못(?:했|하였)\S*" +
        @"|^(?:\S+\s+){0,3}?(?:딱히|특별히|별로|아직은?)\s+없\S*" +
        @"|\b(?:another|a different|the next) question\b|다른 질문\S*|넘어가\S*")]
    private static partial Regex Decline();

    // A story going on: "I" or "we" and a verb in the past ("I rebuilt", "we tried", "so I read the manual"), or a
    // Korean action told in the past (공유했습니다, 맡았고). The present ("I only see the report") describes, not tells.
    // "I'd love to", "I guess", "but I didn't decide" are not stories.
    [GeneratedRegex(@"\b(?:i|we)\s+(?:(?:then|first|also|just|finally|quickly|personally|actually|really)\s+)?(?:[a-z]{2,}ed|was|were|had|read|did|made|took|went|wrote|built|found|got|told|ran|set|sent|spoke|met|put|led|gave|kept|began|brought|bought|saw|left|paid|sold|taught|chose|drew|held|lost|said|spent|stood|won|cut|split|dug|came|became|grew|shut|rebuilt|rewrote|caught|sat)\b" +
        @"|(?:했|였|었|았|봤|줬|냈|웠|렸|켰|졌|쳤|겼|왔|갔|됐)(?:습니다|어요|고|는데|지만|다|으며|더니|죠)")]
    private static partial Regex Narrates();

    // Taking an example back: it does not count, is not a good or fair one, the candidate would rather not use it or
    // would give another; "빼 주세요", "넘어가도 괜찮을까요", "말씀드릴 만한 게 없습니다", "경험이라고 하기 애매하네요".
    [GeneratedRegex(@"\b(?:doesn't|does not|wouldn't|won't|don't think (?:it|that|this)(?: would| will)?) (?:really )?counts?\b|\b(?:not|isn't|wasn't|don't think (?:that's|it's|this is|that is|it is|it was|that was)) (?:really )?(?:a |the )?(?:very )?(?:good|great|fair|proper|real|right) (?:one|example|answer)\b|\bi'?d (?:rather|prefer)(?: not| to give you (?:a different|another)| to use (?:a different|another)| to (?:go with|pick) (?:a different|another))\b|\bdon't have a better one\b|\bpass (?:that|it|this) off as\b|\b(?:a |an )?(?:fair|good) answer to that\b|빼\s?주세요|빼\s?주시|넘어가도\s?(?:괜찮|될)|말씀드릴\s?만한\s?(?:게|것이|건)\s?없|경험이라고\s?하기(?:는|엔|에는)?\s?(?:좀\s?)?애매|예시로(?:는)?\s?(?:좀\s?)?(?:부족|애매|적절하지)|다른\s?(?:예시|경험|얘기|이야기)로\s?(?:대신|말씀)")]
    private static partial Regex Retraction();

    // An offer, not a telling: a modal or a "could I" around telling another story, or Korean 대신 ("instead").
    [GeneratedRegex(@"\b(?:i can|i could|i'?d be happy to|i'?m happy to|happy to|i'?d like to|can i|could i|may i)\b[^.!?]*\b(?:talk|tell|share|describe|give|go through|walk you)\b|\bif (?:it helps|that helps|that'?s useful|that'?s ok(?:ay)?|you'?d like)\b|(?:^|\s)대신\s|말씀드려도\s?(?:괜찮|될)|말씀드릴\s?수는|얘기해도\s?(?:괜찮|될)|이야기해도\s?(?:괜찮|될)")]
    private static partial Regex Offer();

    [GeneratedRegex(@"\bonly\b|\bso far\b|[가-힣](?<!지)만\s|[가-힣]밖에\s")]
    private static partial Regex OnlySoFar();

    [GeneratedRegex(@"(?<=[.!?。])\s+")]
    private static partial Regex SentenceBreak();

    // Saying no: "n't", "never", "no", "not", "nothing", and Korean 없-, 못, 안 before a verb, 않-, 모르-, 아니-.
    [GeneratedRegex(@"n't\b|\b(?:never|no(?!-)|not|nothing|none|nope)\b|없(?!어지|어졌|앴|애)|못\s?|(?:^|\s)안\s|않|모르|아니|아뇨")]
    private static partial Regex Negation();

    // Something happened, whoever did it: an English verb in the past ("she emailed", "it went", "he started").
    [GeneratedRegex(@"\b(?:[a-z]{3,}ed|was|were|did|made|took|went|got|came|began|told|said|gave|found|kept|left|ran|saw|sent|spent|wrote|built|brought|bought|caught|felt|grew|held|led|lost|met|paid|sold|taught|thought|won|became|broke|chose|drove|fell|flew|forgot|heard|knew|meant|rang|rose|sat|slept|spoke|stood|swam|threw|understood|woke|wore)\b")]
    private static partial Regex Happened();

    [GeneratedRegex(@"[,;.!?…]+\s+|\s[—–-]+\s|(?<=[가-힣](?:고|는데|지만|어서|아서|해서|니까|면서|라서|거든요))\s")]
    private static partial Regex ClauseBreak();


    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:no|nope|none|nothing|no questions?|no,? thank you|no,? thanks|i'?m good|not really|없습니다|없어요|없습니다 감사합니다|괜찮습니다|특별히 없습니다|딱히 없습니다|질문 없습니다)[.!。 ]*$")]
    private static partial Regex NoQuestions();
}
