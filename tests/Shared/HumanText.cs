using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Questions;

namespace LoopCoach.Tests;

/// <summary>
/// Checks that text meant for a person (terminal output, Markdown) names things instead of printing their codes:
/// no enum code (<c>no-number</c>, <c>result-added</c>, <c>strong</c>), gap id (<c>actions</c>) or role id
/// (<c>team-lead</c>). Command lines (<c>loopcoach …</c>), options and Markdown code spans are for typing, not reading,
/// and are left out. In Korean text any Latin word that is a code is a leak; in English text only the codes that no
/// English sentence would contain (those with a hyphen or a dot) can be told apart from ordinary words.
/// </summary>
internal static partial class HumanText
{
    /// <summary>Every code a person should never have to read.</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(
        [
            .. Enum.GetValues<FindingCode>().Select(c => c.Code()),
            .. Enum.GetValues<ReadinessGrade>().Select(c => c.Code()),
            .. Enum.GetValues<WeakSpotCode>().Select(c => c.Code()),
            .. Enum.GetValues<StarPart>().Select(c => c.Code()),
            .. Enum.GetValues<TurnNoteCode>().Select(c => c.Code()),
            .. Enum.GetValues<EvidenceLevel>().Select(c => c.Code()),
            .. Enum.GetValues<LoopSignal>().Select(c => c.Code()),
            .. Enum.GetValues<ProbeChange>().Select(c => c.Code()),
            .. Enum.GetValues<PlanTaskKind>().Select(c => c.Code()),
            .. Enum.GetValues<NoteKind>().Select(c => c.Code()),
            .. Enum.GetValues<PostingPart>().Select(c => c.Code()),
            .. Enum.GetValues<QuestionKind>().Select(c => c.Code()),
            .. Gaps.All,
            .. ContentCatalog.BuiltIn.Templates.SelectMany(t => t.Interviewers).Select(i => i.Role),
            .. ContentCatalog.BuiltIn.Messages.Keys.Where(k => k.StartsWith("loop.role-label.", StringComparison.Ordinal)).Select(k => k["loop.role-label.".Length..]),
        ],
        StringComparer.Ordinal);

    /// <summary>The codes found in <paramref name="text"/>, each with the line it is on.</summary>
    public static IReadOnlyList<string> Leaks(string text, Language language)
    {
        var readable = ForTyping().Replace(text, " ");
        return Word().Matches(readable)
            .Where(m => Codes.Contains(m.Value) && (language == Language.Ko || m.Value.IndexOfAny(['-', '.']) > 0))
            .Select(m => $"'{m.Value}' in: {LineAround(readable, m.Index)}")
            .ToList();
    }

    /// <summary>Fails with the leaks when <paramref name="text"/> prints a code.</summary>
    public static void AssertNoCodes(string text, Language language, string what)
    {
        var leaks = Leaks(text, language);
        Xunit.Assert.True(leaks.Count == 0, $"{what} ({language.Code()}) prints codes:\n{string.Join("\n", leaks)}");
    }

    private static string LineAround(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    // A command line to the end of its line, a Markdown code span, an option (--competency).
    [GeneratedRegex(@"loopcoach [^\n]*|`[^`\n]*`|--[a-z][a-z\-]*")]
    private static partial Regex ForTyping();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*")]
    private static partial Regex Word();
}
