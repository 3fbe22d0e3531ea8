using System.Text.Json.Serialization;

namespace LoopCoach.Core.Plans;

/// <summary>What a task of a prep plan asks the candidate to do; each has its text <c>plan.task.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanTaskKind>))]
public enum PlanTaskKind
{
    /// <summary>Write a story for a competency no story covers.</summary>
    [JsonStringEnumMemberName("write-story")]
    WriteStory,

    /// <summary>Put numbers in a story's result.</summary>
    [JsonStringEnumMemberName("add-numbers")]
    AddNumbers,

    /// <summary>Run a mock loop on a few competencies.</summary>
    [JsonStringEnumMemberName("practise")]
    Practise,

    /// <summary>Rehearse the questions real interviewers asked.</summary>
    [JsonStringEnumMemberName("real-questions")]
    RealQuestions,

    /// <summary>Prepare questions to ask the interviewers.</summary>
    [JsonStringEnumMemberName("prepare-questions")]
    PrepareQuestions,

    /// <summary>Prepare a step of the posting's own process: its assignment (사전과제), its coding or aptitude test, its phone screen.</summary>
    [JsonStringEnumMemberName("stage")]
    Stage,

    /// <summary>Say the self-introduction and why this company and role aloud.</summary>
    [JsonStringEnumMemberName("motivation")]
    Motivation,

    /// <summary>Tell the stories aloud against the clock.</summary>
    [JsonStringEnumMemberName("rehearse")]
    Rehearse,

    /// <summary>Read the stories once more, the day before.</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>The interview itself, and the thank-you note after it.</summary>
    [JsonStringEnumMemberName("interview")]
    Interview,
}

/// <summary>The codes and message keys of <see cref="PlanTaskKind"/> values.</summary>
public static class PlanTaskKinds
{
    /// <summary>The stable code, as the JSON output and the README write it: <c>write-story</c>.</summary>
    public static string Code(this PlanTaskKind kind) => Codes<PlanTaskKind>.Of(kind);

    /// <summary>The key of the task's text: <c>plan.task.write-story</c>.</summary>
    public static string MessageKey(this PlanTaskKind kind) => "plan.task." + kind.Code();
}
