namespace LoopCoach.Core.Analysis;

/// <summary>
/// Finds lexicon entries in text. English entries match whole words ("like" not in "likely"); Korean entries
/// match inside words, since particles and endings attach to them ("분석했" in "분석했습니다"). A Korean entry
/// may pin itself to a word edge with <c>^</c> (start) and <c>$</c> (end): "^아마$" is the hedge, not "아마존".
/// </summary>
public static class PhraseMatcher
{
    /// <summary>Every place a phrase of <paramref name="phrases"/> occurs in <paramref name="lower"/> (already lower-cased).</summary>
    public static IEnumerable<WordMatch> FindAll(string original, string lower, IEnumerable<string> phrases, int from = 0, int to = -1)
    {
        to = to < 0 ? lower.Length : to;
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            var korean = phrase.Any(TextSegmenter.IsHangul);
            var atStart = korean && phrase.StartsWith('^');
            var atEnd = korean && phrase.EndsWith('$');
            var word = phrase.TrimStart('^').TrimEnd('$');
            if (word.Length == 0)
            {
                continue;
            }

            for (var at = lower.IndexOf(word, from, StringComparison.Ordinal); at >= 0 && at + word.Length <= to; at = lower.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var before = IsWordBoundary(lower, at - 1);
                var after = IsWordBoundary(lower, at + word.Length);
                if (korean ? (!atStart || before) && (!atEnd || after) : before && after)
                {
                    yield return new WordMatch(word, TextSpan.Of(original, at, at + word.Length));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="lower"/> by the same rules as <see cref="FindAll"/>.</summary>
    public static bool Occurs(string lower, string phrase) => FindAll(lower, lower, [phrase]).Any();

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
