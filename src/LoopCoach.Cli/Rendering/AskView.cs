using LoopCoach.Core.Questions;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How the questions-to-ask guide looks in a terminal.</summary>
internal static class AskView
{
    public static void Render(CliContext context, IReadOnlyList<AskTopic> topics, IReadOnlyList<AvoidTopic> avoid)
    {
        var language = context.Language;
        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.ask.title"))).LeftJustified());
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.ask.hint"))}[/]");
        foreach (var topic in topics)
        {
            context.Console.WriteLine();
            context.Console.MarkupLine($"[bold blue]{Markup.Escape(topic.Name[language])}[/] [grey]({Markup.Escape(topic.Id)})[/]");
            foreach (var question in topic.Questions[language])
            {
                context.Console.MarkupLine($"  - {Markup.Escape(question)}");
            }
        }

        context.Console.WriteLine();
        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.ask.avoid-title"))).LeftJustified());
        foreach (var topic in avoid)
        {
            context.Console.MarkupLine($"  [yellow]{Markup.Escape(topic.Name[language])}[/]: {Markup.Escape(topic.Reason[language])}");
        }
    }
}
