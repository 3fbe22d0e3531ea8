using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Postings;
using LoopCoach.Storage.Postings;
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
            var analysis = new PostingAnalyzer(context.Content.PostingLexicon, context.Classifier).Analyze(text);
            var stored = new PostingStore(context.Database, context.Clock).Add(analysis.Role ?? "", analysis.Company ?? "", Core.TextInput.Normalize(text));
            Render(context, stored, analysis);
            return ExitCodes.Ok;
        });

        var list = new Command("list", context.Text("cli.posting.list"));
        list.SetAction(_ =>
        {
            var postings = new PostingStore(context.Database, context.Clock).List();
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
            var stored = new PostingStore(context.Database, context.Clock).Get(parsed.GetValue(id));
            Render(context, stored, new PostingAnalyzer(context.Content.PostingLexicon, context.Classifier).Analyze(stored.Text));
            return ExitCodes.Ok;
        });

        var frameworkId = new Argument<long>("id") { Description = context.Text("cli.posting.argument.id") };
        var output = new Option<string?>("--output", "-o") { Description = context.Text("cli.stories.option.output"), HelpName = "FILE" };
        var framework = new Command("framework", context.Text("cli.posting.framework")) { frameworkId, output };
        framework.SetAction(parsed =>
        {
            var stored = new PostingStore(context.Database, context.Clock).Get(parsed.GetValue(frameworkId));
            var yaml = PostingFramework.ToYaml(stored.Id, new PostingAnalyzer(context.Content.PostingLexicon, context.Classifier).Analyze(stored.Text))
                ?? throw new Core.Errors.LoopCoachException(Core.Errors.ErrorKind.NotFound, "posting.no-strengths", stored.Id);
            if (parsed.GetValue(output) is { } path)
            {
                StoriesCommands.WriteFileSafely(path, yaml, newline: false);
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

    /// <summary>The competencies a posting asks for: its named strengths' nearest principles, then the principles its text leans on.</summary>
    public static IReadOnlyList<string> Competencies(PostingAnalysis analysis) =>
        [.. analysis.Strengths.Select(s => s.Nearest.FirstOrDefault()?.Id).OfType<string>()
            .Concat(analysis.Principles.Select(p => p.Id))
            .Distinct()
            .Take(6)];

    private static void Render(CliContext context, StoredPosting stored, PostingAnalysis analysis)
    {
        if (context.Json)
        {
            context.WriteJson(new PostingJson(stored.Id, stored.Title, stored.Company, Competencies(analysis), analysis));
        }
        else
        {
            PrepView.Posting(context, stored.Id, analysis, Competencies(analysis));
        }
    }
}
