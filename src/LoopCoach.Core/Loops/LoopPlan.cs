using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Loops;

/// <summary>An interviewer of a planned loop: their persona and the competencies they own.</summary>
public sealed record PlannedInterviewer
{
    /// <summary>Position in the loop, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Role (practitioner, hiring-manager, bar-raiser…).</summary>
    public required string Role { get; init; }

    /// <summary>The persona's name in the loop's language.</summary>
    public required string Name { get; init; }

    /// <summary>How they interview, in the loop's language.</summary>
    public required string Style { get; init; }

    /// <summary>Time box in minutes.</summary>
    public required int Minutes { get; init; }

    /// <summary>Follow-up rounds per story.</summary>
    public required int Depth { get; init; }

    /// <summary>The competencies they own, in the order they will ask about them.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>
    /// The language this interviewer speaks when it is not the loop's (the English-speaking interviewer of a Korean
    /// posting that asks for English); null when they speak the loop's language.
    /// </summary>
    public Language? Language { get; init; }
}

/// <summary>A loop planned from a template: reproducible from the template, the competencies, the language and the seed.</summary>
public sealed record LoopPlan
{
    /// <summary>The template planned from.</summary>
    public required string Template { get; init; }

    /// <summary>Separate interviews or one panel.</summary>
    public required LoopFormat Format { get; init; }

    /// <summary>The framework the competencies come from.</summary>
    public required string Framework { get; init; }

    /// <summary>The language the interviewers speak.</summary>
    public required Language Language { get; init; }

    /// <summary>The seed every choice of the loop derives from.</summary>
    public required int Seed { get; init; }

    /// <summary>The interviewers, in the order the candidate meets them.</summary>
    public required IReadOnlyList<PlannedInterviewer> Interviewers { get; init; }

    /// <summary>The panel's shared time box in minutes (panel format), else 0.</summary>
    public int PanelMinutes { get; init; }

    /// <summary>
    /// Questions real interviewers asked (from retrospectives), captured when the loop was planned so that a
    /// resumed session asks the same ones; the interviewers ask these first.
    /// </summary>
    public IReadOnlyList<RealQuestion> RealQuestions { get; init; } = [];

    /// <summary>The saved posting the loop was planned from, if any.</summary>
    public long? Posting { get; init; }

    /// <summary>The company the interviewers speak for, when known ("Why 오픈서베이?" rather than "this company").</summary>
    public string? Company { get; init; }

    /// <summary>The language <paramref name="interviewer"/> speaks: their own, else the loop's.</summary>
    public Language LanguageOf(int interviewer) =>
        interviewer >= 0 && interviewer < Interviewers.Count && Interviewers[interviewer].Language is { } own ? own : Language;
}

/// <summary>A question seen in a real interview, as a loop may ask it.</summary>
/// <param name="Id"><c>seen.N</c>.</param>
/// <param name="Text">The question.</param>
/// <param name="Competency">The principle it was classified to.</param>
/// <param name="Language">Its language.</param>
public sealed record RealQuestion(string Id, string Text, string Competency, Language Language);
