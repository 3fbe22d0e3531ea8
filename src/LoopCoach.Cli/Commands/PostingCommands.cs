using System.CommandLine;
using LoopCoach.Application.Postings;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Postings;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach posting …</c>: read a job posting for what it asks.</summary>
internal static class PostingCommands
{
    public static Command Create(CliContext context)
    {
        var posting = new Command("posting", context.Text("cli.posting"));

        var file = new Argument<string?>("file") { Description = context.Text("cli.posting.argument.file"), Arity = ArgumentArity.ZeroOrOne };
        var analyze = new Command("analyze", context.Text("cli.posting.analyze")) { file };
        analyze.SetAction(parsed =>
        {
            var text = context.ReadText(parsed.GetValue(file), PostingAnalyzer.MaxPostingLength * 4);
            Render(context, context.App.Postings.Analyze(text));
            return ExitCodes.Ok;
        });

        var list = new Command("list", context.Text("cli.posting.list"));
        list.SetAction(_ =>
        {
            var postings = context.App.Postings.List();
            if (context.Json)
            {
                context.WriteJson(postings.Select(p => new PostingSummaryJson(p.Id, p.Title, p.Company, p.CreatedAt)).ToList());
            }
            else
            {
                PrepView.Postings(context, postings);
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<long>("id") { Description = context.Text("cli.posting.argument.id") };
        var show = new Command("show", context.Text("cli.posting.show")) { id };
        show.SetAction(parsed =>
        {
            Render(context, context.App.Postings.Get(parsed.GetValue(id)));
            return ExitCodes.Ok;
        });

        var frameworkId = new Argument<long>("id") { Description = context.Text("cli.posting.argument.id") };
        var output = new Option<string?>("--output", "-o") { Description = context.Text("cli.stories.option.output"), HelpName = "FILE" };
        var framework = new Command("framework", context.Text("cli.posting.framework")) { frameworkId, output };
        framework.SetAction(parsed =>
        {
            var yaml = context.App.Postings.Framework(parsed.GetValue(frameworkId));
            if (parsed.GetValue(output) is { } path)
            {
                CliContext.WriteFile(path, yaml, newline: false);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.posting.framework-written", Path.GetFullPath(path))));
            }
            else
            {
                context.Output.Write(yaml);
            }

            return ExitCodes.Ok;
        });

        posting.Subcommands.Add(analyze);
        posting.Subcommands.Add(framework);
        posting.Subcommands.Add(list);
        posting.Subcommands.Add(show);
        return posting;
    }

    private static void Render(CliContext context, AnalyzedPosting posting)
    {
        if (context.Json)
        {
            context.WriteJson(new PostingJson(posting.Posting.Id, posting.Posting.Title, posting.Posting.Company, posting.Competencies, posting.Analysis));
        }
        else
        {
            PrepView.Posting(context, posting.Posting.Id, posting.Analysis, posting.Competencies);
        }
    }
}
