using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>A part of a posting.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SectionKind>))]
public enum SectionKind
{
    /// <summary>About the company.</summary>
    [JsonStringEnumMemberName("company")]
    Company,

    /// <summary>About the role.</summary>
    [JsonStringEnumMemberName("role")]
    Role,

    /// <summary>What the job involves.</summary>
    [JsonStringEnumMemberName("responsibilities")]
    Responsibilities,

    /// <summary>What the candidate must bring.</summary>
    [JsonStringEnumMemberName("requirements")]
    Requirements,

    /// <summary>What is a plus.</summary>
    [JsonStringEnumMemberName("preferred")]
    Preferred,

    /// <summary>The hiring stages.</summary>
    [JsonStringEnumMemberName("process")]
    Process,

    /// <summary>Benefits and perks.</summary>
    [JsonStringEnumMemberName("benefits")]
    Benefits,

    /// <summary>Notices, legal and EEO text, FAQ: read for nothing the posting seeks.</summary>
    [JsonStringEnumMemberName("notes")]
    Notes,
}

/// <summary>A section found in the posting: its kind, the heading as written, and where it is.</summary>
public sealed record PostingSection(SectionKind Kind, string Heading, TextSpan Span);

/// <summary>A requirement line, must-have or nice-to-have.</summary>
public sealed record Requirement(string Text, bool MustHave, TextSpan Span);

/// <summary>A competency the posting asks for, mapped to a framework, with the sentence that supports it.</summary>
public sealed record MappedCompetency(string Id, double Score, string Evidence)
{
    /// <summary>The words the mapping rests on: the quality a strength's name holds ("팀워크"), or the words shared with the competency.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

/// <summary>A strength the posting names in its own words ("실행력"), its meaning, and the nearest competencies.</summary>
public sealed record ExplicitStrength(string Name, string Description, IReadOnlyList<MappedCompetency> Nearest);

/// <summary>What a posting asks for, and how its hiring goes.</summary>
public sealed record PostingAnalysis
{
    /// <summary>The posting's language.</summary>
    public required AnswerLanguage Language { get; init; }

    /// <summary>The role title, when found.</summary>
    public string? Role { get; init; }

    /// <summary>The company, when found.</summary>
    public string? Company { get; init; }

    /// <summary>The sections found, in order.</summary>
    public required IReadOnlyList<PostingSection> Sections { get; init; }

    /// <summary>Strengths the posting names itself.</summary>
    public required IReadOnlyList<ExplicitStrength> Strengths { get; init; }

    /// <summary>The Amazon principles the posting leans on, best first, each with its supporting sentence.</summary>
    public required IReadOnlyList<MappedCompetency> Principles { get; init; }

    /// <summary>The generic competencies it asks for, best first.</summary>
    public required IReadOnlyList<MappedCompetency> Generic { get; init; }

    /// <summary>Requirement lines, must-have and nice-to-have.</summary>
    public required IReadOnlyList<Requirement> Requirements { get; init; }

    /// <summary>The hiring stages' names, in order (the names of <see cref="StageDetails"/>).</summary>
    public IReadOnlyList<string> Stages => [.. StageDetails.Select(s => s.Name)];

    /// <summary>The hiring stages in order, each with its kind and whether the posting says it may be skipped.</summary>
    public required IReadOnlyList<HiringStage> StageDetails { get; init; }

    /// <summary>The words the posting repeats most.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>What could not be found, for a best-effort reading.</summary>
    public required IReadOnlyList<PostingPart> NotFound { get; init; }
}

/// <summary>A posting's named strengths as a framework of their own, written in the framework file format.</summary>
public static class PostingFramework
{
    /// <summary>
    /// The YAML of a framework <c>posting-{id}</c> whose competencies are the posting's named strengths, each
    /// related to its nearest principles and generic competencies; null when the posting names none. Load it with
    /// <c>--framework-file</c>.
    /// </summary>
    public static string? ToYaml(long postingId, PostingAnalysis analysis)
    {
        if (analysis.Strengths.Count == 0)
        {
            return null;
        }

        static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
        var id = $"posting-{postingId}";
        var title = $"{analysis.Company ?? "?"} · {analysis.Role ?? "?"}";
        var yaml = new System.Text.StringBuilder();
        yaml.AppendLine("# The strengths a job posting names, as a LoopCoach framework (loopcoach posting framework).");
        yaml.AppendLine($"id: {id}");
        yaml.AppendLine($"name: {{ en: {Quote(title)}, ko: {Quote(title)} }}");
        yaml.AppendLine($"description: {{ en: {Quote("The strengths this posting asks for, in its own words.")}, ko: {Quote("이 채용공고가 직접 밝힌 강점입니다.")} }}");
        yaml.AppendLine("competencies:");
        for (var i = 0; i < analysis.Strengths.Count; i++)
        {
            var strength = analysis.Strengths[i];
            yaml.AppendLine($"  - id: {id}-{i + 1}");
            yaml.AppendLine($"    name: {{ en: {Quote(strength.Name)}, ko: {Quote(strength.Name)} }}");
            yaml.AppendLine($"    description: {{ en: {Quote(strength.Description)}, ko: {Quote(strength.Description)} }}");
            yaml.AppendLine($"    related: [ {string.Join(", ", strength.Nearest.Select(n => n.Id).Distinct())} ]");
        }

        return yaml.ToString();
    }
}
