using System.CommandLine;
using LoopCoach.Application.Notes;
using LoopCoach.Core.Notes;
using LoopCoach.Application.Retros;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Retros;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach notes …</c> and <c>loopcoach retro …</c>: after the interview.</summary>
internal static class AfterCommands
{
    public static Command Notes(CliContext context)
    {
        var notes = new Command("notes", context.Text("cli.notes"));
        foreach (var kind in new[] { "thank-you", "linkedin" })
        {
            var session = new Option<long?>("--session") { Description = context.Text("cli.notes.option.session"), HelpName = "ID" };
            var retro = new Option<long?>("--retro") { Description = context.Text("cli.notes.option.retro"), HelpName = "ID" };
            var name = new Option<string?>("--name") { Description = context.Text("cli.notes.option.name") };
            var company = new Option<string?>("--company") { Description = context.Text("cli.notes.option.company") };
            var position = new Option<string?>("--position") { Description = context.Text("cli.notes.option.position") };
            var interviewer = new Option<string[]>("--interviewer") { Description = context.Text("cli.notes.option.interviewer") };
            var tz = new Option<string?>("--tz") { Description = context.Text("cli.notes.option.tz"), HelpName = "ZONE" };
            var command = new Command(kind, context.Text("cli.notes." + kind)) { session, retro, name, company, position, interviewer, tz };
            command.SetAction(parsed =>
            {
                if (parsed.GetValue(session) is null && parsed.GetValue(retro) is null)
                {
                    throw new LoopCoachException(ErrorKind.InvalidInput, "cli.notes.source-required");
                }

                var notes = context.App.Notes.DraftAll(kind == "thank-you" ? NoteKind.ThankYou : NoteKind.LinkedIn, new NoteRequest
                {
                    Session = parsed.GetValue(session),
                    Retro = parsed.GetValue(retro),
                    Name = parsed.GetValue(name),
                    Company = parsed.GetValue(company),
                    Position = parsed.GetValue(position),
                    Interviewers = parsed.GetValue(interviewer) ?? [],
                    TimeZone = context.TimeZone(parsed.GetValue(tz)),
                }, context.Language);
                if (context.Json)
                {
                    context.WriteJson(NotesJson.From(notes));
                }
                else
                {
                    foreach (var note in notes)
                    {
                        AfterView.Note(context, note, context.Clock.GetUtcNow(), notes.Count > 1);
                    }
                }

                return ExitCodes.Ok;
            });
            notes.Subcommands.Add(command);
        }

        return notes;
    }

    public static Command Retro(CliContext context)
    {
        var retro = new Command("retro", context.Text("cli.retro"));

        var file = new Argument<string>("file") { Description = context.Text("cli.retro.argument.file") };
        var company = new Option<string?>("--company") { Description = context.Text("cli.notes.option.company") };
        var position = new Option<string?>("--position") { Description = context.Text("cli.notes.option.position") };
        var date = new Option<string?>("--date") { Description = context.Text("cli.retro.option.date"), HelpName = "YYYY-MM-DD" };
        var dryRun = new Option<bool>("--dry-run") { Description = context.Text("cli.retro.option.dry-run") };
        var import = new Command("import", context.Text("cli.retro.import")) { file, company, position, date, dryRun };
        import.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var text = context.ReadText(path, RetroService.MaxLength * 4);
            var (companyName, positionName, heldOn) = (parsed.GetValue(company) ?? "", parsed.GetValue(position) ?? "", Date(parsed.GetValue(date)));
            var confirm = !parsed.GetValue(dryRun) && context.IsInteractive && !context.Json;
            if (!parsed.GetValue(dryRun) && !confirm)
            {
                Show(context, context.App.Retros.Import(text, companyName, positionName, heldOn));
                return ExitCodes.Ok;
            }

            var read = context.App.Retros.Read(text, companyName, positionName, heldOn);
            if (confirm)
            {
                // At a terminal: show what was recognised, let the user drop what is not a question, and save only on yes.
                var checkedRetro = Confirm(context, read);
                if (checkedRetro is null)
                {
                    context.Console.MarkupLine($"[yellow]{Markup.Escape(context.Text("cli.retro.not-saved"))}[/]");
                    return ExitCodes.Ok;
                }

                Show(context, context.App.Retros.Save(checkedRetro));
                return ExitCodes.Ok;
            }

            if (context.Json)
            {
                context.WriteJson(new RetroDryRunJson(read, true));
            }
            else
            {
                AfterView.Retro(context, null, read);
                context.Console.MarkupLine($"[yellow]{Markup.Escape(context.Text("cli.retro.dry-run"))}[/]");
            }

            return ExitCodes.Ok;
        });

        var role = new Option<string?>("--role") { Description = context.Text("cli.retro.option.role") };
        var question = new Option<string[]>("--question", "-q") { Description = context.Text("cli.retro.option.question") };
        var how = new Option<string?>("--how") { Description = context.Text("cli.retro.option.how") };
        var reflection = new Option<string?>("--reflection") { Description = context.Text("cli.retro.option.reflection") };
        var addCompany = new Option<string?>("--company") { Description = context.Text("cli.notes.option.company") };
        var addPosition = new Option<string?>("--position") { Description = context.Text("cli.notes.option.position") };
        var addDate = new Option<string?>("--date") { Description = context.Text("cli.retro.option.date"), HelpName = "YYYY-MM-DD" };
        var add = new Command("add", context.Text("cli.retro.add")) { addCompany, addPosition, addDate, role, question, how, reflection };
        add.SetAction(parsed =>
        {
            var stored = context.App.Retros.Add(new RetroEntry
            {
                Company = parsed.GetValue(addCompany) ?? "",
                Position = parsed.GetValue(addPosition) ?? "",
                HeldOn = Date(parsed.GetValue(addDate)),
                Role = parsed.GetValue(role),
                Questions = parsed.GetValue(question) ?? [],
                How = parsed.GetValue(how) ?? "",
                Reflection = parsed.GetValue(reflection) ?? "",
            });
            Show(context, stored);
            return ExitCodes.Ok;
        });

        var list = new Command("list", context.Text("cli.retro.list"));
        list.SetAction(_ =>
        {
            var retros = context.App.Retros.List();
            if (context.Json)
            {
                context.WriteJson(retros.Select(r => new RetroSummaryJson(r.Id, r.Retro.Company, r.Retro.Position, r.Retro.HeldOn, r.Retro.Rounds.Count, r.Retro.Rounds.Sum(x => x.Questions.Count), r.CreatedAt)).ToList());
            }
            else
            {
                AfterView.Retros(context, retros);
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<long>("id") { Description = context.Text("cli.retro.argument.id") };
        var show = new Command("show", context.Text("cli.retro.show")) { id };
        show.SetAction(parsed =>
        {
            Show(context, context.App.Retros.Get(parsed.GetValue(id)));
            return ExitCodes.Ok;
        });

        var seen = new Command("questions", context.Text("cli.retro.questions"));
        seen.SetAction(_ =>
        {
            var questions = context.App.Retros.SeenQuestions();
            if (context.Json)
            {
                context.WriteJson(questions.ToList());
            }
            else
            {
                AfterView.SeenQuestions(context, questions);
            }

            return ExitCodes.Ok;
        });

        retro.Subcommands.Add(add);
        retro.Subcommands.Add(import);
        retro.Subcommands.Add(list);
        retro.Subcommands.Add(show);
        retro.Subcommands.Add(seen);
        return retro;
    }

    // y saves, n saves nothing, e asks which questions to drop (numbered as shown) and shows the rest again.
    private static Retrospective? Confirm(CliContext context, Retrospective retro)
    {
        while (true)
        {
            AfterView.Retro(context, null, retro, numbered: true);
            var choice = context.Console.Prompt(new TextPrompt<string>(Markup.Escape(context.Text("cli.retro.confirm")))
                .AddChoices(["y", "n", "e"]).DefaultValue("y").ShowChoices(true).ShowDefaultValue(true)).Trim().ToLowerInvariant();
            if (choice == "y")
            {
                return retro;
            }

            if (choice == "n")
            {
                return null;
            }

            var typed = context.Console.Prompt(new TextPrompt<string>(Markup.Escape(context.Text("cli.retro.drop"))).AllowEmpty());
            var drop = typed.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(n => int.TryParse(n, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : 0).ToHashSet();
            retro = RetroEdits.DropQuestions(retro, drop);
        }
    }

    private static void Show(CliContext context, StoredRetro stored)
    {
        if (context.Json)
        {
            context.WriteJson(new RetroJson(stored.Id, stored.Retro, stored.CreatedAt));
        }
        else
        {
            AfterView.Retro(context, stored);
        }
    }

    private static DateOnly? Date(string? text) => string.IsNullOrWhiteSpace(text) ? null : CliContext.ParseDate(text);
}
