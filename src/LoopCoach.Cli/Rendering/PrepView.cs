using System.Globalization;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Postings;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How postings, coverage, assignments and plans look in a terminal.</summary>
internal static class PrepView
{
    public static void Posting(CliContext context, long id, PostingAnalysis analysis, IReadOnlyList<string> competencies)
    {
        var console = context.Console;
        string Name(string c) => context.Content.Frameworks.FindCompetency(c)?.Name[context.Language] ?? c;
        console.Write(new Rule(Markup.Escape($"#{id} {analysis.Role ?? "?"} · {analysis.Company ?? "?"}")).LeftJustified());
        if (analysis.Strengths.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.strengths"))}[/]");
            foreach (var s in analysis.Strengths)
            {
                var because = s.Nearest.SelectMany(n => n.Reasons).Distinct().ToList();
                var reason = because.Count == 0 ? "" : $" [grey]{Markup.Escape(context.Text("cli.posting.because", string.Join(", ", because)))}[/]";
                console.MarkupLine($"  - [blue]{Markup.Escape(s.Name)}[/] → {Markup.Escape(string.Join(", ", s.Nearest.Select(n => Name(n.Id))))}{reason}");
            }
        }

        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.principles"))}[/]");
        foreach (var p in analysis.Principles)
        {
            console.MarkupLine($"  - {Markup.Escape(Name(p.Id))} [grey]“{Markup.Escape(p.Evidence.Length > 90 ? p.Evidence[..90] + "…" : p.Evidence)}”[/]");
        }

        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.generic"))}[/] {Markup.Escape(string.Join(", ", analysis.Generic.Select(g => Name(g.Id))))}");
        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.stages"))}[/] {Markup.Escape(analysis.StageDetails.Count == 0 ? "-" : string.Join(" > ", analysis.StageDetails.Select(s => s.Optional ? context.Text("cli.posting.optional-stage", s.Name) : s.Name)))}");
        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.requirements"))}[/] {Markup.Escape(context.Text("cli.posting.must-nice", analysis.Requirements.Count(r => r.MustHave), analysis.Requirements.Count(r => !r.MustHave)))}");
        foreach (var r in analysis.Requirements.Take(12))
        {
            console.MarkupLine($"  {(r.MustHave ? "[red]●[/]" : "[grey]○[/]")} {Markup.Escape(r.Text)}");
        }

        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.keywords"))}[/] {Markup.Escape(string.Join(", ", analysis.Keywords))}");
        console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.posting.prepare"))}[/] {Markup.Escape(string.Join(", ", competencies.Select(Name)))}");
        if (analysis.NotFound.Count > 0)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(context.Text("cli.posting.not-found", string.Join(", ", analysis.NotFound.Select(n => context.Text(n.MessageKey())))))}[/]");
        }

        console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.posting.next", id))}[/]");
    }

    public static void Postings(CliContext context, IReadOnlyList<StoredPosting> postings)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        table.AddColumn(context.Text("cli.posting.column.role"));
        table.AddColumn(context.Text("cli.posting.column.company"));
        table.AddColumn(context.Text("cli.history.saved"));
        foreach (var p in postings)
        {
            table.AddRow(p.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Title), Markup.Escape(p.Company), p.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    public static void Coverage(CliContext context, CoverageReport report, IReadOnlyList<(long Id, StoryContent Story)> stories)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        table.AddColumn(context.Text("cli.loop.column.competency"));
        table.AddColumn(context.Text("cli.coverage.column.best"));
        table.AddColumn(context.Text("cli.stories.column.why"));
        foreach (var row in report.Rows)
        {
            var best = row.Best is null ? "-" : $"#{row.Best.StoryId} {stories.First(s => s.Id == row.Best.StoryId).Story.Title} ({row.Best.Score:0.00})";
            table.AddRow(
                Markup.Escape(row.Name),
                row.Covered ? $"[green]{Markup.Escape(best)}[/]" : $"[red]{Markup.Escape(best)}[/]",
                Markup.Escape(row.Best is null ? "" : string.Join("\n", row.Best.Reasons)));
        }

        context.Console.Write(table);
        if (report.Gaps.Count > 0)
        {
            context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.coverage.gaps"))}[/]");
            foreach (var gap in report.Gaps)
            {
                context.Console.MarkupLine($"  - [yellow]{Markup.Escape(gap.Name)}[/]: {Markup.Escape(string.Join(" / ", gap.StoriesToWrite))}");
            }
        }
    }

    public static void Assignment(CliContext context, LoopAssignment assignment, IReadOnlyList<(long Id, StoryContent Story)> stories)
    {
        string Title(Fit? fit) => fit is null ? "-" : $"#{fit.StoryId} {stories.First(s => s.Id == fit.StoryId).Story.Title} ({fit.Score:0.00})";
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        table.AddColumn(context.Text("cli.loop.column.interviewer"));
        table.AddColumn(context.Text("cli.loop.column.competency"));
        table.AddColumn(context.Text("cli.assign.column.first"));
        table.AddColumn(context.Text("cli.assign.column.backup"));
        foreach (var slot in assignment.Slots)
        {
            table.AddRow(
                Markup.Escape(slot.InterviewerName),
                Markup.Escape(slot.CompetencyName),
                Markup.Escape(Title(slot.First) + (slot.First is null ? "" : "\n" + string.Join("\n", slot.First.Reasons))),
                Markup.Escape(Title(slot.Backup)));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.assign.total", assignment.TotalFit.ToString("0.00", CultureInfo.InvariantCulture)))}[/]");
    }

    public static void Plan(CliContext context, PrepPlan plan)
    {
        context.Console.Write(new Rule(Markup.Escape(context.Text("plan.title", plan.InterviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).LeftJustified());
        foreach (var day in plan.Days)
        {
            context.Console.MarkupLine($"[bold]{day.Date:yyyy-MM-dd}[/]");
            foreach (var task in day.Tasks)
            {
                context.Console.MarkupLine($"  - {Markup.Escape(task.Text)}" + (CommandLine(task) is { } command ? $" [grey]{Markup.Escape(command)}[/]" : ""));
            }
        }
    }

    /// <summary>The loopcoach command that does <paramref name="task"/>, as the plan's text, Markdown, calendar and JSON show it.</summary>
    public static string? CommandLine(PlanTask task) => task.Kind switch
    {
        PlanTaskKind.WriteStory => $"loopcoach stories add --competency {task.Competency}",
        PlanTaskKind.AddNumbers => string.Create(CultureInfo.InvariantCulture, $"loopcoach stories edit {task.StoryId}"),
        PlanTaskKind.Practise when task.Posting is { } posting => string.Create(CultureInfo.InvariantCulture, $"loopcoach loop run --posting {posting}") + (task.Competencies.Count > 0 ? $" --competencies {string.Join(',', task.Competencies)}" : ""),
        PlanTaskKind.Practise => $"loopcoach loop run --template {task.Template} --competencies {string.Join(',', task.Competencies)}",
        PlanTaskKind.Stage when task.Template is { } template => $"loopcoach loop run --template {template}",
        PlanTaskKind.Motivation => "loopcoach questions list --kind motivation",
        PlanTaskKind.Rehearse => "loopcoach stories list",
        PlanTaskKind.RealQuestions => "loopcoach retro questions",
        PlanTaskKind.PrepareQuestions => "loopcoach ask",
        PlanTaskKind.Review => "loopcoach stories export --format markdown",
        PlanTaskKind.Interview => "loopcoach notes thank-you",
        _ => null,
    };
}
