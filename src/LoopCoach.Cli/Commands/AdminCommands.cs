using System.CommandLine;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Accounts;

namespace LoopCoach.Cli.Commands;

/// <summary>
/// <c>loopcoach admin</c>: the accounts of a shared server, from the machine that runs it. <c>admin create</c> makes
/// the first admin (there is no one yet to do it on the web) and <c>admin reset</c> is the way back in when the
/// admin's own password is lost. Both print a one-time link; there is no mail server.
/// </summary>
internal static class AdminCommands
{
    public static Command Create(CliContext context)
    {
        var admin = new Command("admin", context.Text("cli.admin"));
        admin.Subcommands.Add(CreateAccount(context));
        admin.Subcommands.Add(Reset(context));
        admin.Subcommands.Add(BackupCommands.Backup(context));
        admin.Subcommands.Add(BackupCommands.Restore(context));
        return admin;
    }

    private static Option<string> Email(CliContext context) =>
        new("--email") { Description = context.Text("cli.admin.option.email"), Required = true, HelpName = "ADDRESS" };

    private static Option<string> Url(CliContext context) =>
        new("--url") { Description = context.Text("cli.admin.option.url"), DefaultValueFactory = _ => "http://127.0.0.1:5080", HelpName = "URL" };

    private static Command CreateAccount(CliContext context)
    {
        var email = Email(context);
        var role = new Option<string>("--role") { Description = context.Text("cli.admin.option.role"), DefaultValueFactory = _ => "admin", HelpName = "admin|coach|candidate" };
        var url = Url(context);
        var command = new Command("create", context.Text("cli.admin.create")) { email, role, url };
        command.SetAction(parsed =>
        {
            var address = parsed.GetValue(email)!.Trim();
            if (!System.Net.Mail.MailAddress.TryCreate(address, out _))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "account.error.email-invalid");
            }

            var chosen = parsed.GetValue(role)!;
            if (!Enum.TryParse<AccountRole>(chosen, ignoreCase: true, out var accountRole) || !Enum.IsDefined(accountRole) || int.TryParse(chosen, out _))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.admin.role-invalid", chosen);
            }

            var accounts = new AccountStore(context.Database, context.Clock);
            var account = new Account
            {
                Id = Guid.NewGuid().ToString(),
                Email = address,
                NormalizedEmail = Account.Normalize(address),
                SecurityStamp = Guid.NewGuid().ToString(),
                Role = accountRole,
            };
            accounts.Create(account);
            context.Output.WriteLine(context.Text("cli.admin.created", address));
            PrintLink(context, accounts.IssueReset(account.Id), parsed.GetValue(url)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var email = Email(context);
        var url = Url(context);
        var command = new Command("reset", context.Text("cli.admin.reset")) { email, url };
        command.SetAction(parsed =>
        {
            var address = parsed.GetValue(email)!.Trim();
            var accounts = new AccountStore(context.Database, context.Clock);
            var account = accounts.FindByEmail(Account.Normalize(address))
                ?? throw new LoopCoachException(ErrorKind.NotFound, "cli.admin.no-account", address);
            PrintLink(context, accounts.IssueReset(account.Id), parsed.GetValue(url)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintLink(CliContext context, string token, string url)
    {
        context.Output.WriteLine(context.Text("cli.admin.link", (int)AccountStore.ResetLifetime.TotalHours));
        // The link alone on its line, so a script can take the last line.
        context.Output.WriteLine($"{url.TrimEnd('/')}/account/reset?token={Uri.EscapeDataString(token)}");
    }
}
