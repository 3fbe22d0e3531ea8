namespace LoopCoach.Core.Analysis;

/// <summary>
/// A logistic model over named binary features: the probability is the logistic function of the bias plus the weights
/// of the features present. Its weights are learned offline (tools/LoopCoach.Training, ML.NET) and shipped as content,
/// so the product applies it with one dictionary look-up per feature and can say which features decided.
/// </summary>
public sealed class LinearModel(double bias, double threshold, IReadOnlyDictionary<string, double> weights)
{
    /// <summary>The model's bias (its log-odds when no feature is present).</summary>
    public double Bias { get; } = bias;

    /// <summary>The probability at or above which the model says yes.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The weight of each feature the model knows; features it does not know weigh nothing.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; } = weights;

    /// <summary>The probability the model gives to a case with <paramref name="features"/>.</summary>
    public double Probability(IEnumerable<string> features)
    {
        var score = Bias;
        foreach (var feature in features)
        {
            score += Weights.GetValueOrDefault(feature);
        }

        return 1 / (1 + Math.Exp(-score));
    }

    /// <summary>Whether the model says yes for a case with <paramref name="features"/>.</summary>
    public bool Says(IEnumerable<string> features) => Probability(features) >= Threshold;
}

/// <summary>A number of an answer and how it was read.</summary>
/// <param name="Number">The number.</param>
/// <param name="InResult">Whether it stands in a sentence that tells the result.</param>
/// <param name="RuleMeasures">Whether the outcome rules alone take it for a measure of the result.</param>
/// <param name="MeasuresResult">Whether it is taken for a measure of the result (the rules, then the model).</param>
/// <param name="Features">The features the number-role model read.</param>
public sealed record NumberReading(NumberMention Number, bool InResult, bool RuleMeasures, bool MeasuresResult, IReadOnlyList<string> Features);

/// <summary>
/// The features the number-role model reads for one number of an answer: its kind, which STAR part's sentences hold it,
/// where it stands in the story, what the outcome rules see in its clause (<see cref="OutcomeReader.ClauseTraits"/>),
/// and the words right around it (for Korean, the particle or counter attached to it and the stems and endings of
/// the words beside it). The trainer and the analyser call this same method, so what was learned is what is applied.
/// </summary>
public static class NumberRoles
{
    private const int WordsAround = 3;

    /// <summary>The features of <paramref name="number"/> in <paramref name="text"/> (whose words are <paramref name="tokens"/>, when known).</summary>
    public static IReadOnlyList<string> Features(
        string text,
        AnswerLanguage language,
        IReadOnlyList<TextSpan> sentences,
        StarFindings star,
        IReadOnlyList<NumberMention> numbers,
        NumberMention number,
        bool ruleMeasures,
        IReadOnlyList<TextSpan>? tokens = null)
    {
        var features = new List<string>
        {
            "kind:" + number.Kind.ToString().ToLowerInvariant(),
            "lang:" + (language == AnswerLanguage.En ? "en" : "ko"),
        };
        if (ruleMeasures)
        {
            features.Add("rule:measures");
        }

        var any = false;
        foreach (var part in Enum.GetValues<StarPart>())
        {
            if (SortedSpans.WithinAny(star[part].Spans, number.Span))
            {
                features.Add("part:" + part.ToString().ToLowerInvariant());
                any = true;
            }
        }

        if (!any)
        {
            features.Add("part:none");
        }

        var at = SortedSpans.IndexContaining(sentences, number.Span);
        if (at >= 0)
        {
            var sentence = sentences[at];
            var firstAction = star.Action.Spans.Count == 0 ? int.MaxValue : star.Action.Spans[0].Start;
            features.Add(at == sentences.Count - 1 ? "sentence:last" : at == 0 ? "sentence:first" : "sentence:middle");
            features.Add(sentence.Start > firstAction ? "after-first-action" : "before-first-action");
            features.Add("outcome:" + Math.Min(2, (int)OutcomeReader.OutcomeScore(sentence.Text, sentence.Start > firstAction, true)));
            features.AddRange(OutcomeReader.ClauseTraits(sentence, number.Span, number.Kind == NumberKind.Duration).Select(t => "clause:" + t));
            var others = numbers.Count(n => n != number && n.Kind != NumberKind.Date && n.Span.Start >= sentence.Start && n.Span.End <= sentence.End);
            features.Add(others == 0 ? "sentence-numbers:1" : "sentence-numbers:2+");
        }

        if (language == AnswerLanguage.En)
        {
            AddEnglishContext(features, text, tokens ?? TextSegmenter.Tokens(text), number.Span);
        }
        else
        {
            AddKoreanContext(features, text, number.Span);
        }

        return features;
    }

    private static void AddEnglishContext(List<string> features, string text, IReadOnlyList<TextSpan> tokens, TextSpan number)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= number.Start)
        {
            first++;
        }

        var last = first;
        while (last < tokens.Count && tokens[last].Start < number.End)
        {
            last++;
        }

        for (var k = 1; k <= WordsAround; k++)
        {
            if (first - k >= 0 && !Crosses(text, tokens[first - k].End, number.Start))
            {
                features.Add($"left{k}:{tokens[first - k].Text.ToLowerInvariant()}");
            }

            if (last + k - 1 < tokens.Count && !Crosses(text, number.End, tokens[last + k - 1].Start))
            {
                features.Add($"right{k}:{tokens[last + k - 1].Text.ToLowerInvariant()}");
            }
        }
    }

    // Korean words carry their role in their endings: the particle or counter attached to the number ("만에", "명이",
    // "으로"), and the stem and ending of the words beside it ("줄었어요" → "줄었", "어요").
    private static void AddKoreanContext(List<string> features, string text, TextSpan number)
    {
        var end = number.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !char.IsPunctuation(text[end]))
        {
            end++;
        }

        if (end > number.End)
        {
            var attached = text[number.End..end];
            features.Add("attached:" + (attached.Length > 3 ? attached[..3] : attached));
        }

        var after = Words(text, end, forward: true);
        var before = Words(text, number.Start, forward: false);
        for (var k = 0; k < Math.Min(2, after.Count); k++)
        {
            features.Add($"right{k + 1}-stem:{Head(after[k])}");
            features.Add($"right{k + 1}-end:{Tail(after[k])}");
        }

        for (var k = 0; k < Math.Min(2, before.Count); k++)
        {
            features.Add($"left{k + 1}-stem:{Head(before[k])}");
            features.Add($"left{k + 1}-end:{Tail(before[k])}");
        }
    }

    // Up to three words from position, forward or backward, not past the end of the sentence.
    private static List<string> Words(string text, int position, bool forward)
    {
        var words = new List<string>();
        var i = position;
        while (words.Count < WordsAround)
        {
            if (forward)
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i >= text.Length || IsSentenceEnd(text[i]))
                {
                    break;
                }

                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsSentenceEnd(text[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    break;
                }

                words.Add(text[start..i].Trim(',', '"', '\'', '(', ')'));
            }
            else
            {
                while (i > 0 && text[i - 1] == ' ')
                {
                    i--;
                }

                if (i <= 0 || IsSentenceEnd(text[i - 1]))
                {
                    break;
                }

                var stop = i;
                while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && !IsSentenceEnd(text[i - 1]))
                {
                    i--;
                }

                if (i == stop)
                {
                    break;
                }

                words.Add(text[i..stop].Trim(',', '"', '\'', '(', ')'));
            }
        }

        return words.Where(w => w.Length > 0).ToList();
    }

    private static string Head(string word) => word.Length > 2 ? word[..2] : word;

    private static string Tail(string word) => word.Length > 2 ? word[^2..] : word;

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n' or '。';

    private static bool Crosses(string text, int from, int to) =>
        from < to && text.AsSpan(from, to - from).IndexOfAny(".!?\n") >= 0;
}
