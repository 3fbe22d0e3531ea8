using System.Text.Json.Serialization;

namespace LoopCoach.Core.Loops;

/// <summary>What the loop can notice about a turn; each has its message <c>loop.note.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TurnNoteCode>))]
public enum TurnNoteCode
{
    /// <summary>The candidate passed on the question.</summary>
    [JsonStringEnumMemberName("skip")]
    Skip,

    /// <summary>The story was already told to another interviewer.</summary>
    [JsonStringEnumMemberName("story-reused")]
    StoryReused,

    /// <summary>A question for the interviewer touched a topic best left until an offer.</summary>
    [JsonStringEnumMemberName("avoid-topic")]
    AvoidTopic,

    /// <summary>A question for the interviewer was already answered during the interview.</summary>
    [JsonStringEnumMemberName("already-covered")]
    AlreadyCovered,

    /// <summary>The candidate had no questions for the interviewer.</summary>
    [JsonStringEnumMemberName("no-questions")]
    NoQuestions,
}

/// <summary>The codes and message keys of <see cref="TurnNoteCode"/> values.</summary>
public static class TurnNoteCodes
{
    /// <summary>The stable code, as the JSON output and the README write it: <c>story-reused</c>.</summary>
    public static string Code(this TurnNoteCode code) => Codes<TurnNoteCode>.Of(code);

    /// <summary>The key of the note's message: <c>loop.note.story-reused</c>.</summary>
    public static string MessageKey(this TurnNoteCode code) => "loop.note." + code.Code();
}
