using System.Text.Json.Serialization;

namespace LoopCoach.Core.Analysis;

/// <summary>A stretch of the answer: character offsets into the analysed text (end exclusive) and the text there.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    /// <summary>The span of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static TextSpan Of(string text, int start, int end) => new(start, end, text[start..end]);

    /// <summary>Whether <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}

/// <summary>The language an answer is written in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerLanguage>))]
public enum AnswerLanguage
{
    /// <summary>English.</summary>
    [JsonStringEnumMemberName("en")]
    En,

    /// <summary>Korean.</summary>
    [JsonStringEnumMemberName("ko")]
    Ko,

    /// <summary>Korean and English both carry the answer.</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,
}
