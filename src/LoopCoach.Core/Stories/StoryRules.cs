using System.Globalization;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;

namespace LoopCoach.Core.Stories;

/// <summary>The limits a story must keep and the checks that enforce them; documented in the README.</summary>
public static class StoryRules
{
    /// <summary>Longest title, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Longest situation, task, action, result or lesson, in characters.</summary>
    public const int MaxFieldLength = 4_000;

    /// <summary>Longest role, tag or metric label, in characters.</summary>
    public const int MaxShortLength = 200;

    /// <summary>Most tags on one story.</summary>
    public const int MaxTags = 20;

    /// <summary>Most metrics on one story.</summary>
    public const int MaxMetrics = 20;

    /// <summary>Most competencies on one story.</summary>
    public const int MaxCompetencies = 10;

    /// <summary>
    /// The content as it will be stored: texts normalised (NFC, <c>\n</c>, trimmed), tags and competencies
    /// trimmed and de-duplicated (tags lower-cased), empty entries dropped.
    /// </summary>
    /// <remarks>
    /// Content read from JSON may hold nulls where a field was left out (System.Text.Json does not run property
    /// initialisers for init-only members), so every field is read as possibly null here.
    /// </remarks>
    public static StoryContent Normalize(StoryContent story) => story with
    {
        Title = Clean(story.Title),
        Situation = Clean(story.Situation),
        Task = Clean(story.Task),
        Action = Clean(story.Action),
        Result = Clean(story.Result),
        Lesson = Clean(story.Lesson),
        Role = Clean(story.Role),
        Tags = Distinct(OrEmpty(story.Tags).Select(t => Clean(t).ToLowerInvariant())),
        Competencies = Distinct(OrEmpty(story.Competencies).Select(c => Clean(c).ToLowerInvariant())),
        Metrics = [.. OrEmpty(story.Metrics).Where(m => m is not null).Select(m => m with { Unit = Clean(m.Unit), Measures = Clean(m.Measures) })],
    };

    private static string Clean(string? text) => text is null ? "" : TextInput.Normalize(text);

    private static IEnumerable<T> OrEmpty<T>(IEnumerable<T>? items) => items ?? [];

    /// <summary>
    /// Every rule the (normalised) story breaks, with the field concerned. <paramref name="thisMonth"/> is the
    /// current month, so that a story cannot happen in the future.
    /// </summary>
    public static IReadOnlyList<Problem> Validate(StoryContent story, FrameworkCatalog frameworks, YearMonth thisMonth)
    {
        var problems = new List<Problem>();
        if (story.Title.Length == 0)
        {
            problems.Add(new Problem("title", "story.title-required"));
        }

        Text(problems, "title", story.Title, MaxTitleLength);
        Text(problems, "situation", story.Situation, MaxFieldLength);
        Text(problems, "task", story.Task, MaxFieldLength);
        Text(problems, "action", story.Action, MaxFieldLength);
        Text(problems, "result", story.Result, MaxFieldLength);
        Text(problems, "lesson", story.Lesson, MaxFieldLength);
        Text(problems, "role", story.Role, MaxShortLength);

        if (story.When is { } when && when.CompareTo(thisMonth) > 0)
        {
            problems.Add(new Problem("when", "story.when-future", when.ToString()));
        }

        Count(problems, "tags", story.Tags.Count, MaxTags);
        for (var i = 0; i < story.Tags.Count; i++)
        {
            Text(problems, $"tags[{i}]", story.Tags[i], MaxShortLength);
        }

        Count(problems, "metrics", story.Metrics.Count, MaxMetrics);
        for (var i = 0; i < story.Metrics.Count; i++)
        {
            if (story.Metrics[i].Measures.Length == 0)
            {
                problems.Add(new Problem($"metrics[{i}].measures", "story.metric-label-required"));
            }

            Text(problems, $"metrics[{i}].measures", story.Metrics[i].Measures, MaxShortLength);
            Text(problems, $"metrics[{i}].unit", story.Metrics[i].Unit, 40);
        }

        Count(problems, "competencies", story.Competencies.Count, MaxCompetencies);
        foreach (var id in story.Competencies.Where(c => frameworks.FindCompetency(c) is null))
        {
            problems.Add(new Problem("competencies", "story.competency-unknown", id));
        }

        return problems;
    }

    /// <summary>
    /// Reads a metric written as <c>what it measures=number unit</c>: <c>conversion rate=12.5%</c>,
    /// <c>신규 고객=1,200명</c>, <c>매출=3억원</c>. Null when the text has no <c>=</c> or no leading number after it.
    /// </summary>
    public static Metric? ParseMetric(string text)
    {
        var equals = text.LastIndexOf('=');
        if (equals <= 0)
        {
            return null;
        }

        var measures = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        var end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '.' or ',' || (end == 0 && value[end] is '-' or '+')))
        {
            end++;
        }

        var number = value[..end].Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return new Metric(amount, value[end..].Trim(), measures);
    }

    /// <summary>A metric written back in the form <see cref="ParseMetric"/> reads.</summary>
    public static string Format(Metric metric) =>
        string.Create(CultureInfo.InvariantCulture, $"{metric.Measures}={metric.Value:0.############}{metric.Unit}");

    private static List<string> Distinct(IEnumerable<string> items) =>
        [.. items.Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];

    private static void Text(List<Problem> problems, string field, string value, int max)
    {
        if (value.Length > max)
        {
            problems.Add(new Problem(field, "story.field-too-long", max, value.Length));
        }

        if (TextInput.HasControlCharacters(value))
        {
            problems.Add(new Problem(field, "input.control-characters"));
        }
    }

    private static void Count(List<Problem> problems, string field, int count, int max)
    {
        if (count > max)
        {
            problems.Add(new Problem(field, "story.too-many", max, count));
        }
    }
}
