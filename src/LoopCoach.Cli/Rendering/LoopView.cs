using LoopCoach.Application.Loops;
using System.Globalization;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage.Sessions;
using Spectre.Console;

namespace LoopCoach.Cli.Rendering;

/// <summary>How a mock loop looks in a terminal: the plan, each interviewer and question with a timer, and the debrief.</summary>
internal static class LoopView
{
    /// <summary>A role's short name in the user's language (a custom role shows as written).</summary>
    public static string Role(CliContext context, string role) => LoopNames.Role(context.Messages, context.Language, role);

    /// <summary>A built-in template's name in the user's language; the template of a user's own file shows as its id.</summary>
    public static string TemplateName(CliContext context, string template) =>
        context.Content.Templates.FirstOrDefault(t => t.Id == template)?.Name[context.Language] ?? template;

    public static void Templates(CliContext context, IReadOnlyList<LoopTemplate> templates)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        table.AddColumn(context.Text("cli.frameworks.column.name"));
        table.AddColumn(context.Text("cli.frameworks.column.description"));
        foreach (var t in templates)
        {
            table.AddRow(Markup.Escape(t.Id), Markup.Escape(t.Name[context.Language]), Markup.Escape(t.Description[context.Language]));
        }

        context.Console.Write(table);
    }

    public static void Plan(CliContext context, LoopTemplate template, LoopPlan plan)
    {
        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.loop.plan-title", template.Name[context.Language], plan.Seed))).LeftJustified());
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        table.AddColumn(context.Text("cli.loop.column.interviewer"));
        table.AddColumn(context.Text("cli.loop.column.minutes"));
        table.AddColumn(context.Text("cli.loop.column.competencies"));
        foreach (var i in plan.Interviewers)
        {
            table.AddRow(
                (i.Index + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{i.Name} ({Role(context, i.Role)}){(i.Language is { } own && own != plan.Language ? " · " + context.Text("debrief.language." + own.Code()) : "")}\n{i.Style}"),
                i.Minutes.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", i.Competencies.Select(c => context.Content.Frameworks.FindCompetency(c)?.Name[context.Language] + $" ({c})"))));
        }

        context.Console.Write(table);
    }

    /// <summary>Where a loop planned from a posting comes from: the posting, the format chosen, and the English interviewer if any.</summary>
    public static void FromPosting(CliContext context, PostingLoopFacts facts, LoopTemplate template, LoopPlan plan)
    {
        context.Console.MarkupLine(Markup.Escape(context.Text("cli.loop.from-posting", facts.Posting, template.Name[context.Language], template.Id)));
        if (facts.English is { } english && plan.Interviewers.FirstOrDefault(i => i.Language is { } own && own != plan.Language) is { } speaker)
        {
            context.Console.MarkupLine(Markup.Escape(context.Text("cli.loop.from-posting-english", english, speaker.Name)));
        }
    }

    public static void Started(CliContext context, long id) =>
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.loop.started", id))}[/]");

    public static void Resumed(CliContext context, long id, int turns) =>
        context.Console.MarkupLine($"[grey]{Markup.Escape(context.Text("cli.loop.resumed", id, turns))}[/]");

    /// <summary>Shows the next line; returns the interviewer now speaking.</summary>
    public static int Prompt(CliContext context, SessionView session, Prompt prompt, int shown)
    {
        var interviewer = session.Plan.Interviewers[prompt.Interviewer];
        if (prompt.Interviewer != shown)
        {
            context.Console.WriteLine();
            context.Console.Write(new Rule(Markup.Escape($"{interviewer.Name} · {Role(context, interviewer.Role)}")).LeftJustified());
            context.Console.MarkupLine($"[grey]{Markup.Escape(interviewer.Style)}[/]");
        }

        var used = session.Plan.Format == LoopFormat.Panel ? session.SecondsUsed.Sum() : session.SecondsUsed[prompt.Interviewer];
        var box = session.Plan.Format == LoopFormat.Panel ? session.Plan.PanelMinutes : interviewer.Minutes;
        var timer = $"⏱ {used / 60:00}:{used % 60:00} / {box:00}:00";
        var label = prompt.Kind switch
        {
            TurnKind.Probe => context.Text("cli.loop.kind.probe", prompt.Round),
            TurnKind.Closing => context.Text("cli.loop.kind.closing"),
            TurnKind.Opening => context.Text("cli.loop.kind.opening"),
            _ => prompt.Competency is { } c ? context.Content.Frameworks.FindCompetency(c)?.Name[context.Language] ?? c : "",
        };
        context.Console.WriteLine();
        if (prompt.Intro is { } intro)
        {
            context.Console.MarkupLine($"[italic]{Markup.Escape(intro)}[/]");
        }

        context.Console.MarkupLine($"[grey]{Markup.Escape(timer)}  {Markup.Escape(label)}[/]");
        context.Console.MarkupLine($"[bold]{Markup.Escape(interviewer.Name)}:[/] {Markup.Escape(prompt.Text)}");
        return prompt.Interviewer;
    }

    public static void Notes(CliContext context, Turn turn)
    {
        foreach (var note in turn.Notes)
        {
            context.Console.MarkupLine($"  [yellow]![/] {Markup.Escape(note.Message)}");
        }
    }

    public static void Sessions(CliContext context, IReadOnlyList<SessionRecord> sessions)
    {
        if (sessions.Count == 0)
        {
            context.Console.WriteLine(context.Text("cli.loop.none"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        table.AddColumn(context.Text("cli.loop.column.template"));
        table.AddColumn(context.Text("cli.loop.column.status"));
        table.AddColumn(context.Text("cli.loop.column.turns"));
        table.AddColumn(context.Text("cli.history.saved"));
        foreach (var s in sessions)
        {
            table.AddRow(
                s.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(TemplateName(context, s.Plan.Template)),
                Markup.Escape(context.Text("cli.loop.status." + s.Status.ToString().ToLowerInvariant())),
                s.Turns.Count.ToString(CultureInfo.InvariantCulture),
                s.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    public static void Debrief(CliContext context, LoopDebrief debrief, SessionStatus status)
    {
        context.Console.WriteLine();
        context.Console.Write(new Rule(Markup.Escape(context.Text("cli.loop.debrief") + (status == SessionStatus.Finished ? "" : $" ({context.Text("cli.loop.status." + status.ToString().ToLowerInvariant())})"))).LeftJustified());
        foreach (var interviewer in debrief.Interviewers)
        {
            context.Console.MarkupLine($"[bold]{Markup.Escape($"{interviewer.Name} · {Role(context, interviewer.Role)}")}[/] [grey]{Markup.Escape(context.Text("debrief.time-used", interviewer.SecondsUsed / 60, interviewer.SecondsUsed % 60, interviewer.Minutes))}[/]");
            var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
            table.AddColumn(context.Text("cli.loop.column.competency"));
            table.AddColumn(context.Text("cli.loop.column.evidence"));
            table.AddColumn(context.Text("cli.loop.column.why"));
            foreach (var e in interviewer.Competencies)
            {
                var color = e.Level switch { EvidenceLevel.Strong => "green", EvidenceLevel.Adequate => "blue", EvidenceLevel.Weak => "yellow", _ => "red" };
                var why = string.Join("\n", e.Reasons.Take(4));
                if (e.Quotes.Count > 0)
                {
                    why += "\n" + string.Join("\n", e.Quotes.Select(q => "“" + (q.Length > 80 ? q[..80] + "…" : q) + "”"));
                }

                foreach (var probe in e.Probes)
                {
                    why += "\n" + LoopNames.Outcome(context.Messages, context.Content.Probes, context.Language, probe);
                }

                if (e.Fix is { } fix)
                {
                    why += "\n→ " + fix;
                }

                table.AddRow(Markup.Escape(e.Name), $"[{color}]{Markup.Escape(context.Text(e.Level.MessageKey()))}[/]", Markup.Escape(why));
            }

            context.Console.Write(table);
            foreach (var note in interviewer.Notes.Where(n => n.Code != TurnNoteCode.Skip))
            {
                context.Console.MarkupLine($"  [yellow]![/] {Markup.Escape(note.Message)}");
            }
        }

        context.Console.WriteLine();
        context.Console.MarkupLine($"[bold]{Markup.Escape(context.Text("cli.loop.summary"))}[/] {Markup.Escape(debrief.Summary.Text)}");
    }
}
