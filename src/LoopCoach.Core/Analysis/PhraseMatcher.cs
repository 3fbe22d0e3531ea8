namespace LoopCoach.Core.Analysis;

/// <summary>
/// Finds lexicon entries in text. English entries match whole words ("like" not in "likely"); Korean entries
/// match inside words, since particles and endings attach to them ("분석했" in "분석했습니다"). A Korean entry
/// may pin itself to a word edge with <c>^</c> (start) and <c>$</c> (end): "^아마$" is the hedge, not "아마존".
/// </summary>
public static class PhraseMatcher
{
    /// <summary>Every place a phrase of <paramref name="phrases"/> occurs in <paramref name="lower"/> (already lower-cased).</summary>
    public static IEnumerable<WordMatch> FindAll(string original, string lower, IEnumerable<string> phrases, int from = 0, int to = -1) =>
        FindAll(original, lower, Prepare(phrases), from, to);

    /// <summary>
    /// Every place a prepared phrase occurs in <paramref name="lower"/> between <paramref name="from"/> and
    /// <paramref name="to"/>: for a list asked about again and again (the cue words, once per sentence).
    /// </summary>
    public static IEnumerable<WordMatch> FindAll(string original, string lower, IReadOnlyList<Phrase> phrases, int from = 0, int to = -1)
    {
        to = to < 0 ? lower.Length : to;
        foreach (var phrase in phrases)
        {
            var word = phrase.Word;
            // The search stops at `to`: a sentence's cue words are looked for in the sentence, never in the rest of
            // the answer (which made the analysis quadratic in the number of sentences).
            for (var at = IndexOf(lower, word, from, to); at >= 0; at = IndexOf(lower, word, at + word.Length, to))
            {
                if (StandsAt(lower, phrase, at))
                {
                    yield return new WordMatch(word, TextSpan.Of(original, at, at + word.Length));
                }
            }
        }
    }

    /// <summary>
    /// How many different words of <paramref name="phrases"/> occur in <paramref name="lower"/> between
    /// <paramref name="from"/> and <paramref name="to"/>: the count of distinct <see cref="WordMatch.Word"/>s
    /// <see cref="FindAll(string, string, IReadOnlyList{Phrase}, int, int)"/> finds there, without making the matches.
    /// </summary>
    public static int CountWords(string lower, IReadOnlyList<Phrase> phrases, int from, int to)
    {
        List<string>? counted = null;
        foreach (var phrase in phrases)
        {
            var word = phrase.Word;
            for (var at = IndexOf(lower, word, from, to); at >= 0; at = IndexOf(lower, word, at + word.Length, to))
            {
                if (StandsAt(lower, phrase, at))
                {
                    counted ??= [];
                    if (!counted.Contains(word, StringComparer.Ordinal))
                    {
                        counted.Add(word);
                    }

                    break;
                }
            }
        }

        return counted?.Count ?? 0;
    }

    /// <summary>The lexicon entries read once: what to look for and at which word edges; empty entries dropped.</summary>
    public static IReadOnlyList<Phrase> Prepare(IEnumerable<string> phrases)
    {
        var prepared = new List<Phrase>();
        foreach (var phrase in phrases)
        {
            var korean = phrase.Any(TextSegmenter.IsHangul);
            var word = phrase.TrimStart('^').TrimEnd('$');
            if (word.Length > 0)
            {
                prepared.Add(new Phrase(word, korean, korean && phrase.StartsWith('^'), korean && phrase.EndsWith('$')));
            }
        }

        return prepared;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="lower"/> by the same rules as <see cref="FindAll(string, string, IEnumerable{string}, int, int)"/>.</summary>
    public static bool Occurs(string lower, string phrase) => FindAll(lower, lower, [phrase]).Any();

    private static int IndexOf(string text, string word, int from, int to) =>
        to - from < word.Length ? -1 : text.IndexOf(word, from, to - from, StringComparison.Ordinal);

    // Whether the phrase found at `at` stands there as a word: an English phrase between word boundaries; a Korean
    // one bounded only where it asks to be (a particle or ending may follow a stem).
    private static bool StandsAt(string lower, Phrase phrase, int at)
    {
        var before = IsWordBoundary(lower, at - 1);
        var after = IsWordBoundary(lower, at + phrase.Word.Length);
        return phrase.Korean ? (!phrase.AtStart || before) && (!phrase.AtEnd || after) : before && after;
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>A lexicon entry ready to look for.</summary>
    /// <param name="Word">The text looked for, without its edge marks.</param>
    /// <param name="Korean">Korean entries match inside words; others match whole words.</param>
    /// <param name="AtStart">A Korean entry that must start a word (<c>^</c>).</param>
    /// <param name="AtEnd">A Korean entry that must end a word (<c>$</c>).</param>
    public sealed record Phrase(string Word, bool Korean, bool AtStart, bool AtEnd);
}
