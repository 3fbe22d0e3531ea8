using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Questions;

/// <summary>What kind of answer a question calls for.</summary>
public enum QuestionKind
{
    /// <summary>"Tell me about a time": answered with a story (STAR).</summary>
    Behavioral,

    /// <summary>Self-introduction, why this company or role, why leave.</summary>
    Motivation,

    /// <summary>How the candidate works (methods, tools), answered with a method and an example.</summary>
    Method,

    /// <summary>"What would you do if": a hypothetical.</summary>
    Situational,
}

/// <summary>An interview question from the bank.</summary>
/// <param name="Id">Unique id, <c>group.language.nn</c>.</param>
/// <param name="Language">The language the question is written in.</param>
/// <param name="Text">The question as an interviewer asks it.</param>
/// <param name="Competencies">1-3 competency ids, the primary first.</param>
/// <param name="Kind">The kind of answer it calls for.</param>
/// <param name="Difficulty">1 warm-up, 2 standard, 3 hard (leader / bar raiser).</param>
/// <param name="Probes">Gap ids of the follow-ups most useful after it, the most useful first.</param>
public sealed record Question(
    string Id,
    Language Language,
    string Text,
    IReadOnlyList<string> Competencies,
    QuestionKind Kind,
    int Difficulty,
    IReadOnlyList<string> Probes)
{
    /// <summary>The competency the question is mainly about.</summary>
    public string PrimaryCompetency => Competencies[0];
}

/// <summary>Names of <see cref="QuestionKind"/> values as written in files, flags and JSON.</summary>
public static class QuestionKinds
{
    /// <summary>The lower-case name: <c>behavioral</c>, <c>motivation</c>, <c>method</c>, <c>situational</c>.</summary>
    public static string Code(this QuestionKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Reads a lower-case name; null when it names no kind.</summary>
    public static QuestionKind? TryParse(string? text) =>
        Enum.TryParse<QuestionKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _) ? kind : null;
}
