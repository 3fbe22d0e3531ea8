namespace LoopCoach.Core.Analysis;

/// <summary>
/// The features the lexical models compare texts by. English: lower-cased words without stop words, with a
/// light suffix strip ("negotiated", "negotiating" → "negotiat"). Korean, having no morphological analyser
/// here: each word's first two syllables (its stem, roughly) and its syllable bigrams, so that "고객사의" and
/// "고객을" share "고객".
/// </summary>
public static class TextFeatures
{
    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
        "was", "were", "are", "be", "been", "it", "its", "this", "that", "these", "those", "you", "your", "yours",
        "me", "my", "i", "we", "our", "us", "they", "them", "their", "he", "she", "his", "her", "what", "when",
        "where", "which", "who", "how", "why", "did", "do", "does", "had", "have", "has", "tell", "about", "time",
        "describe", "give", "example", "situation", "can", "could", "would", "will", "so", "if", "then", "there",
        "one", "some", "any", "all", "into", "out", "up", "after", "before", "over", "walk", "through", "share",
        "explain", "talk", "please", "ever", "had", "happened", "were", "being", "also", "just", "very",
    };

    /// <summary>The features of <paramref name="text"/>, with how often each occurs.</summary>
    public static Dictionary<string, double> Of(string text)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in TextSegmenter.Tokens(text.ToLowerInvariant()))
        {
            var word = token.Text;
            if (word.Any(TextSegmenter.IsHangul))
            {
                var syllables = new string([.. word.Where(c => c is >= '\uAC00' and <= '\uD7A3')]);
                if (syllables.Length >= 2)
                {
                    Add(features, "k:" + syllables[..2], 1);
                    for (var i = 1; i + 1 < syllables.Length; i++)
                    {
                        Add(features, "b:" + syllables.Substring(i, 2), 0.5);
                    }
                }
            }
            else if (word.Length > 1 && !EnglishStopWords.Contains(word) && !word.All(char.IsAsciiDigit))
            {
                Add(features, "e:" + Stem(word), 1);
            }
        }

        return features;
    }

    /// <summary>The cosine similarity of two feature sets, 0 (nothing shared) to 1 (the same).</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (key, value) in a)
        {
            na += value * value;
            if (b.TryGetValue(key, out var other))
            {
                dot += value * other;
            }
        }

        foreach (var value in b.Values)
        {
            nb += value * value;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static void Add(Dictionary<string, double> features, string key, double weight) =>
        features[key] = features.GetValueOrDefault(key) + weight;

    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ations", "ation", "ments", "ment", "ingly", "ing", "ies", "ied", "ed", "es", "ly", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
