using System.Globalization;
using LoopCoach.Core.Questions;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How questions look in a terminal.</summary>
internal static class QuestionView
{
    public static void List(CliContext context, IReadOnlyList<Question> questions)
    {
        if (questions.Count == 0)
        {
            context.Console.WriteLine(context.Text("cli.questions.none"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        table.AddColumn(context.Text("cli.questions.column.question"));
        table.AddColumn(context.Text("cli.questions.column.kind"));
        table.AddColumn(new TableColumn(context.Text("cli.questions.column.difficulty")).Centered());
        foreach (var question in questions)
        {
            table.AddRow(
                Markup.Escape(question.Id),
                Markup.Escape(question.Text),
                Markup.Escape(context.Text("cli.kind." + question.Kind.Code())),
                question.Difficulty.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.questions.count", questions.Count))}[/]");
    }

    public static void Show(CliContext context, Question question)
    {
        var content = context.Content;
        var language = context.Language;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow($"[bold]{Markup.Escape(context.Text("cli.questions.column.kind"))}[/]", Markup.Escape(context.Text("cli.kind." + question.Kind.Code())));
        grid.AddRow($"[bold]{Markup.Escape(context.Text("cli.questions.column.difficulty"))}[/]", question.Difficulty.ToString(CultureInfo.InvariantCulture));
        grid.AddRow($"[bold]{Markup.Escape(context.Text("cli.field.competency"))}[/]", Markup.Escape(string.Join(", ", question.Competencies.Select(id =>
            content.Frameworks.FindCompetency(id) is { } c ? $"{c.Name[language]} ({id})" : id))));
        context.Console.Write(new Panel(new Rows(new Markup($"[bold]{Markup.Escape(question.Text)}[/]\n"), grid))
            .Header(Markup.Escape(question.Id)).Border(BoxBorder.Rounded).Expand());

        context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.questions.follow-ups"))}[/]");
        foreach (var probe in question.Probes.Select(content.GetProbe))
        {
            context.Console.MarkupLine($"  [blue]{Markup.Escape(probe.Name[language])}[/]");
            foreach (var phrasing in probe.Phrasings[question.Language].Take(2))
            {
                context.Console.MarkupLine($"    - {Markup.Escape(phrasing)}");
            }
        }
    }
}
