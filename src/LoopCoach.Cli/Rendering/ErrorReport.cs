using LoopCoach.Core.Errors;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>Says what went wrong, in the user's language, on standard error; as JSON too under <c>--json</c>.</summary>
internal static class ErrorReport
{
    public static void Write(CliContext context, LoopCoachException error)
    {
        var message = context.Text(error.MessageKey, [.. error.Args]);
        var problems = error.Problems
            .Select(p => new ProblemJson(p.Field, p.MessageKey, context.Text(p.MessageKey, p.Args)))
            .ToList();
        if (context.Json)
        {
            // Through the shared settings, so that Korean is written as Korean, not as \uXXXX escapes.
            context.Error.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                new ErrorJson(new ErrorBodyJson(error.MessageKey, message, ExitCodes.For(error.Kind), problems)), CliJson.Options));
            return;
        }

        context.ErrorConsole.MarkupLine($"[red]{Markup.Escape(context.Text("cli.error"))}[/] {Markup.Escape(message)}");
        foreach (var problem in problems)
        {
            var where = problem.Field.Length == 0 ? "" : $"[bold]{Markup.Escape(problem.Field)}[/]: ";
            context.ErrorConsole.MarkupLine($"  - {where}{Markup.Escape(problem.Message)}");
        }
    }

    public static void WriteUsage(CliContext context, IEnumerable<string> parserMessages)
    {
        context.ErrorConsole.MarkupLine($"[red]{Markup.Escape(context.Text("cli.error"))}[/] {Markup.Escape(context.Text("cli.usage-error"))}");
        foreach (var message in parserMessages)
        {
            context.ErrorConsole.MarkupLine($"  - {Markup.Escape(message)}");
        }

        context.ErrorConsole.MarkupLine(Markup.Escape(context.Text("cli.usage-hint")));
    }

    public static void WriteInternal(CliContext context, Exception error, bool debug)
    {
        context.ErrorConsole.MarkupLine($"[red]{Markup.Escape(context.Text("cli.error"))}[/] {Markup.Escape(context.Text("cli.internal-error", error.GetType().Name, error.Message))}");
        if (debug)
        {
            context.Error.WriteLine(error.ToString());
        }
    }
}
