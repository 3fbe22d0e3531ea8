using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Postings;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
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
            var competencies = Competencies(context, parsed.GetValue(posting), parsed.GetValue(framework));
            var stories = Stories(context);
            var report = CoverageBuilder.Build(competencies, stories, Fit(context), context.Content.Frameworks, context.Content.StoryPrompts, context.Language);
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
        var template = new Option<string?>("--template") { Description = context.Text("cli.loop.option.template"), HelpName = "ID" };
        var posting = new Option<long?>("--posting") { Description = context.Text("cli.prep.option.posting"), HelpName = "ID" };
        var seed = new Option<int>("--seed") { Description = context.Text("cli.loop.option.seed"), DefaultValueFactory = _ => 1, HelpName = "N" };
        var command = new Command("assign", context.Text("cli.assign")) { loop, template, posting, seed };
        command.SetAction(parsed =>
        {
            LoopPlan plan;
            if (parsed.GetValue(loop) is { } session)
            {
                plan = new SessionStore(context.Database, context.Clock).Get(session).Plan;
            }
            else
            {
                var chosen = context.Template(parsed.GetValue(template) ?? "amazon-loop");
                var competencies = parsed.GetValue(posting) is { } id ? Competencies(context, id, null) : null;
                plan = LoopPlanner.Plan(chosen, competencies, context.Language, parsed.GetValue(seed), context.Content.Frameworks, context.Content.Questions);
            }

            var assignment = StoryAssigner.Assign(plan, Stories(context), Fit(context), context.Content.Frameworks, context.Language);
            if (context.Json)
            {
                context.WriteJson(new AssignmentJson(plan, assignment.Slots, assignment.TotalFit));
            }
            else
            {
                PrepView.Assignment(context, assignment, Stories(context));
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

            var competencies = Competencies(context, parsed.GetValue(posting), null);
            var stories = Stories(context);
            var report = CoverageBuilder.Build(competencies, stories, Fit(context), context.Content.Frameworks, context.Content.StoryPrompts, context.Language);
            var thisMonth = YearMonth.Of(context.Clock.GetUtcNow());
            var check = new StoryCheck(context.Analyzer, context.Content.Messages);
            var inputs = new PlanInputs
            {
                Competencies = competencies,
                Gaps = report.Gaps,
                StoriesWithoutNumbers = [.. stories.Where(s => check.Check(s.Story, thisMonth).Any(w => w.Code == WeakSpotCode.NoNumber)).Select(s => (s.Id, s.Story.Title))],
                RealQuestions = [.. new RetroStore(context.Database, context.Clock).SeenQuestions().Select(q => q.Text)],
                Template = "amazon-loop",
            };
            var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
            var plan = PrepPlanner.Plan(inputs, today, interview, context.Content.Frameworks, context.Content.Messages, context.Language);
            if (parsed.GetValue(ics) is { } path)
            {
                StoriesCommands.WriteFileSafely(path, PrepPlanner.ToIcs(plan, context.Content.Messages, context.Language, context.Clock.GetUtcNow(), PrepView.CommandLine), newline: false);
                context.ErrorConsole.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.plan.ics-written", Path.GetFullPath(path))));
            }

            if (context.Json)
            {
                context.WriteJson(PrepPlanJson.From(plan));
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

    /// <summary>The competencies to prepare: a posting's, a framework's, or (by default) the Amazon principles.</summary>
    internal static IReadOnlyList<string> Competencies(CliContext context, long? posting, string? framework)
    {
        if (posting is { } id)
        {
            var stored = new PostingStore(context.Database, context.Clock).Get(id);
            return PostingCommands.Competencies(new PostingAnalyzer(context.Content.PostingLexicon, context.Classifier).Analyze(stored.Text));
        }

        return [.. context.Content.Frameworks.Get(framework ?? "amazon-lp").Competencies.Select(c => c.Id)];
    }

    private static List<(long Id, StoryContent Story)> Stories(CliContext context) =>
        [.. context.Stories.List().Select(s => (s.Id, s.Content))];

    private static StoryFit Fit(CliContext context) =>
        new(new StoryCheck(context.Analyzer, context.Content.Messages), context.Content.Frameworks, context.Content.Lexicon, context.Content.Messages, YearMonth.Of(context.Clock.GetUtcNow()));
}
