using System.Text.Json.Serialization;

namespace LoopCoach.Core.Analysis;

/// <summary>The summary grade of an answer; never given without the findings behind it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReadinessGrade>))]
public enum ReadinessGrade
{
    /// <summary>No problem and at most one warning.</summary>
    [JsonStringEnumMemberName("strong")]
    Strong,

    /// <summary>No problem and at most three warnings.</summary>
    [JsonStringEnumMemberName("adequate")]
    Adequate,

    /// <summary>A problem, or more warnings.</summary>
    [JsonStringEnumMemberName("weak")]
    Weak,
}

/// <summary>The codes and message keys of <see cref="ReadinessGrade"/> values.</summary>
public static class ReadinessGrades
{
    /// <summary>The stable code: <c>strong</c>, <c>adequate</c>, <c>weak</c>.</summary>
    public static string Code(this ReadinessGrade grade) => Codes<ReadinessGrade>.Of(grade);

    /// <summary>The key of the grade's name: <c>analysis.grade.strong</c>.</summary>
    public static string MessageKey(this ReadinessGrade grade) => "analysis.grade." + grade.Code();
}
