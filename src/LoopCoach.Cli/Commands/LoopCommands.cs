using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Localization;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach loop …</c>: plan and run mock interview loops, resume them, read their debriefs.</summary>
internal static class LoopCommands
{
    public static Command Create(CliContext context)
    {
        var loop = new Command("loop", context.Text("cli.loop"));
        loop.Subcommands.Add(Templates(context));
        loop.Subcommands.Add(PlanOrRun(context, run: false));
        loop.Subcommands.Add(PlanOrRun(context, run: true));
        loop.Subcommands.Add(Resume(context));
        loop.Subcommands.Add(List(context));
        loop.Subcommands.Add(Show(context));
        return loop;
    }

    private static Command Templates(CliContext context)
    {
        var command = new Command("templates", context.Text("cli.loop.templates"));
        command.SetAction(_ =>
        {
            var templates = context.Content.Templates;
            if (context.Json)
            {
                context.WriteJson(templates.Select(t => new TemplateJson(t.Id, TextJson.From(t.Name), TextJson.From(t.Description), t.FrameworkId, t.Format, t.Interviewers.Count, t.MinCompetencies, t.MaxCompetencies)).ToList());
            }
            else
            {
                LoopView.Templates(context, templates);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command PlanOrRun(CliContext context, bool run)
    {
        var template = new Option<string>("--template", "-t") { Description = context.Text("cli.loop.option.template"), DefaultValueFactory = _ => "phone-screen", HelpName = "ID|FILE.yaml" };
        var competencies = new Option<string[]>("--competencies", "-c") { Description = context.Text("cli.loop.option.competencies"), HelpName = "ID,ID" };
        var seed = new Option<int?>("--seed") { Description = context.Text("cli.loop.option.seed"), HelpName = "N" };
        var answers = new Option<string?>("--answers") { Description = context.Text("cli.loop.option.answers"), HelpName = "FILE|-" };
        var command = new Command(run ? "run" : "plan", context.Text(run ? "cli.loop.run" : "cli.loop.plan")) { template, competencies, seed };
        if (run)
        {
            command.Options.Add(answers);
        }

        command.SetAction(parsed =>
        {
            var content = context.Content;
            var chosen = context.Template(parsed.GetValue(template)!.Trim());
            var ids = (parsed.GetValue(competencies) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var plan = LoopPlanner.Plan(chosen, ids, context.Language, parsed.GetValue(seed) ?? Random.Shared.Next(1, 1_000_000), content.Frameworks, content.Questions);
            var owned = plan.Interviewers.SelectMany(i => i.Competencies).ToHashSet();
            plan = plan with
            {
                RealQuestions = [.. new RetroStore(context.Database, context.Clock).SeenQuestions()
                    .Where(q => q.Competency is not null && owned.Contains(q.Competency) && q.Language == plan.Language.Code())
                    .Select(q => new RealQuestion("seen." + q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Text, q.Competency!, plan.Language))],
            };
            if (!run)
            {
                if (context.Json)
                {
                    context.WriteJson(plan);
                }
                else
                {
                    LoopView.Plan(context, chosen, plan);
                }

                return ExitCodes.Ok;
            }

            // Read and check a scripted answers file before anything is saved.
            var source = Source(context, parsed.GetValue(answers));
            var sessions = new SessionStore(context.Database, context.Clock);
            var record = sessions.Create(plan);
            if (!context.Json)
            {
                LoopView.Plan(context, chosen, plan);
                LoopView.Started(context, record.Id);
            }

            return Drive(context, sessions, record.Id, new InterviewEngine(plan, context.Analyzer, content.Questions, content.Probes, content.Ask, content.Frameworks, content.Messages), source);
        });
        return command;
    }

    private static Command Resume(CliContext context)
    {
        var id = new Argument<long>("session") { Description = context.Text("cli.loop.argument.session") };
        var answers = new Option<string?>("--answers") { Description = context.Text("cli.loop.option.answers"), HelpName = "FILE|-" };
        var command = new Command("resume", context.Text("cli.loop.resume")) { id, answers };
        command.SetAction(parsed =>
        {
            var sessions = new SessionStore(context.Database, context.Clock);
            var record = sessions.Get(parsed.GetValue(id));
            if (record.Status == SessionStatus.Finished)
            {
                throw new LoopCoachException(ErrorKind.Conflict, "loop.already-finished", record.Id);
            }

            var source = Source(context, parsed.GetValue(answers));
            var engine = Replay(context, record);
            if (!context.Json)
            {
                LoopView.Resumed(context, record.Id, record.Turns.Count);
            }

            return Drive(context, sessions, record.Id, engine, source);
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", context.Text("cli.loop.list"));
        command.SetAction(_ =>
        {
            var sessions = new SessionStore(context.Database, context.Clock).List();
            if (context.Json)
            {
                context.WriteJson(sessions.Select(s => new SessionSummaryJson(s.Id, s.Plan.Template, s.Status, s.Plan.Language, s.Plan.Seed, s.Turns.Count, s.CreatedAt, s.UpdatedAt)).ToList());
            }
            else
            {
                LoopView.Sessions(context, sessions);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<long>("session") { Description = context.Text("cli.loop.argument.session") };
        var markdown = new Option<bool>("--markdown") { Description = context.Text("cli.loop.option.markdown") };
        var command = new Command("show", context.Text("cli.loop.show")) { id, markdown };
        command.SetAction(parsed =>
        {
            var record = new SessionStore(context.Database, context.Clock).Get(parsed.GetValue(id));
            var engine = Replay(context, record);
            var debrief = DebriefBuilder.Build(record.Plan, engine.Turns, engine.SecondsUsed, context.Analyzer, context.Content.Frameworks, context.Content.Messages);
            if (context.Json)
            {
                context.WriteJson(SessionJson.From(record.Id, record.Status, record.Plan, engine.Turns, debrief));
            }
            else if (parsed.GetValue(markdown))
            {
                context.Output.Write(DebriefMarkdown.Render(record.Plan, engine.Turns, debrief, context.Content.Messages));
            }
            else
            {
                LoopView.Debrief(context, debrief, record.Status);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Asks, saves each answer as it comes, and ends with the debrief or with how to resume.</summary>
    private static int Drive(CliContext context, SessionStore sessions, long id, InterviewEngine engine, IAnswerSource source)
    {
        var shown = -1;
        while (engine.Current is { } prompt)
        {
            if (!context.Json)
            {
                shown = LoopView.Prompt(context, engine, prompt, shown);
            }

            var answer = source.Next(prompt);
            if (answer is null)
            {
                sessions.SetStatus(id, SessionStatus.Paused);
                break;
            }

            Turn turn;
            try
            {
                turn = engine.Answer(answer);
            }
            catch (LoopCoachException e) when (e.Kind == ErrorKind.InvalidInput && source is TerminalAnswers)
            {
                ErrorReport.Write(context, e);
                continue;
            }
            catch (LoopCoachException)
            {
                sessions.SetStatus(id, SessionStatus.Paused);
                throw;
            }

            sessions.SaveTurn(id, turn, engine.IsFinished ? SessionStatus.Finished : SessionStatus.Running);
            if (!context.Json)
            {
                LoopView.Notes(context, turn);
            }
        }

        var status = engine.IsFinished ? SessionStatus.Finished : SessionStatus.Paused;
        var debrief = DebriefBuilder.Build(engine.Plan, engine.Turns, engine.SecondsUsed, context.Analyzer, context.Content.Frameworks, context.Content.Messages);
        if (context.Json)
        {
            context.WriteJson(SessionJson.From(id, status, engine.Plan, engine.Turns, debrief));
        }
        else if (engine.IsFinished)
        {
            LoopView.Debrief(context, debrief, status);
            context.Console.MarkupLine($"[grey]{Spectre.Console.Markup.Escape(context.Text("cli.loop.saved", id))}[/]");
        }
        else
        {
            context.Console.MarkupLine(Spectre.Console.Markup.Escape(context.Text("cli.loop.paused", id, engine.Turns.Count)));
        }

        return ExitCodes.Ok;
    }

    /// <summary>The engine brought back to where the session stopped, by replaying its saved answers.</summary>
    internal static InterviewEngine Replay(CliContext context, SessionRecord record)
    {
        var content = context.Content;
        var engine = new InterviewEngine(record.Plan, context.Analyzer, content.Questions, content.Probes, content.Ask, content.Frameworks, content.Messages);
        foreach (var turn in record.Turns)
        {
            if (engine.Current is null)
            {
                break;
            }

            engine.Answer(turn.Answer);
        }

        return engine;
    }

    private static IAnswerSource Source(CliContext context, string? answers) => answers switch
    {
        null when context.IsInteractive && !context.Json => new TerminalAnswers(context),
        null => throw new LoopCoachException(ErrorKind.InvalidInput, "cli.loop.answers-required"),
        "-" => ScriptedAnswers.FromStream(context),
        _ => ScriptedAnswers.FromFile(context, answers),
    };
}
