using LoopCoach.Core.Analysis;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Coverage;

/// <summary>How well one story serves one competency, 0 to 1, and why.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Competency">The competency.</param>
/// <param name="Score">0.6 for being tagged with it (0.45 through a related competency) plus up to 0.4 for its signal words in the text, times the story's strength.</param>
/// <param name="Reasons">Why, in the user's language.</param>
public sealed record Fit(long StoryId, string Competency, double Score, IReadOnlyList<string> Reasons);

/// <summary>Scores stories against competencies; the one measure coverage and assignment share.</summary>
public sealed class StoryFit
{
    private readonly StoryCheck _check;
    private readonly FrameworkCatalog _frameworks;
    private readonly AnalysisLexicon _lexicon;
    private readonly Messages _messages;
    private readonly YearMonth _thisMonth;

    /// <summary>
    /// Creates the scorer: <paramref name="check"/> finds a story's weak spots (dated by <paramref name="thisMonth"/>),
    /// <paramref name="frameworks"/> relates competencies, <paramref name="lexicon"/> holds their signal words and
    /// <paramref name="messages"/> the words of the reasons.
    /// </summary>
    public StoryFit(StoryCheck check, FrameworkCatalog frameworks, AnalysisLexicon lexicon, Messages messages, YearMonth thisMonth)
    {
        _check = check;
        _frameworks = frameworks;
        _lexicon = lexicon;
        _messages = messages;
        _thisMonth = thisMonth;
    }

    /// <summary>The fit of <paramref name="story"/> for <paramref name="competency"/>, with reasons in <paramref name="language"/>.</summary>
    public Fit Score(long storyId, StoryContent story, string competency, Language language)
    {
        string T(string key, params object?[] args) => _messages.Get(language, key, args);
        var reasons = new List<string>();
        var tagged = 0.0;
        if (story.Competencies.Contains(competency))
        {
            tagged = 0.6;
            reasons.Add(T("fit.tagged"));
        }
        else if (story.Competencies.FirstOrDefault(c => _frameworks.Expand(c).Contains(competency) || _frameworks.Expand(competency).Contains(c)) is { } related)
        {
            tagged = 0.45;
            reasons.Add(T("fit.related", _frameworks.FindCompetency(related)?.Name[language] ?? related));
        }

        var text = string.Join(" ", story.Title, story.Situation, story.Task, story.Action, story.Result, story.Lesson).ToLowerInvariant();
        var signals = _lexicon.Signals.TryGetValue(competency, out var list)
            ? list.En.Concat(list.Ko).Where(w => PhraseMatcher.Occurs(text, w)).Distinct().Take(5).ToList()
            : [];
        var lexical = Math.Min(1.0, signals.Count / 3.0) * 0.4;
        if (signals.Count > 0)
        {
            reasons.Add(T("fit.signals", string.Join(", ", signals)));
        }

        var spots = _check.Check(story, _thisMonth);
        var strength = StoryCheck.Strength(spots);
        var weak = spots.Where(s => s.Severity >= Severity.Warning).Select(s => T(s.Code.NameKey())).ToList();
        reasons.Add(T("fit.strength", (int)Math.Round(strength * 100), weak.Count == 0 ? "-" : string.Join(", ", weak)));
        return new Fit(storyId, competency, Math.Round((tagged + lexical) * strength, 4), reasons);
    }
}
