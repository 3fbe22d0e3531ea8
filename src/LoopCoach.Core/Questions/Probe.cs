using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Questions;

/// <summary>A drill-down follow-up aimed at one gap an answer can leave open, in several phrasings.</summary>
/// <param name="Gap">The gap it closes (see <see cref="Gaps"/>).</param>
/// <param name="Name">Display name of the gap.</param>
/// <param name="Description">What the gap is and when an interviewer asks about it.</param>
/// <param name="Phrasings">Ways an interviewer asks it.</param>
public sealed record Probe(string Gap, LocalizedText Name, LocalizedText Description, LocalizedList Phrasings);

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
}
