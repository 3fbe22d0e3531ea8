using System.Text.Json.Serialization;

namespace LoopCoach.Core.Analysis;

/// <summary>The kinds of judgment the answer analysis makes; each has its message <c>analysis.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingCode>))]
public enum FindingCode
{
    /// <summary>No sentence sets the scene.</summary>
    [JsonStringEnumMemberName("star.missing-situation")]
    StarMissingSituation,

    /// <summary>No sentence says what the candidate had to achieve.</summary>
    [JsonStringEnumMemberName("star.missing-task")]
    StarMissingTask,

    /// <summary>No sentence says what the candidate did.</summary>
    [JsonStringEnumMemberName("star.missing-action")]
    StarMissingAction,

    /// <summary>No sentence says what came of it.</summary>
    [JsonStringEnumMemberName("star.missing-result")]
    StarMissingResult,

    /// <summary>No lesson learned.</summary>
    [JsonStringEnumMemberName("star.missing-lesson")]
    StarMissingLesson,

    /// <summary>Situation, task, action and result are all there.</summary>
    [JsonStringEnumMemberName("star.complete")]
    StarComplete,

    /// <summary>The result comes before the action or the setting.</summary>
    [JsonStringEnumMemberName("star.order")]
    StarOrder,

    /// <summary>The result is stated with a number.</summary>
    [JsonStringEnumMemberName("result.quantified")]
    ResultQuantified,

    /// <summary>The result is a vague phrase ("it went well").</summary>
    [JsonStringEnumMemberName("result.vague")]
    ResultVague,

    /// <summary>The result has no number.</summary>
    [JsonStringEnumMemberName("result.not-quantified")]
    ResultNotQuantified,

    /// <summary>"We" far more often than "I".</summary>
    [JsonStringEnumMemberName("ownership.we-heavy")]
    OwnershipWeHeavy,

    /// <summary>Actions, but none plainly the candidate's own.</summary>
    [JsonStringEnumMemberName("ownership.no-personal-action")]
    OwnershipNoPersonalAction,

    /// <summary>Several actions plainly the candidate's own.</summary>
    [JsonStringEnumMemberName("ownership.clear")]
    OwnershipClear,

    /// <summary>Many filler words.</summary>
    [JsonStringEnumMemberName("fillers.many")]
    FillersMany,

    /// <summary>Many hedges.</summary>
    [JsonStringEnumMemberName("hedges.many")]
    HedgesMany,

    /// <summary>Too short to hold a story.</summary>
    [JsonStringEnumMemberName("length.too-short")]
    LengthTooShort,

    /// <summary>Long enough that an interviewer cuts in.</summary>
    [JsonStringEnumMemberName("length.too-long")]
    LengthTooLong,

    /// <summary>A length that fits.</summary>
    [JsonStringEnumMemberName("length.good")]
    LengthGood,

    /// <summary>No word of the competency asked about.</summary>
    [JsonStringEnumMemberName("relevance.low")]
    RelevanceLow,

    /// <summary>Words of the competency asked about.</summary>
    [JsonStringEnumMemberName("relevance.signals")]
    RelevanceSignals,

    /// <summary>The story is years old.</summary>
    [JsonStringEnumMemberName("recency.old")]
    RecencyOld,
}

/// <summary>The codes and message keys of <see cref="FindingCode"/> values.</summary>
public static class FindingCodes
{
    /// <summary>The stable code, as the JSON output and the README write it: <c>result.vague</c>.</summary>
    public static string Code(this FindingCode code) => Codes<FindingCode>.Of(code);

    /// <summary>The key of the finding's message: <c>analysis.result.vague</c>.</summary>
    public static string MessageKey(this FindingCode code) => "analysis." + code.Code();

    /// <summary>Whether the finding is about the answer's length (its evidence is the whole answer).</summary>
    public static bool IsAboutLength(this FindingCode code) =>
        code is FindingCode.LengthTooShort or FindingCode.LengthTooLong or FindingCode.LengthGood;

    /// <summary>The finding that <paramref name="part"/> is missing.</summary>
    public static FindingCode Missing(StarPart part) => part switch
    {
        StarPart.Situation => FindingCode.StarMissingSituation,
        StarPart.Task => FindingCode.StarMissingTask,
        StarPart.Action => FindingCode.StarMissingAction,
        StarPart.Result => FindingCode.StarMissingResult,
        _ => FindingCode.StarMissingLesson,
    };
}
