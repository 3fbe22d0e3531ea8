using System.CommandLine;
using System.Globalization;
using LoopCoach.Cli.Commands;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;

namespace LoopCoach.Cli;

/// <summary>Exit codes of <c>loopcoach</c>; documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int InvalidInput = 4;
    public const int Storage = 5;
    public const int Conflict = 6;

    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => NotFound,
        ErrorKind.InvalidInput => InvalidInput,
        ErrorKind.Storage => Storage,
        ErrorKind.Conflict => Conflict,
        _ => InternalError,
    };
}

/// <summary>The options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public GlobalOptions(Messages messages, Language language)
    {
        Db = new Option<string?>("--db") { Description = messages.Get(language, "cli.option.db"), Recursive = true, HelpName = "PATH" };
        Lang = new Option<string?>("--lang") { Description = messages.Get(language, "cli.option.lang"), Recursive = true, HelpName = "ko|en" };
        Json = new Option<bool>("--json") { Description = messages.Get(language, "cli.option.json"), Recursive = true };
        FrameworkFile = new Option<string[]>("--framework-file") { Description = messages.Get(language, "cli.option.framework-file"), Recursive = true, HelpName = "PATH" };
    }

    public Option<string?> Db { get; }

    public Option<string?> Lang { get; }

    public Option<bool> Json { get; }

    public Option<string[]> FrameworkFile { get; }
}

/// <summary>Builds the command tree, runs the chosen command and turns failures into messages and exit codes.</summary>
internal static class LoopCoachCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error, Stream input, bool interactive, Func<string, string?> environment, TimeProvider clock)
    {
        var language = DetectLanguage(args, environment, out var badLanguage);
        using var context = new CliContext(language, output, error, input, interactive, environment, clock);
        if (badLanguage is not null)
        {
            ErrorReport.Write(context, new LoopCoachException(ErrorKind.InvalidInput, "cli.lang-invalid", badLanguage));
            return ExitCodes.Usage;
        }

        var global = new GlobalOptions(context.Messages, language);
        var root = new RootCommand(context.Text("cli.root"))
        {
            global.Db,
            global.Lang,
            global.Json,
            global.FrameworkFile,
        };
        root.Subcommands.Add(StoriesCommands.Create(context));
        root.Subcommands.Add(QuestionsCommands.Create(context));
        root.Subcommands.Add(FrameworksCommands.Create(context));
        root.Subcommands.Add(AskCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(LoopCommands.Create(context));
        root.Subcommands.Add(PostingCommands.Create(context));
        root.Subcommands.Add(PrepCommands.Coverage(context));
        root.Subcommands.Add(PrepCommands.Assign(context));
        root.Subcommands.Add(PrepCommands.Plan(context));
        root.Subcommands.Add(AfterCommands.Notes(context));
        root.Subcommands.Add(AfterCommands.Retro(context));
        root.Subcommands.Add(ProgressCommand.Create(context));
        root.Subcommands.Add(WebCommand.Create(context));
        root.Subcommands.Add(AdminCommands.Create(context));
        root.Subcommands.Add(BankCommands.Export(context));
        root.Subcommands.Add(BankCommands.Import(context));
        root.SetAction(_ =>
        {
            Welcome.Render(context);
            return ExitCodes.Ok;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            ErrorReport.WriteUsage(context, parsed.Errors.Select(e => e.Message));
            return ExitCodes.Usage;
        }

        context.Json = parsed.GetValue(global.Json);
        context.DatabaseFlag = parsed.GetValue(global.Db);
        context.FrameworkFiles = parsed.GetValue(global.FrameworkFile) ?? [];
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (LoopCoachException e)
        {
            ErrorReport.Write(context, e);
            return ExitCodes.For(e.Kind);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ErrorReport.WriteInternal(context, e, environment("LOOPCOACH_DEBUG") == "1");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The message language, known before parsing so that help and parse errors are in it too:
    /// <c>--lang</c>, then <c>LOOPCOACH_LANG</c>, then the locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>), then English.
    /// </summary>
    internal static Language DetectLanguage(string[] args, Func<string, string?> environment, out string? badValue)
    {
        badValue = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? value = null;
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                value = args[i]["--lang=".Length..];
            }

            if (value is not null)
            {
                if (value is "ko" or "en" or "KO" or "EN")
                {
                    return Languages.TryParse(value)!.Value;
                }

                badValue = value;
            }
        }

        foreach (var variable in new[] { "LOOPCOACH_LANG", "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = environment(variable);
            if (!string.IsNullOrWhiteSpace(value) && value is not ("C" or "POSIX" or "C.UTF-8"))
            {
                return Languages.TryParse(value) ?? Language.En;
            }
        }

        return Languages.FromCulture(CultureInfo.CurrentUICulture);
    }
}
