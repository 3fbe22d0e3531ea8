using System.CommandLine;
using LoopCoach.Cli.Rendering;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach frameworks …</c>: the competency frameworks, built-in and from the user's files.</summary>
internal static class FrameworksCommands
{
    public static Command Create(CliContext context)
    {
        var frameworks = new Command("frameworks", context.Text("cli.frameworks"));

        var list = new Command("list", context.Text("cli.frameworks.list"));
        list.SetAction(_ =>
        {
            var all = context.App.Questions.Frameworks();
            if (context.Json)
            {
                context.WriteJson(all.Select(f => new FrameworkSummaryJson(f.Id, TextJson.From(f.Name), TextJson.From(f.Description), f.Source, f.Competencies.Count)).ToList());
            }
            else
            {
                FrameworkView.List(context, all);
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<string>("id") { Description = context.Text("cli.frameworks.argument.id") };
        var show = new Command("show", context.Text("cli.frameworks.show")) { id };
        show.SetAction(parsed =>
        {
            var content = context.Content;
            var framework = context.App.Questions.Framework(parsed.GetValue(id)!);
            if (context.Json)
            {
                context.WriteJson(new FrameworkJson(
                    framework.Id,
                    TextJson.From(framework.Name),
                    TextJson.From(framework.Description),
                    framework.Source,
                    [.. framework.Competencies.Select(c => CompetencyJson.From(c, content.Questions))]));
            }
            else
            {
                FrameworkView.Show(context, framework);
            }

            return ExitCodes.Ok;
        });

        frameworks.Subcommands.Add(list);
        frameworks.Subcommands.Add(show);
        return frameworks;
    }
}
