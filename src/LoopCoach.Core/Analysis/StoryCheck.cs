using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Analysis;

/// <summary>A weak spot of a stored story, in the field where it shows.</summary>
/// <param name="Code">The kind of weak spot (its code is documented in the README).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">Why, in the story's language.</param>
/// <param name="Field">The story field concerned (<c>result</c>, <c>action</c>, <c>when</c>...).</param>
/// <param name="Spans">Where in that field, when the evidence is words.</param>
public sealed record StoryWeakSpot(WeakSpotCode Code, Severity Severity, string Message, string Field, IReadOnlyList<TextSpan> Spans);

/// <summary>
/// Checks a stored story for what follow-up questions will expose: no result, no number, "we" instead of "I",
/// too old to recall, no lesson. The STAR parts come from the story's own fields, so only the wording is analysed.
/// </summary>
/// <param name="analyzer">Reads who did the work in the story's action.</param>
/// <param name="messages">The words of the weak spots.</param>
public sealed class StoryCheck(AnswerAnalyzer analyzer, Messages messages)
{

    /// <summary>The weak spots of <paramref name="story"/>, the worst first; messages in the story's language.</summary>
    public IReadOnlyList<StoryWeakSpot> Check(StoryContent story, YearMonth thisMonth)
    {
        var whole = string.Join("\n", new[] { story.Title, story.Situation, story.Task, story.Action, story.Result, story.Lesson }.Where(t => t.Length > 0));
        var language = TextSegmenter.MessageLanguage(TextSegmenter.DetectLanguage(whole));
        var spots = new List<StoryWeakSpot>();
        void Add(WeakSpotCode code, Severity severity, string field, IReadOnlyList<TextSpan> spans, params object?[] args) =>
            spots.Add(new StoryWeakSpot(code, severity, messages.Get(language, code.MessageKey(), args), field, spans));

        if (story.Action.Length == 0)
        {
            Add(WeakSpotCode.NoAction, Severity.Problem, "action", []);
        }

        if (story.Result.Length == 0)
        {
            Add(WeakSpotCode.NoResult, Severity.Problem, "result", []);
        }
        else if (story.Metrics.Count == 0 && !NumberFinder.Find(story.Result).Any(n => n.Kind != NumberKind.Date))
        {
            Add(WeakSpotCode.NoNumber, Severity.Warning, "result", [TextSpan.Of(story.Result, 0, story.Result.Length)]);
        }

        if (story.Action.Length > 0)
        {
            var action = analyzer.Analyze(new AnswerRequest { Text = story.Action });
            if (action.Ownership.We > action.Ownership.I && action.Ownership.We > 0)
            {
                var we = action.Findings.FirstOrDefault(f => f.Code == FindingCode.OwnershipWeHeavy)?.Spans ?? [];
                Add(WeakSpotCode.WeNotI, Severity.Warning, "action", we, action.Ownership.We, action.Ownership.I);
            }
        }

        if (story.Situation.Length == 0)
        {
            Add(WeakSpotCode.NoSituation, Severity.Warning, "situation", []);
        }

        if (story.When is { } when && when.MonthsUntil(thisMonth) > AnswerAnalyzer.OldStoryMonths)
        {
            Add(WeakSpotCode.TooOld, Severity.Info, "when", [], when.MonthsUntil(thisMonth) / 12);
        }
        else if (story.When is null)
        {
            Add(WeakSpotCode.NoDate, Severity.Info, "when", []);
        }

        if (story.Lesson.Length == 0)
        {
            Add(WeakSpotCode.NoLesson, Severity.Info, "lesson", []);
        }

        if (story.Competencies.Count == 0)
        {
            Add(WeakSpotCode.NoCompetency, Severity.Info, "competencies", []);
        }

        return [.. spots.OrderByDescending(s => s.Severity)];
    }

    /// <summary>How ready the story is to tell, 0 to 1: one minus a share per weak spot.</summary>
    public static double Strength(IReadOnlyList<StoryWeakSpot> spots) =>
        Math.Max(0, 1.0 - spots.Sum(s => s.Severity switch { Severity.Problem => 0.35, Severity.Warning => 0.15, Severity.Info => 0.05, _ => 0 }));

    /// <summary>The language a story is written in, for messages about it.</summary>
    public static Language LanguageOf(StoryContent story) =>
        TextSegmenter.MessageLanguage(TextSegmenter.DetectLanguage(story.Title + " " + story.Situation + " " + story.Action + " " + story.Result));
}
