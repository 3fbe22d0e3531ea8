using System.Globalization;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Retros;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How notes and retrospectives look in a terminal.</summary>
internal static class AfterView
{
    public static void Note(CliContext context, Note note, DateTimeOffset now, bool titled = false)
    {
        if (titled && note.Interviewer is { } to)
        {
            context.Console.Write(new Rule(Markup.Escape(context.Text("cli.notes.to", to))).LeftJustified());
        }

        if (note.Subject.Length > 0)
        {
            context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.notes.subject"))}[/] {Markup.Escape(note.Subject)}");
            context.Console.WriteLine();
        }

        context.Console.WriteLine(note.Body);
        context.Console.WriteLine();
        var left = note.SendBy - now;
        var color = left <= TimeSpan.Zero ? "red" : left < TimeSpan.FromHours(6) ? "yellow" : "green";
        context.Console.MarkupLine($"[{color}]{Markup.Escape(note.Reminder)}[/]");
    }

    public static void Retro(CliContext context, StoredRetro stored) => Retro(context, stored.Id, stored.Retro);

    /// <summary>A retrospective's rounds and questions; <paramref name="id"/> is null for one not saved (a dry run).</summary>
    public static void Retro(CliContext context, long? id, Retrospective retro, bool numbered = false)
    {
        var number = id is null ? "" : $"#{id} ";
        var index = 0;
        context.Console.Write(new Rule(Markup.Escape($"{number}{retro.Company} {retro.Position} {retro.HeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}".Trim())).LeftJustified());
        foreach (var round in retro.Rounds)
        {
            var role = round.Role is null ? "" : " · " + LoopView.Role(context, round.Role);
            context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.retro.round", round.Number) + role)}[/]");
            foreach (var q in round.Questions)
            {
                var mark = numbered ? $"{++index}." : "-";
                context.Console.MarkupLine($"  {mark} {Markup.Escape(q.Text)} [grey]({Markup.Escape(Label(context, q))}{(q.FollowUp ? ", " + Markup.Escape(context.Text("cli.retro.follow-up")) : "")})[/]");
            }

            if (round.Questions.Count == 0)
            {
                context.Console.MarkupLine($"  [grey]{Markup.Escape(context.Text("cli.retro.no-questions"))}[/]");
            }

            if (round.HowItWent.Length > 0)
            {
                var how = round.HowItWent.ReplaceLineEndings(" ");
                context.Console.MarkupLine($"  [italic]{Markup.Escape(how.Length > 300 ? how[..300] + "…" : how)}[/]");
            }
        }
    }

    // "Bias for Action", "motivation", or "Ownership — a guess; runner-up: Bias for Action".
    private static string Label(CliContext context, RetroQuestion question)
    {
        if (question.Kind == QuestionLabelKind.Motivation)
        {
            return context.Text("cli.retro.motivation");
        }

        string Name(string id) => context.Content.Frameworks.FindCompetency(id)?.Name[context.Language] ?? id;
        var name = question.Competency is null ? "" : Name(question.Competency);
        return question.LowConfidence && question.RunnerUp is not null ? context.Text("cli.retro.guess", name, Name(question.RunnerUp)) : name;
    }

    public static void Retros(CliContext context, IReadOnlyList<StoredRetro> retros)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        table.AddColumn(context.Text("cli.posting.column.company"));
        table.AddColumn(context.Text("cli.posting.column.role"));
        table.AddColumn(context.Text("cli.retro.column.rounds"));
        table.AddColumn(context.Text("cli.retro.column.questions"));
        foreach (var r in retros)
        {
            table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Retro.Company), Markup.Escape(r.Retro.Position),
                r.Retro.Rounds.Count.ToString(CultureInfo.InvariantCulture), r.Retro.Rounds.Sum(x => x.Questions.Count).ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    public static void SeenQuestions(CliContext context, IReadOnlyList<SeenQuestion> questions)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(context.Text("cli.questions.column.question"));
        table.AddColumn(context.Text("cli.loop.column.competency"));
        table.AddColumn(context.Text("cli.retro.column.times"));
        foreach (var q in questions)
        {
            var competency = q.Competency is null ? "" : context.Content.Frameworks.FindCompetency(q.Competency)?.Name[context.Language] ?? q.Competency;
            table.AddRow(Markup.Escape(q.Text), Markup.Escape(competency), q.Times.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }
}
