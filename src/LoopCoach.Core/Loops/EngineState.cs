namespace LoopCoach.Core.Loops;

/// <summary>
/// Where an <see cref="InterviewEngine"/> stands between two answers: what it asks next and everything it has
/// decided so far. Saved with each answer, so that a session resumes exactly where it stopped without re-running
/// the interview, whatever the content or the rules of a later release.
/// </summary>
public sealed record EngineState
{
    /// <summary>What the interviewer says next; null once the loop is over.</summary>
    public Prompt? Current { get; init; }

    /// <summary>The interviewer speaking (index in the plan).</summary>
    public int Interviewer { get; init; }

    /// <summary>The competency being asked about (index in the interviewer's list).</summary>
    public int Competency { get; init; }

    /// <summary>How many follow-ups have drilled into the current story.</summary>
    public int Round { get; init; }

    /// <summary>How many questions on the current competency were passed.</summary>
    public int Passes { get; init; }

    /// <summary>How many numbers the plan's seeded random source has given so far.</summary>
    public int Draws { get; init; }

    /// <summary>The turns (0-based) that make up the story being drilled: its main answer and follow-ups.</summary>
    public IReadOnlyList<int> Story { get; init; } = [];

    /// <summary>The gaps already probed in the current story.</summary>
    public IReadOnlyList<string> AskedGaps { get; init; } = [];

    /// <summary>The follow-up phrasings already asked in the session (<see cref="FollowUp.Key"/>), so that none is asked twice.</summary>
    public IReadOnlyList<string> Phrasings { get; init; } = [];

    /// <summary>The bank (and real) questions already asked in the loop.</summary>
    public IReadOnlyList<string> Asked { get; init; } = [];

    /// <summary>Estimated seconds used by each interviewer.</summary>
    public IReadOnlyList<int> Seconds { get; init; } = [];
}
