using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>
/// Reads a posting's hiring stages from the shape they are written in, Korean or English: one line joined by
/// "&gt;", "→", "-&gt;", " - ", " / ", "|" or inline numbers; a list (numbered, "Step 1.", "Stage 2" or "01" on a
/// line of its own, or bare headings each followed by a paragraph); or sentences. The process section is read
/// first; a posting without one gives stages only from a line that is plainly a chain of stages or a sentence about
/// the process, so a posting with no process gives none. Items are cleaned the way a reader would ("Step 2. 사전 과제
/// (필요 시 생략)" is an optional assignment; "대면 인터뷰 (기술 인터뷰, 컬처 인터뷰)" two interviews; "처우 협의 및 최종
/// 합격" an offer talk and the decision); a generic "면접전형" whose description names the interviews becomes those.
/// </summary>
public sealed partial class StageReader(StageVocabulary vocabulary)
{
    private const int MaxItemLength = 40;
    private const int MaxChainPartLength = 55;
    private const int MaxGroups = 8;

    private readonly StageMentions _mentions = new(vocabulary);

    /// <summary>The stages of <paramref name="text"/>, whose sections are <paramref name="sections"/>.</summary>
    public IReadOnlyList<HiringStage> Read(string text, IReadOnlyList<PostingSection> sections)
    {
        var regions = sections.Where(s => s.Kind == SectionKind.Process).Select(s => s.Span.Text).ToList();
        regions.AddRange(LabelledLine().Matches(text).Where(m => ProcessWord().IsMatch(m.Groups["label"].Value.ToLowerInvariant())).Select(m => m.Groups["rest"].Value));
        if (regions.Count > 0)
        {
            var listed = Candidates(text, regions).FirstOrDefault();
            if (listed is not null)
            {
                return Closing(listed, regions);
            }

            var prose = _mentions.Find(regions.SelectMany(r => TextSegmenter.Sentences(r)).Select(s => s.Text).Where(s => !FaqLine().IsMatch(s)));
            if (prose.Count > 0)
            {
                return prose;
            }
        }

        // No process section: a line that is plainly a chain of stages, or a sentence about the process naming several.
        foreach (var line in text.Split('\n'))
        {
            if (Joined(line, strict: true) is { } chain)
            {
                return chain;
            }
        }

        // No process heading: a list whose items are steps of several kinds, one of them a conversation ("서류 검토",
        // "커피챗", "사전 과제", "기술 인터뷰" each on a line of its own, with a description below), outside the parts
        // that say what the job is, asks and offers.
        var outside = Outside(text, sections.Where(s => s.Kind is SectionKind.Responsibilities or SectionKind.Requirements or SectionKind.Preferred or SectionKind.Benefits));
        var outsideLists = Lists(outside);
        var steps = outsideLists
            .Select(list => list.Items.SelectMany(item => Expand(item.Text, item.Detail)).ToList())
            .Append(Grouped(outsideLists) ?? [])
            .Select(list => list.Where(s => s.Kind != StageKind.Application).ToList())
            .Where(list => list.Count >= 3 && list.Select(s => s.Kind).Distinct().Count() >= 2
                && list.Any(s => s.Kind is StageKind.Interview or StageKind.Panel or StageKind.PhoneOrVideo))
            .MaxBy(list => list.Count);
        if (steps is not null)
        {
            return steps;
        }

        // A paragraph about the process ("The process includes …", "…을 거쳐", "followed by …", "Shortlisted candidates
        // will …. Candidates who progress …") or one naming three steps, wherever it stands (a "Please note" paragraph,
        // a closing line) but in the parts that say what the job is and asks: the one naming the most steps.
        var content = sections.Where(s => s.Kind is SectionKind.Responsibilities or SectionKind.Requirements or SectionKind.Preferred or SectionKind.Benefits).ToList();
        var offset = 0;
        List<HiringStage> best = [];
        var paragraphs = text.Split('\n');
        var bestAt = -1;
        for (var index = 0; index < paragraphs.Length; index++)
        {
            var paragraph = paragraphs[index];
            var at = offset;
            offset += paragraph.Length + 1;
            // An item of a list of duties or requirements ("- Run interviews and code reviews") is not the process.
            if (content.Any(s => at >= s.Span.Start && at < s.Span.End) && (Bullet().IsMatch(paragraph.Trim()) || !Sequence().IsMatch(paragraph.ToLowerInvariant())))
            {
                continue;
            }

            var lower = paragraph.ToLowerInvariant();
            var found = _mentions.Find(TextSegmenter.Sentences(paragraph).Select(s => s.Text));
            if ((found.Count >= 3 || (found.Count >= 2 && (ProcessWord().IsMatch(lower) || Sequence().IsMatch(lower)))) && found.Count > best.Count)
            {
                (best, bestAt) = (found, index);
            }
        }

        // "세 번의 만남이 끝나면 …, 합류가 결정되면 처우를 협의합니다": the prose line right after the paragraph may tell
        // how the process ends.
        var following = paragraphs.Skip(bestAt + 1).FirstOrDefault(p => p.Trim().Length > 0);
        return bestAt >= 0 && following is not null && !Bullet().IsMatch(following.Trim()) ? Closing(best, [following]) : best;
    }

    // "Getting Started 1. … 2. …", "Virtual Onsite 1. … 2. … 3. …", "Wrapping Up 1. … 2. …": groups of one process,
    // each numbered from 1 under its heading, naming different steps (tracks of one process name the same ones): the
    // stages of the first run of two or more such groups, or null.
    private List<HiringStage>? Grouped(List<StageList> lists)
    {
        for (var start = 0; start < lists.Count; start++)
        {
            var joined = lists[start].Items.SelectMany(item => Expand(item.Text, item.Detail)).ToList();
            var groups = 1;
            // A process has a few such groups; a text of thousands is not one, and is not compared stage by stage.
            for (var next = start + 1; next < lists.Count && next - start < MaxGroups && lists[next] is { First: 1, Label: not null } group; next++)
            {
                var more = group.Items.SelectMany(item => Expand(item.Text, item.Detail)).ToList();
                if (more.Any(m => joined.Any(j => StageMentions.Same(j.Name, m.Name) || (j.Kind == m.Kind && j.Kind is StageKind.DocumentReview or StageKind.OfferTalk or StageKind.Final))))
                {
                    break;
                }

                joined.AddRange(more);
                groups++;
            }

            if (groups >= 2)
            {
                return joined;
            }
        }

        return null;
    }

    // The text with the given sections blanked out (their lengths kept), so a list is read only where it stands alone.
    private static string Outside(string text, IEnumerable<PostingSection> sections)
    {
        var chars = text.ToCharArray();
        foreach (var section in sections)
        {
            for (var i = section.Span.Start; i < section.Span.End && i < chars.Length; i++)
            {
                chars[i] = chars[i] == '\n' ? '\n' : ' ';
            }
        }

        return new string(chars);
    }

    // "최종 합격 후 처우 협의가 진행되며", "A: For senior roles we may ask for two references": a sentence after the list
    // in the same process part that tells how the process ends (a check, the offer, the decision), when the list
    // names no step of that kind, adds it at the end. Other steps such a sentence names are descriptions of listed ones.
    private List<HiringStage> Closing(List<HiringStage> listed, List<string> regions)
    {
        var trailing = new List<string>();
        foreach (var region in regions)
        {
            var lines = region.Split('\n').Select(l => l.Trim()).ToList();
            var last = lines.FindLastIndex(l => Bullet().IsMatch(l) || NumberedItem().IsMatch(l));
            trailing.AddRange(lines.Skip(last + 1).Where(l => l.Length > 0 && !Bullet().IsMatch(l) && !QuestionLine().IsMatch(l))
                .Select(l => FaqLine().Replace(l, "")));
        }

        var added = _mentions.Find(trailing.SelectMany(l => TextSegmenter.Sentences(l)).Select(s => s.Text))
            .Where(m => m.Kind is StageKind.Other or StageKind.OfferTalk or StageKind.Final && listed.All(s => s.Kind != m.Kind)
                && !listed.Any(s => StageMentions.Same(s.Name, m.Name) || Names(s.Name, m.Name) || Names(m.Name, s.Name)))
            .DistinctBy(m => m.Kind)
            .ToList();
        return added.Count == 0 ? listed : [.. listed, .. added];
    }

    // Every joined line and every list in the process regions, best first: a list the posting says applies ("본
    // 포지션은 수시 채용으로 진행됩니다"), then the one with the most stages, then one that describes its stages.
    private IEnumerable<List<HiringStage>> Candidates(string text, List<string> regions)
    {
        var candidates = new List<(List<HiringStage> Stages, bool Applies, bool Described, int Order)>();
        foreach (var region in regions)
        {
            var lines = region.Split('\n');
            foreach (var line in lines)
            {
                if (Joined(line, strict: false) is { } chain)
                {
                    candidates.Add((Inserted(Footnoted(chain, lines.Where(l => l != line)), lines.Where(l => l != line)), false, false, candidates.Count));
                }
            }

            var lists = Lists(region);
            foreach (var list in lists)
            {
                var stages = Inserted(list.Items.SelectMany(item => Expand(item.Text, item.Detail)).ToList(), lines);
                var applies = list.Label is { } label && text.Split('\n').Any(l => l.Trim() != label && l.Contains(label, StringComparison.Ordinal) && SentenceEnd().IsMatch(l.Trim()));
                candidates.Add((stages, applies, list.Items.Any(i => i.Detail.Count > 0), candidates.Count));
            }

            if (Grouped(lists) is { } joined)
            {
                candidates.Add((Inserted(joined, lines), false, true, candidates.Count));
            }
        }

        return candidates
            .Where(c => c.Stages.Count(s => s.Kind != StageKind.Application) >= 2)
            .OrderByDescending(c => c.Applies)
            .ThenByDescending(c => c.Stages.Count(s => s.Kind != StageKind.Application))
            .ThenByDescending(c => c.Described)
            .ThenBy(c => c.Order)
            .Select(c => c.Stages);
    }

    /// <summary>
    /// The stages of a line joined by separators ("서류 검토 &gt; 코딩 테스트 &gt; 처우 협의, 입사", "intro call - paid
    /// take-home (3h) - offer", "1. 서류전형 2. 인적성"), or null when the line is not such a chain. Outside a process
    /// section (<paramref name="strict"/>) every part must name a stage and there must be three.
    /// </summary>
    private List<HiringStage>? Joined(string line, bool strict)
    {
        var body = Bullet().Replace(line.Trim(), "");
        if (LabelledLine().Match(body) is { Success: true } labelled && ProcessWord().IsMatch(labelled.Groups["label"].Value.ToLowerInvariant()))
        {
            body = labelled.Groups["rest"].Value;
        }

        // "6. 전형은 서류 → 과제 → 기술 면접 → 컬처핏 면접 순으로 갑니다. 과제는 …": a chain inside a sentence is read
        // from after its topic ("전형은", "이번 채용은") to before "순으로 …" and the sentence's end.
        var parts = new[] { Arrow(), SpacedDash(), SpacedSlash(), Pipe(), InlineNumber() }
            .Select(separator => Ends(separator.Split(body)).Select(Clean).Where(p => p.Length > 0 && !RoundMarker().IsMatch(p) && !Duration().IsMatch(p) && vocabulary.OptionalCue(p) != 0).ToList())
            .OrderByDescending(p => p.Count)
            .First();
        // A part may name whom the step is with and say how in brackets ("technical interview with the Oslo R&D lead
        // (English, video)"); without its brackets it is still a name, not a sentence.
        if (parts.Count < 2 || parts.Any(p => StepCore(p).Length > MaxChainPartLength || (p.Length > MaxItemLength && SentenceEnd().IsMatch(p))))
        {
            return null;
        }

        var naming = parts.Count(vocabulary.NamesStage);
        var withKind = parts.Count(p => vocabulary.KindOf(p) is not null);
        // Outside a process section every part must be a step, at most one of them named only by whom it is with
        // ("Intro call - Paid take-home - Team afternoon - Offer").
        var chain = strict
            ? parts.Count >= 3 && withKind == parts.Count && naming >= parts.Count - 1
            : naming >= 2 && withKind >= Math.Ceiling(parts.Count * 0.6);
        return chain ? [.. parts.SelectMany(p => Expand(p, []))] : null;
    }

    private static IEnumerable<string> Ends(string[] parts)
    {
        if (parts.Length < 2)
        {
            return parts;
        }

        var first = parts[0];
        var stop = SentenceBreak().Matches(first).LastOrDefault();
        parts[0] = ChainTopic().Replace(stop is null ? first : first[(stop.Index + stop.Length)..], "");
        // "Please send a CV. Process: CV screening → …": the label after the sentence before the chain.
        if (LeadLabel().Match(parts[0]) is { Success: true } label && ProcessWord().IsMatch(label.Groups["label"].Value.ToLowerInvariant()))
        {
            parts[0] = parts[0][label.Length..];
        }

        parts[^1] = ChainTail().Replace(parts[^1], "");
        return parts;
    }

    private List<StageList> Lists(string region)
    {
        var lists = new List<StageList>();
        StageList? current = null;
        int? pendingNumber = null;
        string? pendingLabel = null;
        var describing = false;
        string? previousLine = null;
        foreach (var raw in region.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // "- 코딩 테스트 없음", "- No take-home": a line saying a step does not happen is no step, nor does it end the list.
            if (_mentions.Denies(line))
            {
                previousLine = line;
                continue;
            }

            if (MarkerOnly().Match(line) is { Success: true } marker)
            {
                pendingNumber = int.Parse(marker.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                previousLine = line;
                continue;
            }

            int? number = null;
            var rest = line;
            if (NumberedItem().Match(line) is { Success: true } numbered)
            {
                var n = numbered.Groups["n"].Value;
                number = char.IsAsciiDigit(n[0]) ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : n[0] - '①' + 1;
                rest = numbered.Groups["rest"].Value;
            }
            else if (pendingNumber is not null)
            {
                number = pendingNumber;
                rest = Bullet().Replace(line, "");
            }
            else
            {
                rest = Bullet().Replace(line, "");
            }

            // "5. Team interviews — three calls:" over "a. exercise review …", "b. systems conversation …": lettered steps
            // under a numbered one are the steps it holds.
            var lettered = number is null && current is { Last: not null, Items.Count: > 0 } && LetterMark().IsMatch(rest);
            if (lettered)
            {
                rest = LetterMark().Replace(rest, "");
            }

            pendingNumber = null;
            var name = Clean(BracketOnly().Match(rest) is { Success: true } only ? only.Groups["inner"].Value : FirstCell(rest));
            // A sentence of a few words ("A short call.") describes the step above it; it is not a step.
            // Its length and words are counted without its brackets and what follows a colon ("Technical screen with a
            // data scientist (60 min)", "Virtual onsite: four 45-minute interviews").
            var core = StepCore(name);
            // Under a numbered step, a bullet "제출 서류: 이력서, 경력기술서" is a field of that step, not a step.
            var field = number is null && Bullet().IsMatch(line) && current is { Last: not null } && describing && LabelledLine().IsMatch(rest);
            var isItem = !field && core.Length is > 0 and <= MaxItemLength && !SentenceEnd().IsMatch(name) && core.Split(' ').Length <= 6 && !vocabulary.IsPolicy(name)
                && !(FullStop().IsMatch(line) && Bullet().Replace(rest, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                && (vocabulary.NamesStage(name) || (number is not null && vocabulary.KindOf(name) is not null)
                    // "1. Pairing Session", "2. System Design": the next number of a list of steps is a step, whatever its name.
                    || (number is not null && current?.Last == number - 1 && current.Items.Count > 0 && core.Split(' ').Length <= 4 && !vocabulary.IsNoticeLabel(core)));
            var item = rest;
            var marked = number is not null || lettered || Bullet().IsMatch(line);
            // Under numbered steps, a bullet describes the step above it.
            var underNumbered = number is null && !lettered && current is { Last: not null } && describing;
            if (!isItem && marked && !underNumbered && !vocabulary.IsPolicy(name))
            {
                // A bullet or number is one step even when it is a sentence: the step it opens with ("A 30-minute call
                // with our talent partner", "A take-home assignment — a small piece of work"); or, once a list of
                // steps has begun, a short item named by whom it is with ("Lunch with the team").
                if (_mentions.Leading(StepCore(Noise().Replace(rest, " ").Trim())) is { } leading)
                {
                    (isItem, item) = (true, leading.Name);
                }
                else if (current is { Items.Count: > 0 } && pendingLabel is null && core.Split(' ').Length <= 12 && vocabulary.HasParticipant(core) && !SentenceEnd().IsMatch(core))
                {
                    // "A 60-minute walkthrough of your take-home with two engineers": a step with people, whatever it is called.
                    (isItem, item) = (true, core);
                }
            }

            // "Virtual Onsite" then "1. Pairing Session": an unnumbered line just before a list that starts again at 1
            // heads a group of the numbered steps; it is no step of its own.
            if (isItem && number == 1 && current is { Last: not null, Items.Count: > 0 } && current.Items[^1] is { Numbered: false, Detail.Count: 0 } group
                && previousLine == group.Text)
            {
                current.Items.RemoveAt(current.Items.Count - 1);
                pendingLabel = group.Text;
            }

            if (isItem)
            {
                if (current is null || pendingLabel is not null || (number is not null && current.Last is not null && number <= current.Last))
                {
                    current = new StageList(pendingLabel) { First = number };
                    lists.Add(current);
                }

                // The numbered step its lettered steps spell out is replaced by them.
                if (lettered && current.Items[^1] is { Numbered: true, Lettered: false } parent && current.Items.Count > 0)
                {
                    current.Items.RemoveAt(current.Items.Count - 1);
                }

                current.Items.Add(new StageItem(item, []) { Numbered = number is not null || lettered, Lettered = lettered });
                current.Last = number ?? current.Last;
                describing = true;
                pendingLabel = null;
            }
            else if (name.Length <= 20 && !SentenceEnd().IsMatch(line))
            {
                // A short line that is not a stage ("수시 채용", "#참고사항", "FAQ"): a label for what follows.
                pendingLabel = line.TrimStart('#', ' ', '※');
                describing = false;
            }
            else if (describing && current is not null)
            {
                current.Items[^1].Detail.Add(line);
            }

            previousLine = line;
        }

        return lists;
    }

    private static string StepCore(string name)
    {
        var core = BracketPart().Replace(name, " ");
        var colon = core.IndexOfAny([':', '：']);
        return (colon > 0 ? core[..colon] : core).Trim().Replace("  ", " ", StringComparison.Ordinal);
    }

    private sealed class StageList(string? label)
    {
        public string? Label { get; } = label;

        public List<StageItem> Items { get; } = [];

        public int? Last { get; set; }

        /// <summary>The number the list starts at, when numbered.</summary>
        public int? First { get; init; }
    }

    private sealed record StageItem(string Text, List<string> Detail)
    {
        public bool Numbered { get; init; }

        /// <summary>Whether the item is a lettered step under a numbered one ("a. exercise review").</summary>
        public bool Lettered { get; init; }
    }

    [GeneratedRegex(@"^(?:[a-h]|[가나다라마바사])[.)]\s+")]
    private static partial Regex LetterMark();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□✓✔➤▶]\s*)+")]
    private static partial Regex Bullet();

    // "전형절차 : …", and a table row "전형절차 | 1차 서류전형 / 2차 면접전형 / 최종합격" whose first cell is the label.
    [GeneratedRegex(@"^[\s\p{So}\p{Cs}#*|]*(?<label>[^:：|\n]{2,25}?)\s*(?:[:：]|\s\|)\s*(?<rest>[^\n]+?)\s*\|?$", RegexOptions.Multiline)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"\b(?:process|stages|steps|how we hire)\b|절차|전형|과정|프로세스")]
    private static partial Regex ProcessWord();

    // Words that tell steps in order, and meetings counted in order ("첫 번째 만남", "the second conversation").
    [GeneratedRegex(@"\bfollowed by\b|\bafter (?:that|which)\b|\bthen\b|거쳐|이후|진행하며|다음으로|(?:첫|두|세|네)\s*번째\s*(?:만남|자리|미팅|면접|인터뷰)|\bthe (?:first|second|third|last|final) (?:step|stage|conversation|call|meeting|interview|round)\b")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"\s*(?:(?:의\s*)?(?:순으로|순서로|순서대로|순입니다|순이며|순서입니다|순서예요|순이에요)|,?\s*in that order)\b.*$|(?<=\S)[.。]\s+\S.*$")]
    private static partial Regex ChainTail();

    [GeneratedRegex(@"(?<=\S)[.。!?]\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?<label>[^:：]{2,25})[:：]\s*")]
    private static partial Regex LeadLabel();

    // "전형은 서류", "이번 채용은 서류전형", "Our process: …" — the lead-in before a chain's first step.
    [GeneratedRegex(@"^(?:[가-힣A-Za-z0-9]+\s+){0,2}[가-힣]+(?:은|는)\s+(?=\S)")]
    private static partial Regex ChainTopic();

    [GeneratedRegex(@"\s*(?:->|=>|[>→➔⇒▶➡»〉])\s*")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"\s+/\s+")]
    private static partial Regex SpacedSlash();

    [GeneratedRegex(@"\s*\|\s*")]
    private static partial Regex Pipe();

    [GeneratedRegex(@"(?:^|\s+)\d{1,2}[.)]\s+")]
    private static partial Regex InlineNumber();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□]\s*)?(?:(?:step|stage|round|단계)\s*)?0?(?<n>\d{1,2})(?:\s*단계)?\s*[.):|]?$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerOnly();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□]\s*)?(?:(?:step|stage|round)\s*0?(?<n>\d{1,2})\s*[.:)|\-–]?|0?(?<n>\d{1,2})\s*(?:[.)]|단계\s*[.:)]?)|0(?<n>[1-9])(?=\s)|(?<n>[①-⑳]))\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?:(?:round|step|stage)\s*)?\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RoundMarker();

    [GeneratedRegex(@"(?:[.!?。]|[다요])\)?$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:q|a)\s*[.:：]", RegexOptions.IgnoreCase)]
    private static partial Regex FaqLine();

    [GeneratedRegex(@"^q\s*[.:：]|\?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"\s*[(\[][^()\[\]]*[)\]]")]
    private static partial Regex BracketPart();

    [GeneratedRegex(@"[a-z가-힣][.!?]$")]
    private static partial Regex FullStop();

}
