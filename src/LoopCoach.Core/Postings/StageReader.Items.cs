using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>How one written step becomes stages: cleaned, split, folded, and marked optional by its own notes.</summary>
public sealed partial class StageReader
{
    // "서류 전형 → 과제 전형* → 인터뷰" with "* 과제 전형은 필요한 경우에만 진행합니다" below: a note that names one
    // step of the chain and says it may be skipped marks that step, wherever the note stands.
    private List<HiringStage> Footnoted(List<HiringStage> chain, IEnumerable<string> notes)
    {
        var marked = chain.ToList();
        foreach (var note in notes.Where(n => vocabulary.OptionalCue(n) >= 0 && !vocabulary.IsPolicy(n)))
        {
            for (var i = 0; i < marked.Count; i++)
            {
                if (Names(note, marked[i].Name) && marked[i].Kind is not (StageKind.Final or StageKind.OfferTalk))
                {
                    marked[i] = marked[i] with { Optional = true };
                }
            }
        }

        return marked;
    }

    // "* 포지션에 따라 1차 직무 인터뷰 전에 사전과제 또는 전화 인터뷰가 추가될 수 있어요", "A pairing session may be added
    // after the technical interview": steps a note adds, optional, before or after the step of the list it names.
    private List<HiringStage> Inserted(List<HiringStage> stages, IEnumerable<string> notes)
    {
        var result = stages.ToList();
        foreach (var note in notes.Where(n => Added().IsMatch(n) && (vocabulary.OptionalCue(n) >= 0 || Modal().IsMatch(n)) && !vocabulary.IsPolicy(n)))
        {
            var anchor = result.FindIndex(s => note.Contains(s.Name, StringComparison.OrdinalIgnoreCase));
            if (anchor < 0)
            {
                continue;
            }

            var name = result[anchor].Name;
            var at = note.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            var after = AfterWord().IsMatch(note[(at + name.Length)..]) || FollowingWord().IsMatch(note[..at]);
            var added = _mentions.Find([note]).Where(m => !result.Any(s => StageMentions.Same(s.Name, m.Name) || Names(s.Name, m.Name) || Names(m.Name, s.Name))).ToList();
            result.InsertRange(after ? anchor + 1 : anchor, added.Select(a => a with { Optional = true }));
        }

        return result;
    }

    /// <summary>
    /// The stages one item names: markers, durations and notes dropped, a bracketed word folded in ("1차 인터뷰
    /// (직무)" → 1차 직무 인터뷰), bracketed interviews split out, steps of different kinds joined by 및 / &amp; / , split
    /// (two terminal events stay one), and optional when its name, its brackets or its own description say so.
    /// </summary>
    private List<HiringStage> Expand(string item, IReadOnlyList<string> detail)
    {
        var optional = false;
        var text = Bullet().Replace(item.Trim(), "");
        if (text.Contains('|', StringComparison.Ordinal))
        {
            var cells = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            optional = cells.Any(c => vocabulary.OptionalCue(c) == 0 && c.Length <= 20);
            text = FirstCell(text);
        }

        // "1단계(서류전형)", "Step 2 (Take-home)", "[서류 검토]": the step's number outside, its name inside the brackets.
        if (MarkedBracket().Match(text) is { Success: true } marked)
        {
            text = marked.Groups["inner"].Value;
        }
        else if (BracketOnly().Match(text) is { Success: true } whole)
        {
            text = whole.Groups["inner"].Value;
        }

        // "Virtual onsite: four 45-minute interviews": the step is named before the colon, described after it.
        // What follows the colon describes the step, like a line below it would ("면접전형 : 실무진 면접에서 … 임원면접을 통해 …").
        var colon = text.IndexOfAny([':', '：']);
        if (colon > 0 && vocabulary.NamesStage(text[..colon]))
        {
            detail = [text[(colon + 1)..].Trim(), .. detail];
            text = text[..colon];
        }

        var split = new List<string>();
        foreach (Match bracket in Bracket().Matches(text))
        {
            var inner = bracket.Groups["inner"].Value.Trim();
            var outer = Clean(text.Replace(bracket.Value, " ", StringComparison.Ordinal));
            var innerParts = InnerSeparator().Split(inner).Select(Clean).Where(p => p.Length > 0).ToList();
            // "Interview(s)": a plural mark, not a word of the name.
            if (Duration().IsMatch(inner) || inner.Length == 0 || (inner.Length <= 2 && inner.All(char.IsLower)))
            {
                text = text.Replace(bracket.Value, " ", StringComparison.Ordinal);
            }
            else if (vocabulary.OptionalCue(inner) >= 0)
            {
                optional = true;
                text = text.Replace(bracket.Value, " ", StringComparison.Ordinal);
            }
            else if (innerParts.Count >= 2 && innerParts.All(vocabulary.NamesStage))
            {
                var prefix = vocabulary.IsHead(outer.Split(' ')[^1].ToLowerInvariant()) ? string.Join(' ', outer.Split(' ')[..^1]) : outer;
                split.AddRange(innerParts.Select(p => (prefix + " " + p).Trim()));
                text = "";
                break;
            }
            // "1차 인터뷰 (직무)" folds its word in; "(영어, 화상)" lists how the step is held, not a word of its name.
            else if (inner.Split(' ').Length <= 2 && !inner.Contains(',', StringComparison.Ordinal) && !SentenceEnd().IsMatch(inner) && outer.Split(' ') is { Length: >= 1 } words && vocabulary.IsHead(words[^1].ToLowerInvariant()))
            {
                text = string.Join(' ', words[..^1].Append(inner).Append(words[^1]));
            }
            else
            {
                text = text.Replace(bracket.Value, " ", StringComparison.Ordinal);
            }
        }

        // "코딩 테스트 / 과제", "a take-home or a live exercise": either step, so each may not happen.
        if (split.Count == 0 && EitherOr().Split(Clean(text)).Select(Clean).Where(p => p.Length > 0).ToList() is { Count: 2 } either
            && either.All(vocabulary.NamesStage) && vocabulary.KindOf(either[0]) != vocabulary.KindOf(either[1]))
        {
            split = either;
            optional = true;
        }

        if (split.Count == 0)
        {
            var name = Clean(text);
            var parts = Compound().Split(name).Select(Clean).Where(p => p.Length > 0).ToList();
            var kinds = parts.Select(vocabulary.KindOf).ToList();
            split = parts.Count > 1 && parts.All(vocabulary.NamesStage) && !kinds.All(k => k == StageKind.Final) ? parts : name.Length > 0 ? [name] : [];
        }

        // A step named by its topic ("System Design") whose description says whom it is with is a conversation.
        var unnamed = detail.Any(vocabulary.HasParticipant) ? StageKind.Interview : StageKind.Other;
        var stages = split.Select(name => new HiringStage(name, vocabulary.KindOf(name) ?? unnamed, optional && vocabulary.KindOf(name) is not (StageKind.Final or StageKind.OfferTalk))).ToList();
        // "포트폴리오(선택)": a cue in brackets marks the word it follows, not the step.
        foreach (var line in detail.Where(l => vocabulary.OptionalCue(BracketPart().Replace(l, " ")) >= 0 && !vocabulary.IsPolicy(l)))
        {
            // "포지션에 따라 면접 전에 온라인 코딩 테스트를 먼저 부탁드리는 경우가 있어요": a step of another kind the
            // description says may come before (or after) this one is a step of its own, optional.
            // A footnote ("* …", "※ …") is about the whole list: Inserted places what it adds by the step it names.
            var added = Footnote().IsMatch(line) ? [] : _mentions.Find([line]).Where(m => m.Kind is not (StageKind.Final or StageKind.OfferTalk or StageKind.Application)
                && stages.All(s => s.Kind != m.Kind && !StageMentions.Same(s.Name, m.Name))).ToList();
            if (added.Count > 0)
            {
                var before = Before().IsMatch(line);
                stages.InsertRange(before ? 0 : stages.Count, added.Select(a => a with { Optional = true }));
                continue;
            }

            for (var i = 0; i < stages.Count; i++)
            {
                // With several steps in one item, the note is about the step it names.
                var mentioned = stages.Count == 1 || Names(line, stages[i].Name);
                if (mentioned && stages[i].Kind is not (StageKind.Final or StageKind.OfferTalk))
                {
                    stages[i] = stages[i] with { Optional = true };
                }
            }
        }

        // "면접전형" described as "1차 실무진 면접 … 2차 임원면접": the description's interviews are the stages.
        if (stages is [{ Kind: StageKind.Interview } only] && Generic().IsMatch(only.Name))
        {
            var named = _mentions.Find(detail.SelectMany(d => TextSegmenter.Sentences(d)).Select(s => s.Text))
                .Where(s => s.Kind is StageKind.Interview or StageKind.Panel or StageKind.PhoneOrVideo).ToList();

            // "Up to two technical interviews …": a plural names the step itself again, not the steps it holds.
            if (named.Count >= 2 && !named.Any(s => PluralHead().IsMatch(s.Name)))
            {
                return named;
            }
        }

        return stages;
    }

    /// <summary>
    /// The cell of a header written as a row ("Round 2 | Case Study | Technical | Required | Take-home") that names the
    /// step: the first that names a stage, the rest being its category, whether it is required, and its length.
    /// </summary>
    private string FirstCell(string text)
    {
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return text;
        }

        var cells = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !RoundMarker().IsMatch(c) && !Duration().IsMatch(c) && !(vocabulary.OptionalCue(c) == 0 && c.Length <= 20))
            .ToList();
        return cells.FirstOrDefault(vocabulary.NamesStage) ?? cells.FirstOrDefault() ?? "";
    }

    // Whether a note names a step ("레퍼런스 체크는 …", "The coding test may …"), spaces and case aside.
    private static bool Names(string note, string stage) =>
        Squash(note).Contains(Squash(stage), StringComparison.Ordinal);

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Clean(string text)
    {
        var clean = Noise().Replace(text, " ").Trim(' ', '.', ',', '-', '*', 'ㆍ', '•', '·', ':', '：', '|', '#', '–', '—').Replace("  ", " ", StringComparison.Ordinal);
        // "An initial call with a recruiter": the article is not part of the step's name.
        clean = Article().Replace(clean, "");

        // A bracket left open or closed alone by a separator ("지원서 제출]") is a stray; a pair is the item's own.
        foreach (var (open, close) in new[] { ('(', ')'), ('[', ']') })
        {
            if (clean.Count(c => c == open) != clean.Count(c => c == close))
            {
                clean = clean.Trim(open, close, ' ');
            }
        }

        return clean;
    }

    [GeneratedRegex(@"[(\[](?<inner>[^()\[\]]*)[)\]]")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"(?:interviews|rounds|conversations|sessions|calls)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralHead();

    // A note that adds a step: "추가될 수", "추가로 진행", "may be added", "an additional …", "we may also …".
    [GeneratedRegex(@"추가|더해|\badd(?:ed|s)?\b|\badditional\b|\bextra\b|\bmay also\b", RegexOptions.IgnoreCase)]
    private static partial Regex Added();

    [GeneratedRegex(@"수\s*있|\bmay\b|\bmight\b|\bcan\b|\bsometimes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    // The new step comes after the named one: "1차 인터뷰 후에", "1차 인터뷰 다음", "after the technical interview".
    [GeneratedRegex(@"^\s*(?:이|의)?\s*(?:후|이후|다음|뒤)")]
    private static partial Regex AfterWord();

    [GeneratedRegex(@"^\s*[*※]")]
    private static partial Regex Footnote();

    // The step a description adds comes first: "면접 전에", "먼저", "before the interview".
    [GeneratedRegex(@"전에|먼저|앞서|\bbefore\b|\bfirst\b", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    [GeneratedRegex(@"\b(?:after|following)\s+(?:the\s+|your\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingWord();

    [GeneratedRegex(@"^[~≈약\s]*\d+(?:[.,]\d+)?\s*(?:[-–~×x]\s*\d+\s*)?(?:min|mins|minutes|h|hr|hrs|hours?|분|시간|일|주|weeks?|days?|interviews?|rounds?|conversations?|sessions?|회|명|개월)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\s*[,，·/]\s*")]
    private static partial Regex InnerSeparator();

    [GeneratedRegex(@"\s+(?:및|&|and|\+)\s+|\s*[,，]\s*")]
    private static partial Regex Compound();

    [GeneratedRegex(@"\s+/\s+|\s+(?:또는|혹은|or)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EitherOr();

    [GeneratedRegex(@"^(?:면접|면접\s*전형|인터뷰|interviews?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"[\p{So}\p{Cs}]|&nbsp;|<[^>]{1,20}>|\s{2,}")]
    private static partial Regex Noise();

    [GeneratedRegex(@"^\s*[(\[](?<inner>[^()\[\]]+)[)\]]\s*$")]
    private static partial Regex BracketOnly();

    [GeneratedRegex(@"^(?:an?|the)\s+(?=\S+\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"^\s*(?:(?:step|stage|round|phase)\s*0?\d{1,2}|0?\d{1,2}\s*(?:단계|step)|제?\s*\d{1,2}\s*단계|0?\d{1,2})\s*[.:]?\s*[(\[](?<inner>[^()\[\]]+)[)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedBracket();
}
