using System.Globalization;

namespace LoopCoach.Web.Components;

/// <summary>
/// Reads a page's query value that is not text. Pages take their query values as text and read them here: a typed
/// <c>[SupplyParameterFromQuery]</c> that cannot parse what was sent (<c>?seed=abc</c>, <c>?saved=maybe</c>) throws
/// while rendering, a server error for what is only a bad link; read here it is simply absent.
/// </summary>
public static class QueryValue
{
    /// <summary>A whole number, or null when absent or not one.</summary>
    public static long? Long(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A whole number in <see cref="int"/>'s range, or null.</summary>
    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>True only for "true" (any case) or "1".</summary>
    public static bool Flag(string? text) =>
        text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");
}
