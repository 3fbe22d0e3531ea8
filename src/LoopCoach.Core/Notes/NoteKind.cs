using System.Text.Json.Serialization;

namespace LoopCoach.Core.Notes;

/// <summary>The notes LoopCoach drafts after an interview.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoteKind>))]
public enum NoteKind
{
    /// <summary>The thank-you email.</summary>
    [JsonStringEnumMemberName("thank-you")]
    ThankYou,

    /// <summary>The LinkedIn connection note.</summary>
    [JsonStringEnumMemberName("linkedin")]
    LinkedIn,
}

/// <summary>The codes of <see cref="NoteKind"/> values.</summary>
public static class NoteKinds
{
    /// <summary>The stable code, as the JSON output writes it: <c>thank-you</c>, <c>linkedin</c>.</summary>
    public static string Code(this NoteKind kind) => Codes<NoteKind>.Of(kind);
}
