using System.Text.Json.Serialization;

namespace LoopCoach.Core.Postings;

/// <summary>A part of a posting the analysis looks for and may not find; each has its name <c>posting.part.{code}</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostingPart>))]
public enum PostingPart
{
    /// <summary>The role title.</summary>
    [JsonStringEnumMemberName("role")]
    Role,

    /// <summary>The company.</summary>
    [JsonStringEnumMemberName("company")]
    Company,

    /// <summary>Section headings.</summary>
    [JsonStringEnumMemberName("sections")]
    Sections,

    /// <summary>Requirement lines.</summary>
    [JsonStringEnumMemberName("requirements")]
    Requirements,

    /// <summary>The hiring stages.</summary>
    [JsonStringEnumMemberName("stages")]
    Stages,
}

/// <summary>The codes and message keys of <see cref="PostingPart"/> values.</summary>
public static class PostingParts
{
    /// <summary>The stable code, as the JSON output and the README write it: <c>role</c>.</summary>
    public static string Code(this PostingPart part) => Codes<PostingPart>.Of(part);

    /// <summary>The key of the part's name: <c>posting.part.role</c>.</summary>
    public static string MessageKey(this PostingPart part) => "posting.part." + part.Code();
}
