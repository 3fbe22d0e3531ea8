using System.Globalization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Stories;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How stories look in a terminal.</summary>
internal static class StoryView
{
    public static void List(CliContext context, IReadOnlyList<StoredStory> stories)
    {
        if (stories.Count == 0)
        {
            context.Console.WriteLine(context.Text("cli.stories.none"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(context.Text("cli.field.title"));
        table.AddColumn(Label(context, "when"));
        table.AddColumn(Label(context, "competency"));
        table.AddColumn(Label(context, "tag"));
        table.AddColumn(new TableColumn("v").RightAligned());
        foreach (var story in stories)
        {
            var title = Markup.Escape(story.Content.Title);
            table.AddRow(
                story.Id.ToString(CultureInfo.InvariantCulture),
                story.IsDeleted ? $"[strikethrough grey]{title}[/] [grey]({Markup.Escape(context.Text("cli.stories.deleted-mark"))})[/]" : title,
                story.Content.When?.ToString() ?? "",
                Markup.Escape(string.Join(", ", story.Content.Competencies.Select(id => context.Content.Frameworks.FindCompetency(id)?.Name[context.Language] ?? id))),
                Markup.Escape(string.Join(", ", story.Content.Tags)),
                story.Version.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    public static void Show(CliContext context, StoredStory story)
    {
        var c = story.Content;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string field, string value)
        {
            if (value.Length > 0)
            {
                grid.AddRow($"[bold]{Markup.Escape(Label(context, field))}[/]", Markup.Escape(value));
            }
        }

        Row("situation", c.Situation);
        Row("task", c.Task);
        Row("action", c.Action);
        Row("result", c.Result);
        Row("lesson", c.Lesson);
        Row("metric", string.Join("\n", c.Metrics.Select(StoryRules.Format)));
        Row("when", c.When?.ToString() ?? "");
        Row("role", c.Role);
        Row("competency", string.Join(", ", c.Competencies.Select(id =>
            context.Content.Frameworks.FindCompetency(id) is { } competency ? $"{competency.Name[context.Language]} ({id})" : id)));
        Row("tag", string.Join(", ", c.Tags));
        var header = $"#{story.Id} {c.Title}  (v{story.Version})" + (story.IsDeleted ? $"  [{context.Text("cli.stories.deleted-mark")}]" : "");
        context.Console.Write(new Panel(grid).Header(Markup.Escape(header)).Border(BoxBorder.Rounded).Expand());
    }

    public static void WeakSpots(CliContext context, IReadOnlyList<StoryWeakSpot> spots)
    {
        if (spots.Count == 0)
        {
            context.Console.MarkupLine($"[green]{Markup.Escape(context.Text("cli.stories.no-weak-spots"))}[/]");
            return;
        }

        context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.stories.weak-spots"))}[/]");
        foreach (var spot in spots)
        {
            var mark = spot.Severity switch { Severity.Problem => "[red]![/]", Severity.Warning => "[yellow]-[/]", _ => "[grey]·[/]" };
            context.Console.MarkupLine($"  {mark} [grey]{Markup.Escape(Label(context, spot.Field == "competencies" ? "competency" : spot.Field))}[/] {Markup.Escape(spot.Message)}");
        }
    }

    public static void Drafts(CliContext context, IReadOnlyList<StoryDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            context.Console.WriteLine(context.Text("cli.stories.no-drafts"));
            return;
        }

        foreach (var draft in drafts)
        {
            var c = draft.Story;
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var (field, value) in new[] { ("situation", c.Situation), ("task", c.Task), ("action", c.Action), ("result", c.Result), ("lesson", c.Lesson), ("when", c.When?.ToString() ?? "") })
            {
                if (value.Length > 0)
                {
                    grid.AddRow($"[bold]{Markup.Escape(Label(context, field))}[/]", Markup.Escape(value));
                }
            }

            if (draft.Missing.Count > 0)
            {
                grid.AddRow($"[yellow]{Markup.Escape(context.Text("cli.stories.missing"))}[/]", Markup.Escape(string.Join(", ", draft.Missing.Select(m => Label(context, m.Code())))));
            }

            context.Console.Write(new Panel(grid).Header(Markup.Escape($"{draft.Number}. {c.Title}")).Border(BoxBorder.Rounded).Expand());
        }

        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.stories.drafts-hint", drafts.Count))}[/]");
    }

    public static void History(CliContext context, long id, IReadOnlyList<StoryVersion> versions)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(context.Text("cli.stories.history-title", id)));
        table.AddColumn(new TableColumn("v").RightAligned());
        table.AddColumn(context.Text("cli.history.saved"));
        table.AddColumn(context.Text("cli.history.change"));
        table.AddColumn(context.Text("cli.field.title"));
        table.AddColumn(context.Text("cli.history.fields"));
        StoryContent? previous = null;
        foreach (var version in versions)
        {
            table.AddRow(
                version.Version.ToString(CultureInfo.InvariantCulture),
                version.SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(context.Text("cli.change." + version.Change.ToString().ToLowerInvariant())),
                Markup.Escape(version.Content.Title),
                Markup.Escape(previous is null ? "" : string.Join(", ", ChangedFields(previous, version.Content).Select(f => Label(context, f)))));
            previous = version.Content;
        }

        context.Console.Write(table);
    }

    /// <summary>The short display name of a story field.</summary>
    internal static string Label(CliContext context, string field) => context.Text(field switch
    {
        "title" => "cli.field.title",
        "metric" => "md.metrics",
        "tag" => "md.tags",
        "competency" => "md.competencies",
        _ => "md." + field,
    });

    /// <summary>The names of the fields that differ between two versions, for the history table.</summary>
    internal static IEnumerable<string> ChangedFields(StoryContent a, StoryContent b) => StoryDiff.Changes(a, b).Select(c => c.Field);
}
