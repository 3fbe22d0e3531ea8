using System.Globalization;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How frameworks look in a terminal.</summary>
internal static class FrameworkView
{
    public static void List(CliContext context, IReadOnlyList<Framework> frameworks)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        table.AddColumn(context.Text("cli.frameworks.column.name"));
        table.AddColumn(new TableColumn(context.Text("cli.frameworks.column.competencies")).RightAligned());
        table.AddColumn(context.Text("cli.frameworks.column.source"));
        foreach (var framework in frameworks)
        {
            table.AddRow(
                Markup.Escape(framework.Id),
                Markup.Escape(framework.Name[context.Language]),
                framework.Competencies.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(framework.IsBuiltIn ? context.Text("cli.frameworks.built-in") : framework.Source));
        }

        context.Console.Write(table);
    }

    public static void Show(CliContext context, Framework framework)
    {
        var language = context.Language;
        var bank = context.Content.Questions;
        context.Console.Write(new Rule(Markup.Escape($"{framework.Name[language]} ({framework.Id})")).LeftJustified());
        context.Console.WriteLine(framework.Description[language]);
        context.Console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        table.AddColumn("id");
        table.AddColumn(context.Text("cli.frameworks.column.name"));
        table.AddColumn(context.Text("cli.frameworks.column.description"));
        table.AddColumn(new TableColumn(context.Text("cli.frameworks.column.questions")).RightAligned());
        foreach (var c in framework.Competencies)
        {
            var en = bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.En);
            var ko = bank.Questions.Count(q => q.PrimaryCompetency == c.Id && q.Language == Language.Ko);
            var description = c.Description[language];
            if (c.Evidence[language].Count > 0)
            {
                description += "\n" + context.Text("cli.frameworks.evidence") + ": " + string.Join(" · ", c.Evidence[language]);
            }

            if (c.Related.Count > 0)
            {
                description += "\n" + context.Text("cli.frameworks.related") + ": " + string.Join(", ", c.Related);
            }

            table.AddRow(
                Markup.Escape(c.Id),
                Markup.Escape(c.Name[language]),
                Markup.Escape(description),
                string.Create(CultureInfo.InvariantCulture, $"en {en} / ko {ko}"));
        }

        context.Console.Write(table);
    }
}
