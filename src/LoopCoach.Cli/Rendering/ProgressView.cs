using System.Globalization;
using System.Text.Json;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>Progress over time for people: one table of the sessions, one of each competency's levels.</summary>
internal static class ProgressView
{
    public static void Render(CliContext context, ProgressReport report)
    {
        if (report.IsEmpty)
        {
            context.Console.WriteLine(context.Text("cli.progress.empty"));
            return;
        }

        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.progress.sessions"))).LeftJustified());
        var sessions = new Table().Border(TableBorder.Rounded);
        sessions.AddColumn("#");
        sessions.AddColumn(context.Text("cli.progress.column.date"));
        sessions.AddColumn(context.Text("cli.loop.column.template"));
        sessions.AddColumn(context.Text("cli.loop.column.status"));
        sessions.AddColumn(new TableColumn(context.Text("cli.loop.column.turns")).RightAligned());
        sessions.AddColumn(new TableColumn(context.Text("cli.progress.column.fillers")).RightAligned());
        sessions.AddColumn(new TableColumn(context.Text("cli.progress.column.speaking")).RightAligned());
        sessions.AddColumn(new TableColumn(context.Text("cli.progress.column.ownership")).RightAligned());
        foreach (var s in report.Sessions)
        {
            sessions.AddRow(
                s.Id.ToString(CultureInfo.InvariantCulture),
                s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(LoopView.TemplateName(context, s.Template)),
                Markup.Escape(context.Text(s.Finished ? "cli.loop.status.finished" : "cli.loop.status.paused")),
                s.Answers.ToString(CultureInfo.InvariantCulture),
                s.FillersPer100Words?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–",
                $"{s.SpeakingSeconds / 60}:{s.SpeakingSeconds % 60:00}",
                s.Ownership.IShare is { } share
                    ? $"{s.Ownership.I} / {s.Ownership.We} ({share.ToString("0%", CultureInfo.InvariantCulture)})"
                    : "–");
        }

        context.Console.Write(sessions);
        context.Console.MarkupLine("[grey]" + Markup.Escape(context.Text("cli.progress.speaking-note", report.SpeakingTime.EnglishWordsPerMinute, report.SpeakingTime.KoreanSyllablesPerMinute)) + "[/]");

        context.Console.WriteLine();
        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.progress.levels"))).LeftJustified());
        var levels = new Table().Border(TableBorder.Rounded);
        levels.AddColumn(context.Text("cli.loop.column.competency"));
        levels.AddColumn(context.Text("cli.progress.column.history"));
        levels.AddColumn(context.Text("cli.progress.column.latest"));
        foreach (var competency in report.Competencies)
        {
            var history = string.Join(" → ", competency.Points.Select(p => $"{p.Date.ToString("MM-dd", CultureInfo.InvariantCulture)} {Level(context, p.Level)}"));
            levels.AddRow(Markup.Escape(competency.Name[context.Language]), history, Level(context, competency.Points[^1].Level));
        }

        context.Console.Write(levels);
    }

    /// <summary>Says the charts cannot be drawn here (the native graphics library did not load); as JSON under <c>--json</c>.</summary>
    public static void ChartsUnavailable(CliContext context, string reason)
    {
        const string key = "progress.chart-unavailable";
        var message = context.Text(key, reason);
        if (context.Json)
        {
            context.Error.WriteLine(JsonSerializer.Serialize(new ErrorJson(new ErrorBodyJson(key, message, ExitCodes.InternalError, [])), CliJsonContext.Default.ErrorJson));
            return;
        }

        context.ErrorConsole.MarkupLine($"[red]{Markup.Escape(context.Text("cli.error"))}[/] {Markup.Escape(message)}");
    }

    private static string Level(CliContext context, EvidenceLevel level)
    {
        var color = level switch { EvidenceLevel.Strong => "green", EvidenceLevel.Adequate => "blue", EvidenceLevel.Weak => "yellow", _ => "red" };
        return $"[{color}]{Markup.Escape(context.Text(level.MessageKey()))}[/]";
    }
}
