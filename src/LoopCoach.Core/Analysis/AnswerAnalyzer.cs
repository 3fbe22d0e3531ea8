using System.Globalization;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Analysis;

/// <summary>
/// Measures a behavioural answer, in Korean or English: STAR parts, numbers, I against we, fillers and hedges,
/// length, relevance to the competency, lesson and recency. Pure and deterministic: the same answer and content
/// give the same analysis. Every judgment carries the spans of the answer it rests on.
/// </summary>
public sealed partial class AnswerAnalyzer
{
    /// <summary>The longest answer analysed, in characters (about 30 minutes of speech).</summary>
    public const int MaxAnswerLength = 50_000;

    /// <summary>Below this many seconds an answer cannot hold situation, task, action and result with any detail.</summary>
    public const int TooShortSeconds = 45;

    /// <summary>Above this many seconds interviewers cut in; a loop leaves about three minutes per story before follow-ups.</summary>
    public const int TooLongSeconds = 180;

    /// <summary>English speaking rate assumed, in words a minute.</summary>
    public const int EnglishWordsPerMinute = 150;

    /// <summary>Korean speaking rate assumed, in syllables a minute.</summary>
    public const int KoreanSyllablesPerMinute = 270;

    /// <summary>Stories older than this many months are hard to recall in the detail follow-ups demand.</summary>
    public const int OldStoryMonths = 36;

    // How many follow-ups an analysis suggests.
    private const int SuggestedProbes = 3;

    // Principles whose interviewers expect self-criticism or a lesson in every story.
    private static readonly string[] LessonPrinciples = ["earn-trust", "learn-and-be-curious", "are-right-a-lot"];

    private readonly AnalysisLexicon _lexicon;
    private readonly FrameworkCatalog _frameworks;
    private readonly ProbeLibrary _probes;
    private readonly Messages _messages;
    private readonly Dictionary<StarPart, IReadOnlyList<PhraseMatcher.Phrase>> _starCues;

    // The lexicon lists every analysis looks for, prepared once rather than per answer.
    private readonly IReadOnlyList<PhraseMatcher.Phrase> _hedges;
    private readonly IReadOnlyList<PhraseMatcher.Phrase> _vagueResults;
    private readonly IReadOnlyList<PhraseMatcher.Phrase> _multiWordFillers;
    private readonly HashSet<string> _singleWordFillers;

    // A competency's signal words with those of its related competencies, prepared on first use.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<PhraseMatcher.Phrase>> _signals = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the analyzer: <paramref name="lexicon"/> holds the words it listens for, <paramref name="frameworks"/>
    /// the competencies an answer is judged against, <paramref name="probes"/> the follow-ups it suggests and
    /// <paramref name="messages"/> the words of its findings.
    /// </summary>
    public AnswerAnalyzer(AnalysisLexicon lexicon, FrameworkCatalog frameworks, ProbeLibrary probes, Messages messages)
    {
        _lexicon = lexicon;
        _frameworks = frameworks;
        _probes = probes;
        _messages = messages;
        _starCues = Enum.GetValues<StarPart>().ToDictionary(p => p, p => PhraseMatcher.Prepare(Both(lexicon.StarCues[p])));
        _hedges = PhraseMatcher.Prepare(Both(lexicon.Hedges));
        _vagueResults = PhraseMatcher.Prepare(Both(lexicon.VagueResults));
        _multiWordFillers = PhraseMatcher.Prepare(Both(lexicon.Fillers).Where(f => f.Contains(' ')));
        _singleWordFillers = new HashSet<string>(Both(lexicon.Fillers).Where(f => !f.Contains(' ')), StringComparer.Ordinal);
    }

    /// <summary>Analyses one answer. Empty or over-long text is an <see cref="ErrorKind.InvalidInput"/> error.</summary>
    public AnswerAnalysis Analyze(AnswerRequest request)
    {
        var text = Clean(request.Text);
        if (text.Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "analysis.empty");
        }

        if (text.Length > MaxAnswerLength)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "analysis.too-long", MaxAnswerLength, text.Length);
        }

        var lower = text.ToLowerInvariant();
        var language = TextSegmenter.DetectLanguage(text);
        var messages = request.MessageLanguage ?? TextSegmenter.MessageLanguage(language);
        var sentences = TextSegmenter.Sentences(text);
        var tokens = TextSegmenter.Tokens(text);
        var numbers = NumberFinder.Find(text);

        var iForms = FindOwnership(text, lower, tokens, _lexicon.FirstPersonSingular);
        var weForms = FindOwnership(text, lower, tokens, _lexicon.FirstPersonPlural);
        var star = DetectStar(lower, sentences, numbers, iForms);
        var resultSpans = star.Result.Spans;
        // A number counts as a measured result only in a clause that tells the outcome (see OutcomeReader.MeasuresOutcome).
        var resultNumbers = numbers.Where(n => n.Kind != NumberKind.Date
            && SortedSpans.IndexContaining(resultSpans, n.Span) is var at and >= 0 && OutcomeReader.MeasuresOutcome(resultSpans[at], n.Span, n.Kind == NumberKind.Duration)).ToList();
        var iSpans = iForms.ConvertAll(f => f.Span);
        var weSpans = weForms.ConvertAll(f => f.Span);
        var personal = star.Action.Spans
            .Where(s => SortedSpans.AnyWithin(iSpans, s) || (language != AnswerLanguage.En && !SortedSpans.AnyWithin(weSpans, s)))
            .ToList();
        var fillers = FindFillers(text, lower, tokens);
        var hedges = PhraseMatcher.FindAll(text, lower, _hedges).OrderBy(m => m.Span.Start).ToList();
        var syllables = TextSegmenter.HangulSyllables(text);
        var wordCount = language == AnswerLanguage.En ? tokens.Count : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var seconds = SpeakingSeconds(text, tokens);
        var competency = request.Competency is null ? null : _frameworks.FindCompetency(request.Competency)
            ?? throw new LoopCoachException(ErrorKind.NotFound, "competency.not-found", request.Competency);
        var signals = competency is null ? [] : FindSignals(text, lower, competency.Id);
        var (monthsAgo, when) = Recency(text, numbers, request.ThisMonth);

        var findings = new FindingWriter(_messages, messages);
        findings.Star(star, competency?.Id is { } id && LessonPrinciples.Contains(id));
        findings.Result(star, resultNumbers, PhraseMatcher.FindAll(text, lower, _vagueResults).ToList());
        findings.Ownership(iForms, weForms, personal, star.Action.Present);
        findings.Delivery(fillers, hedges, wordCount);
        findings.Length(seconds, TextSpan.Of(text, 0, text.Length));
        if (competency is not null)
        {
            findings.Relevance(competency.Name[messages], signals);
        }

        if (monthsAgo is > OldStoryMonths && when is not null)
        {
            findings.Old(monthsAgo.Value, when);
        }

        var all = findings.All;
        var analysis = new AnswerAnalysis
        {
            Language = language,
            MessageLanguage = messages,
            Text = text,
            Sentences = sentences,
            Star = star,
            Numbers = numbers,
            QuantifiedResult = resultNumbers.Count > 0,
            Ownership = new OwnershipFindings(iForms.Count, weForms.Count, personal),
            Fillers = fillers,
            Hedges = hedges,
            WordCount = wordCount,
            Syllables = syllables,
            EstimatedSeconds = seconds,
            Competency = competency?.Id,
            CompetencySignals = signals,
            MonthsAgo = monthsAgo,
            Findings = all,
            Probes = [],
            Readiness = Grade(all),
        };
        var probes = new FollowUpChooser(_probes).Suggest(analysis, competency?.Id, request.QuestionProbes, messages, SuggestedProbes, text.Length);
        return analysis with { Probes = [.. probes.Select(p => new ProbeSuggestion(p.Gap, p.Text))] };
    }

    /// <summary>
    /// Estimated seconds to say <paramref name="text"/> aloud: its Latin-script words at
    /// <see cref="EnglishWordsPerMinute"/> plus its Hangul syllables at <see cref="KoreanSyllablesPerMinute"/>.
    /// </summary>
    public static int SpeakingSeconds(string text) => SpeakingSeconds(text, TextSegmenter.Tokens(text));

    private static int SpeakingSeconds(string text, IReadOnlyList<TextSpan> tokens)
    {
        var latinWords = tokens.Count(t => !t.Text.Any(TextSegmenter.IsHangul));
        var syllables = TextSegmenter.HangulSyllables(text);
        return (int)Math.Round((latinWords * 60.0 / EnglishWordsPerMinute) + (syllables * 60.0 / KoreanSyllablesPerMinute));
    }

    /// <summary>Which sentences of <paramref name="text"/> carry each STAR part (used to mine stories from a diary).</summary>
    public StarFindings FindStar(string text)
    {
        var clean = Clean(text);
        var lower = clean.ToLowerInvariant();
        var tokens = TextSegmenter.Tokens(clean);
        return DetectStar(lower, TextSegmenter.Sentences(clean), NumberFinder.Find(clean), FindOwnership(clean, lower, tokens, _lexicon.FirstPersonSingular));
    }

    /// <summary>Control characters other than tab and newline become spaces; Hangul is composed (NFC).</summary>
    private static string Clean(string text)
    {
        var normalized = TextInput.Normalize(text);
        return TextInput.HasControlCharacters(normalized)
            ? new string([.. normalized.Select(c => char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c)]).Trim()
            : normalized;
    }

    private static IEnumerable<string> Both(LocalizedList list) => list.En.Concat(list.Ko);

    private StarFindings DetectStar(string lower, IReadOnlyList<TextSpan> sentences, IReadOnlyList<NumberMention> numbers, IReadOnlyList<WordMatch> iForms)
    {
        var parts = Enum.GetValues<StarPart>();
        var spans = parts.ToDictionary(p => p, _ => new List<TextSpan>());
        var firstIndex = parts.ToDictionary(p => p, _ => int.MaxValue);
        var firstAction = int.MaxValue;
        var measures = numbers.Where(n => n.Kind != NumberKind.Date).Select(n => n.Span).ToList();
        var dates = numbers.Where(n => n.Kind == NumberKind.Date).Select(n => n.Span).ToList();
        var iSpans = iForms.Select(f => f.Span).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var position = sentences.Count == 1 ? 0.5 : (double)i / (sentences.Count - 1);
            var hasNumber = SortedSpans.AnyWithin(measures, sentence);
            var hasDate = SortedSpans.AnyWithin(dates, sentence);
            var hasI = SortedSpans.AnyWithin(iSpans, sentence);
            var scores = new Dictionary<StarPart, double>(parts.Length);
            foreach (var part in parts)
            {
                double score = PhraseMatcher.CountWords(lower, _starCues[part], sentence.Start, sentence.End);
                score += part switch
                {
                    // Candidates open with the setting far more often than with anything else.
                    StarPart.Situation when i == 0 && sentences.Count >= 3 => hasDate ? 1.5 : 0.8,
                    StarPart.Situation when hasDate => 1,
                    StarPart.Result when hasNumber && score > 0 => 0.5,
                    StarPart.Action when hasI && score > 0 => 0.5,
                    StarPart.Action when OutcomeReader.IsOwnAction(sentence.Text) => 1,
                    StarPart.Action when i > 0 && OutcomeReader.IsTeamAction(sentence.Text) => 1,
                    StarPart.Action when i > 0 && OutcomeReader.IsUnspokenSubjectAction(sentence.Text) => 1,
                    // What the grammar says where no cue word does: an outcome told after the actions, a responsibility.
                    StarPart.Result => OutcomeReader.OutcomeScore(sentence.Text, afterAction: i > firstAction, hasMeasure: hasNumber),
                    // A responsibility stated in so many words is a task wherever it stands in the answer.
                    StarPart.Task when OutcomeReader.IsResponsibility(sentence.Text, opening: i == 0) => 1.25,
                    StarPart.Lesson when score == 0 => OutcomeReader.LessonScore(sentence.Text, afterAction: i > firstAction || position > 0.6),
                    _ => 0,
                };
                score *= part switch
                {
                    StarPart.Situation => position < 0.34 ? 1.5 : 0.7,
                    StarPart.Task => position < 0.5 ? 1.2 : 0.8,
                    StarPart.Result => position > 0.4 ? 1.3 : 0.8,
                    StarPart.Lesson => position > 0.6 ? 1.3 : 0.6,
                    _ => 1,
                };
                scores[part] = score;
            }

            // A sentence often sets the scene and names the speaker's job at once, or tells an outcome and what the
            // speaker does since: the task and the lesson do not compete with the other parts.
            var best = scores.Where(p => p.Key is not (StarPart.Task or StarPart.Lesson)).Max(p => p.Value);
            foreach (var part in parts.Where(p => scores[p] >= 1 && (p is StarPart.Task or StarPart.Lesson || scores[p] >= best * 0.6)))
            {
                spans[part].Add(sentence);
                firstIndex[part] = Math.Min(firstIndex[part], i);
            }

            if (scores[StarPart.Action] >= 1)
            {
                firstAction = Math.Min(firstAction, i);
            }
        }

        var inOrder = firstIndex[StarPart.Action] == int.MaxValue || firstIndex[StarPart.Result] == int.MaxValue
            || firstIndex[StarPart.Action] <= firstIndex[StarPart.Result];
        inOrder &= firstIndex[StarPart.Situation] == int.MaxValue || firstIndex[StarPart.Situation] <= Math.Min(firstIndex[StarPart.Action], firstIndex[StarPart.Result]);
        StarPartFinding Part(StarPart p) => new(spans[p].Count > 0, spans[p]);
        return new StarFindings(Part(StarPart.Situation), Part(StarPart.Task), Part(StarPart.Action), Part(StarPart.Result), Part(StarPart.Lesson), inOrder);
    }

    private static List<WordMatch> FindOwnership(string text, string lower, IReadOnlyList<TextSpan> tokens, LocalizedList forms)
    {
        var found = new List<WordMatch>();
        foreach (var token in tokens)
        {
            var word = token.Text.ToLowerInvariant().Replace('’', '\'');
            if (forms.En.Contains(word))
            {
                found.Add(new WordMatch(word, token));
            }
            else if (forms.Ko.FirstOrDefault(f => !f.Contains(' ') && f.Length >= 2 && word.StartsWith(f, StringComparison.Ordinal)) is { } korean)
            {
                found.Add(new WordMatch(korean, token));
            }
        }

        // Multi-word forms ("the team", "저희 팀") that no single token matched.
        var taken = new bool[text.Length];
        found.ForEach(f => taken.AsSpan(f.Span.Start, f.Span.End - f.Span.Start).Fill(true));
        foreach (var match in PhraseMatcher.FindAll(text, lower, forms.En.Concat(forms.Ko).Where(f => f.Contains(' '))))
        {
            var place = taken.AsSpan(match.Span.Start, match.Span.End - match.Span.Start);
            if (!place.Contains(true))
            {
                found.Add(match);
                place.Fill(true);
            }
        }

        return [.. found.OrderBy(f => f.Span.Start)];
    }

    private List<WordMatch> FindFillers(string text, string lower, IReadOnlyList<TextSpan> tokens)
    {
        var found = new List<WordMatch>();
        var single = _singleWordFillers;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (!single.Contains(word))
            {
                continue;
            }

            // "그 프로젝트" is "that project"; "그, 그러니까" is a filler. Short Korean demonstratives and
            // interjections count only before a pause or a repeat.
            if (word is "그" or "이" or "저" or "아" or "어" && !IsPauseAfter(text, tokens, i))
            {
                continue;
            }

            // "I'd like to", "looks like" are not fillers.
            if (word == "like" && i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "would" or "i'd" or "looks" or "look" or "felt" or "feel" or "seemed" or "something" or "just")
            {
                continue;
            }

            found.Add(new WordMatch(word, tokens[i]));
        }

        found.AddRange(PhraseMatcher.FindAll(text, lower, _multiWordFillers));
        return [.. found.OrderBy(f => f.Span.Start)];
    }

    private static bool IsPauseAfter(string text, IReadOnlyList<TextSpan> tokens, int index)
    {
        var end = tokens[index].End;
        if (end < text.Length && text[end] is ',' or '.' or '…' or '~')
        {
            return true;
        }

        return index + 1 < tokens.Count && tokens[index + 1].Text == tokens[index].Text;
    }

    private List<WordMatch> FindSignals(string text, string lower, string competencyId) =>
        [.. PhraseMatcher.FindAll(text, lower, _signals.GetOrAdd(competencyId, SignalPhrases)).OrderBy(m => m.Span.Start)];

    private IReadOnlyList<PhraseMatcher.Phrase> SignalPhrases(string competencyId)
    {
        var words = _lexicon.Signals.TryGetValue(competencyId, out var list) ? Both(list) : [];
        var competency = _frameworks.FindCompetency(competencyId);
        foreach (var related in competency?.Related ?? [])
        {
            if (_lexicon.Signals.TryGetValue(related, out var relatedList))
            {
                words = words.Concat(Both(relatedList));
            }
        }

        return PhraseMatcher.Prepare(words.Distinct());
    }

    private static (int? MonthsAgo, TextSpan? Span) Recency(string text, IReadOnlyList<NumberMention> numbers, YearMonth? thisMonth)
    {
        if (thisMonth is not { } now)
        {
            return (null, null);
        }

        foreach (var date in numbers.Where(n => n.Kind == NumberKind.Date))
        {
            var digits = new string([.. date.Span.Text.Where(char.IsAsciiDigit)]);
            if (digits.Length >= 4 && int.TryParse(digits[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year <= now.Year)
            {
                var month = digits.Length >= 5 && int.TryParse(digits[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 6;
                return (new YearMonth(year, month).MonthsUntil(now), date.Span);
            }
        }

        // "3년 전", "five years ago", "작년", "last year": how long ago, said relatively.
        var relative = RelativeTime().Match(text);
        if (relative.Success)
        {
            var months = relative.Groups["lastyear"].Success ? 12
                : relative.Groups["n"].Value is { Length: > 0 } n && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count * 12
                : NumberWords.TryGetValue(relative.Groups["word"].Value.ToLowerInvariant(), out var word) ? word * 12
                : 0;
            if (months > 0)
            {
                return (months, TextSpan.Of(text, relative.Index, relative.Index + relative.Length));
            }
        }

        return (null, null);
    }

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["두"] = 2, ["세"] = 3, ["네"] = 4, ["다섯"] = 5, ["여섯"] = 6,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d{1,2})\s?년\s?전|(?<word>두|세|네|다섯|여섯)\s?해\s?전|\b(?:(?<n>\d{1,2})|(?<word>two|three|four|five|six|seven|eight|nine|ten))\s+years?\s+ago\b|(?<lastyear>작년|지난해|last year)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RelativeTime();

    private static Readiness Grade(IReadOnlyList<Finding> findings)
    {
        var problems = findings.Count(f => f.Severity == Severity.Problem);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var grade = problems == 0 && warnings <= 1 ? ReadinessGrade.Strong : problems == 0 && warnings <= 3 ? ReadinessGrade.Adequate : ReadinessGrade.Weak;
        return new Readiness(grade, [.. findings.Where(f => f.Severity != Severity.Info).Select(f => f.Code)]);
    }
}
