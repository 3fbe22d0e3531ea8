using System.CommandLine;
using LoopCoach.Application.Answers;
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
            var answer = context.ReadText(parsed.GetValue(file), MaxInputBytes);
            var (analysis, questionText) = context.App.Answers.Analyze(new AnswerToAnalyze
            {
                Answer = answer,
                Question = parsed.GetValue(question),
                QuestionId = parsed.GetValue(questionId),
                Competency = parsed.GetValue(competency),
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
