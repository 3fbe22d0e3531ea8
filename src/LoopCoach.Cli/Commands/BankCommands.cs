using System.CommandLine;
using Spectre.Console;
using LoopCoach.Storage.Bank;

namespace LoopCoach.Cli.Commands;

/// <summary>
/// <c>loopcoach export</c> and <c>loopcoach import</c>: everything in the bank (stories with history, postings, mock
/// loops with every answer and retry, retrospectives, seen questions) as one JSON file, the file an account on a
/// shared server downloads and uploads too.
/// </summary>
internal static class BankCommands
{
    public static Command Export(CliContext context)
    {
        var outputFile = new Option<string?>("--output", "-o") { Description = context.Text("cli.bank.option.output"), HelpName = "FILE" };
        var command = new Command("export", context.Text("cli.bank.export")) { outputFile };
        command.SetAction(parsed =>
        {
            var bank = context.App.Bank.Export();
            var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(bank, BankJson.Options.GetTypeInfo(typeof(BankDocument)));
            if (parsed.GetValue(outputFile) is { } path)
            {
                CliContext.WriteFile(path, bytes);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.bank.exported", bank.Stories.Count, bank.Postings.Count, bank.Sessions.Count, bank.Retros.Count, Path.GetFullPath(path))));
            }
            else
            {
                context.Output.Write(System.Text.Encoding.UTF8.GetString(bytes));
                context.Output.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Import(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text("cli.bank.argument.file") };
        var dryRun = new Option<bool>("--dry-run") { Description = context.Text("cli.bank.option.dry-run") };
        var command = new Command("import", context.Text("cli.bank.import")) { file, dryRun };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var report = context.App.Bank.Import(CliContext.ReadBytes(path, BankImport.MaxFileBytes), path, parsed.GetValue(dryRun));
            if (context.Json)
            {
                context.WriteJson(report);
            }
            else
            {
                context.Console.WriteLine(context.Text(report.DryRun ? "bank.import-checked" : "bank.imported",
                    report.Stories.Added, report.Stories.Updated, report.Stories.Unchanged, report.Postings.Added, report.Sessions.Added, report.Retros.Added,
                    report.SeenQuestions.Added + report.SeenQuestions.Updated));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
