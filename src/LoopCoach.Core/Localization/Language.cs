using System.Globalization;
using System.Text.Json.Serialization;

namespace LoopCoach.Core.Localization;

/// <summary>A language LoopCoach speaks: content, messages and analysis exist in each.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Language>))]
public enum Language
{
    /// <summary>English.</summary>
    [JsonStringEnumMemberName("en")]
    En,

    /// <summary>Korean (한국어).</summary>
    [JsonStringEnumMemberName("ko")]
    Ko,
}

/// <summary>Parsing and naming of <see cref="Language"/> values as they appear in files and flags.</summary>
public static class Languages
{
    /// <summary>Every supported language, in display order.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.En, Language.Ko];

    /// <summary>The code used in files, flags and JSON: <c>en</c> or <c>ko</c>.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Ko => "ko",
        _ => "en",
    };

    /// <summary>Reads <c>en</c>/<c>ko</c> (any case, also <c>ko-KR</c>, <c>en_US.UTF-8</c>); null when it names neither.</summary>
    public static Language? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var code = text.Trim().ToLowerInvariant();
        if (code.StartsWith("ko", StringComparison.Ordinal))
        {
            return Language.Ko;
        }

        return code.StartsWith("en", StringComparison.Ordinal) ? Language.En : null;
    }

    /// <summary>The language of a culture: Korean for any ko culture, English otherwise.</summary>
    public static Language FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko" ? Language.Ko : Language.En;
}
