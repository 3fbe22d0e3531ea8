using System.Globalization;

namespace LoopCoach.Core.Stories;

/// <summary>One field that differs between two versions of a story, with its text before and after.</summary>
/// <param name="Field">The field: title, situation, task, action, result, lesson, metric, when, role, tag or competency.</param>
/// <param name="Before">Its text in the older version (a list as its items joined by commas; empty when it was empty).</param>
/// <param name="After">Its text in the newer version.</param>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>What changed between two versions of a story, field by field, in the order a story is written.</summary>
public static class StoryDiff
{
    /// <summary>The fields that differ from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Changes(StoryContent before, StoryContent after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string a, string b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        Compare("title", before.Title, after.Title);
        Compare("situation", before.Situation, after.Situation);
        Compare("task", before.Task, after.Task);
        Compare("action", before.Action, after.Action);
        Compare("result", before.Result, after.Result);
        Compare("lesson", before.Lesson, after.Lesson);
        Compare("metric", string.Join(", ", before.Metrics.Select(Text)), string.Join(", ", after.Metrics.Select(Text)));
        Compare("when", before.When?.ToString() ?? "", after.When?.ToString() ?? "");
        Compare("role", before.Role, after.Role);
        Compare("tag", string.Join(", ", before.Tags), string.Join(", ", after.Tags));
        Compare("competency", string.Join(", ", before.Competencies), string.Join(", ", after.Competencies));
        return changes;
    }

    private static string Text(Metric metric) =>
        string.Join(" ", new[] { metric.Value.ToString(CultureInfo.InvariantCulture) + metric.Unit, metric.Measures }.Where(s => s.Length > 0));
}
