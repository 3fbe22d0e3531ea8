using System.Text.Json.Serialization;

namespace LoopCoach.Core.Analysis;

/// <summary>The weak spots a stored story can have; each has its message <c>story-check.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeakSpotCode>))]
public enum WeakSpotCode
{
    /// <summary>The action is empty.</summary>
    [JsonStringEnumMemberName("no-action")]
    NoAction,

    /// <summary>The result is empty.</summary>
    [JsonStringEnumMemberName("no-result")]
    NoResult,

    /// <summary>The result has no number and the story no metric.</summary>
    [JsonStringEnumMemberName("no-number")]
    NoNumber,

    /// <summary>The action says "we" more than "I".</summary>
    [JsonStringEnumMemberName("we-not-i")]
    WeNotI,

    /// <summary>The situation is empty.</summary>
    [JsonStringEnumMemberName("no-situation")]
    NoSituation,

    /// <summary>The story is too old to recall in detail.</summary>
    [JsonStringEnumMemberName("too-old")]
    TooOld,

    /// <summary>The story has no date.</summary>
    [JsonStringEnumMemberName("no-date")]
    NoDate,

    /// <summary>The lesson is empty.</summary>
    [JsonStringEnumMemberName("no-lesson")]
    NoLesson,

    /// <summary>The story is tagged with no competency.</summary>
    [JsonStringEnumMemberName("no-competency")]
    NoCompetency,
}

/// <summary>The codes and message keys of <see cref="WeakSpotCode"/> values.</summary>
public static class WeakSpotCodes
{
    /// <summary>The stable code, as the JSON output and the README write it: <c>no-number</c>.</summary>
    public static string Code(this WeakSpotCode code) => Codes<WeakSpotCode>.Of(code);

    /// <summary>The key of the weak spot's message: <c>story-check.no-number</c>.</summary>
    public static string MessageKey(this WeakSpotCode code) => "story-check." + code.Code();

    /// <summary>The key of the weak spot's short name, for lists of weak spots: <c>story-check.name.no-number</c>.</summary>
    public static string NameKey(this WeakSpotCode code) => "story-check.name." + code.Code();
}
