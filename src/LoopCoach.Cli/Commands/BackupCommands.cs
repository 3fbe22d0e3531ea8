using System.CommandLine;
using LoopCoach.Application.Backup;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Backup;

namespace LoopCoach.Cli.Commands;

/// <summary>
/// <c>loopcoach admin backup FILE</c> and <c>loopcoach admin restore FILE [--replace]</c>: a server's whole database
/// (every account, its data, invitations, comments, assignments) as one JSON file, restored into whatever database
/// <c>--db</c> or <c>LOOPCOACH_DATABASE_URL</c> names, SQLite or PostgreSQL.
/// </summary>
internal static class BackupCommands
{
    public static Command Backup(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text("cli.admin.backup.argument.file") };
        var command = new Command("backup", context.Text("cli.admin.backup")) { file };
        command.SetAction(parsed =>
        {
            var path = Path.GetFullPath(parsed.GetValue(file)!);
            var counts = Write(path, output => Service(context).WriteTo(output));
            var bytes = new FileInfo(path).Length;
            if (context.Json)
            {
                context.WriteJson(new BackupWrittenJson(path, context.DatabasePath, bytes, counts));
            }
            else
            {
                context.Output.WriteLine(context.Text("backup.written", context.DatabasePath, path, Counts(context, counts)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Restore(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text("cli.admin.restore.argument.file") };
        var replace = new Option<bool>("--replace") { Description = context.Text("cli.admin.restore.option.replace") };
        var command = new Command("restore", context.Text("cli.admin.restore")) { file, replace };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var service = Service(context);
            // Read and checked before the database is opened: a bad file creates no database and changes none.
            var backup = service.Read(CliContext.ReadBytes(path, BackupCheck.MaxFileBytes), path);
            var report = service.Restore(backup, parsed.GetValue(replace));
            if (context.Json)
            {
                context.WriteJson(new RestoredJson(Path.GetFullPath(path), context.DatabasePath, report.Replaced, report.KeysSkipped, report.Counts));
                return ExitCodes.Ok;
            }

            context.Output.WriteLine(context.Text("backup.restored", path, context.DatabasePath, Counts(context, report.Counts)));
            if (report.Replaced)
            {
                context.Output.WriteLine(context.Text("backup.restored-replaced", context.DatabasePath));
            }

            if (report.KeysSkipped > 0)
            {
                context.Output.WriteLine(context.Text("backup.keys-skipped", report.KeysSkipped));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static BackupService Service(CliContext context) => new(() => context.Database, context.Content.Frameworks, context.Clock);

    private static string Counts(CliContext context, BackupCounts c) => context.Text(
        "backup.counts", c.Accounts, c.Stories, c.Sessions, c.Answers, c.Postings, c.Retros, c.Invitations, c.Comments, c.Assignments, c.DataProtectionKeys);

    // Streamed to a temporary file beside the target, readable by its owner alone (it holds password hashes), then
    // moved into place: a failed backup never leaves half a file where a good one was.
    private static BackupCounts Write(string path, Func<Stream, BackupCounts> write)
    {
        var temporary = path + ".tmp";
        try
        {
            BackupCounts counts;
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var output = new FileStream(temporary, options))
            {
                counts = write(output);
            }

            File.Move(temporary, path, overwrite: true);
            return counts;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.unwritable", [path, e.Message], [], e);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or the folder is gone: the error that brought us here is the one to report.
        }
    }
}
