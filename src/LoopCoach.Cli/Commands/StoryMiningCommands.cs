using System.CommandLine;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary>
/// <c>loopcoach stories match</c> (which story to tell for a question) and <c>stories mine</c> (story drafts
/// from a diary).
/// </summary>
internal static class StoryMiningCommands
{
    public static Command Match(CliContext context)
    {
        var question = new Argument<string[]>("question") { Description = context.Text("cli.stories.argument.question"), Arity = ArgumentArity.OneOrMore };
        var top = new Option<int>("--top") { Description = context.Text("cli.stories.option.top"), DefaultValueFactory = _ => 3, HelpName = "N" };
        var command = new Command("match", context.Text("cli.stories.match")) { question, top };
        command.SetAction(parsed =>
        {
            var text = Core.TextInput.Normalize(string.Join(' ', parsed.GetValue(question) ?? []));
            if (text.Length == 0)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "cli.stories.match-empty");
            }

            var content = context.Content;
            var stories = context.Stories.List();
            var check = new StoryCheck(context.Analyzer, content.Messages);
            var thisMonth = YearMonth.Of(context.Clock.GetUtcNow());
            var matcher = new StoryMatcher(content.Frameworks, context.Classifier, [.. stories.Select(s => (s.Id, s.Content, StoryCheck.Strength(check.Check(s.Content, thisMonth))))]);
            var matches = matcher.Match(text, Math.Max(1, parsed.GetValue(top)));
            if (context.Json)
            {
                context.WriteJson(new StoryMatchesJson(text, [.. matches.Select(m => new StoryMatchJson(
                    m.StoryId, stories.First(s => s.Id == m.StoryId).Content.Title, m.Score, m.Competencies, m.SharedTerms, Math.Round(m.Strength, 2)))]));
                return ExitCodes.Ok;
            }

            if (matches.Count == 0)
            {
                context.Console.WriteLine(context.Text("cli.stories.none"));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("#");
            table.AddColumn(context.Text("cli.field.title"));
            table.AddColumn(context.Text("cli.stories.column.score"));
            table.AddColumn(context.Text("cli.stories.column.why"));
            foreach (var match in matches)
            {
                var why = new List<string>();
                if (match.Competencies.Count > 0)
                {
                    why.Add(context.Text("cli.stories.why.competencies", string.Join(", ", match.Competencies)));
                }

                if (match.SharedTerms.Count > 0)
                {
                    why.Add(context.Text("cli.stories.why.terms", string.Join(", ", match.SharedTerms)));
                }

                why.Add(context.Text("cli.stories.why.strength", (int)Math.Round(match.Strength * 100)));
                table.AddRow(
                    match.StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(stories.First(s => s.Id == match.StoryId).Content.Title),
                    match.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("\n", why)));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Mine(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text("cli.stories.argument.diary") };
        var add = new Option<int[]>("--add") { Description = context.Text("cli.stories.option.add"), HelpName = "N" };
        var command = new Command("mine", context.Text("cli.stories.mine")) { file, add };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var diary = context.ReadText(path, DiaryMiner.MaxDiaryLength * 4);
            if (string.IsNullOrWhiteSpace(diary))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", path);
            }

            var drafts = new DiaryMiner(context.Analyzer).Mine(diary);
            var chosen = parsed.GetValue(add) ?? [];
            var unknown = chosen.Where(n => n < 1 || n > drafts.Count).ToList();
            if (unknown.Count > 0)
            {
                throw new LoopCoachException(ErrorKind.NotFound, "cli.stories.draft-not-found", string.Join(", ", unknown), drafts.Count);
            }

            var added = new List<StoredStory>();
            if (chosen.Length > 0)
            {
                var store = context.Stories;
                added.AddRange(chosen.Distinct().Select(n => store.Add(drafts[n - 1].Story)));
            }

            if (context.Json)
            {
                context.WriteJson(new MinedJson(
                    [.. drafts.Select(d => new DraftJson(d.Number, StoryDocument.From(new StoredStory(0, Guid.Empty, 0, d.Story, default, default, null)), d.Missing, d.Source.Start, d.Source.End))],
                    [.. added.Select(s => s.Id)]));
                return ExitCodes.Ok;
            }

            StoryView.Drafts(context, drafts);
            foreach (var story in added)
            {
                context.Console.WriteLine(context.Text("cli.stories.added", story.Id, story.Version, story.Content.Title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
