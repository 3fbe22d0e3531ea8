using SkiaSharp;

namespace LoopCoach.Charts;

/// <summary>
/// Which installed font the charts are written in. Korean labels need a font with Hangul: Noto Sans CJK (Debian's
/// <c>fonts-noto-cjk</c>) when it is there, else any installed family that has Hangul. The native SkiaSharp build
/// ScottPlot ships reads the font folders itself and cannot match a character to a font, so the choice is made here.
/// </summary>
public sealed class ChartFonts
{
    /// <summary>The families tried first, best first.</summary>
    public static readonly IReadOnlyList<string> Preferred = ["Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo"];

    private static readonly Lazy<ChartFonts> Installed = new(() => Choose(SKFontManager.Default.FontFamilies, HasHangul));

    private const string Reference = "DejaVu Sans";

    private bool _hasReference;

    private ChartFonts(string? hangul, string? latin)
    {
        Hangul = hangul;
        Latin = latin;
    }

    /// <summary>The fonts installed on this machine (looked up once per process).</summary>
    public static ChartFonts System => Installed.Value;

    /// <summary>A family that can write Korean; null when none is installed.</summary>
    public string? Hangul { get; }

    /// <summary>The family for English labels: the Hangul one when there is one (it has Latin letters too), else a common sans serif; null leaves ScottPlot's default.</summary>
    public string? Latin { get; }

    /// <summary>The family for labels in <paramref name="language"/>; null leaves ScottPlot's default.</summary>
    public string? For(Core.Localization.Language language) => language == Core.Localization.Language.Ko ? Hangul : Latin;

    /// <summary>
    /// The choice among <paramref name="families"/>: a preferred family, else the first that
    /// <paramref name="hasHangul"/> says can write Korean.
    /// </summary>
    public static ChartFonts Choose(IEnumerable<string> families, Func<string, bool> hasHangul)
    {
        var installed = families.Distinct(StringComparer.Ordinal).ToList();
        var hangul = Preferred.FirstOrDefault(installed.Contains) ?? installed.FirstOrDefault(hasHangul);
        // One family for both languages where one can write Korean: ScottPlot 5.1 can draw a legend in the font its
        // previous chart used when two families alternate in one process (a web server drawing ko and en charts).
        var latin = hangul ?? new[] { Reference, "Liberation Sans", "Arial", "Helvetica" }.FirstOrDefault(installed.Contains);
        return new ChartFonts(hangul, latin) { _hasReference = installed.Contains(Reference) };
    }

    /// <summary>
    /// How many pixels lower a label in <paramref name="family"/> at <paramref name="size"/> must be moved to sit where
    /// ScottPlot puts the same label in DejaVu Sans. ScottPlot 5.1 places a line of text by the font's bounding box,
    /// and a CJK collection's box is far taller than its letters (Noto Sans CJK: 1.8 em against DejaVu's 1.2), so its
    /// labels are drawn too high: under the axis they touch the ticks, in a legend the first line is cut off
    /// (ScottPlot issues 5192 and 5213). Zero when DejaVu Sans is not installed to compare with.
    /// </summary>
    public float Shift(string? family, float size)
    {
        if (family is null || family == Reference || !_hasReference)
        {
            return 0;
        }

        return Placement(Reference, size) - Placement(family, size);
    }

    /// <summary>Where ScottPlot puts the baseline of a label's text, relative to the label's box.</summary>
    private static float Placement(string family, float size)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        using var font = new SKFont(typeface, size);
        font.GetFontMetrics(out var metrics);
        return metrics.Top + metrics.CapHeight - (metrics.Bottom / 2);
    }

    private static bool HasHangul(string family)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        return typeface is not null && typeface.FamilyName == family && typeface.ContainsGlyph('한');
    }
}
