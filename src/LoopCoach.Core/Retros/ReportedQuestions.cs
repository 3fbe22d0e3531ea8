using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Retros;

/// <summary>A question found in a retrospective's prose, and whether it digs into the answer before it.</summary>
internal sealed record FoundQuestion(string Text, bool FollowUp);

/// <summary>
/// Finds the questions a retrospective reports in its sentences, in Korean and English, by the grammar of reported
/// speech rather than by topic: the clause before a verb of asking ("…냐고 물으셨다", "…는지 물어보셨고", "…해 달라고
/// 하셨다", "X냐는 질문도 있었다", "첫 질문이 자기소개였다"; "he asked how …", "wanted to know whether …", "dug into
/// what …", "the classic question of …"), lists after a colon or in brackets ("C++ basics: the difference …, and
/// when …"), and quoted questions. Enumerated questions are split ("…썼는지, … 뭐였는지 물어보셨다"). The
/// candidate's own questions (여쭤봤다, "I asked them") are not the interviewer's. A question is a follow-up when the
/// sentence reacts to the answer before it (꼬리질문, 그러자, 답했더니, 다시, 연달아, "dug into", "followed up", "when
/// I described it, he asked").
/// </summary>
internal static partial class ReportedQuestions
{
    /// <summary>The questions <paramref name="sentence"/> reports; <paramref name="previous"/> is the sentence before it.</summary>
    public static List<FoundQuestion> Find(string sentence, string? previous)
    {
        var text = Aside().Replace(sentence, " ").Trim();
        var found = text.Count(TextSegmenter.IsHangul) * 2 > text.Count(char.IsAsciiLetter) ? Korean(text, previous) : English(sentence.Trim());
        return [.. found.Where(q => q.Text.Length >= 2 && q.Text.Length <= 200).DistinctBy(q => Squash(q.Text))];
    }

    private static List<FoundQuestion> Korean(string text, string? previous)
    {
        var found = new List<FoundQuestion>();
        var followUp = KoreanFollowUp().IsMatch(text);

        // 「제일 기억에 남는 산이 어디냐」고 물어보셨고, '…어떻게 설득하겠냐'는 질문, CPO님 질문: 「…말해 주세요.」: a question
        // quoted as it was asked is whole, commas and all; the passes below skip what a quote already holds.
        var quotes = new List<(int Start, int End)>();
        var asked = new List<(int At, FoundQuestion Question)>();
        foreach (Match quote in KoreanQuote().Matches(text))
        {
            var content = quote.Groups["q"].Value.Trim();
            var after = text[(quote.Index + quote.Length)..];
            var beforeQuote = text[..quote.Index];
            var isQuestion = QuoteAsked().IsMatch(after) || QuoteAsks().IsMatch(content)
                || (QuoteWas().IsMatch(after) && (text.Contains("질문", StringComparison.Ordinal) || (previous?.Contains("질문", StringComparison.Ordinal) ?? false)));
            if (!isQuestion || QuoteTopic().IsMatch(after) || TopicBefore().IsMatch(beforeQuote) || content.Length < 4)
            {
                continue;
            }

            quotes.Add((quote.Index, quote.Index + quote.Length));
            var drills = KoreanFollowUp().IsMatch(beforeQuote.Length > 40 ? beforeQuote[^40..] : beforeQuote) || (asked.Count == 0 && followUp && KoreanFollowUp().IsMatch(beforeQuote));
            asked.Add((quote.Index, new FoundQuestion(QuoteClean(content), drills)));
        }

        bool Quoted(int at) => quotes.Any(q => at >= q.Start && at <= q.End + 4);

        // "…는지 물어보셨다", "…냐고 하셨고", "…해 달라고 하셨다": the clauses before each verb of asking. Whether it
        // digs into the answer is read in its own stretch of the sentence ("…하자 … 꼬리질문으로 물어보셨다").
        var start = 0;
        foreach (Match verb in KoreanAsk().Matches(text))
        {
            var before = text[start..verb.Index];
            var drills = KoreanFollowUp().IsMatch(before + verb.Value) || (start == 0 && KoreanFollowUp().IsMatch(text[..verb.Index]));
            start = verb.Index + verb.Length;
            if (Quoted(verb.Index - (before.Length - before.TrimEnd().Length) - 1))
            {
                continue;
            }
            var clauses = ClauseComma().Split(ClauseEnd().Split(before)[^1]).ToList();

            // "나는 … 옮기는 일이라고 했다": what the candidate said is an answer, not a question.
            if (Speaker().IsMatch(clauses[^1].TrimStart()))
            {
                continue;
            }

            var clausesAsked = new List<string> { clauses[^1] };
            // Earlier items of the same enumeration: clauses that end as a question ("…하는지", "…뭔지"), or, in a list
            // closed by "등을", short nouns ("가족관계와 성격, 주량, 주말에 … 하는지 등을 물어본다").
            var listed = ListClose().IsMatch(clauses[^1].Trim());
            for (var i = clauses.Count - 2; i >= 0 && (IsQuestionEnding(clauses[i].Trim()) || NamedQuestion().IsMatch(clauses[i].Trim()) || (listed && IsNounItem(clauses[i].Trim()))); i--)
            {
                clausesAsked.Insert(0, NamedQuestion().Replace(clauses[i], ""));
            }

            asked.AddRange(clausesAsked.SelectMany(SplitEnumeration).Select(KoreanClean).Where(q => q.Length > 0).Select(q => (verb.Index, new FoundQuestion(q, drills))));
        }

        found.AddRange(asked.OrderBy(a => a.At).Select(a => a.Question));

        // "5년 뒤 어떤 개발자가 되어 있을 것 같냐는 질문도 있었다", "첫 질문이 자기소개였다", "…했는지였다".
        foreach (Match noun in QuestionNoun().Matches(text))
        {
            var end = noun.Groups["end"];
            if (Quoted(end.Index + end.Length))
            {
                continue;
            }

            var clauses = ClauseComma().Split(ClauseEnd().Split(text[..(end.Index + end.Length)])[^1]).ToList();
            // "혼자 공부할 때 막히면 어떻게 푸는지, 그리고 … 괜찮겠냐는 질문이 있었다": the earlier items of the same list.
            var items = new List<string> { clauses[^1] };
            for (var i = clauses.Count - 2; i >= 0 && (IsQuestionEnding(clauses[i].Trim()) || NamedQuestion().IsMatch(clauses[i].Trim())); i--)
            {
                items.Insert(0, NamedQuestion().Replace(clauses[i], ""));
            }

            found.AddRange(items.SelectMany(SplitEnumeration).Select(KoreanClean).Where(q => q.Length > 0).Select(q => new FoundQuestion(q, followUp)));
        }

        // "첫 질문이 자기소개였다", "면접 질문은 자기소개, 지원 동기, 입사 후 포부 등이었다".
        if (QuestionWas().Match(text) is { Success: true } was && !Quoted(was.Index + 1) && !Quoted(was.Groups["q"].Index - 4))
        {
            found.AddRange(was.Groups["q"].Value.Split([", ", "，"], StringSplitOptions.RemoveEmptyEntries).Select(KoreanClean).Where(q => q.Length > 0).Select(q => new FoundQuestion(q, followUp)));
        }

        foreach (Match copula in IndirectCopula().Matches(text))
        {
            var clause = ClauseComma().Split(text[..(copula.Index + copula.Groups["q"].Length)])[^1];
            found.Add(new FoundQuestion(KoreanClean(clause), followUp));
        }

        // "성장 과정에 대한 질문, 갈등 해결 경험에 대한 질문이 있었다": the topics asked about.
        if (found.Count == 0)
        {
            foreach (Match about in AboutQuestion().Matches(text))
            {
                var topic = KoreanClean(about.Groups["q"].Value);
                if (topic.Length >= 2)
                {
                    found.Add(new FoundQuestion(topic, followUp));
                }
            }
        }

        // "마지막에 질문할 기회를 준다": the interviewer's closing "any questions?", asked of the candidate.
        if (ClosingOffer().IsMatch(text))
        {
            found.Add(new FoundQuestion("궁금한 점이 있는지", false));
        }

        // "기술 질문은 적었다. 자바의 오버로딩이랑 오버라이딩 차이, 그리고 … 빨라지는지 정도.": a list with no verb after a sentence about the questions.
        if (found.Count == 0 && previous is not null && (previous.Contains("질문", StringComparison.Ordinal) || CountedAsks().IsMatch(previous)) && text.Contains(", ", StringComparison.Ordinal) && TopicList().IsMatch(text.TrimEnd('.', ' ')))
        {
            found.AddRange(text.TrimEnd('.', ' ').Split([", 그리고 ", ", ", " 그리고 "], StringSplitOptions.RemoveEmptyEntries).Select(KoreanClean).Where(q => q.Length > 1).Select(q => new FoundQuestion(q, false)));
        }

        // "position: sticky가 안 먹는 경우를 아는지.", "그 외에는 왜 전공을 버리고 개발을 하려는지 정도.": a sentence that is
        // itself an indirect question, noted down without a verb of asking.
        if (found.Count == 0 && ClauseComma().Split(text.TrimEnd('.', ' ')) is { Length: 1 } single && IsQuestionEnding(ListClose().Replace(single[0].Trim(), "").Trim()) && !Speaker().IsMatch(text))
        {
            found.Add(new FoundQuestion(KoreanClean(ListClose().Replace(single[0].Trim(), "").Trim()), followUp));
        }

        // "궁금한 걸 물어보셨다", "생각보다 구체적으로 물어보십니다": what was asked is not named.
        return [.. found.Where(q => !Unnamed().IsMatch(q.Text.Trim()))];
    }

    private static List<FoundQuestion> English(string text)
    {
        var found = new List<(int At, FoundQuestion Question)>();
        var previousEnd = 0;
        foreach (Match cue in EnglishAsk().Matches(text))
        {
            var rest = text[(cue.Index + cue.Length)..];
            var end = EnglishStop().Match(rest);
            var content = (end.Success ? rest[..end.Index] : rest).Trim();

            // A follow-up digs in by its verb, or reacts to what the candidate just said ("when I described it, he asked …").
            var drills = EnglishFollowUpCue().IsMatch(cue.Value) || EnglishFollowUp().IsMatch(text[previousEnd..cue.Index]);
            previousEnd = cue.Index + cue.Length;

            // "gave me a slow SQL query and asked how I'd speed it up": the task is part of the question.
            if (Given().Match(text[..cue.Index]) is { Success: true } given)
            {
                content = given.Groups["task"].Value.Trim() + ": " + content;
            }

            found.AddRange(EnglishItems(content).Select((item, k) => (cue.Index * 100 + k, new FoundQuestion(item, drills))));
        }

        // "C++ basics: the difference between …, and when …"; "open questions on workflow: how …, and what …".
        if (TopicColon().Match(text) is { Success: true } topics)
        {
            found.AddRange(EnglishItems(topics.Groups["items"].Value).Select((item, k) => (topics.Groups["items"].Index * 100 + k, new FoundQuestion(item, false))));
        }

        // "answering fixed questions (why …, describe …, what …)"; "the coding question (merge overlapping intervals)".
        foreach (Match bracket in QuestionBracket().Matches(text))
        {
            var items = bracket.Groups["items"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            found.AddRange(items.Select((item, k) => (bracket.Index * 100 + k, new FoundQuestion(bracket.Groups["coding"].Success ? "Coding: " + item : item, false))));
        }

        // "a short quiz (what is event bubbling, what does `this` refer to …, difference between …)": a bracketed list
        // whose items read as questions, whatever noun stands before it.
        foreach (Match bracket in AnyBracket().Matches(text))
        {
            var items = bracket.Groups["items"].Value.Split([", ", "; "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => i.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? i[4..] : i).ToList();
            if (items.Count >= 2 && items.Count(i => QuestionStart().IsMatch(i)) * 2 > items.Count && !QuestionBracket().IsMatch(text[..(bracket.Index + bracket.Length)]))
            {
                found.AddRange(items.Select((item, k) => (bracket.Index * 100 + k, new FoundQuestion(item, false))));
            }
        }

        // "The HR screen was the usual: why this company, why data engineering, visa status, start date.": a list after a
        // colon, at least half of whose items read as questions, is what was asked.
        if (found.Count == 0 && ColonList().Match(text) is { Success: true } colon)
        {
            var items = colon.Groups["items"].Value.TrimEnd('.', ' ').Split([", and ", ", ", "; "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (items.Count >= 2 && items.Count(i => QuestionStart().IsMatch(i)) * 2 >= items.Count && items.All(i => i.Split(' ').Length <= 16))
            {
                found.AddRange(items.Select((item, k) => (colon.Groups["items"].Index * 100 + k, new FoundQuestion(item, false))));
            }
        }

        // "asked some private things, like whether I was married and whether …": the examples are the questions.
        if (AskedLike().Match(text) is { Success: true } like)
        {
            found.AddRange(EnglishItems(like.Groups["items"].Value).Select((item, k) => (like.Groups["items"].Index * 100 + k, new FoundQuestion(item, false))));
        }

        // "a friendly chat about my work history and what had drawn me to the role", "went back over my background":
        // the topics an interviewer raised, when the sentence names no question of its own.
        if (found.Count == 0 && TopicOf().Match(text) is { Success: true } topic)
        {
            var items = TopicSplit().Split(EnglishStop().Match(topic.Groups["items"].Value) is { Success: true } stop ? topic.Groups["items"].Value[..stop.Index] : topic.Groups["items"].Value)
                .Select(i => i.Trim(' ', ',', '.', ';')).Where(i => i.Length >= 4 && i.Length <= 80);
            found.AddRange(items.Select((item, k) => (topic.Groups["items"].Index * 100 + k, new FoundQuestion(item, false))));
        }

        if (CodingWas().Match(text) is { Success: true } coding)
        {
            found.Add((coding.Index * 100, new FoundQuestion("Coding: " + coding.Groups["q"].Value.Trim(), false)));
        }

        // "Medium-level problem: given a template string …, fill in …", "The prompt was to design a system for …": the
        // problem set, stated as a task.
        else if (ProblemStated().Match(text) is { Success: true } problem)
        {
            found.Add((problem.Index * 100, new FoundQuestion((problem.Groups["design"].Success ? "" : "Coding: ") + problem.Groups["q"].Value.Trim(), false)));
        }

        foreach (Match quote in Quoted().Matches(text))
        {
            var q = quote.Groups["q"].Value.Trim();
            if (q.EndsWith('?') || ImperativeStart().IsMatch(q))
            {
                found.Add((quote.Index * 100, new FoundQuestion(q.TrimEnd('.'), false)));
            }
        }

        return [.. found.OrderBy(f => f.At).Select(f => f.Question)];
    }

    // "what motivates me, whether I'm used to …, and "Why Japan?" once more" → three questions.
    private static IEnumerable<string> EnglishItems(string content) =>
        EnglishEnumeration().Split(content)
            .Select(i => Quoted().Replace(i, m => m.Groups["q"].Value).Trim(' ', ',', '.', ';', '"', '“', '”'))
            .Select(i => OnceMore().Replace(i, "").Trim())
            .Select(i => i.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? i[3..] : i)
            .Where(i => i.Length >= 4 && i.Split(' ').Length >= 2);

    /// <summary>
    /// Whether a Korean clause ends as an indirect question: "…냐", "…는지", "…할지", and the contracted "뭔지", "건지"
    /// (a syllable ending in ㄴ or ㄹ before 지), with a particle after it or not.
    /// </summary>
    private static bool IsQuestionEnding(string clause)
    {
        var bare = EndParticle().Replace(clause, "");
        if (QuestionEnding().IsMatch(bare))
        {
            return true;
        }

        if (bare.Length >= 2 && bare[^1] == '지' && bare[^2] is >= '가' and <= '힣')
        {
            var final = (bare[^2] - '가') % 28;
            return final is 4 or 8; // ㄴ, ㄹ
        }

        return false;
    }

    // A short noun phrase in a list ("주량", "가족관계와 성격"): no verb or clause ending.
    private static bool IsNounItem(string clause) =>
        clause.Length is > 0 and <= 20 && clause.Split(' ').Length <= 3 && !NarrativeEnd().IsMatch(clause) && clause.Any(TextSegmenter.IsHangul);

    private static IEnumerable<string> SplitEnumeration(string clause) =>
        KoreanEnumeration().Split(clause).Where(p => p.Trim().Length > 0);

    // The question without the narrative around it: leading connectives and the asker ("그러자 이사님이"), trailing
    // quotative endings and particles ("…냐고", "…는지부터", "…시기만").
    private static string KoreanClean(string clause)
    {
        var words = clause.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var asker = words.Take(3).ToList().FindLastIndex(w => Asker().IsMatch(w));
        words.RemoveRange(0, asker + 1);
        while (words.Count > 0 && (KoreanLead().IsMatch(words[0]) || Asker().IsMatch(words[0])))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && KoreanTrail().IsMatch(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var question = string.Join(' ', words).Trim(' ', ',', '.', '"', '\'', '“', '”', '‘', '’');
        question = QuotativeEnding().Replace(question, "${keep}");
        return question.Trim();
    }

    // A quoted question as noted: without its closing mark and a trailing "?" or full stop.
    private static string QuoteClean(string content) => content.Trim().TrimEnd('.', '?', '？', ' ').Trim();

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"\([^()]*\)|（[^（）]*）")]
    private static partial Regex Aside();

    [GeneratedRegex(@"「(?<q>[^「」]{2,200})(?:」|$)|『(?<q>[^『』]{2,200})』|(?<![가-힣A-Za-z0-9])'(?<q>[^'\n]{2,200})'|‘(?<q>[^‘’]{2,200})’|""(?<q>[^""]{2,200})""|“(?<q>[^“”]{2,200})”")]
    private static partial Regex KoreanQuote();

    // After a quote, a verb of asking or saying: 「…」고 물어보셨다, '…'라고 하셨다, '…'는 질문이 있었다, "…" 하고 물으셨다.
    [GeneratedRegex(@"^\s*(?:(?:고|라고|이라고|하고|하며|하면서)\s*(?:(?:다시|또|한\s*번\s*더|연달아|이어서)\s*)?(?:물|묻|하셨|하시|하셔|했|한다|해요|합니다|말씀|질문|여쭈|캐물|되물)|(?:는|라는|이라는|란)\s*(?:[가-힣]+\s+)?질문)")]
    private static partial Regex QuoteAsked();

    // A quote that reads as a question or a request: "…어디냐", "…찾아봤어요?", "…말해 주세요.", "…설명해 보세요".
    [GeneratedRegex(@"(?:[?？]|(?:냐|느냐|니|까|나요|가요|세요|는지|을지|ㄹ지|은지|인지)[.]?)$")]
    private static partial Regex QuoteAsks();

    // "하나는 「…」였고": a quote given as what one of the questions was, when the sentence or the one before speaks of questions.
    [GeneratedRegex(@"^\s*(?:였|이었|입니다|이에요|예요)")]
    private static partial Regex QuoteWas();

    // A quote naming a topic chosen or debated, not asked: '…'을 골랐습니다, 주제는 '…'였어요.
    [GeneratedRegex(@"^\s*(?:을|를)\s*(?:골|선택|택)")]
    private static partial Regex QuoteTopic();

    [GeneratedRegex(@"(?:주제|제목|키워드|과제)(?:는|은|가|로)\s*$")]
    private static partial Regex TopicBefore();

    [GeneratedRegex(@"^(?:(?:그다음부터는|그\s*뒤로는|이후로는|계속)\s+)?(?:[가-힣]+\s+){0,4}(?:궁금한\s*(?:걸|것|점)(?:들)?(?:을|를)?|이것저것|여러\s*가지|몇\s*가지|많이|좀|이런저런)$|^(?:생각보다\s+)?[가-힣]*(?:적으로|하게|스럽게|없이)$")]
    private static partial Regex Unnamed();

    // "인사 총괄님은 두 가지였다.", "물어보신 건 세 개예요.": the sentence before a list of what was asked.
    [GeneratedRegex(@"(?:두|세|네|다섯|[2-5])\s*(?:가지|개)(?:였|이었|입니|예요|에요|였어요|였습니다)|물어보신\s*(?:건|것)")]
    private static partial Regex CountedAsks();

    // Verbs of asking in every tense and register ("물어보셨다", "물어본다", "물어봐요", "묻는다", "질문했다", "캐물으셨다",
    // "파고드셨다"), and a quotation closed by a verb of saying ("…냐고 하셨다", "…해 보라고 하셨다"). The candidate's own
    // questions (여쭤봤다, "내가 물었다") and an offer to ask ("질문할 기회") are not the interviewer's.
    [GeneratedRegex(@"(?<!여쭤|여쭈어|내가\s|제가\s)(?:물어\s*(?:보(?!고\s*싶)|본|봐|봤|봄|봅|볼)|물으|물었|묻는|묻고|묻더|묻길|묻기|묻습|캐물|캐묻|파고드|파고들|질문(?:을\s*)?(?:하(?!기\s*전)|했|함|해|합|주|받|드리|던지|이\s*들어|이\s*이어)(?!\s*(?:기회|시간))|(?<=(?:냐|느냐|는지|었냐|았냐|겠냐|지)고\s*(?:(?:한\s*번\s*)?더\s+|다시\s+|또\s+)?)(?:하셨|하시|하셔|했|한다|해요|합니다|물|묻|말씀하|들어오|들어왔)|(?<=(?:라|달라|보라|해\s*달라|주라)고\s*)(?:하셨|하시|하셔|한다|했|말씀하|시키)|(?<=(?:을|를|부터|도)\s*)(?:시키(?:셨|시|셔)|시켰|요청하(?:셨|시|셔))|확인하(?:셨|시|셔)|궁금해하(?:셨|셔|시))[가-힣]*")]
    private static partial Regex KoreanAsk();

    [GeneratedRegex(@"(?<end>냐|느냐|는지|은지|을지|인지|라|까|는가)(?:는|라는|에\s*대한)\s*(?:[가-힣]+\s+){0,2}질문(?:이|도|을|은)?\s*(?:[가-힣]+\s+)?(?:있|나왔|받았|이어|들어|했|던)")]
    private static partial Regex QuestionNoun();

    [GeneratedRegex(@"(?:^|\s)(?:(?:(?:[가-힣]+\s+)?질문(?:들)?)(?:이|은|는|으로는)\s+(?<q>[^.]{2,160}?,[^.]{2,160}?)|(?:첫\s*질문|처음\s*질문|시작|첫\s*번째\s*질문|마지막\s*질문|다음\s*질문)(?:이|은|는)\s+(?<q>[^.,]{2,60}?))(?:\s*등)?(?:이었다|였다|였고|이었고|였는데|이었는데|였어요|이었어요|였습니다|이었습니다|였음|이었음)")]
    private static partial Regex QuestionWas();

    [GeneratedRegex(@"(?<q>(?:는지|은지|을지|인지|었는지|았는지|했는지))(?:였다|이었다|였어요|였습니다|였음)")]
    private static partial Regex IndirectCopula();

    // Where a Korean narrative clause ends before the question begins: "…꺼냈는데,", "…답했더니", "…봤는데".
    [GeneratedRegex(@"(?<=(?:더니|었는데|았는데|했는데|봤는데|났는데|갔는데|왔는데|냈는데|니까|하자|되자))\s+")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@",\s*")]
    private static partial Regex ClauseComma();

    [GeneratedRegex(@"(?:냐|느냐|는지|은지|을지|인지|까|던지|는가|나요)$")]
    private static partial Regex QuestionEnding();

    // An item named as a question in a list of them: "…설명해 달라는 질문, …아는지 묻는 질문이 있었다".
    [GeneratedRegex(@"(?<=(?:냐|는지|은지|인지|라|까))는\s*질문$")]
    private static partial Regex NamedQuestion();

    // The candidate as the speaker: "나는 …라고 했다", "제가 …".
    [GeneratedRegex(@"^(?:나는|난|내가|저는|전|제가)\s")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"(?:도|를|을|부터|까지|만|등|등을|등도)$")]
    private static partial Regex EndParticle();

    [GeneratedRegex(@"등(?:을|도|에\s*대해)?$|정도(?:를|로)?$")]
    private static partial Regex ListClose();

    [GeneratedRegex(@"(?:고|서|데|며|면|만|다|요|니|게|도록|는|은|한|던|했|였)$")]
    private static partial Regex NarrativeEnd();

    [GeneratedRegex(@"(?<=(?:냐|느냐|는지|은지|을지|인지|까))(?:도|를|부터)?,\s*(?:그리고\s+)?|\s+그리고\s+(?=\S)")]
    private static partial Regex KoreanEnumeration();

    [GeneratedRegex(@"^(?:그러자|그랬더니|그러니까|그러니|그럼|그러면|이어서|이어|그다음(?:은|엔|에는)?|그\s*다음(?:엔|은)?|다음(?:은|엔|으로)|그리고|또|또한|마지막으로|마지막에|끝으로|처음엔|처음에는|먼저|거기서|다만|예를|들면|예컨대|이를테면|가령|한|단계|더|들어가서|계속|바로|곧바로|질문은|이제|특히|주로|대신|혹시|딱|하나|아까|좀|그때|그러고|그러고는|꼬리로|꼬리질문으로)$")]
    private static partial Regex KoreanLead();

    // The interviewer named as the subject: "이사님이", "면접관은", "팀장님께서", "한 분이", "인사 담당자님은".
    [GeneratedRegex(@"^(?:[가-힣]*님|[가-힣]*관|[가-힣]*분|[가-힣]*자님|상대|그분|그쪽|저쪽|면접관님)(?:이|은|는|께서|이서|도)$")]
    private static partial Regex Asker();

    [GeneratedRegex(@"^(?:다시|연달아|계속|또|추가로|이어서|직접|먼저|바로|한번|한\s*번|한|번|더|좀|정도|등|등을|같은|것|거|얘기|이야기|내용|꼬리\s*질문으로|꼬리질문으로|질문으로|질문을|간단히|짧게)$")]
    private static partial Regex KoreanTrail();

    [GeneratedRegex(@"(?<keep>냐|느냐|는지|은지|을지|인지|까)(?:고|는)?(?:도|를|부터)?$|(?<keep>[가-힣]해)\s*(?:달라고|보라고|주라고)$|(?<keep>[가-힣])\s*(?:달라고|보라고|주라고)$|(?<keep>[가-힣])라고$|(?<keep>[가-힣]{2,})(?:만|도|부터|까지|정도|를|을)$")]
    private static partial Regex QuotativeEnding();

    // A list of topics with no verb: "…오버라이딩 차이, 그리고 … 빨라지는지 정도."
    [GeneratedRegex(@"(?:정도|등|차이|는지|은지|인지|을지|냐|같은\s*것)$")]
    private static partial Regex TopicList();

    [GeneratedRegex(@"꼬리|한\s*단계\s*더|더\s*(?:자세히|깊이|파고)|다시\s*물|연달아|그러자|그랬더니|답했더니|말했더니|설명했더니|이어서\s*그|^그럼\s|^그러면\s")]
    private static partial Regex KoreanFollowUp();

    [GeneratedRegex(@"(?<lead>)(?<!\b(?:nobody|no one|never|I|we)\s)\b(?:(?:asked|asking)\s+(?=(?:why|how|what|whether|if|when|where|who|which|about)\b)|(?:asked|asking|ask)\s+me\s+(?=(?:why|how|what|whether|if|when|where|who|which|about|to)\b))|\bwanted to (?:know|hear|understand)\s+|\bdug (?:in)?to\s+|\bdrilled into\s+|\bfollowed up (?:on \w+(?: \w+)? )?by asking(?: me)?\s+|\bpushed me to\s+(?<lead>)|\bgave me a chance to\s+|\bhad me\s+|\b(?:the|a|one) (?:classic |usual |standard )?question (?:of|about)\s+|\bquizzed me on\s+|\b(?:was|were) asked to\s+|\b(?:pushed|pressed|grilled me|probed me) on\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAsk();

    [GeneratedRegex(@"\)|,\s*and then\b|,\s*then\b|;\s|\.\s|,\s*(?:and\s+)?(?:[\w']+\s+){0,4}(?:asked|wanted|dug|followed|pushed)\b|,\s*and (?:when|after) I\b|\s+when I (?:mentioned|described)\b|,\s*and (?:finally |also )?(?:he|she|they|the \w+) (?!(?:is|was|would|should|could|can)\b)|,\s*(?:talking|which|so that|before|after)\b|\s+and (?:then |finally |also )?(?:asked|wanted|went|moved|turned|said|dug|followed|pushed|gave|described|told|seemed|spent|ended|wrapped|finished)\b")]
    private static partial Regex EnglishStop();

    [GeneratedRegex(@"dug (?:in)?to|drilled|followed up|pushed me|when I (?:mentioned|described|said|explained|answered)|after I (?:mentioned|described|said|explained|answered)|\bagain\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFollowUp();

    [GeneratedRegex(@"dug|drilled|followed up|pushed|pressed|probed|grilled", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFollowUpCue();

    [GeneratedRegex(@"\b(?:gave|showed|handed) me (?<task>(?:an? |the )?[\w\- ]{3,40}?) and\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Given();

    [GeneratedRegex(@"(?:basics|fundamentals|questions?|topics|about fit|about \w+)(?: on [\w ]{1,20})?(?::|\s+[—–]|\s+-\s)\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicColon();

    [GeneratedRegex(@"(?:questions?|(?<coding>coding (?:question|problem|exercise|challenge)))\s*\((?<items>[^()]{4,300})\)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionBracket();

    [GeneratedRegex(@"(?:^|,\s*|\.\s*)(?<q>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,40}?)에\s*(?:대한|관한|대해서?|관해서?)\s*(?:질문|물어|묻)")]
    private static partial Regex AboutQuestion();

    [GeneratedRegex(@"질문할\s*(?:기회|시간)(?:을|를)?\s*(?:주|줬|준|드리|가졌|가진|받)")]
    private static partial Regex ClosingOffer();

    [GeneratedRegex(@"\((?<items>[^()]{8,300})\)")]
    private static partial Regex AnyBracket();

    [GeneratedRegex(@"^(?:what|why|how|when|where|who|which|whether|difference|the difference|tell|describe|explain|walk|design|implement|write|is|are|do|does|can)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"\basked (?:me )?(?:about )?(?:some|a few|several|a couple of|many|lots of|a lot of)?\s*(?:[\w\-]+\s+){0,2}(?:things|questions|stuff)\b[^.]*?,?\s*(?:like|such as|including)\s+(?<items>[^.;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedLike();

    [GeneratedRegex(@"\b(?:(?:chat|conversation|call|discussion|talk|interview|screen)\s+(?:was\s+)?(?:mostly\s+|mainly\s+)?about|questions?\s+(?:were\s+)?(?:mostly\s+|mainly\s+)?(?:about|on)\b|talked (?:mostly |mainly )?about|discussed|went (?:back )?over|covered|focused on)\s+(?<items>[^.;]{4,200})", RegexOptions.IgnoreCase)]
    private static partial Regex TopicOf();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+(?=(?:my|your|the|what|why|how|whether|a|an)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicSplit();

    [GeneratedRegex(@"\bcoding (?:problem|question|exercise|challenge)(?: this time)? was (?<q>[^.;]{3,80})", RegexOptions.IgnoreCase)]
    private static partial Regex CodingWas();

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,200})[""”]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?::\s*(?<q>given\s[^.;]{10,200})|\b(?:prompt|task|problem|question|exercise) was to\s+(?<q>(?<design>design\s)?[^.;]{10,200}))", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemStated();

    [GeneratedRegex(@"^(?:tell|describe|walk|explain|give|talk|share|introduce|why|how|what|when|where|who|which|can|could|would|do|did|are|is|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImperativeStart();

    [GeneratedRegex(@";\s+|,\s*and\s+(?=(?:my|your)\s)|,\s*(?:and\s+)?(?=(?:how|what|why|when|where|who|which|whether|if|a time|the difference|[""“]))|\s+and\s+(?=(?:how|what|why|when|whether|a time|the difference|[""“]))", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishEnumeration();

    [GeneratedRegex(@"[:：]\s*(?<items>[^:：]{6,400})$")]
    private static partial Regex ColonList();

    [GeneratedRegex(@"\s*\b(?:once more|again|as well|too)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnceMore();
}
