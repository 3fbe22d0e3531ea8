using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach stories …</c>: the candidate's STAR story bank.</summary>
internal static class StoriesCommands
{
    public static Command Create(CliContext context)
    {
        var stories = new Command("stories", context.Text("cli.stories"));
        stories.Subcommands.Add(Add(context));
        stories.Subcommands.Add(Edit(context));
        stories.Subcommands.Add(List(context));
        stories.Subcommands.Add(Show(context));
        stories.Subcommands.Add(History(context));
        stories.Subcommands.Add(Restore(context));
        stories.Subcommands.Add(Delete(context, delete: true));
        stories.Subcommands.Add(Delete(context, delete: false));
        stories.Subcommands.Add(Export(context));
        stories.Subcommands.Add(Import(context));
        stories.Subcommands.Add(StoryMiningCommands.Match(context));
        stories.Subcommands.Add(StoryMiningCommands.Mine(context));
        return stories;
    }

    private static Command Add(CliContext context)
    {
        var fields = new StoryFields(context);
        var session = new Option<long?>("--from-session") { Description = context.Text("cli.stories.option.from-session"), HelpName = "SESSION" };
        var turn = new Option<int?>("--turn") { Description = context.Text("cli.stories.option.turn"), HelpName = "N" };
        var command = new Command("add", context.Text("cli.stories.add")) { session, turn };
        fields.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(session) is { } sessionId)
            {
                var told = context.App.Loops.Get(sessionId);
                var turnNumber = parsed.GetValue(turn) ?? throw new LoopCoachException(ErrorKind.InvalidInput, "cli.stories.turn-required");
                Saved(context, context.App.Stories.AddFromSession(told, turnNumber, draft => fields.Apply(parsed, draft)), "cli.stories.added");
                return ExitCodes.Ok;
            }

            var empty = new StoryContent { Title = "" };
            var content = !fields.AnyGiven(parsed) && context.IsInteractive && !context.Json
                ? fields.Prompt(empty)
                : fields.Apply(parsed, empty);
            var story = context.App.Stories.Add(content);
            Saved(context, story, "cli.stories.added");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Edit(CliContext context)
    {
        var fields = new StoryFields(context);
        var id = IdArgument(context);
        var command = new Command("edit", context.Text("cli.stories.edit")) { id };
        fields.AddTo(command);
        command.SetAction(parsed =>
        {
            var storyId = parsed.GetValue(id);
            var prompt = !fields.AnyGiven(parsed) && context.IsInteractive && !context.Json;
            if (!prompt && !fields.AnyGiven(parsed))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.stories.edit-nothing");
            }

            var edit = context.App.Stories.Edit(storyId, current => prompt ? fields.Prompt(current) : fields.Apply(parsed, current));
            Saved(context, edit.Story, edit.Changed ? "cli.stories.edited" : "cli.stories.unchanged");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var deleted = new Option<bool>("--deleted") { Description = context.Text("cli.stories.option.deleted") };
        var tag = new Option<string?>("--tag") { Description = context.Text("cli.stories.option.tag") };
        var competency = new Option<string?>("--competency") { Description = context.Text("cli.stories.option.competency") };
        var command = new Command("list", context.Text("cli.stories.list")) { deleted, tag, competency };
        command.SetAction(parsed =>
        {
            var found = context.App.Stories.List(new StoryFilter
            {
                IncludeDeleted = parsed.GetValue(deleted),
                Tag = parsed.GetValue(tag),
                Competency = parsed.GetValue(competency),
            });
            if (context.Json)
            {
                context.WriteJson(found.Select(s => StoryDocument.From(s)).ToList());
            }
            else
            {
                StoryView.List(context, found);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = IdArgument(context);
        var command = new Command("show", context.Text("cli.stories.show")) { id };
        command.SetAction(parsed =>
        {
            var (story, weakSpots) = context.App.Stories.Check(parsed.GetValue(id));
            if (context.Json)
            {
                context.WriteJson(StoryDocument.From(story) with { WeakSpots = weakSpots });
            }
            else
            {
                StoryView.Show(context, story);
                StoryView.WeakSpots(context, weakSpots);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var id = IdArgument(context);
        var command = new Command("history", context.Text("cli.stories.history")) { id };
        command.SetAction(parsed =>
        {
            var versions = context.App.Stories.History(parsed.GetValue(id));
            if (context.Json)
            {
                context.WriteJson(versions.Select(StoryVersionDocument.From).ToList());
            }
            else
            {
                StoryView.History(context, parsed.GetValue(id), versions);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Restore(CliContext context)
    {
        var id = IdArgument(context);
        var version = new Option<int>("--version") { Description = context.Text("cli.stories.option.version"), Required = true, HelpName = "N" };
        var command = new Command("restore", context.Text("cli.stories.restore")) { id, version };
        command.SetAction(parsed =>
        {
            var edit = context.App.Stories.Restore(parsed.GetValue(id), parsed.GetValue(version));
            Saved(context, edit.Story, edit.Changed ? "cli.stories.restored" : "cli.stories.unchanged");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete(CliContext context, bool delete)
    {
        var id = IdArgument(context);
        var command = new Command(delete ? "delete" : "undelete", context.Text(delete ? "cli.stories.delete" : "cli.stories.undelete")) { id };
        command.SetAction(parsed =>
        {
            var stories = context.App.Stories;
            var story = delete ? stories.Delete(parsed.GetValue(id)) : stories.Undelete(parsed.GetValue(id));
            Saved(context, story, delete ? "cli.stories.deleted" : "cli.stories.undeleted");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var format = new Option<string>("--format") { Description = context.Text("cli.stories.option.format"), DefaultValueFactory = _ => "json", HelpName = "json|markdown" };
        format.AcceptOnlyFromAmong("json", "markdown", "md");
        var outputFile = new Option<string?>("--output", "-o") { Description = context.Text("cli.stories.option.output"), HelpName = "FILE" };
        var command = new Command("export", context.Text("cli.stories.export")) { format, outputFile };
        command.SetAction(parsed =>
        {
            var stories = context.App.Stories;
            var markdown = parsed.GetValue(format) is "markdown" or "md";
            var text = markdown
                ? stories.ExportMarkdown(context.Language)
                : stories.ExportJson();
            if (parsed.GetValue(outputFile) is { } path)
            {
                CliContext.WriteFile(path, text);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.stories.exported", stories.List(new StoryFilter { IncludeDeleted = !markdown }).Count, Path.GetFullPath(path))));
            }
            else
            {
                context.Output.Write(text);
                context.Output.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text("cli.stories.argument.file") };
        var dryRun = new Option<bool>("--dry-run") { Description = context.Text("cli.stories.option.dry-run") };
        var command = new Command("import", context.Text("cli.stories.import")) { file, dryRun };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var outcome = context.App.Stories.Import(CliContext.ReadBytes(path, StoryImport.MaxFileBytes), path, parsed.GetValue(dryRun));
            var report = outcome.Report;
            if (context.Json)
            {
                context.WriteJson(new ImportJson(report.Added, report.Updated, report.Unchanged, parsed.GetValue(dryRun)));
            }
            else
            {
                context.Console.WriteLine(parsed.GetValue(dryRun)
                    ? context.Text("cli.stories.import-checked", outcome.StoriesRead)
                    : context.Text("cli.stories.imported", report.Added.Count, report.Updated.Count, report.Unchanged.Count));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Argument<long> IdArgument(CliContext context) =>
        new("id") { Description = context.Text("cli.stories.argument.id") };

    private static void Saved(CliContext context, StoredStory story, string messageKey)
    {
        if (context.Json)
        {
            context.WriteJson(StoryDocument.From(story));
        }
        else
        {
            context.Console.WriteLine(context.Text(messageKey, story.Id, story.Version, story.Content.Title));
        }
    }
}
