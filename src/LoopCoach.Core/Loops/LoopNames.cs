using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Loops;

/// <summary>
/// What a person reads in place of a loop's codes: role names for role ids, the probe's name for a gap, a phrase for
/// what a follow-up added. Every front end and the Markdown debrief print these; only the JSON keeps the codes.
/// </summary>
public static class LoopNames
{
    /// <summary>
    /// The short name of an interviewer's <paramref name="role"/> (<c>team-lead</c> → "team lead", "팀 리드") from the
    /// <c>loop.role-label.*</c> messages; a role of the user's own template is shown as its author wrote it.
    /// </summary>
    public static string Role(Messages messages, Language language, string role) =>
        messages.Contains("loop.role-label." + role) ? messages.Get(language, "loop.role-label." + role) : role;

    /// <summary>The name of the gap a follow-up aimed at (<c>result</c> → "결과"), from the probe library.</summary>
    public static string Gap(ProbeLibrary probes, Language language, string gap) =>
        probes.Find(gap)?.Name[language] ?? gap;

    /// <summary>The line that says what a follow-up brought: "Follow-up (Results in numbers): result now measured".</summary>
    public static string Outcome(Messages messages, ProbeLibrary probes, Language language, ProbeOutcome outcome) =>
        messages.Get(
            language,
            "debrief.probe-outcome",
            Gap(probes, language, outcome.Gap),
            outcome.Changes.Count == 0
                ? messages.Get(language, "debrief.no-change")
                : string.Join(", ", outcome.Changes.Select(c => messages.Get(language, c.MessageKey()))));
}
