using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Loops;

/// <summary>What an interviewer's line is for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TurnKind>))]
public enum TurnKind
{
    /// <summary>Self-introduction, why this role, or (hiring manager) how you work.</summary>
    [JsonStringEnumMemberName("opening")]
    Opening,

    /// <summary>A main question on one of the interviewer's competencies.</summary>
    [JsonStringEnumMemberName("main")]
    Main,

    /// <summary>A follow-up aimed at what the story so far lacks.</summary>
    [JsonStringEnumMemberName("probe")]
    Probe,

    /// <summary>"Do you have any questions for me?"</summary>
    [JsonStringEnumMemberName("closing")]
    Closing,
}

/// <summary>What the interviewer says next.</summary>
public sealed record Prompt
{
    /// <summary>Which interviewer (index in the plan).</summary>
    public required int Interviewer { get; init; }

    /// <summary>What the line is for.</summary>
    public required TurnKind Kind { get; init; }

    /// <summary>A lead-in before the question (a greeting, "let's try another one"), if any.</summary>
    public string? Intro { get; init; }

    /// <summary>The question.</summary>
    public required string Text { get; init; }

    /// <summary>The bank question asked, for openings and main questions.</summary>
    public string? QuestionId { get; init; }

    /// <summary>The competency the question is about.</summary>
    public string? Competency { get; init; }

    /// <summary>The gap a follow-up aims at.</summary>
    public string? Gap { get; init; }

    /// <summary>For follow-ups, which round of drilling (1 for the first).</summary>
    public int Round { get; init; }
}

/// <summary>Something the loop noticed about a turn (a skip, a reused story, a question about salary…).</summary>
/// <param name="Code">What was noticed (its code is documented in the README).</param>
/// <param name="Message">What it means, in the loop's language.</param>
/// <param name="RelatedTurn">The earlier turn it refers to (the first telling of a reused story), if any.</param>
public sealed record TurnNote(TurnNoteCode Code, string Message, int? RelatedTurn = null);

/// <summary>One exchange: the interviewer's line, the candidate's answer, and what came of it.</summary>
public sealed record Turn
{
    /// <summary>1 for the first turn of the session.</summary>
    public required int Seq { get; init; }

    /// <summary>What the interviewer asked.</summary>
    public required Prompt Prompt { get; init; }

    /// <summary>What the candidate said.</summary>
    public required string Answer { get; init; }

    /// <summary>Whether the candidate passed ("I have no such experience", "skip").</summary>
    public required bool Skipped { get; init; }

    /// <summary>Estimated seconds the exchange took (question read aloud and answer spoken).</summary>
    public required int Seconds { get; init; }

    /// <summary>The analysis of the answer (none for skips and closing questions).</summary>
    public AnswerAnalysis? Analysis { get; init; }

    /// <summary>What the loop noticed.</summary>
    public IReadOnlyList<TurnNote> Notes { get; init; } = [];
}
