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

    /// <summary>
    /// The family for text without Korean: a common sans serif when one is installed, else the Hangul family (it has
    /// Latin letters too); null leaves ScottPlot's default.
    /// </summary>
    public string? Latin { get; }

    /// <summary>
    /// The family a label reading <paramref name="text"/> is written in: the Latin family when it has every character
    /// of the text, else the Hangul family when there is one. Dates, numbers and English stay out of the CJK face: an
    /// SVG canvas maps the whole font back to characters for every text it writes, and a CJK collection (65,000
    /// glyphs) makes that seven to eight times dearer than DejaVu Sans (6,000), so only the labels that need Hangul pay for it.
    /// </summary>
    public string? Family(string text)
    {
        if (Hangul is null || Latin is null || Latin == Hangul || text.Length == 0)
        {
            return Latin ?? Hangul;
        }

        return Typeface(Latin)?.ContainsGlyphs(text) == false ? Hangul : Latin;
    }

    /// <summary>
    /// The typeface of <paramref name="family"/>, upright and regular, from ScottPlot's process-wide cache of
    /// typefaces (shared, never disposed; a typeface is immutable and safe to draw with from several threads). Null
    /// when <paramref name="family"/> is null.
    /// </summary>
    public static SKTypeface? Typeface(string? family) =>
        family is null ? null : ScottPlot.Fonts.GetTypeface(family, bold: false, italic: false);

    /// <summary>
    /// The choice among <paramref name="families"/>: for Korean a preferred family, else the first that
    /// <paramref name="hasHangul"/> says can write Korean; for other text a common sans serif.
    /// </summary>
    public static ChartFonts Choose(IEnumerable<string> families, Func<string, bool> hasHangul)
    {
        var installed = families.Distinct(StringComparer.Ordinal).ToList();
        var hangul = Preferred.FirstOrDefault(installed.Contains) ?? installed.FirstOrDefault(hasHangul);
        // Each label names its own typeface (see ProgressCharts), so two families can alternate in one process, in
        // one chart too, without one chart's choice leaking into another's.
        var latin = new[] { Reference, "Liberation Sans", "Arial", "Helvetica" }.FirstOrDefault(installed.Contains) ?? hangul;
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
