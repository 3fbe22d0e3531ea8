using System.Text.Json.Serialization;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Questions;

/// <summary>A drill-down follow-up aimed at one gap an answer can leave open, in several phrasings.</summary>
/// <param name="Gap">The gap it closes (see <see cref="Gaps"/>).</param>
/// <param name="Name">Display name of the gap.</param>
/// <param name="Description">What the gap is and when an interviewer asks about it.</param>
/// <param name="Phrasings">Ways an interviewer asks it, each fit for any story that leaves the gap open.</param>
public sealed record Probe(string Gap, LocalizedText Name, LocalizedText Description, LocalizedList Phrasings)
{
    /// <summary>
    /// Words that show a story already closes the gap, for the gaps the answer analysis does not measure
    /// (<see cref="Gaps.Heard"/>): "deadline" closes constraints, "설득" stakeholders. Empty for the measured gaps.
    /// </summary>
    public LocalizedList Covered { get; init; } = LocalizedList.Empty;

    /// <summary>Phrasings that fit only a story in a given state ("You've said \"we\" a lot…"), preferred when it holds.</summary>
    public IReadOnlyList<ProbeVariant> Variants { get; init; } = [];
}

/// <summary>Phrasings of a <see cref="Probe"/> that presuppose something about the story.</summary>
/// <param name="When">What they presuppose.</param>
/// <param name="Phrasings">The phrasings.</param>
public sealed record ProbeVariant(StoryState When, LocalizedList Phrasings);

/// <summary>Something about a story that some follow-up phrasings presuppose.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StoryState>))]
public enum StoryState
{
    /// <summary>"We" far outnumbers "I" (the analysis' <c>ownership.we-heavy</c>).</summary>
    [JsonStringEnumMemberName("we-heavy")]
    WeHeavy,

    /// <summary>The story says how it turned out, without a number.</summary>
    [JsonStringEnumMemberName("result-stated")]
    ResultStated,
}

/// <summary>
/// A follow-up written for what one competency is really about (Dive Deep: how you knew where to look; Frugality:
/// what you did without), asked on its gap instead of the general phrasings when the story does not say it yet.
/// </summary>
/// <param name="Id">Its id (kebab-case, unique, never a gap id).</param>
/// <param name="Gap">The gap it is asked on: one the analysis does not measure (<see cref="Gaps.Heard"/>).</param>
/// <param name="Competencies">The competencies whose questions it follows.</param>
/// <param name="Name">What it asks for, in a few words.</param>
/// <param name="Covered">Words that show the story already says it.</param>
/// <param name="Phrasings">Ways an interviewer asks it.</param>
public sealed record ProbeIntent(string Id, string Gap, IReadOnlyList<string> Competencies, LocalizedText Name, LocalizedList Covered, LocalizedList Phrasings);

/// <summary>The gaps an answer can leave open, each closed by one kind of <see cref="Probe"/>.</summary>
public static class Gaps
{
    /// <summary>Background: when, where, what was at stake.</summary>
    public const string Context = "context";

    /// <summary>The candidate's own part, as opposed to the team's.</summary>
    public const string Role = "role";

    /// <summary>Time, budget and people limits.</summary>
    public const string Constraints = "constraints";

    /// <summary>The options considered and why this one.</summary>
    public const string Decision = "decision";

    /// <summary>The steps taken, in order.</summary>
    public const string Actions = "actions";

    /// <summary>The outcome in numbers.</summary>
    public const string Result = "result";

    /// <summary>The effect on the customer or the business.</summary>
    public const string Impact = "impact";

    /// <summary>Who had to be persuaded, and how.</summary>
    public const string Stakeholders = "stakeholders";

    /// <summary>The data used and how it was analysed.</summary>
    public const string Data = "data";

    /// <summary>What was learned; what the candidate would do differently.</summary>
    public const string Lesson = "lesson";

    /// <summary>Every gap, in the order an interviewer usually drills.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Context, Role, Constraints, Decision, Actions, Result, Impact, Stakeholders, Data, Lesson];

    /// <summary>The gaps the answer analysis measures: STAR parts, the number in the result, the candidate's own actions.</summary>
    public static IReadOnlyList<string> Measured { get; } = [Context, Role, Actions, Result, Lesson];

    /// <summary>The gaps a story closes by saying so in words the probe library lists (<see cref="Probe.Covered"/>).</summary>
    public static IReadOnlyList<string> Heard { get; } = [Constraints, Decision, Impact, Stakeholders, Data];
}
