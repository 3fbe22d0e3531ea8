using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Loops;

/// <summary>How strong the evidence heard for one competency is; each has its name <c>debrief.level.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceLevel>))]
public enum EvidenceLevel
{
    /// <summary>Action and a measured result, owned, on topic.</summary>
    [JsonStringEnumMemberName("strong")]
    Strong,

    /// <summary>Action and result.</summary>
    [JsonStringEnumMemberName("adequate")]
    Adequate,

    /// <summary>A story without action or result.</summary>
    [JsonStringEnumMemberName("weak")]
    Weak,

    /// <summary>No story: passed, or not reached in time.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}

/// <summary>The bar-raiser's summary of a loop's levels; each has its sentence <c>debrief.signal.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LoopSignal>))]
public enum LoopSignal
{
    /// <summary>Three quarters adequate or strong, and none empty.</summary>
    [JsonStringEnumMemberName("strong")]
    Strong,

    /// <summary>At least half adequate or strong.</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,

    /// <summary>Less than half adequate or strong.</summary>
    [JsonStringEnumMemberName("weak")]
    Weak,
}

/// <summary>What a follow-up added to the story.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProbeChange>))]
public enum ProbeChange
{
    /// <summary>The candidate passed on the follow-up.</summary>
    [JsonStringEnumMemberName("passed")]
    Passed,

    /// <summary>The situation is now there.</summary>
    [JsonStringEnumMemberName("situation-added")]
    SituationAdded,

    /// <summary>The task is now there.</summary>
    [JsonStringEnumMemberName("task-added")]
    TaskAdded,

    /// <summary>The action is now there.</summary>
    [JsonStringEnumMemberName("action-added")]
    ActionAdded,

    /// <summary>The result is now there.</summary>
    [JsonStringEnumMemberName("result-added")]
    ResultAdded,

    /// <summary>The lesson is now there.</summary>
    [JsonStringEnumMemberName("lesson-added")]
    LessonAdded,

    /// <summary>The result now has a number.</summary>
    [JsonStringEnumMemberName("result-quantified")]
    ResultQuantified,

    /// <summary>More actions are plainly the candidate's own.</summary>
    [JsonStringEnumMemberName("ownership-clearer")]
    OwnershipClearer,
}

/// <summary>The codes and message keys of the debrief's levels, signals and changes.</summary>
public static class DebriefCodes
{
    /// <summary>The stable code: <c>strong</c>, <c>adequate</c>, <c>weak</c>, <c>none</c>.</summary>
    public static string Code(this EvidenceLevel level) => Codes<EvidenceLevel>.Of(level);

    /// <summary>The key of the level's name: <c>debrief.level.strong</c>.</summary>
    public static string MessageKey(this EvidenceLevel level) => "debrief.level." + level.Code();

    /// <summary>The stable code: <c>strong</c>, <c>mixed</c>, <c>weak</c>.</summary>
    public static string Code(this LoopSignal signal) => Codes<LoopSignal>.Of(signal);

    /// <summary>The key of the signal's sentence: <c>debrief.signal.mixed</c>.</summary>
    public static string MessageKey(this LoopSignal signal) => "debrief.signal." + signal.Code();

    /// <summary>The stable code, as the JSON output writes it: <c>result-quantified</c>.</summary>
    public static string Code(this ProbeChange change) => Codes<ProbeChange>.Of(change);

    /// <summary>The key of the change's name, as a debrief prints it: <c>debrief.change.result-quantified</c>.</summary>
    public static string MessageKey(this ProbeChange change) => "debrief.change." + change.Code();

    /// <summary>The change of <paramref name="part"/> appearing in the story.</summary>
    public static ProbeChange Added(StarPart part) => part switch
    {
        StarPart.Situation => ProbeChange.SituationAdded,
        StarPart.Task => ProbeChange.TaskAdded,
        StarPart.Action => ProbeChange.ActionAdded,
        StarPart.Result => ProbeChange.ResultAdded,
        _ => ProbeChange.LessonAdded,
    };
}
