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
        var command = new Command("add", context.Text("cli.stories.add"));
        fields.AddTo(command);
        command.SetAction(parsed =>
        {
            var empty = new StoryContent { Title = "" };
            var content = !fields.AnyGiven(parsed) && context.IsInteractive && !context.Json
                ? fields.Prompt(empty)
                : fields.Apply(parsed, empty);
            var story = context.Stories.Add(content);
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
            var store = context.Stories;
            var storyId = parsed.GetValue(id);
            var prompt = !fields.AnyGiven(parsed) && context.IsInteractive && !context.Json;
            if (!prompt && !fields.AnyGiven(parsed))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.stories.edit-nothing");
            }

            var edit = store.Edit(storyId, current => prompt ? fields.Prompt(current) : fields.Apply(parsed, current));
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
            var found = context.Stories.List(new StoryFilter
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
            var story = context.Stories.Get(parsed.GetValue(id));
            var weakSpots = new StoryCheck(context.Analyzer, context.Content.Messages).Check(story.Content, YearMonth.Of(context.Clock.GetUtcNow()));
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
            var versions = context.Stories.History(parsed.GetValue(id));
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
            var edit = context.Stories.Restore(parsed.GetValue(id), parsed.GetValue(version));
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
            var store = context.Stories;
            var story = delete ? store.Delete(parsed.GetValue(id)) : store.Undelete(parsed.GetValue(id));
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
            var store = context.Stories;
            var markdown = parsed.GetValue(format) is "markdown" or "md";
            var text = markdown
                ? StoryMarkdown.Render(store.List(), context.Content.Frameworks, context.Content.Messages, context.Language)
                : System.Text.Json.JsonSerializer.Serialize(store.Export(), StoryJson.Options.GetTypeInfo(typeof(StoryBankDocument)));
            if (parsed.GetValue(outputFile) is { } path)
            {
                WriteFileSafely(path, text);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.stories.exported", store.List(new StoryFilter { IncludeDeleted = !markdown }).Count, Path.GetFullPath(path))));
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
            var document = StoryImport.Parse(CliContext.ReadBytes(path, StoryImport.MaxFileBytes), path);
            var store = context.Stories;
            ImportReport report;
            if (parsed.GetValue(dryRun))
            {
                LoopCoachException.ThrowIfAny(StoryImport.Check(document, context.Content.Frameworks, YearMonth.Of(context.Clock.GetUtcNow())), "import.invalid");
                report = new ImportReport();
            }
            else
            {
                report = store.Import(document);
            }

            if (context.Json)
            {
                context.WriteJson(new ImportJson(report.Added, report.Updated, report.Unchanged, parsed.GetValue(dryRun)));
            }
            else
            {
                context.Console.WriteLine(parsed.GetValue(dryRun)
                    ? context.Text("cli.stories.import-checked", document.Stories.Count)
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

    /// <summary>Writes to a temporary file first and then moves it, so a failed export never leaves half a file.</summary>
    internal static void WriteFileSafely(string path, string text, bool newline = true)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, newline ? text + "\n" : text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.unwritable", [path, e.Message], [], e);
        }
    }
}
