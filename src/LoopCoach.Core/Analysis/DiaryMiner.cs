using System.Globalization;
using System.Text.RegularExpressions;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Analysis;

/// <summary>A passage of a diary that could become a story, with the STAR fields found in it and what is missing.</summary>
/// <param name="Number">1-based number of the draft, for choosing it.</param>
/// <param name="Story">The pre-filled story (title from the entry's heading or first sentence).</param>
/// <param name="Missing">The STAR parts the passage does not hold, to be written by the candidate.</param>
/// <param name="Source">Where in the diary the passage is.</param>
public sealed record StoryDraft(int Number, StoryContent Story, IReadOnlyList<StarPart> Missing, TextSpan Source);

/// <summary>
/// Mines a diary or journal (plain text or Markdown; dated entries, numbered posts, or one long text) for
/// passages that hold a situation, a decision or action, and a result, and turns each into a story draft.
/// Drafts are proposals: nothing enters the bank until the candidate picks them.
/// </summary>
public sealed partial class DiaryMiner(AnswerAnalyzer analyzer)
{
    /// <summary>The largest diary read, in characters.</summary>
    public const int MaxDiaryLength = 1_000_000;

    private const int MaxTitleLength = 80;

    /// <summary>The drafts found in <paramref name="diary"/>, in diary order.</summary>
    public IReadOnlyList<StoryDraft> Mine(string diary)
    {
        var text = TextInput.Normalize(diary);
        var drafts = new List<StoryDraft>();
        foreach (var entry in Entries(text))
        {
            var star = analyzer.FindStar(entry.Body);
            var outcomes = star.Result.Spans.Where(s => IsOutcome(s.Text)).ToList();
            var hasDoing = star.Action.Present;
            var hasResult = outcomes.Count > 0;
            var parts = new[] { star.Situation.Present, hasDoing, hasResult, star.Lesson.Present }.Count(p => p);
            if (parts < 2 || !(hasDoing || hasResult))
            {
                continue;
            }

            string Join(StarFindings s, StarPart part) => string.Join(" ", (part == StarPart.Result ? outcomes : s[part].Spans).Select(x => x.Text).Distinct());
            var story = new StoryContent
            {
                Title = Title(entry),
                Situation = Join(star, StarPart.Situation),
                Task = Join(star, StarPart.Task),
                Action = Join(star, StarPart.Action),
                Result = Join(star, StarPart.Result),
                Lesson = Join(star, StarPart.Lesson),
                When = entry.When,
                Tags = ["diary"],
            };
            var missing = Enum.GetValues<StarPart>().Where(p => p == StarPart.Result ? !hasResult : !star[p].Present).ToList();
            drafts.Add(new StoryDraft(drafts.Count + 1, StoryRules.Normalize(story), missing, entry.Span));
        }

        return drafts;
    }

    /// <summary>
    /// Whether a sentence read as a result tells what came of the actions: something that happened (a past tense, a
    /// number), not an opinion, a reason or a general statement ("학교는 '성과'보다는 '배움'을 중시하는 기관이기
    /// 때문이다", "사람들은 좋은 성과를 내기 위해 노력한다", "I think it always pays off").
    /// </summary>
    internal static bool IsOutcome(string sentence)
    {
        var text = sentence.Trim();
        if (Opinion().IsMatch(text))
        {
            return false;
        }

        return Happened().IsMatch(text) || text.Any(char.IsDigit);
    }

    private sealed record Entry(string? Heading, string Body, YearMonth? When, TextSpan Span);

    private static IEnumerable<Entry> Entries(string text)
    {
        // Entries start at a heading line: a Markdown heading, a dated line, or a numbered post ("11. title").
        var starts = EntryStart().Matches(text).Select(m => m.Index).Where(i => i == 0 || text[i - 1] == '\n').ToList();
        if (starts.Count == 0 || starts[0] != 0)
        {
            starts.Insert(0, 0);
        }

        var pieces = starts.Zip(starts.Skip(1).Append(text.Length)).Select(p => (Start: p.First, End: p.Second)).ToList();
        if (pieces.Count == 1)
        {
            // One long text: its paragraphs are the passages.
            pieces = [.. Paragraph().Matches(text).Select(m => (m.Index, m.Index + m.Length))];
        }

        foreach (var (start, end) in pieces)
        {
            var raw = text[start..end].Trim();
            if (raw.Length == 0)
            {
                continue;
            }

            var firstBreak = raw.IndexOf('\n', StringComparison.Ordinal);
            var heading = firstBreak > 0 && EntryStart().IsMatch(raw) ? raw[..firstBreak].Trim().TrimStart('#', ' ') : null;
            var body = heading is null ? raw : raw[(firstBreak + 1)..].Trim();
            if (body.Length == 0)
            {
                body = raw;
            }

            yield return new Entry(heading, body, FindDate(raw), TextSpan.Of(text, start, end));
        }
    }

    private static string Title(Entry entry)
    {
        var title = entry.Heading is { Length: > 0 } heading
            ? NumberPrefix().Replace(DateText().Replace(heading, ""), "").Trim(' ', '.', '-', ':')
            : "";
        if (title.Length == 0)
        {
            // A one-line post ("11. CS에 대한 고찰 [스타트업 일기] 본문…"): its title runs up to the first bracket
            // or the end of the first sentence.
            var first = TextSegmenter.Sentences(entry.Body).FirstOrDefault()?.Text ?? entry.Body;
            var bracket = first.IndexOf(" [", StringComparison.Ordinal);
            title = NumberPrefix().Replace(bracket > 0 ? first[..bracket] : first, "").Trim();
        }

        title = title.Replace('\n', ' ');
        return title.Length <= MaxTitleLength ? title : title[..MaxTitleLength].TrimEnd() + "…";
    }

    private static YearMonth? FindDate(string text)
    {
        var match = DateText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 9999 && month is >= 1 and <= 12 ? new YearMonth(year, month) : null;
    }

    [GeneratedRegex(@"^(?:#{1,6}\s+.+|(?:19|20)\d{2}\s?[-./년]\s?\d{1,2}.*|\d{1,3}\.\s+\S.*)$", RegexOptions.Multiline)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s?[-./년]\s?(?<m>\d{1,2})(?:\s?[-./월]\s?\d{1,2}\.?\s?일?)?")]
    private static partial Regex DateText();

    // Reasons, beliefs, obligations and general truths: "…기 때문이다", "…라고 생각한다", "…것 같다", "…해야 한다",
    // "…하는 곳이다", "…냐고"; "because", "I think", "should", "always".
    [GeneratedRegex(@"때문(?:이다|이었다|이며|입니다|이에요|이지)|[라다]고\s*생각|것\s*같(?:다|아|습니다)|것만\s*같|[해워]야\s*(?:한다|합니다|해요|했다)|는\s*법이다|(?:곳|기관|사람|존재|일|법)이다\.?$|(?:곳|기관)입니다|냐고\.?$|말이다\.?$|\b(?:because|I think|I believe|I feel|should|must|always|never|in general|generally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();

    // Something that happened: a Korean past ending, or an English past or change verb.
    [GeneratedRegex(@"(?:었|았|였|했|됐|졌|냈|왔|갔|났|웠|렸|섰|켰|쳤|봤)(?:다|고|는데|으며|지만|어요|습니다|음)|\b(?:was|were|went|got|grew|fell|rose|cut|made|won|became|doubled|halved|saved|reduced|increased|dropped|improved|launched|shipped|finished|\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Happened();

    [GeneratedRegex(@"^\d{1,3}\.\s+")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"[^\n](?:.|\n(?!\s*\n))*", RegexOptions.None)]
    private static partial Regex Paragraph();
}
