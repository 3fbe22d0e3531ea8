using System.CommandLine;
using LoopCoach.Application.Loops;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Localization;
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
            var templates = context.App.Loops.Templates();
            if (context.Json)
            {
                context.WriteJson(templates.Select(TemplateJson.From).ToList());
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
        var template = new Option<string?>("--template", "-t") { Description = context.Text("cli.loop.option.template"), HelpName = "ID|FILE.yaml" };
        var posting = new Option<long?>("--posting") { Description = context.Text("cli.loop.option.posting"), HelpName = "ID" };
        var competencies = new Option<string[]>("--competencies", "-c") { Description = context.Text("cli.loop.option.competencies"), HelpName = "ID,ID" };
        var seed = new Option<int?>("--seed") { Description = context.Text("cli.loop.option.seed"), HelpName = "N" };
        var answers = new Option<string?>("--answers") { Description = context.Text("cli.loop.option.answers"), HelpName = "FILE|-" };
        var command = new Command(run ? "run" : "plan", context.Text(run ? "cli.loop.run" : "cli.loop.plan")) { template, posting, competencies, seed };
        if (run)
        {
            command.Options.Add(answers);
        }

        command.SetAction(parsed =>
        {
            var loops = context.App.Loops;
            var named = parsed.GetValue(template) is { } given ? context.Template(given) : null;
            var ids = (parsed.GetValue(competencies) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var seedValue = parsed.GetValue(seed) ?? Random.Shared.Next(1, 1_000_000);
            LoopPlan plan;
            LoopTemplate chosen;
            if (parsed.GetValue(posting) is { } postingId)
            {
                var saved = context.App.Postings.Get(postingId);
                plan = loops.PlanFromPosting(saved, seedValue, named, ids);
                chosen = named ?? context.Content.GetTemplate(plan.Template);
                if (!context.Json)
                {
                    LoopView.FromPosting(context, LoopService.FactsOf(saved), chosen, plan);
                }
            }
            else
            {
                chosen = named ?? context.Template(LoopService.DefaultTemplate);
                plan = loops.Plan(chosen, ids, context.Language, seedValue);
            }

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

            // Read and check a scripted answers file before anything is saved; a script's first answer too, so that
            // a refused one leaves no session behind.
            var source = Source(context, parsed.GetValue(answers));
            if (source is ScriptedAnswers script && script.Next(null) is { } first)
            {
                loops.CheckFirstAnswer(plan, first);
                source = new FirstAnswer(first, script);
            }

            var session = loops.Start(plan);
            if (!context.Json)
            {
                LoopView.Plan(context, chosen, plan);
                LoopView.Started(context, session.Id);
            }

            return Drive(context, session, source);
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
            var loops = context.App.Loops;
            var current = loops.Get(parsed.GetValue(id));
            if (current.IsFinished)
            {
                throw new LoopCoachException(ErrorKind.Conflict, "loop.already-finished", current.Id);
            }

            var source = Source(context, parsed.GetValue(answers));
            var session = loops.Resume(current.Id);
            if (!context.Json)
            {
                LoopView.Resumed(context, session.Id, session.Turns.Count);
            }

            return Drive(context, session, source);
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", context.Text("cli.loop.list"));
        command.SetAction(_ =>
        {
            var sessions = context.App.Loops.List();
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
            var session = context.App.Loops.Get(parsed.GetValue(id));
            if (context.Json)
            {
                context.WriteJson(SessionJson.From(session));
            }
            else if (parsed.GetValue(markdown))
            {
                context.Output.Write(DebriefMarkdown.Render(session.Plan, session.Turns, session.Debrief, context.Content.Messages, context.Content.Probes, LoopView.TemplateName(context, session.Plan.Template)));
            }
            else
            {
                LoopView.Debrief(context, session.Debrief, session.Status);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Asks, saves each answer as it comes, and ends with the debrief or with how to resume.</summary>
    private static int Drive(CliContext context, SessionView session, IAnswerSource source)
    {
        var loops = context.App.Loops;
        var shown = -1;
        while (session.Next is { } prompt)
        {
            if (!context.Json)
            {
                shown = LoopView.Prompt(context, session, prompt, shown);
            }

            try
            {
                var answer = source.Next(prompt);
                if (answer is null)
                {
                    session = loops.Pause(session.Id);
                    break;
                }

                var outcome = loops.Answer(session.Id, answer);
                session = outcome.Session;
                if (!context.Json)
                {
                    LoopView.Notes(context, outcome.Turn);
                }
            }
            catch (LoopCoachException e) when (e.Kind == ErrorKind.InvalidInput && source is TerminalAnswers)
            {
                ErrorReport.Write(context, e);
            }
            catch (LoopCoachException e) when (e.Kind == ErrorKind.InvalidInput)
            {
                // A script's answer refused part-way: the answers before it are saved and stay so. The session is
                // paused and the message says so, with how to go on, rather than that nothing changed.
                session = loops.Pause(session.Id);
                throw new LoopCoachException(
                    ErrorKind.InvalidInput,
                    "loop.answer-refused-kept",
                    [session.Id, session.Turns.Count],
                    [new Problem("answer", e.MessageKey, [.. e.Args]), .. e.Problems],
                    e);
            }
            catch (LoopCoachException)
            {
                loops.Pause(session.Id);
                throw;
            }
        }

        if (context.Json)
        {
            context.WriteJson(SessionJson.From(session));
        }
        else if (session.IsFinished)
        {
            LoopView.Debrief(context, session.Debrief, session.Status);
            context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.loop.saved", session.Id))}[/]");
        }
        else
        {
            context.Console.MarkupLine(Markup.Escape(context.Text("cli.loop.paused", session.Id, session.Turns.Count)));
        }

        return ExitCodes.Ok;
    }

    private static IAnswerSource Source(CliContext context, string? answers) => answers switch
    {
        null when context.IsInteractive && !context.Json => new TerminalAnswers(context),
        null => throw new LoopCoachException(ErrorKind.InvalidInput, "cli.loop.answers-required"),
        "-" => ScriptedAnswers.FromStream(context),
        _ => ScriptedAnswers.FromFile(context, answers),
    };
}
