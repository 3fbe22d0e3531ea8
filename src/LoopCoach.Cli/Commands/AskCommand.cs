using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Questions;

namespace LoopCoach.Cli.Commands;

/// <summary><c>loopcoach ask</c>: questions to ask the interviewer at the end, and topics to leave alone.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var topic = new Option<string?>("--topic") { Description = context.Text("cli.ask.option.topic"), HelpName = string.Join("|", AskGuide.TopicIds) };
        var command = new Command("ask", context.Text("cli.ask")) { topic };
        command.SetAction(parsed =>
        {
            var guide = context.App.Questions.Ask();
            var topicId = parsed.GetValue(topic)?.Trim().ToLowerInvariant();
            var topics = guide.Topics.Where(t => topicId is null || t.Id == topicId).ToList();
            if (topics.Count == 0)
            {
                throw new LoopCoachException(ErrorKind.NotFound, "ask.topic-not-found", topicId, string.Join(", ", AskGuide.TopicIds));
            }

            if (context.Json)
            {
                context.WriteJson(new AskJson(
                    [.. topics.Select(t => new AskTopicJson(t.Id, TextJson.From(t.Name), ListJson.From(t.Questions)))],
                    [.. guide.Avoid.Select(a => new AvoidTopicJson(a.Id, TextJson.From(a.Name), TextJson.From(a.Reason), ListJson.From(a.Keywords)))]));
            }
            else
            {
                AskView.Render(context, topics, guide.Avoid);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
