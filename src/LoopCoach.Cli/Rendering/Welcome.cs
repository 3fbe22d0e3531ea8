using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>What <c>loopcoach</c> with no command shows: what it is and the first things to try.</summary>
internal static class Welcome
{
    public static void Render(CliContext context)
    {
        var content = context.Content;
        context.Console.Write(new Rule("[bold]LoopCoach[/]").LeftJustified());
        context.Console.WriteLine(context.Text("cli.welcome.about"));
        context.Console.WriteLine(context.Text("cli.welcome.counts", content.Frameworks.Frameworks.Count, content.Questions.Questions.Count, content.Probes.Count));
        context.Console.WriteLine();
        context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.welcome.try"))}[/]");
        foreach (var (command, key) in new[]
        {
            ("loopcoach loop run", "cli.welcome.loop"),
            ("loopcoach stories add", "cli.welcome.add"),
            ("loopcoach stories list", "cli.welcome.list"),
            ("loopcoach questions list --competency customer-obsession --limit 5", "cli.welcome.questions"),
            ("loopcoach frameworks show amazon-lp", "cli.welcome.frameworks"),
            ("loopcoach ask", "cli.welcome.ask"),
            ("loopcoach --help", "cli.welcome.help"),
        })
        {
            context.Console.MarkupLine($"  [green]{Markup.Escape(command)}[/]  [grey]{Markup.Escape(context.Text(key))}[/]");
        }

        context.Console.WriteLine();
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.welcome.database", context.DatabasePath))}[/]");
    }
}
