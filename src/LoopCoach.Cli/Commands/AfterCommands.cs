using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;

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
            var command = new Command(kind, context.Text("cli.notes." + kind)) { session, retro, name, company, position, interviewer };
            command.SetAction(parsed =>
            {
                var facts = Facts(context, parsed.GetValue(session), parsed.GetValue(retro));
                facts = facts with
                {
                    Candidate = parsed.GetValue(name) ?? facts.Candidate,
                    Company = parsed.GetValue(company) ?? facts.Company,
                    Position = parsed.GetValue(position) ?? facts.Position,
                    Interviewers = parsed.GetValue(interviewer) is { Length: > 0 } names ? names : facts.Interviewers,
                };
                var writer = new NoteWriter(context.Content.NoteTemplates);
                var note = kind == "thank-you" ? writer.ThankYou(facts, context.Language, context.Clock.GetUtcNow()) : writer.LinkedIn(facts, context.Language);
                if (context.Json)
                {
                    context.WriteJson(note);
                }
                else
                {
                    AfterView.Note(context, note, context.Clock.GetUtcNow());
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
        var import = new Command("import", context.Text("cli.retro.import")) { file, company, position, date };
        import.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var text = context.ReadText(path, RetroImporter.MaxLength * 4);
            var parsedRetro = new RetroImporter(context.Classifier).Import(text, parsed.GetValue(company) ?? "", parsed.GetValue(position) ?? "", Date(parsed.GetValue(date)));
            Show(context, new RetroStore(context.Database, context.Clock).Add(parsedRetro));
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
            var questions = (parsed.GetValue(question) ?? []).Select(q => Core.TextInput.Normalize(q)).Where(q => q.Length > 0).ToList();
            if (questions.Count == 0)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "retro.no-questions");
            }

            var classifier = context.Classifier;
            var round = new RetroRound(1, parsed.GetValue(role)?.Trim().ToLowerInvariant(),
                [.. questions.Select(q => new RetroQuestion(q, false, classifier.Classify(q, "amazon-lp", 1)[0].Id))],
                parsed.GetValue(how) ?? "", parsed.GetValue(reflection) ?? "");
            var stored = new RetroStore(context.Database, context.Clock).Add(new Retrospective
            {
                Company = parsed.GetValue(addCompany) ?? "",
                Position = parsed.GetValue(addPosition) ?? "",
                HeldOn = Date(parsed.GetValue(addDate)),
                Rounds = [round],
            });
            Show(context, stored);
            return ExitCodes.Ok;
        });

        var list = new Command("list", context.Text("cli.retro.list"));
        list.SetAction(_ =>
        {
            var retros = new RetroStore(context.Database, context.Clock).List();
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
            Show(context, new RetroStore(context.Database, context.Clock).Get(parsed.GetValue(id)));
            return ExitCodes.Ok;
        });

        var seen = new Command("questions", context.Text("cli.retro.questions"));
        seen.SetAction(_ =>
        {
            var questions = new RetroStore(context.Database, context.Clock).SeenQuestions();
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

    private static NoteFacts Facts(CliContext context, long? session, long? retro)
    {
        var content = context.Content;
        var language = context.Language;
        if (session is { } sessionId)
        {
            var record = new SessionStore(context.Database, context.Clock).Get(sessionId);
            var engine = LoopCommands.Replay(context, record);

            var debrief = DebriefBuilder.Build(record.Plan, engine.Turns, engine.SecondsUsed, context.Analyzer, content.Frameworks, content.Messages);
            var evidence = debrief.Interviewers.SelectMany(i => i.Competencies).ToList();
            return new NoteFacts
            {
                Interviewers = [.. record.Plan.Interviewers.Select(i => i.Name)],
                Topics = [.. evidence.Where(e => e.Level != EvidenceLevel.None).Select(e => e.Name).Take(3)],
                Strengths = [.. evidence.Where(e => e.Level is EvidenceLevel.Strong or EvidenceLevel.Adequate).OrderBy(e => e.Level == EvidenceLevel.Strong ? 0 : 1).Select(e => e.Name).Take(2)],
                InterviewEnded = record.UpdatedAt,
            };
        }

        if (retro is { } retroId)
        {
            var stored = new RetroStore(context.Database, context.Clock).Get(retroId);
            var topics = stored.Retro.Rounds.SelectMany(r => r.Questions).Select(q => q.Competency).OfType<string>()
                .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => content.Frameworks.FindCompetency(g.Key)?.Name[language] ?? g.Key).Take(3).ToList();
            var ended = stored.Retro.HeldOn is { } held ? new DateTimeOffset(held.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero) : stored.CreatedAt;
            return new NoteFacts { Company = stored.Retro.Company, Position = stored.Retro.Position, Topics = topics, InterviewEnded = ended };
        }

        throw new LoopCoachException(ErrorKind.InvalidInput, "cli.notes.source-required");
    }
}
