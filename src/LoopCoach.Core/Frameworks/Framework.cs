using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Frameworks;

/// <summary>A named set of competencies an interview judges: Amazon's principles, a generic set, a posting's strengths.</summary>
/// <param name="Id">Kebab-case id, unique among loaded frameworks.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the framework is and where it comes from.</param>
/// <param name="Competencies">The competencies, in the framework's own order.</param>
/// <param name="Source">Where it was loaded from: <c>built-in</c> or the user's file path.</param>
public sealed record Framework(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<Competency> Competencies,
    string Source)
{
    /// <summary>The <see cref="Source"/> of frameworks shipped with LoopCoach.</summary>
    public const string BuiltInSource = "built-in";

    /// <summary>Whether this framework ships with LoopCoach.</summary>
    public bool IsBuiltIn => Source == BuiltInSource;
}

/// <summary>One quality an interviewer looks for, with what strong and weak evidence of it sounds like.</summary>
/// <param name="Id">Kebab-case id, unique among all loaded competencies.</param>
/// <param name="FrameworkId">The framework it belongs to.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What it means for a candidate's stories (2-4 sentences).</param>
/// <param name="Evidence">What strong evidence of it sounds like in an answer.</param>
/// <param name="RedFlags">What weakens an answer for it.</param>
/// <param name="Related">Ids of the nearest competencies of other frameworks.</param>
public sealed record Competency(
    string Id,
    string FrameworkId,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedList Evidence,
    LocalizedList RedFlags,
    IReadOnlyList<string> Related);
