using System.CommandLine;
using System.Runtime.CompilerServices;
using LoopCoach.Core.Errors;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach web</c>: the web app on this machine's bank, bound to loopback unless told otherwise.</summary>
internal static class WebCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = context.Text("cli.web.option.port"), DefaultValueFactory = _ => 5080, HelpName = "N" };
        var host = new Option<string>("--host") { Description = context.Text("cli.web.option.host"), DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var accounts = new Option<bool>("--accounts") { Description = context.Text("cli.web.option.accounts") };
        var command = new Command("web", context.Text("cli.web")) { port, host, accounts };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(port) is < 0 or > 65535)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.web.port-invalid", parsed.GetValue(port));
            }

            Run(context, parsed.GetValue(host)!, parsed.GetValue(port), parsed.GetValue(accounts));
            return ExitCodes.Ok;
        });
        return command;
    }

    // Kept apart and never inlined: the web assemblies (ASP.NET Core, LoopCoach.Web) load only when this runs, so
    // every other command starts as fast as before.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Run(CliContext context, string host, int port, bool accounts)
    {
        var database = context.DatabaseTarget;
        context.Database.Dispose(); // opened once here so that a bank that cannot be used is reported before the server starts
        Web.LoopCoachWeb.RunAsync(new Web.WebStart
        {
            Database = database,
            Content = context.Content,
            Host = host,
            Port = port,
            Accounts = accounts,
            Listening = address =>
            {
                context.Output.WriteLine(context.Text("cli.web.listening", address));
                context.Output.Flush();
            },
        }).GetAwaiter().GetResult();
    }
}
