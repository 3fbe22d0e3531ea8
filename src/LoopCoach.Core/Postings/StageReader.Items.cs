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
            text = string.Join(' ', cells.Where(c => !RoundMarker().IsMatch(c) && !Duration().IsMatch(c) && !(vocabulary.OptionalCue(c) == 0 && c.Length <= 20)));
        }

        var split = new List<string>();
        foreach (Match bracket in Bracket().Matches(text))
        {
            var inner = bracket.Groups["inner"].Value.Trim();
            var outer = Clean(text.Replace(bracket.Value, " ", StringComparison.Ordinal));
            var innerParts = InnerSeparator().Split(inner).Select(Clean).Where(p => p.Length > 0).ToList();
            if (Duration().IsMatch(inner) || inner.Length == 0)
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
            else if (inner.Split(' ').Length <= 2 && !SentenceEnd().IsMatch(inner) && outer.Split(' ') is { Length: >= 1 } words && vocabulary.IsHead(words[^1].ToLowerInvariant()))
            {
                text = string.Join(' ', words[..^1].Append(inner).Append(words[^1]));
            }
            else
            {
                text = text.Replace(bracket.Value, " ", StringComparison.Ordinal);
            }
        }

        if (split.Count == 0)
        {
            var name = Clean(text);
            var parts = Compound().Split(name).Select(Clean).Where(p => p.Length > 0).ToList();
            var kinds = parts.Select(vocabulary.KindOf).ToList();
            split = parts.Count > 1 && parts.All(vocabulary.NamesStage) && !kinds.All(k => k == StageKind.Final) ? parts : name.Length > 0 ? [name] : [];
        }

        var stages = split.Select(name => new HiringStage(name, vocabulary.KindOf(name) ?? StageKind.Other, optional && vocabulary.KindOf(name) is not (StageKind.Final or StageKind.OfferTalk))).ToList();
        foreach (var line in detail.Where(l => vocabulary.OptionalCue(l) >= 0 && !vocabulary.IsPolicy(l)))
        {
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
            if (named.Count >= 2)
            {
                return named;
            }
        }

        return stages;
    }

    // Whether a note names a step ("레퍼런스 체크는 …", "The coding test may …"), spaces and case aside.
    private static bool Names(string note, string stage) =>
        Squash(note).Contains(Squash(stage), StringComparison.Ordinal);

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Clean(string text)
    {
        var clean = Noise().Replace(text, " ").Trim(' ', '.', ',', '-', '*', 'ㆍ', '•', '·', ':', '：', '|', '#', '–', '—').Replace("  ", " ", StringComparison.Ordinal);

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

    [GeneratedRegex(@"^[~≈약\s]*\d+(?:[.,]\d+)?\s*(?:[-–~×x]\s*\d+\s*)?(?:min|mins|minutes|h|hr|hrs|hours?|분|시간|일|주|weeks?|days?|interviews?|rounds?|conversations?|sessions?|회|명|개월)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\s*[,，·/]\s*")]
    private static partial Regex InnerSeparator();

    [GeneratedRegex(@"\s+(?:및|&|and|\+)\s+|\s*[,，]\s*")]
    private static partial Regex Compound();

    [GeneratedRegex(@"^(?:면접|면접\s*전형|인터뷰|interviews?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"[\p{So}\p{Cs}]|&nbsp;|<[^>]{1,20}>|\s{2,}")]
    private static partial Regex Noise();

    [GeneratedRegex(@"^\s*[(\[](?<inner>[^()\[\]]+)[)\]]\s*$")]
    private static partial Regex BracketOnly();
}
