using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Retros;

/// <summary>A round as read from a retrospective, before its questions are classified.</summary>
internal sealed class DraftRound(string opener)
{
    /// <summary>The heading or sentence that opened the round.</summary>
    public string Opener { get; } = opener;

    public List<FoundQuestion> Questions { get; } = [];

    public List<string> HowItWent { get; } = [];

    public List<string> Reflection { get; } = [];

    /// <summary>Whether a heading with no number opened the round ("면접."): it may turn out to group numbered rounds.</summary>
    public bool Group { get; init; }

    /// <summary>The Markdown level of the heading that opened the round ("### Super Day" is 3), or 0.</summary>
    public int Level { get; init; }
}

/// <summary>
/// Reads a retrospective the way people write one: rounds from headings that name an interview or a test ("1차 실무진
/// 면접", "직무 인터뷰", "과제 전형") or, in prose, from the sentence that opens each one ("Round one is with HR", "The
/// second round …", "첫 면접은 …", "Week 5: First interview …", "came an hour-long panel", "Then a take-home", "the
/// recruiter rang me"); questions from Q/A transcripts, lines ending in "?", question-like list items and reported
/// speech (<see cref="ReportedQuestions"/>); everything else is how the round went, or a reflection. A title ("면접 후기"),
/// a journey line ("과제 전형 -&gt; 직무 인터뷰 -&gt; …"), a recap ("So: a quick HR screen, then …") and steps that
/// assess nothing (reference check, offer talk) open no round. A text with questions but no round marks is one round.
/// </summary>
internal sealed partial class RetroReader(StageVocabulary vocabulary)
{
    /// <summary>The rounds of <paramref name="text"/> and what came before the first; no rounds when it names neither a round nor a question.</summary>
    public (List<DraftRound> Rounds, string Notes) Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var (firsts, numberedLines) = Headings(lines);
        var rounds = new List<DraftRound>();
        var notes = new List<string>();
        // Headings mark the rounds when there are several, or one below the title; a lone first line is the title.
        var first = lines.FindIndex(l => l.Length > 0);
        // A title with a subtitle ("Two Phone Screens and an Onsite: A Tale of One Interview Process") names no round.
        var headings = lines.Select((l, i) => (Line: l, Index: i))
            .Where(l => IsRoundHeading(l.Line) || (InlineRound(l.Line) is not null && !Titled(l.Index)))
            .ToList();
        // A lone "name: what happened" line without a number is a sentence of the story, not a layout of headings.
        // The first line, set apart by a blank line and numbering no round, is the write-up's title.
        bool Titled(int index) => index == first && index + 1 < lines.Count && lines[index + 1].Length == 0 && !ListMark().IsMatch(lines[index]) && !LegacyRound().IsMatch(lines[index]);
        // "three technical interviews" counts rounds only when the text does not go on to tell them one by one.
        // A first step alone ("Step one was …") tells nothing of the others; a second one does.
        var ordinals = lines.SelectMany(l => TextSegmenter.Sentences(l)).Any(s => OrdinalKey(s.Text) is >= 2);

        // A review site's lone "Interview" / "면접" section heading names no round when the story under it tells them
        // by their order ("The second live round was …"); over a list of questions it is the one round.
        if (headings.Count == 1 && ordinals && GenericHeading().IsMatch(headings[0].Line))
        {
            headings.Clear();
        }

        var headed = headings.Count >= 2 || (headings.Count == 1 && headings[0].Index != first && !(InlineRound(headings[0].Line) is not null && !ListMark().IsMatch(headings[0].Line)));

        DraftRound? current = null;
        var numbered = new Dictionary<int, DraftRound>();
        var announced = new List<DraftRound>();
        var paragraphHasRound = false;
        string? previous = null;
        var recap = false;
        var sessions = lines.Count(l => OrdinalAdverb().IsMatch(l)) >= 2;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Length == 0)
            {
                paragraphHasRound = false;
                recap = false;
                continue;
            }

            if (headed && IsRoundHeading(line) && !(Titled(index) && InlineRound(line) is not null))
            {
                // "면접." over "1) 인성면접.", "2) 기술면접.": a heading whose rounds are numbered below it groups them and
                // is no round of its own when nothing was asked under it.
                if (firsts.Contains(index) && rounds.Count > 0 && rounds[^1] is { Group: true, Questions.Count: 0 })
                {
                    rounds.RemoveAt(rounds.Count - 1);
                }

                // "### Super Day" over "#### Round 1: Coding", "#### Round 2: …": a Markdown heading with deeper round
                // headings under it groups them, and is no round of its own when nothing was asked under it.
                var level = Ungroup(line);

                // "Behavioral - HM and cross functional rounds (2 hours total):": one heading for two rounds.
                foreach (var name in Joint(line))
                {
                    current = new DraftRound(name) { Group = !numberedLines.Contains(index), Level = level };
                    rounds.Add(current);
                }

                continue;
            }

            // "The onsite was three sessions": "First, pairing.", "Second, the engineering manager." each open one; the
            // first is the block itself when nothing was asked in it yet.
            if (headed && sessions && current is not null && OrdinalAdverb().Match(line) is { Success: true } adverb)
            {
                if (!(FirstSession().IsMatch(adverb.Value) && current.Questions.Count == 0))
                {
                    current = new DraftRound(line);
                    rounds.Add(current);
                }
            }

            // Before the first heading, a paragraph that opens with a step told as it happened ("코딩테스트는 90분에 세
            // 문제였고 …") is a round of its own.
            if (headed && current is null && (index == 0 || lines[index - 1].Length == 0)
                && (KoreanTopicEvent(line) ?? (RangMe().IsMatch(TextSegmenter.Sentences(line)[0].Text) && !News().IsMatch(TextSegmenter.Sentences(line)[0].Text) ? line : null)) is { } step)
            {
                current = new DraftRound(step);
                rounds.Add(current);
            }

            // "2. Coding test: two problems on HackerRank.": a numbered step and what happened in it.
            var inline = headed && !Titled(index) ? InlineRound(line) : null;
            if (inline is not null)
            {
                current = new DraftRound(inline.Value.Name) { Level = Ungroup(line) };
                rounds.Add(current);
            }

            // "3. Onsite: a four-hour block, split into two sessions" then "Session one …", "Session two …": each session is a
            // round; the first is the block itself when nothing was asked in it yet.
            if (headed && current is not null && inline is null && SessionStart().Match(line) is { Success: true } session)
            {
                if (!(FirstSession().IsMatch(session.Value) && current.Questions.Count == 0))
                {
                    current = new DraftRound(line);
                    rounds.Add(current);
                }
            }

            if (headed && IsOtherHeading(line))
            {
                // "레퍼런스 체크, 처우 협의": what follows is not part of the last round's questions.
                current = null;
                notes.Add(line);
                continue;
            }

            recap |= Recap().IsMatch(line);
            if (QuestionLine().Match(line) is { Success: true } asked)
            {
                var question = Aside().Replace(asked.Groups["q"].Value, " ").Trim();
                Add(new FoundQuestion(question, FollowUpLine().IsMatch(question)));
                previous = line;
                continue;
            }

            // Under a round's heading, a bulleted line that is not a sentence of the story is a question noted down
            // ("- 프로세스와 스레드 차이", "- Design a rate limiter").
            // "- 질문: 이벤트 순서가 뒤바뀌면 어떻게 되는지 / 서버가 두 대가 되면 …": the questions listed after a label.
            if (!recap && inline is null && ListMark().IsMatch(line) && LabelledQuestions().Match(ListMark().Replace(line, "").Trim()) is { Success: true } labelled)
            {
                foreach (var item in labelled.Groups["items"].Value.Split([" / ", "; ", " | "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(new FoundQuestion(item.TrimEnd('.', '?'), FollowUpLine().IsMatch(item)));
                }

                previous = line;
                continue;
            }

            // "- 물어본 것: 초당 요청 수, 그때 어디가 먼저 터졌는지.", "- 이어서: 왜 캐시로 풀었는지, DB는 고려 안 했는지.":
            // questions listed after a label with commas, each a phrase of its own (none ends as a clause that goes on,
            // as "…한다면, 무엇을 …" does); "이어서", "꼬리질문", "follow-ups" make them follow-ups.
            if (!recap && inline is null && ListMark().IsMatch(line) && CommaListed(ListMark().Replace(line, "").Trim()) is { } listed)
            {
                foreach (var question in listed)
                {
                    Add(question);
                }

                previous = line;
                continue;
            }

            if (!recap && inline is null && (IsListedQuestion(line, previous) || (headed && current is not null && ListMark().IsMatch(line) && !SentenceEnd().IsMatch(line) && !Reflective().IsMatch(line) && line.Length <= 120)))
            {
                Add(new FoundQuestion(ListMark().Replace(line, "").Trim(), FollowUpLine().IsMatch(line)));
                previous = line;
                continue;
            }

            var body = inline?.Text ?? AnswerLine().Replace(line, "");
            var firstOfParagraph = index == 0 || lines[index - 1].Length == 0;
            foreach (var sentence in Rejoined(TextSegmenter.Sentences(body).Select(s => s.Text)))
            {
                // "최종 면접 후기", "첫 임원 면접 후기 – …": the write-up's title, set apart above the story, opens no round.
                if (!headed && !recap && !(Titled(index) && Title().IsMatch(line.ToLowerInvariant())))
                {
                    var opened = Openers(sentence, paragraphHasRound, ordinals);

                    // "1차는 부드럽고 2차는 딱딱하다" after both were told: a round named again by its number is that round.
                    if (opened.Count == 1 && OrdinalKey(opened[0]) is { } key && numbered.TryGetValue(key, out var again))
                    {
                        current = again;
                        opened = [];
                    }

                    // "There were four rounds: an HR screen, a take-home, …" then "The take-home was …": a paragraph that
                    // opens on one of the rounds listed before, by its name, tells that round.
                    if (opened.Count == 0 && !paragraphHasRound && firstOfParagraph && announced.Count > 0 && Named(sentence, announced) is { } told)
                    {
                        current = told;
                    }

                    foreach (var opener in opened)
                    {
                        current = new DraftRound(opener);
                        rounds.Add(current);
                        if (OrdinalKey(opener) is { } number)
                        {
                            numbered.TryAdd(number, current);
                        }

                        if (opened.Count >= 2)
                        {
                            announced.Add(current);
                        }
                    }

                    paragraphHasRound |= opened.Count > 0;
                }
                else if (headed && current is null && !recap && ReportedQuestions.Find(sentence, previous).Count > 0)
                {
                    // Under a heading that is no round ("The Process"), a step told as it happened with what was asked in
                    // it ("We had a pleasant 30-minute call — she asked about …") is a round of its own; a plan told by
                    // numbers ("1차는 실무진, 2차는 임원 면접이라고 했다") or a call that brought news is not.
                    var told = Openers(sentence, false, ordinals).Where(o => OrdinalKey(o) is null).Take(1).ToList();
                    foreach (var opener in told)
                    {
                        current = new DraftRound(opener);
                        rounds.Add(current);
                    }
                }

                var questions = recap ? [] : ReportedQuestions.Find(sentence, previous);

                // "Why do you want to leave?", "Tell me about a time you failed.": a question quoted as it was asked.
                if (questions.Count == 0 && !recap && current is not null && DirectQuestion().IsMatch(sentence.Trim()) && sentence.Length <= 160)
                {
                    questions = [new FoundQuestion(sentence.Trim(), FollowUpLine().IsMatch(sentence))];
                }

                foreach (var question in questions)
                {
                    Add(question);
                }

                if (questions.Count == 0)
                {
                    (current is null ? notes : Reflective().IsMatch(sentence) ? current.Reflection : current.HowItWent).Add(sentence);
                }

                previous = sentence;
                firstOfParagraph = false;
            }
        }

        // "The Technical Discussion — That never happened.": a round the story says did not take place is no round.
        rounds.RemoveAll(r => r.HowItWent.Concat(r.Reflection).FirstOrDefault() is { } first && NeverHappened().IsMatch(first));
        return (rounds, string.Join("\n", notes).Trim());

        // "### Super Day" over "#### Round 1: Coding", "#### Round 2: …": a Markdown heading with deeper round headings
        // under it groups them, and is no round of its own when nothing was asked under it. Returns the line's level.
        int Ungroup(string line)
        {
            var level = line.TakeWhile(c => c == '#').Count();
            if (level > 0 && current is { Level: > 0, Questions.Count: 0 } group && group.Level < level && rounds.Count > 0 && rounds[^1] == group)
            {
                rounds.RemoveAt(rounds.Count - 1);
                notes.AddRange(group.HowItWent);
            }

            return level;
        }

        void Add(FoundQuestion question)
        {
            // "Q1. 면접관 및 지원자는 몇 명이었나요?", "How did you get the interview?": a review site's own form asks the
            // writer about the interview; it is no question the interviewer asked.
            if (IsSitePrompt(question.Text))
            {
                notes.Add(question.Text);
                return;
            }

            // Before the first heading, the text tells about the loop (its plan, "1차는 실무진"), not one round of it.
            if (current is null && headed)
            {
                notes.Add(question.Text);
                return;
            }

            if (current is null)
            {
                current = new DraftRound("");
                rounds.Add(current);
            }

            if (!current.Questions.Any(q => Same(q.Text, question.Text)))
            {
                current.Questions.Add(question);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a review site's prompt to the writer ("면접관 및 지원자는 몇 명이었나요?", "내가
    /// 받았던 면접질문을 적어주세요", "How did you get the interview?", "Interview questions"), not a question asked in a round.
    /// </summary>
    internal static bool IsSitePrompt(string text) => SitePrompt().IsMatch(text.Trim());

    /// <summary>
    /// The questions a labelled line lists with commas ("물어본 것: 초당 요청 수, 어디가 먼저 터졌는지", "Follow-ups: how I
    /// handled the handover, who owned the backlog"), or null when it is no such line (a clause that goes on past its
    /// comma, "…한다면, 무엇을 …", is one question).
    /// </summary>
    internal static List<FoundQuestion>? CommaListed(string text)
    {
        if (CommaQuestions().Match(text) is not { Success: true } listed)
        {
            return null;
        }

        var parts = listed.Groups["items"].Value.TrimEnd('.', '?', ' ').Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !parts.All(p => p.Length >= 4 && !GoesOn().IsMatch(p)) || !AskedEnding().IsMatch(parts[^1]))
        {
            return null;
        }

        var follows = FollowLabel().IsMatch(listed.Groups["label"].Value);
        return [.. parts.Select(p => new FoundQuestion(p, follows || FollowUpLine().IsMatch(p)))];
    }

    // "「…찾아봤어요?」 다행히 …": a sentence cut inside a quote (at its "?") is joined again up to the closing mark.
    private static IEnumerable<string> Rejoined(IEnumerable<string> sentences)
    {
        string? open = null;
        foreach (var sentence in sentences)
        {
            if (open is not null && sentence.Length > 0 && sentence[0] is '」' or '』' or '”' or '’')
            {
                yield return open + sentence[0];
                open = null;
                if (sentence[1..].Trim() is { Length: > 0 } rest)
                {
                    yield return rest;
                }

                continue;
            }

            if (open is not null)
            {
                yield return open;
            }

            open = sentence.Count(c => c is '「' or '『' or '“') > sentence.Count(c => c is '」' or '』' or '”') ? sentence : null;
            if (open is null)
            {
                yield return sentence;
            }
        }

        if (open is not null)
        {
            yield return open;
        }
    }

    // A short line standing alone between blank lines, written with a full stop or a number ("코딩테스트.", "1) 인성면접.",
    // "2. Technical interview"), is a heading like any other: it is read without them. Returns the lines numbered 1.
    private (HashSet<int> Firsts, HashSet<int> Numbered) Headings(List<string> lines)
    {
        var firsts = new HashSet<int>();
        var numbered = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var alone = lines[i].Length > 0 && (i == 0 || lines[i - 1].Length == 0) && (i + 1 == lines.Count || lines[i + 1].Length == 0);
            // "1. Initial phone screen" over the paragraph that tells it (not over another item of a list).
            var over = lines[i].Length > 0 && (i == 0 || lines[i - 1].Length == 0) && i + 1 < lines.Count && lines[i + 1].Length > 0 && !ListMark().IsMatch(lines[i + 1]);
            if (!(alone || over) || StandaloneHeading().Match(lines[i]) is not { Success: true } heading || (!heading.Groups["n"].Success && !(alone && lines[i].EndsWith('.'))))
            {
                continue;
            }

            // A heading is a name, not a sentence: "The interviews were fair." stays a sentence.
            var name = heading.Groups["name"].Value.Trim();
            // A quoted line ("3. \"Add tests where it makes sense\"") cites a task, it does not head a round.
            if (!IsRoundHeading(name) || name.Split(' ').Length > (heading.Groups["n"].Success ? 6 : 3) || Copula().IsMatch(name) || name.IndexOfAny(['"', '“', '”', '\'', '‘', '’']) >= 0)
            {
                continue;
            }

            lines[i] = name;
            if (heading.Groups["n"].Success)
            {
                numbered.Add(i);
                if (heading.Groups["n"].Value == "1")
                {
                    firsts.Add(i);
                }
            }
        }

        return (firsts, numbered);
    }

    // "코딩테스트는 90분에 세 문제였고": a paragraph whose topic is a step that assesses, told in the past.
    private string? KoreanTopicEvent(string line)
    {
        var topic = TopicStep().Match(line);
        return topic.Success && vocabulary.KindOf(topic.Groups["name"].Value) is { } kind && Assesses(kind, topic.Groups["name"].Value)
            && Words(topic.Groups["name"].Value).LastOrDefault() is { } last && vocabulary.IsHead(last) && PastTense().IsMatch(TextSegmenter.Sentences(line)[0].Text)
            ? topic.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})[.)]\s*)?(?<name>[^.!?。:：]{2,40}?)\.?$")]
    private static partial Regex StandaloneHeading();

    [GeneratedRegex(@"\b(?:was|were|is|are|had|went|felt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Copula();

    [GeneratedRegex(@"^(?<name>[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{1,8})?)(?:은|는)\s")]
    private static partial Regex TopicStep();

    [GeneratedRegex(@"(?:았|었|였|했|됐|봤|쳤|왔|났)(?:고|는데|다|어요|습니다)|(?:이었|였)")]
    private static partial Regex PastTense();

    // "a couple of technical interviews", "a few calls": several steps announced together, told one by one or counted.
    [GeneratedRegex(@"^an?\s+(?:couple|few|pair|series|number|handful)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announced();

    [GeneratedRegex(@"^(?:#+\s*)?(?:the\s+)?(?:interviews?|interview process|면접|인터뷰|면접\s*과정|면접\s*내용)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericHeading();

    [GeneratedRegex(@"^(?:pros|cons|advice|advice to management|장점|단점|총평)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    // A call that brought news rather than assessed: "the recruiter called me to say I had passed".
    [GeneratedRegex(@"\b(?:offer|passed|result|reject|rejected|decision|moving forward|next steps?)\b|합격|불합격|결과", RegexOptions.IgnoreCase)]
    private static partial Regex News();

    // "First, pairing.", "Second, the engineering manager.", "첫째, …": a session of a block told in order.
    [GeneratedRegex(@"^(?:first|second|third|fourth|fifth|finally|lastly|첫째|둘째|셋째|넷째)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalAdverb();

    // "1차 실무진 면접", "직무 인터뷰", "Round 2 (hiring manager)", "English test": a short line naming a step that assesses;
    // or a heading that gives how long a block lasted ("System Design (1 hour):", "라이브 코딩 (40분)"): a timed block of
    // the loop is a round whatever it is called.
    private bool IsRoundHeading(string line) =>
        (IsHeadingShape(line) && (LegacyRound().IsMatch(line) || vocabulary.KindOf(line) is { } kind && Assesses(kind, line) && Words(line).Any(vocabulary.IsHead)))
        || (TimedHeading().IsMatch(line) && !Title().IsMatch(line.ToLowerInvariant()) && !ListMark().IsMatch(line));

    // The rounds one heading names: two when it joins two names over a plural ("HM and cross functional rounds").
    private static IEnumerable<string> Joint(string line)
    {
        var joint = JointRounds().Match(Aside().Replace(line, " ").Trim().TrimEnd(':', '：').Trim());
        return joint.Success
            ? [$"{joint.Groups["lead"].Value}{joint.Groups["a"].Value} {joint.Groups["kind"].Value.TrimEnd('s')}", $"{joint.Groups["lead"].Value}{joint.Groups["b"].Value} {joint.Groups["kind"].Value.TrimEnd('s')}"]
            : [line];
    }

    [GeneratedRegex(@"^(?:that|it|this)\s+never\s+happened|^never\s+happened|never\s+(?:got|made\s+it)\s+to\s+(?:that|this|it)\b|(?:진행되지|열리지)\s*않았|취소됐|취소되었", RegexOptions.IgnoreCase)]
    private static partial Regex NeverHappened();

    [GeneratedRegex(@"^(?<lead>.*?[-–:]\s*)?(?<a>[\w ]{2,30}?)\s+(?:and|&)\s+(?<b>[\w ]{2,30}?)\s+(?<kind>rounds|interviews|sessions)$", RegexOptions.IgnoreCase)]
    private static partial Regex JointRounds();

    [GeneratedRegex(@"^[^.!?。:：]{2,60}?\s*\((?:[^()]*?\d+\s*(?:min|mins|minutes|hour|hours|hr|hrs|분|시간)[^()]*)\)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimedHeading();

    private bool IsOtherHeading(string line) =>
        IsHeadingShape(line) && vocabulary.KindOf(line) is { } kind && !Assesses(kind, line) && Words(line).Any(vocabulary.IsHead);

    private static bool IsHeadingShape(string line) =>
        line.Length <= 40 && !SentenceEnd().IsMatch(line) && !LabelValue().IsMatch(line) && !Title().IsMatch(line.ToLowerInvariant()) && !Chain().IsMatch(line) && !QuestionLine().IsMatch(line) && !ListMark().IsMatch(line);

    private static bool Assesses(StageKind kind, string line) =>
        kind is StageKind.OnlineTest or StageKind.Assignment or StageKind.PhoneOrVideo or StageKind.Interview or StageKind.Panel
        || (kind == StageKind.Other && TestWord().IsMatch(line.ToLowerInvariant()));

    // The words of a line without their particles, for telling "면접" (a round) from "면접관" (the interviewer).
    private static IEnumerable<string> Words(string line) =>
        line.ToLowerInvariant().Split([' ', ',', '(', ')', '[', ']', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Particle().Replace(w, ""));

    /// <summary>
    /// The rounds a sentence opens: an ordinal round at its start ("The second round …", "Round two, with …", "Week 5:
    /// First interview …", "첫 면접은 …", "두 번째는 …"), or, as the first event of a paragraph, the steps it introduces
    /// ("came an hour-long panel", "Then a take-home.", "two tasks: a programming test and a pre-recorded video interview",
    /// "the recruiter rang me").
    /// </summary>
    private List<string> Openers(string sentence, bool paragraphHasRound, bool ordinals)
    {
        // "- 2차는 사무실에서.", "- 3차는 대표님.": a bulleted line opens a round like a sentence.
        var start = DatePrefix().Replace(ListMark().Replace(sentence, ""), "");
        if (EnglishOrdinal().IsMatch(start) || KoreanOrdinal().IsMatch(start))
        {
            return [sentence];
        }

        // "Pros: …", "Cons: a take-home that nobody …": a review site's verdict, not a step told as it happened.
        if (Verdict().IsMatch(start))
        {
            return [];
        }

        // "코테는 그 주에 바로 봤는데 두 문제였고", "인성 검사는 온라인으로 …": a test, a take-home or a call told as the
        // topic of a sentence, wherever it stands in the paragraph.
        if (KoreanTopicEvent(start) is { } topic && vocabulary.KindOf(topic) is StageKind.OnlineTest or StageKind.Assignment or StageKind.PhoneOrVideo)
        {
            return [topic];
        }

        // "Then I met the VP of engineering.", "Finally, two engineers.", "그다음엔 팀장님과 만났다": a round named by
        // whom the candidate met, after a step word ("then", "그다음") anywhere, or opening a paragraph.
        if ((StepStart().IsMatch(start) || KoreanNext().IsMatch(start) || !paragraphHasRound) && MetWhom(start) is { } met)
        {
            return [met];
        }

        if (paragraphHasRound)
        {
            return [];
        }

        // "기술 면접은 솔직히 만족스럽지 못했다.", "임원면접은 …였다": a paragraph told about one named interview, in the past,
        // is that round (a bare "면접은 …" speaks of them all).
        if (KoreanTopicEvent(start) is { } interview && Words(interview).Count() + (interview.Length > 3 ? 1 : 0) >= 2)
        {
            return [interview];
        }

        if (RangMe().IsMatch(sentence))
        {
            return [sentence];
        }

        // "There were four rounds: an initial HR screen, a take-home test, …", "The process consisted of a recruiter screen,
        // …, and an onsite with two rounds: a debugging session and a system design round": the rounds it lists.
        if (RoundList().Match(sentence) is { Success: true } list)
        {
            var listed = ListSplit().Split(list.Groups["items"].Value.TrimEnd('.', ' '))
                .SelectMany(i => i.Contains(':', StringComparison.Ordinal) ? ListSplit().Split(i[(i.IndexOf(':', StringComparison.Ordinal) + 1)..]) : [i])
                .Select(i => i.Trim(' ', ',', '.'))
                .Where(i => i.Length > 0 && vocabulary.KindOf(i) is { } kind && Assesses(kind, i))
                .ToList();
            if (listed.Count >= 2)
            {
                return listed;
            }
        }

        var events = IndefiniteEvent().Matches(sentence)
            .Where(m => vocabulary.KindOf(m.Value) is { } kind && Assesses(kind, m.Value) && !Announced().IsMatch(m.Value))
            .Select(m => (m.Index, Names: (IEnumerable<string>)[m.Value]))
            .Concat(ordinals ? [] : Counted().Matches(sentence).Select(m => (m.Index, Names: Enumerable.Repeat(m.Value, Count(m.Groups["n"].Value)))))
            .OrderBy(e => e.Index)
            .SelectMany(e => e.Names)
            .ToList();
        return events.Count > 0 && (EventVerb().IsMatch(sentence) || StepStart().IsMatch(start)) ? events : [];
    }

    /// <summary>
    /// The sentence, when it opens a round by whom the candidate met: "Then I met the VP", "Met the founder for an hour",
    /// "I spoke with two engineers next", "그다음엔 팀장님과 만났다", "이후 대표님과 30분 이야기했다"; or null.
    /// </summary>
    private string? MetWhom(string start)
    {
        var english = MetEnglish().Match(start);
        if (english.Success)
        {
            return vocabulary.Participant(english.Groups["who"].Value) is not null ? start : null;
        }

        // The one met is the last word before the particle ("개발팀 팀장님과"), not a word inside a longer phrase.
        var korean = MetKorean().Match(start);
        return korean.Success && vocabulary.Participant(korean.Groups["who"].Value) is { } who && korean.Groups["who"].Value.EndsWith(who, StringComparison.OrdinalIgnoreCase) ? start : null;
    }

    /// <summary>The listed round a sentence opens on by name ("The take-home was …", "The team lead's interview …"), or null.</summary>
    private static DraftRound? Named(string sentence, List<DraftRound> announced)
    {
        var opening = NamedStart().Match(sentence);
        if (!opening.Success)
        {
            return null;
        }

        var words = Significant(opening.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var best = announced.Select(r => (Round: r, Shared: Significant(r.Opener).Count(words.Contains))).Where(r => r.Shared > 0).OrderByDescending(r => r.Shared).ToList();
        return best.Count > 0 && (best.Count == 1 || best[0].Shared > best[1].Shared) ? best[0].Round : null;
    }

    private static IEnumerable<string> Significant(string text) =>
        text.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('\'', '’').Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).ToLowerInvariant())
            .Where(w => w.Length >= 2 && !RoundStopWord().IsMatch(w));

    /// <summary>The number of the round a sentence opens by its ordinal ("1차는", "두 번째 면접은", "The second round"), or null.</summary>
    private static int? OrdinalKey(string sentence)
    {
        var start = DatePrefix().Replace(ListMark().Replace(sentence, ""), "").TrimStart();
        var ordinal = EnglishOrdinal().Match(start) is { Success: true } english ? english : KoreanOrdinal().Match(start);
        if (!ordinal.Success)
        {
            return null;
        }

        // The ordinal itself, not a number later in the sentence ("The final round was with two engineers").
        var word = OrdinalWord().Match(ordinal.Value);
        if (!word.Success)
        {
            return null;
        }

        var value = word.Value.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        return value switch
        {
            "첫" or "첫번째" or "first" or "1st" or "one" => 1,
            "두번째" or "second" or "2nd" or "two" => 2,
            "세번째" or "third" or "3rd" or "three" => 3,
            "네번째" or "fourth" or "4th" or "four" => 4,
            "다섯번째" or "fifth" or "5th" or "five" => 5,
            _ when int.TryParse(new string([.. value.TakeWhile(char.IsAsciiDigit)]), out var n) => n,
            _ => null,
        };
    }

    private static int Count(string number) => number.ToLowerInvariant() switch
    {
        "two" or "2" or "a couple of" or "a pair of" => 2,
        "three" or "3" => 3,
        "four" or "4" => 4,
        "five" or "5" => 5,
        _ => 1,
    };

    /// <summary>A numbered line that names an assessing step before a colon: the step's name and what follows it.</summary>
    private (string Name, string Text)? InlineRound(string line)
    {
        if (InlineStep().Match(line) is not { Success: true } step)
        {
            return null;
        }

        // Without a number or a bullet, the label must end in the step's name ("1차 면접: …", "Coding test: …"), not
        // merely hold one ("면접 난이도: 보통", "Interview date: …").
        var name = step.Groups["name"].Value.Trim();
        var marked = ListMark().IsMatch(line);
        // "- 3차는 대표님. 질문이 하나였습니다: 왜 …": sentences before a colon are the story, not a step's name (a
        // numbered heading may say more: "1. 1차 기술면접 - 약 50분. 면접관 3 : 면접자 1").
        if (InnerStop().IsMatch(name) && !NumberMark().IsMatch(line))
        {
            return null;
        }

        if (!marked && StepStart().IsMatch(name))
        {
            return null;
        }

        return vocabulary.KindOf(name) is { } kind && Assesses(kind, name) && !Title().IsMatch(name.ToLowerInvariant())
            && (marked || LegacyRound().IsMatch(name) || (Words(name).LastOrDefault() is { } last && vocabulary.IsHead(last)))
            ? (name, step.Groups["rest"].Value) : null;
    }

    // A list item that is a question: it ends with "?", reads as one ("…는지", "Tell me …"), or sits under "질문:".
    private static bool IsListedQuestion(string line, string? previous) =>
        ListMark().IsMatch(line) && (line.EndsWith('?') || ListedQuestion().IsMatch(ListMark().Replace(line, "").Trim()) || (previous is not null && QuestionsLabel().IsMatch(previous)))
        || (!ListMark().IsMatch(line) && line.EndsWith('?') && line.Length <= 160 && !line.Contains("  ", StringComparison.Ordinal) && TextSegmenter.Sentences(line).Count == 1);

    private static bool Same(string a, string b) =>
        string.Concat(a.Where(char.IsLetterOrDigit)).Equals(string.Concat(b.Where(char.IsLetterOrDigit)), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:질문|물어본\s*(?:것|거)|받은\s*질문|questions?(?:\s+asked)?)\s*[:：]\s*(?<items>.+(?:\s/\s|;\s|\s\|\s).+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledQuestions();

    [GeneratedRegex(@"^(?<label>질문|물어본\s*(?:것|거)|물으신\s*(?:것|거)|받은\s*질문|이어서|꼬리\s*질문|questions?(?:\s+asked)?|they asked|asked|follow[- ]?(?:ups?|up questions?)(?:\s+on\s+(?:it|that|this))?)\s*[:：]\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommaQuestions();

    // The writer asked about the interview (its people, type, way, mood, what the writer was asked or felt), or the
    // form's own labels.
    [GeneratedRegex(@"^(?:Q\d*[.:)]\s*)?(?:(?:면접관|지원자|면접자)[^?]{0,20}몇\s*명|어떤\s*(?:유형|종류|방식)의?\s*면접|(?:각\s*)?면접은?\s*어떤\s*(?:식|방식)으로|(?:내가|제가|나의|본인이?)\s*받(?:았던|은)\s*면접\s*질문|(?:나의|내)\s*답변에\s*따른|면접\s*(?:후|이후)\s*(?:아쉬웠던|느낀)|면접\s*(?:질문|답변|후기|경험|난이도|결과|과정)\s*[?:：]?$|how did you (?:get|hear about|find|land|apply for) (?:the|this|your) (?:interview|job|role|position)|how (?:was|would you (?:rate|describe)) (?:the|your) (?:interview|process|experience)|what (?:was|were) the interview (?:like|process)|(?:interview|application) (?:questions?|process|details|difficulty|experience)\s*[?:]?$|did you (?:get|receive|accept) (?:an|the) offer)", RegexOptions.IgnoreCase)]
    private static partial Regex SitePrompt();

    [GeneratedRegex(@"^(?:이어서|꼬리|follow)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowLabel();

    // A Korean clause that goes on into the next ("…한다면", "…했는데", "…하고"): the comma does not end a question there.
    [GeneratedRegex(@"(?:면|는데|은데|고|서|며|지만|니까)$")]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"(?:는지|은지|을지|인지|냐|느냐|나요|까요|가요|했는지|\?)$|^(?:how|why|what|when|where|which|who|whether)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedEnding();

    [GeneratedRegex(@"(?:\b(?:two|three|four|five|six|[2-6])\s+(?:[\w\-]+\s+)?(?:rounds|stages|steps|interviews)\s*(?:in\s+total\s*)?[:：]|\b(?:consisted|consists)\s+of\b)\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoundList();

    [GeneratedRegex(@",\s*(?:and|then)\s+|,\s*|\s+and\s+(?=(?:an?|another|the|one)\s)|\s+then\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListSplit();

    [GeneratedRegex(@"^(?:the|my|our)\s+(?<name>[\w'’\-]+(?:\s+[\w'’\-]+){0,3}?)(?:\s+(?:was|were|is|went|felt|I|started|began|lasted|took)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedStart();

    [GeneratedRegex(@"^(?:a|an|the|another|initial|first|second|final|interview|interviews|round|rounds|technical|with|and|of|test|session|call|screen|one)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoundStopWord();

    [GeneratedRegex(@"^(?:q\d*|질문\d*)\s*[.:：)]\s*(?<q>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"^(?:a\d*|답변?\d*)\s*[.:：)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦]|\d{1,2}[.)])\s*")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"(?:냐|느냐|는지|은지|을지|인지|까|나요|가요|세요|주세요|해\s*보세요)\??$|^(?:tell|describe|walk|explain|why|how|what|when|where|who|which|give me|talk about)\b|(?:자기소개|지원\s*동기|장단점|포부)", RegexOptions.IgnoreCase)]
    private static partial Regex ListedQuestion();

    [GeneratedRegex(@"(?:질문|questions?(?: asked)?|물어본\s*것|asked me)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionsLabel();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"꼬리|^그럼\s|^그러면\s|더\s*자세히|한\s*단계\s*더|follow[- ]?up|\bthen why\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpLine();

    [GeneratedRegex(@"^(?:#+\s*)?(?:(?:인터뷰|면접|interview|round)\s*#?\d+|\d+\s*(?:차|번째)\s*(?:면접|인터뷰)|(?:first|second|third|fourth|fifth|final)\s+(?:interview|round))\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyRound();

    [GeneratedRegex(@"[.!?。]$|(?:다|요|죠)\.?$")]
    private static partial Regex SentenceEnd();

    // A title about the write-up itself, not a round: "면접 후기", "복기", "회고", "interview experience".
    [GeneratedRegex(@"후기|복기|회고|지원기|여정|기록|메모|노트|정리|review|experience|questions|notes|recap|summary|총평|결과|진행\s*방식|난이도|경로|difficulty")]
    private static partial Regex Title();

    // "면접 난이도: 보통", "Difficulty: medium": a field and its value, not a round's heading.
    [GeneratedRegex(@"^[^:：]{1,20}[:：]\s*\S")]
    private static partial Regex LabelValue();

    [GeneratedRegex(@"->|→|>|=>")]
    private static partial Regex Chain();

    [GeneratedRegex(@"\btest\b|\bexam\b|시험|테스트|검사")]
    private static partial Regex TestWord();

    [GeneratedRegex(@"(?:은|는|이|가|을|를|의|에서|에|로|으로|과|와|도|만)$")]
    private static partial Regex Particle();

    [GeneratedRegex(@"^(?:(?:week|day|month)\s*\d+|\d{1,2}[./]\d{1,2}|\d+\s*(?:주차|일차|일째))\s*[:.\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^(?:(?:then|next|finally|lastly|last|after that|afterwards)\s*,?\s*)?(?:the\s+|my\s+)?(?:(?:first|second|third|fourth|fifth|sixth|final|last|1st|2nd|3rd|4th|5th)\s+(?:[\w\-]+\s+){0,2}?(?:round|interview|stage|step|session)|(?:round|step|stage)\s+(?:one|two|three|four|five|six|\d+)|(?:first|second|third|fourth|final|last)(?:\s+one)?(?=\s+(?:was|were|is)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOrdinal();

    [GeneratedRegex(@"^(?:(?:그리고|이후|그다음|다음|마지막으로)\s*,?\s*)?(?:(?:(?:첫|[두세네]|다섯|\d+)\s*번째|첫|\d+\s*차|마지막|최종)\s*(?:[가-힣A-Za-z]+\s+){0,2}(?:면접|인터뷰|라운드|전형|테스트|세션)(?:은|는|에서는|에선|에는|때는|도|이|에서|을|를)?|(?:(?:첫|[두세네]|다섯|\d+)\s*번째|\d+\s*차)\s*(?:은|는|에서는|에는|때는)|마지막(?:은|에는)(?=\s[^.]{0,20}(?:님과|님이랑|와의|과의|면접|인터뷰)))(?:\s|,|$)")]
    private static partial Regex KoreanOrdinal();

    [GeneratedRegex(@"\b(?:rang|called|phoned|rings|calls) me\b|\bgot a call from\b|전화가\s*(?:왔|와서)|연락이\s*와서\s*전화", RegexOptions.IgnoreCase)]
    private static partial Regex RangMe();

    [GeneratedRegex(@"\b(?:an?)\s+(?:(?!(?:and|or|but|to|with|of|for|in|on|write|writes|add)\b)[\w\-]+\s+){0,3}?(?:panel|session|conversation|chat|call|interview|round|take-home|test|exam|assignment|exercise|challenge|screen|assessment|quiz|onsite|presentation)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteEvent();

    [GeneratedRegex(@"\b(?:came|had|got|was|were|sat|took|did|arrives?|arrived|received|invited|scheduled|followed|then|next|last|finally|started|began|kicked off)\b|:\s*an?\s", RegexOptions.IgnoreCase)]
    private static partial Regex EventVerb();

    [GeneratedRegex(@"\b(?<n>two|three|four|five|[2-5]|a couple of|a pair of)\s+(?:[\w\-]+\s+){0,2}?(?:interviews|rounds|calls|sessions|conversations|tests)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(@"^(?:(?:\d{1,2}[.)]|[-*•])\s*)?(?<name>[^:：]{2,40}?)\s*[:：]\s*(?<rest>.*)$")]
    private static partial Regex InlineStep();

    [GeneratedRegex(@"\d+\s*(?:차|번째)|첫\s*번째|[두세네]\s*번째|다섯\s*번째|첫|\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|one|two|three|four|five)\b|\b\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalWord();

    [GeneratedRegex(@"^(?:(?:session|part|block)\s+(?:one|two|three|four|[1-4])\b|(?:the\s+)?(?:first|second|third|fourth)\s+(?:session|part|block)\b|(?:첫|[두세네])\s*번째\s*세션|세션\s*[1-4])", RegexOptions.IgnoreCase)]
    private static partial Regex SessionStart();

    [GeneratedRegex(@"one|1|first|첫", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSession();

    // A question quoted as asked, or a task set as written ("Design a notification service that …", "Implement an LRU cache").
    [GeneratedRegex(@"\?$|^(?:tell me about|describe a time|walk me through|give me an example|explain (?:how|why|what))\b|^(?:design|implement|build|write|model)\s+(?:a|an)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DirectQuestion();

    [GeneratedRegex(@"^(?:then|next|after that|last|lastly|finally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepStart();

    [GeneratedRegex(@"[.!?。]\s+\S")]
    private static partial Regex InnerStop();

    [GeneratedRegex(@"^\d{1,2}[.)]")]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"^(?:그\s*다음|다음|이후|그리고|마지막으로|며칠\s*(?:뒤|후)|일주일\s*(?:뒤|후))")]
    private static partial Regex KoreanNext();

    [GeneratedRegex(@"^(?:(?:then|next|after that|afterwards|finally|later|lastly|last)\s*,?\s*)?(?:I\s+)?(?:met|meet|spoke (?:with|to)|talked (?:with|to)|sat down with|had (?:an?\s+)?(?:[\w\-]+\s+)?(?:call|chat|conversation|lunch|coffee|session|interview)s?\s+with)\s+(?<who>[^.,;:!?]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex MetEnglish();

    [GeneratedRegex(@"^(?:(?:그\s*다음|다음|이후|그리고|마지막으로|며칠\s*(?:뒤|후)|일주일\s*(?:뒤|후))(?:에는|엔|에|으로|에야)?\s*,?\s*)?(?<who>[가-힣A-Za-z]{1,10}?(?:\s[가-힣A-Za-z]{1,8}?)?)(?:님|분)?(?:들)?(?:과|와|을|를|이랑|하고)\s(?:[^.]{0,30}?)(?:만났|만나|봤|보았|면접|인터뷰|얘기|이야기|대화)")]
    private static partial Regex MetKorean();

    // A paragraph that sums up the whole process again ("So: a quick HR screen, then …", "In short:").
    [GeneratedRegex(@"^(?:so\s*[:,]|in short|overall|to sum up|summary|tl;?dr|요약|정리하면|총평|결론)", RegexOptions.IgnoreCase)]
    private static partial Regex Recap();

    [GeneratedRegex(@"아쉽|아쉬웠|다시\s*공부|정리해야|해야겠|반성|배운\s*점|다음에는|next time|should have|lesson|takeaway|I'd prepare|would have", RegexOptions.IgnoreCase)]
    private static partial Regex Reflective();
}
