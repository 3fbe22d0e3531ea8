using System.Text.Json.Serialization;

namespace LoopCoach.Core.Analysis;

/// <summary>A part of a STAR answer, plus the lesson Amazon-style interviewers listen for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StarPart>))]
public enum StarPart
{
    /// <summary>The background: when, where, what was at stake.</summary>
    [JsonStringEnumMemberName("situation")]
    Situation,

    /// <summary>The goal or responsibility.</summary>
    [JsonStringEnumMemberName("task")]
    Task,

    /// <summary>What the candidate did.</summary>
    [JsonStringEnumMemberName("action")]
    Action,

    /// <summary>What came of it.</summary>
    [JsonStringEnumMemberName("result")]
    Result,

    /// <summary>What was learned.</summary>
    [JsonStringEnumMemberName("lesson")]
    Lesson,
}

/// <summary>The codes and message keys of <see cref="StarPart"/> values.</summary>
public static class StarParts
{
    /// <summary>The stable code, as files and JSON write it: <c>situation</c>, <c>task</c>…</summary>
    public static string Code(this StarPart part) => Codes<StarPart>.Of(part);

    /// <summary>The key of the part's label (the heading of a story's field): <c>md.situation</c>.</summary>
    public static string MessageKey(this StarPart part) => "md." + part.Code();
}
