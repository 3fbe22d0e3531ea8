using System.CommandLine;
using LoopCoach.Application.Prep;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Plans;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach coverage</c>, <c>assign</c> and <c>plan</c>: from a posting and the bank to a plan.</summary>
internal static class PrepCommands
{
    public static Command Coverage(CliContext context)
    {
        var posting = new Option<long?>("--posting") { Description = context.Text("cli.prep.option.posting"), HelpName = "ID" };
        var framework = new Option<string?>("--framework") { Description = context.Text("cli.prep.option.framework"), HelpName = "ID" };
        var command = new Command("coverage", context.Text("cli.coverage")) { posting, framework };
        command.SetAction(parsed =>
        {
            var (competencies, stories, report) = context.App.Prep.Coverage(new PrepTarget(parsed.GetValue(posting), parsed.GetValue(framework)), context.Language);
            if (context.Json)
            {
                context.WriteJson(new CoverageJson(competencies, [.. stories.Select(s => new StoryRefJson(s.Id, s.Story.Title))], report.Rows, report.Gaps));
            }
            else
            {
                PrepView.Coverage(context, report, stories);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Assign(CliContext context)
    {
        var loop = new Option<long?>("--loop") { Description = context.Text("cli.assign.option.loop"), HelpName = "SESSION" };
        var templateOption = new Option<string?>("--template") { Description = context.Text("cli.loop.option.template"), HelpName = "ID|FILE.yaml" };
        var posting = new Option<long?>("--posting") { Description = context.Text("cli.prep.option.posting"), HelpName = "ID" };
        var seed = new Option<int>("--seed") { Description = context.Text("cli.loop.option.seed"), DefaultValueFactory = _ => 1, HelpName = "N" };
        var command = new Command("assign", context.Text("cli.assign")) { loop, templateOption, posting, seed };
        command.SetAction(parsed =>
        {
            var template = parsed.GetValue(templateOption) is { } chosen ? context.Template(chosen) : null;
            var (plan, assignment, stories) = context.App.Prep.Assign(parsed.GetValue(loop), template, parsed.GetValue(posting), parsed.GetValue(seed), context.Language);
            if (context.Json)
            {
                context.WriteJson(new AssignmentJson(plan, assignment.Slots, assignment.TotalFit));
            }
            else
            {
                PrepView.Assignment(context, assignment, stories);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Plan(CliContext context)
    {
        var posting = new Option<long>("--posting") { Description = context.Text("cli.prep.option.posting"), Required = true, HelpName = "ID" };
        var date = new Option<string>("--date") { Description = context.Text("cli.plan.option.date"), Required = true, HelpName = "YYYY-MM-DD" };
        var ics = new Option<string?>("--ics") { Description = context.Text("cli.plan.option.ics"), HelpName = "FILE" };
        var markdown = new Option<bool>("--markdown") { Description = context.Text("cli.plan.option.markdown") };
        var command = new Command("plan", context.Text("cli.plan")) { posting, date, ics, markdown };
        command.SetAction(parsed =>
        {
            var interview = CliContext.ParseDate(parsed.GetValue(date)!);

            var plan = context.App.Prep.Plan(parsed.GetValue(posting), interview, context.Language);
            if (parsed.GetValue(ics) is { } path)
            {
                CliContext.WriteFile(path, context.App.Prep.Calendar(plan, context.Language, PrepView.CommandLine), newline: false);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.plan.ics-written", Path.GetFullPath(path))));
            }

            if (context.Json)
            {
                context.WriteJson(PrepPlanJson.From(plan, PrepView.CommandLine));
            }
            else if (parsed.GetValue(markdown))
            {
                context.Output.Write(PrepPlanner.ToMarkdown(plan, context.Content.Messages, context.Language, PrepView.CommandLine));
            }
            else
            {
                PrepView.Plan(context, plan);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
