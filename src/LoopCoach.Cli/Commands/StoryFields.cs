using System.CommandLine;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary>
/// The story field flags shared by <c>stories add</c> and <c>stories edit</c>, and the prompts that ask for
/// the same fields when a person runs the command at a terminal without flags.
/// </summary>
internal sealed class StoryFields
{
    private readonly CliContext _context;

    public StoryFields(CliContext context)
    {
        _context = context;
        Title = Text("--title", "cli.field.title");
        Situation = Text("--situation", "cli.field.situation");
        Task = Text("--task", "cli.field.task");
        Action = Text("--action", "cli.field.action");
        Result = Text("--result", "cli.field.result");
        Lesson = Text("--lesson", "cli.field.lesson");
        When = Text("--when", "cli.field.when", "YYYY-MM");
        Role = Text("--role", "cli.field.role");
        Tags = Many("--tag", "cli.field.tag");
        Competencies = Many("--competency", "cli.field.competency");
        Metrics = Many("--metric", "cli.field.metric", "\"WHAT=NUMBER UNIT\"");
    }

    public Option<string?> Title { get; }

    public Option<string?> Situation { get; }

    public Option<string?> Task { get; }

    public Option<string?> Action { get; }

    public Option<string?> Result { get; }

    public Option<string?> Lesson { get; }

    public Option<string?> When { get; }

    public Option<string?> Role { get; }

    public Option<string[]> Tags { get; }

    public Option<string[]> Competencies { get; }

    public Option<string[]> Metrics { get; }

    private IEnumerable<Option> All => [Title, Situation, Task, Action, Result, Lesson, When, Role, Tags, Competencies, Metrics];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Whether any field flag was given.</summary>
    public bool AnyGiven(ParseResult parsed) => All.Any(o => parsed.GetResult(o) is { Implicit: false });

    /// <summary>
    /// <paramref name="current"/> with every given flag applied. A list flag replaces the whole list; an empty
    /// <c>--when ""</c> clears the date. Unreadable dates and metrics are input errors naming the field.
    /// </summary>
    public StoryContent Apply(ParseResult parsed, StoryContent current)
    {
        var problems = new List<Problem>();
        var story = current with
        {
            Title = parsed.GetValue(Title) ?? current.Title,
            Situation = parsed.GetValue(Situation) ?? current.Situation,
            Task = parsed.GetValue(Task) ?? current.Task,
            Action = parsed.GetValue(Action) ?? current.Action,
            Result = parsed.GetValue(Result) ?? current.Result,
            Lesson = parsed.GetValue(Lesson) ?? current.Lesson,
            Role = parsed.GetValue(Role) ?? current.Role,
        };

        if (parsed.GetValue(When) is { } when)
        {
            story = story with { When = ParseWhen(when, problems) };
        }

        if (Given(parsed, Tags))
        {
            story = story with { Tags = SplitAll(parsed.GetValue(Tags)) };
        }

        if (Given(parsed, Competencies))
        {
            story = story with { Competencies = SplitAll(parsed.GetValue(Competencies)) };
        }

        if (Given(parsed, Metrics))
        {
            story = story with { Metrics = ParseMetrics(parsed.GetValue(Metrics) ?? [], problems) };
        }

        ThrowWithEveryProblem(story, problems);
        return story;
    }

    /// <summary>Asks for every field in turn, offering the current value; Enter keeps it.</summary>
    public StoryContent Prompt(StoryContent current)
    {
        var console = _context.Console;
        console.MarkupLine($"[grey]{Markup.Escape(_context.Text("cli.prompt.intro"))}[/]");
        var problems = new List<Problem>();
        var title = Ask("cli.field.title", current.Title, required: true);
        var story = current with
        {
            Title = title,
            Situation = Ask("cli.field.situation", current.Situation),
            Task = Ask("cli.field.task", current.Task),
            Action = Ask("cli.field.action", current.Action),
            Result = Ask("cli.field.result", current.Result),
            Lesson = Ask("cli.field.lesson", current.Lesson),
            Role = Ask("cli.field.role", current.Role),
        };

        var when = Ask("cli.field.when", current.When?.ToString() ?? "");
        story = story with { When = when.Length == 0 ? null : ParseWhen(when, problems) };
        story = story with { Tags = SplitAll([Ask("cli.field.tag", string.Join(", ", current.Tags))]) };
        story = story with { Competencies = SplitAll([Ask("cli.field.competency", string.Join(", ", current.Competencies))]) };
        var metrics = Ask("cli.field.metric", string.Join("; ", current.Metrics.Select(StoryRules.Format)));
        story = story with { Metrics = ParseMetrics(metrics.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), problems) };
        ThrowWithEveryProblem(story, problems);
        return story;
    }

    /// <summary>
    /// When a flag could not be read, reports it together with every other rule the story breaks, so that the
    /// user fixes everything in one go.
    /// </summary>
    private void ThrowWithEveryProblem(StoryContent story, List<Problem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        problems.AddRange(StoryRules.Validate(StoryRules.Normalize(story), _context.Content.Frameworks, YearMonth.Of(_context.Clock.GetUtcNow())));
        LoopCoachException.ThrowIfAny(problems, "story.invalid");
    }

    private string Ask(string labelKey, string current, bool required = false)
    {
        var prompt = new TextPrompt<string>(Markup.Escape(_context.Text(labelKey)) + ":")
        {
            AllowEmpty = !required,
        };
        if (current.Length > 0)
        {
            prompt.DefaultValue(current);
        }

        return Paste.WithRest(_context.Console.Prompt(prompt)).Trim();
    }

    private static bool Given(ParseResult parsed, Option option) => parsed.GetResult(option) is { Implicit: false };

    private static List<string> SplitAll(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static YearMonth? ParseWhen(string text, List<Problem> problems)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (YearMonth.TryParse(text, out var value))
        {
            return value;
        }

        problems.Add(new Problem("when", "story.when-invalid", text));
        return null;
    }

    private static List<Metric> ParseMetrics(IEnumerable<string> texts, List<Problem> problems)
    {
        var metrics = new List<Metric>();
        foreach (var text in texts)
        {
            if (StoryRules.ParseMetric(text) is { } metric)
            {
                metrics.Add(metric);
            }
            else
            {
                problems.Add(new Problem("metrics", "story.metric-invalid", text));
            }
        }

        return metrics;
    }

    private Option<string?> Text(string name, string descriptionKey, string? helpName = null) =>
        new(name) { Description = _context.Text(descriptionKey), HelpName = helpName ?? "TEXT" };

    private Option<string[]> Many(string name, string descriptionKey, string? helpName = null) =>
        new(name) { Description = _context.Text(descriptionKey), HelpName = helpName ?? "TEXT" };
}
