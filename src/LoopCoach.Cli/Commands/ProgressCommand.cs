using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using LoopCoach.Charts;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Progress;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach progress</c>: each competency's level across the mock loops, and how the candidate speaks, over time.</summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var svg = new Option<string?>("--svg") { Description = context.Text("cli.progress.option.svg"), HelpName = "FILE" };
        var png = new Option<string?>("--png") { Description = context.Text("cli.progress.option.png"), HelpName = "FILE" };
        var command = new Command("progress", context.Text("cli.progress")) { svg, png };
        command.SetAction(parsed =>
        {
            var report = context.App.Progress.Report();
            var svgFile = parsed.GetValue(svg);
            var pngFile = parsed.GetValue(png);
            if (context.Json)
            {
                context.WriteJson(report);
            }
            else
            {
                ProgressView.Render(context, report);
            }

            if (svgFile is null && pngFile is null)
            {
                return ExitCodes.Ok;
            }

            if (report.IsEmpty)
            {
                context.ErrorConsole.MarkupLine(Markup.Escape(context.Text("cli.progress.empty-no-chart")));
                return ExitCodes.Ok;
            }

            return Draw(context, report, svgFile, pngFile) ? ExitCodes.Ok : ExitCodes.InternalError;
        });
        return command;
    }
    // Apart from the command so that ScottPlot and SkiaSharp load only when a chart is drawn, never for other commands.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Draw(CliContext context, ProgressReport report, string? svgFile, string? pngFile)
    {
        var files = new List<(string Path, byte[] Bytes)>();
        try
        {
            var charts = new ProgressCharts(context.Messages);
            if (charts.LabelLanguage(context.Language) != context.Language)
            {
                context.ErrorConsole.MarkupLine("[yellow]" + Markup.Escape(context.Text("cli.progress.font-fallback")) + "[/]");
            }

            // Every image is drawn before any is written, so that a failure leaves no file behind.
            if (svgFile is not null)
            {
                files.Add((svgFile, Encoding.UTF8.GetBytes(charts.Svg(report, context.Language))));
            }

            if (pngFile is not null)
            {
                files.Add((pngFile, charts.Png(report, context.Language)));
            }
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            // The native SkiaSharp library is missing, or is not one this machine can load.
            ProgressView.ChartsUnavailable(context, (e.InnerException ?? e).Message);
            return false;
        }

        foreach (var (path, bytes) in files)
        {
            CliContext.WriteFile(path, bytes);
            context.ErrorConsole.MarkupLine(Markup.Escape(context.Text("cli.progress.chart-written", Path.GetFullPath(path))));
        }

        return true;
    }
}
