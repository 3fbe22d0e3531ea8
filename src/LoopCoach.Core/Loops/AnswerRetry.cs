using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Loops;

/// <summary>Whether one part of a story was there in the first telling and in the new attempt.</summary>
/// <param name="Part">situation, task, action, result, number (a measured result) or lesson.</param>
public sealed record PartChange(string Part, bool Before, bool After);

/// <summary>A new attempt at a main question beside the story first told, judged the way the debrief judges.</summary>
/// <param name="Before">The level of the story as told in the loop (main answer and follow-ups); none when it was passed.</param>
/// <param name="After">The level of the new attempt.</param>
/// <param name="Parts">Each part, there or not, before and after.</param>
public sealed record RetryComparison(EvidenceLevel Before, EvidenceLevel After, IReadOnlyList<PartChange> Parts);

/// <summary>
/// "Try this answer again": a main question answered anew after the debrief. The first telling is never changed; the
/// attempt is judged on its own and compared with the whole story first told (the main answer with its follow-ups).
/// </summary>
public static class AnswerRetry
{
    /// <summary>
    /// The story told at main question <paramref name="seq"/> analysed as the debrief analyses it (its answers joined,
    /// passed follow-ups left out); null when the question was passed or is not a main question.
    /// </summary>
    public static AnswerAnalysis? Told(IReadOnlyList<Turn> turns, int seq, AnswerAnalyzer analyzer)
    {
        var story = DebriefBuilder.StoryOf(turns, seq);
        if (story.Count == 0 || story[0].Skipped)
        {
            return null;
        }

        var text = string.Join("\n", story.Where(t => !t.Skipped).Select(t => t.Answer));
        return story.Count == 1 && story[0].Analysis is { } kept
            ? kept
            : analyzer.Analyze(new AnswerRequest { Text = text, Competency = story[0].Prompt.Competency });
    }

    /// <summary>The new attempt <paramref name="answer"/> to main question <paramref name="seq"/>, analysed for its competency.</summary>
    public static AnswerAnalysis Analyze(IReadOnlyList<Turn> turns, int seq, string answer, AnswerAnalyzer analyzer)
    {
        var main = turns.FirstOrDefault(t => t.Seq == seq && t.Prompt.Kind == TurnKind.Main)
            ?? throw new Errors.LoopCoachException(Errors.ErrorKind.NotFound, "retry.not-a-story", seq);
        return analyzer.Analyze(new AnswerRequest { Text = answer, Question = main.Prompt.Text, Competency = main.Prompt.Competency });
    }

    /// <summary>The levels and parts of the first telling (<paramref name="before"/>, null when passed) and of the attempt.</summary>
    public static RetryComparison Compare(AnswerAnalysis? before, AnswerAnalysis after)
    {
        var parts = new List<PartChange>();
        foreach (var part in new[] { StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result })
        {
            parts.Add(new PartChange(part.ToString().ToLowerInvariant(), before?.Star[part].Present ?? false, after.Star[part].Present));
        }

        parts.Add(new PartChange("number", before?.QuantifiedResult ?? false, after.QuantifiedResult));
        parts.Add(new PartChange("lesson", before?.Star.Lesson.Present ?? false, after.Star.Lesson.Present));
        return new RetryComparison(before is null ? EvidenceLevel.None : DebriefBuilder.Level(before), DebriefBuilder.Level(after), parts);
    }
}
