using System.Globalization;
using System.Text;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Loops;

/// <summary>
/// A session's transcript and debrief as Markdown, to keep or share. Any front end may print it (a file from the
/// CLI, a printable page on the web), so its words come from the neutral <c>debrief.*</c> and <c>md.*</c> messages.
/// Codes (roles, gaps, what a follow-up added) are printed as their names (<see cref="LoopNames"/>).
/// </summary>
public static class DebriefMarkdown
{
    /// <summary>
    /// Renders the debrief, then the transcript, in the loop's language; <paramref name="templateName"/> is the name of
    /// the loop's template in that language, gaps are named from <paramref name="probes"/>.
    /// </summary>
    public static string Render(LoopPlan plan, IReadOnlyList<Turn> turns, LoopDebrief debrief, Messages messages, ProbeLibrary probes, string templateName)
    {
        string T(string key, params object?[] args) => messages.Get(plan.Language, key, args);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(T("md.loop.title", templateName, plan.Seed));
        md.AppendLine();
        md.Append("## ").AppendLine(T("md.loop.debrief"));
        md.AppendLine();
        md.AppendLine(debrief.Summary.Text);
        foreach (var interviewer in debrief.Interviewers)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {interviewer.Name} · {LoopNames.Role(messages, plan.Language, interviewer.Role)}");
            md.AppendLine();
            md.AppendLine(T("debrief.time-used", interviewer.SecondsUsed / 60, interviewer.SecondsUsed % 60, interviewer.Minutes));
            foreach (var e in interviewer.Competencies)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"### {e.Name} — {T(e.Level.MessageKey())}");
                md.AppendLine();
                foreach (var reason in e.Reasons)
                {
                    md.Append("- ").AppendLine(reason);
                }

                foreach (var quote in e.Quotes)
                {
                    md.Append("> ").AppendLine(MarkdownText.Escape(quote.Replace('\n', ' ')));
                }

                foreach (var probe in e.Probes)
                {
                    md.Append("- ").AppendLine(LoopNames.Outcome(messages, probes, plan.Language, probe));
                }

                if (e.Fix is { } fix)
                {
                    md.Append("- → ").AppendLine(fix);
                }
            }

            foreach (var note in interviewer.Notes)
            {
                md.Append("- ⚠ ").AppendLine(note.Message);
            }
        }

        md.AppendLine();
        md.Append("## ").AppendLine(T("md.loop.transcript"));
        foreach (var turn in turns)
        {
            var who = plan.Interviewers[turn.Prompt.Interviewer].Name;
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"**{turn.Seq}. {who}:** {turn.Prompt.Text}");
            md.AppendLine();
            md.Append("> ").AppendLine(MarkdownText.Escape(turn.Answer).Replace("\n", "\n> ", StringComparison.Ordinal));
        }

        return md.ToString();
    }
}
