using LoopCoach.Core.Analysis;
using LoopCoach.Core.Loops;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How the feedback on an answer looks in a terminal: the findings with their evidence, then the follow-ups.</summary>
internal static class AnalysisView
{
    private const int QuoteLength = 90;

    public static void Render(CliContext context, AnswerAnalysis analysis, string? question)
    {
        var console = context.Console;
        if (question is not null)
        {
            console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.analyze.question"))}[/] {Markup.Escape(question)}");
        }

        var parts = Enum.GetValues<StarPart>()
            .Select(p => (analysis.Star[p].Present ? "[green]✓[/] " : "[red]✗[/] ") + Markup.Escape(context.Text(p.MessageKey())));
        console.MarkupLine(string.Join("  ", parts));
        console.MarkupLine(Markup.Escape(context.Text(
            "cli.analyze.summary",
            context.Text(analysis.Readiness.Grade.MessageKey()),
            analysis.EstimatedSeconds,
            analysis.Ownership.I,
            analysis.Ownership.We,
            analysis.Fillers.Count,
            analysis.Hedges.Count)));
        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        table.AddColumn(new TableColumn("").NoWrap());
        table.AddColumn(context.Text("cli.analyze.finding"));
        table.AddColumn(context.Text("cli.analyze.evidence"));
        foreach (var finding in analysis.Findings)
        {
            var mark = finding.Severity switch
            {
                Severity.Strength => "[green]+[/]",
                Severity.Problem => "[red]![/]",
                Severity.Warning => "[yellow]-[/]",
                _ => "[grey]·[/]",
            };
            var evidence = finding.Spans.Count == 0 || finding.Code.IsAboutLength()
                ? ""
                : string.Join("\n", finding.Spans.Take(3).Select(s => "“" + Quote(s.Text) + "”"));
            table.AddRow(mark, Markup.Escape(finding.Message), Markup.Escape(evidence));
        }

        console.Write(table);
        if (analysis.Probes.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.analyze.probes"))}[/]");
            foreach (var probe in analysis.Probes)
            {
                console.MarkupLine($"  - {Markup.Escape(probe.Text)} [grey]({Markup.Escape(LoopNames.Gap(context.Content.Probes, context.Language, probe.Gap))})[/]");
            }
        }
    }

    private static string Quote(string text) =>
        text.Length <= QuoteLength ? text.Replace('\n', ' ') : text[..QuoteLength].Replace('\n', ' ') + "…";
}
