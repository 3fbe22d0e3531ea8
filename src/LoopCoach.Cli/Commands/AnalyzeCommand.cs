using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach analyze</c>: feedback on one answer, every judgment with the words it rests on.</summary>
internal static class AnalyzeCommand
{
    /// <summary>The most standard input or file <c>analyze</c> reads, in bytes.</summary>
    public const int MaxInputBytes = 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var question = new Option<string?>("--question") { Description = context.Text("cli.analyze.option.question"), HelpName = "TEXT" };
        var questionId = new Option<string?>("--question-id") { Description = context.Text("cli.analyze.option.question-id"), HelpName = "ID" };
        var competency = new Option<string?>("--competency", "-c") { Description = context.Text("cli.analyze.option.competency"), HelpName = "ID" };
        var file = new Option<string?>("--file", "-f") { Description = context.Text("cli.analyze.option.file"), HelpName = "FILE" };
        var command = new Command("analyze", context.Text("cli.analyze")) { question, questionId, competency, file };
        command.SetAction(parsed =>
        {
            var content = context.Content;
            var bankQuestion = parsed.GetValue(questionId) is { } id
                ? content.Questions.Find(id.Trim()) ?? throw new LoopCoachException(ErrorKind.NotFound, "question.not-found", id)
                : null;
            var questionText = bankQuestion?.Text ?? parsed.GetValue(question);
            var competencyId = parsed.GetValue(competency)?.Trim().ToLowerInvariant()
                ?? bankQuestion?.PrimaryCompetency
                ?? (questionText is null ? null : context.Classifier.Classify(questionText, top: 1)[0].Id);
            var answer = context.ReadText(parsed.GetValue(file), MaxInputBytes);
            var analysis = context.Analyzer.Analyze(new AnswerRequest
            {
                Text = answer,
                Question = questionText,
                Competency = competencyId,
                QuestionProbes = bankQuestion?.Probes ?? [],
                ThisMonth = YearMonth.Of(context.Clock.GetUtcNow()),
            });
            if (context.Json)
            {
                context.WriteJson(analysis);
            }
            else
            {
                AnalysisView.Render(context, analysis, questionText);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
