using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach questions …</c>: browse and search the question bank.</summary>
internal static class QuestionsCommands
{
    public static Command Create(CliContext context)
    {
        var questions = new Command("questions", context.Text("cli.questions"));
        questions.Subcommands.Add(List(context, "list", withTextArgument: false));
        questions.Subcommands.Add(List(context, "search", withTextArgument: true));
        questions.Subcommands.Add(Show(context));
        questions.Subcommands.Add(Classify(context));
        return questions;
    }

    private static Command List(CliContext context, string name, bool withTextArgument)
    {
        var competency = new Option<string?>("--competency", "-c") { Description = context.Text("cli.questions.option.competency"), HelpName = "ID" };
        var language = new Option<string?>("--language") { Description = context.Text("cli.questions.option.language"), HelpName = "ko|en|all" };
        language.AcceptOnlyFromAmong("ko", "en", "all");
        var kind = new Option<string?>("--kind") { Description = context.Text("cli.questions.option.kind"), HelpName = "behavioral|motivation|method|situational" };
        kind.AcceptOnlyFromAmong("behavioral", "motivation", "method", "situational");
        var text = new Option<string?>("--text") { Description = context.Text("cli.questions.option.text") };
        var limit = new Option<int?>("--limit") { Description = context.Text("cli.questions.option.limit"), HelpName = "N" };
        var terms = new Argument<string[]>("text") { Description = context.Text("cli.questions.argument.text"), Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, context.Text(withTextArgument ? "cli.questions.search" : "cli.questions.list")) { competency, language, kind, limit };
        if (withTextArgument)
        {
            command.Arguments.Add(terms);
        }
        else
        {
            command.Options.Add(text);
        }

        command.SetAction(parsed =>
        {
            var content = context.Content;
            var competencyId = parsed.GetValue(competency)?.Trim().ToLowerInvariant();
            if (competencyId is not null && content.Frameworks.FindCompetency(competencyId) is null)
            {
                throw new LoopCoachException(ErrorKind.NotFound, "competency.not-found", competencyId);
            }

            var languageValue = parsed.GetValue(language);
            var query = new QuestionQuery
            {
                Competency = competencyId,
                Language = languageValue == "all" ? null : Languages.TryParse(languageValue) ?? context.Language,
                Kind = QuestionKinds.TryParse(parsed.GetValue(kind)),
                Text = withTextArgument ? string.Join(' ', parsed.GetValue(terms) ?? []) : parsed.GetValue(text),
            };
            if (parsed.GetValue(limit) is < 1)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.limit-invalid");
            }

            var found = content.Questions.Find(query, content.Frameworks).Take(parsed.GetValue(limit) ?? int.MaxValue).ToList();
            if (context.Json)
            {
                context.WriteJson(found.Select(QuestionJson.From).ToList());
            }
            else
            {
                QuestionView.List(context, found);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Classify(CliContext context)
    {
        var framework = new Option<string>("--framework") { Description = context.Text("cli.questions.option.framework"), DefaultValueFactory = _ => "amazon-lp", HelpName = "ID" };
        var top = new Option<int>("--top") { Description = context.Text("cli.questions.option.top"), DefaultValueFactory = _ => 3, HelpName = "N" };
        var command = new Command("classify", context.Text("cli.questions.classify")) { framework, top };
        command.SetAction(parsed =>
        {
            var content = context.Content;
            var frameworkId = parsed.GetValue(framework)!.Trim();
            content.Frameworks.Get(frameworkId);
            if (parsed.GetValue(top) < 1)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.limit-invalid");
            }

            var classifier = context.Classifier;
            var lines = context.ReadText(null, AnalyzeCommand.MaxInputBytes).Split('\n')
                .Select(l => Core.TextInput.Normalize(l))
                .Where(l => l.Length > 0);
            foreach (var line in lines)
            {
                var scores = classifier.Classify(line, frameworkId, parsed.GetValue(top));
                if (context.Json)
                {
                    var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClassifiedQuestionJson>)CliJson.Lines.GetTypeInfo(typeof(ClassifiedQuestionJson));
                    context.Output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new ClassifiedQuestionJson(line, scores), typeInfo));
                }
                else
                {
                    context.Console.MarkupLine(Spectre.Console.Markup.Escape(line));
                    context.Console.MarkupLine("  [green]→[/] " + Spectre.Console.Markup.Escape(string.Join(", ", scores.Select(s =>
                        $"{content.Frameworks.FindCompetency(s.Id)?.Name[context.Language]} ({s.Id}) {s.Score:0.00}"))));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("id") { Description = context.Text("cli.questions.argument.id") };
        var command = new Command("show", context.Text("cli.questions.show")) { id };
        command.SetAction(parsed =>
        {
            var content = context.Content;
            var questionId = parsed.GetValue(id)!.Trim();
            var question = content.Questions.Find(questionId) ?? throw new LoopCoachException(ErrorKind.NotFound, "question.not-found", questionId);
            if (context.Json)
            {
                var followUps = question.Probes.Select(gap => content.GetProbe(gap))
                    .Select(p => new FollowUpJson(p.Gap, TextJson.From(p.Name), p.Phrasings[question.Language]))
                    .ToList();
                context.WriteJson(new QuestionDetailJson(question.Id, question.Language.Code(), question.Text, question.Competencies, question.Kind.Code(), question.Difficulty, question.Probes, followUps));
            }
            else
            {
                QuestionView.Show(context, question);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
