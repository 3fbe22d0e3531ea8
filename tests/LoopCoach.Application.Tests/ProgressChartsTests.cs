using System.Xml.Linq;
using LoopCoach.Charts;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;

using LoopCoach.Storage;

namespace LoopCoach.Application.Tests;

/// <summary>The tests of <see cref="ProgressChartsTests"/> on a SQLite file.</summary>
/// <remarks>
/// No collection keeps the chart tests apart: each label names its own typeface, so charts may be drawn at once (see
/// <see cref="ProgressChartsConcurrencyTests"/>).
/// </remarks>
public sealed class ProgressChartsOnSqliteTests() : ProgressChartsTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ProgressChartsOnPostgresTests() : ProgressChartsTests(DatabaseKind.Postgres);

public abstract class ProgressChartsTests(DatabaseKind kind) : IDisposable
{
    private const string Story =
        "Last year our largest client kept getting invoices late and nobody owned the problem. I took ownership and analyzed six months of invoice data myself. " +
        "I found that one manual approval step caused most delays and automated it before the deadline. As a result late invoices fell from 30% to 2%.";

    private readonly TestWorkspace _workspace = new(kind: kind);

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableTheory]
    [InlineData(Language.En, "Ownership", "Level per competency")]
    [InlineData(Language.Ko, "주인의식", "역량별 수준")]
    public void Svg_OfOneChart_IsSvgTextNamingTheCompetencies(Language language, string ownership, string title)
    {
        var report = Practised();

        var svg = new ProgressCharts(ContentCatalog.BuiltInMessages).Svg(report, ProgressChart.Levels, language);

        var texts = Texts(svg);
        Assert.Contains(ownership, texts);
        Assert.Contains(title, texts);
        Assert.Single(texts, title); // drawn once, not once per layout pass
    }

    [SkippableFact]
    public void Svg_WithoutAFontThatWritesKorean_FallsBackToEnglishLabels()
    {
        var report = Practised();
        var charts = new ProgressCharts(ContentCatalog.BuiltInMessages, ChartFonts.Choose(["DejaVu Sans"], _ => false));

        var svg = charts.Svg(report, Language.Ko);

        Assert.Equal(Language.En, charts.LabelLanguage(Language.Ko));
        var texts = Texts(svg);
        Assert.Contains("Ownership", texts);
        Assert.Contains("Fillers per 100 words", texts);
        Assert.DoesNotContain(texts, t => t.Any(c => c is >= '가' and <= '힣'));
    }

    [SkippableFact]
    public void ChartFonts_PreferNotoSansCjk_ThenAnyFamilyWithHangul_AndDejaVuSansForTheRest()
    {
        var noto = ChartFonts.Choose(["DejaVu Sans", "Other Hangul", "Noto Sans CJK KR"], f => f != "DejaVu Sans");
        var other = ChartFonts.Choose(["DejaVu Sans", "Other Hangul"], f => f == "Other Hangul");
        var hangulOnly = ChartFonts.Choose(["Noto Sans CJK KR"], _ => true);
        var none = ChartFonts.Choose(["DejaVu Sans"], _ => false);

        Assert.Equal(("Noto Sans CJK KR", "DejaVu Sans"), (noto.Hangul, noto.Latin));
        Assert.Equal(("Other Hangul", "DejaVu Sans"), (other.Hangul, other.Latin));
        Assert.Equal(("Noto Sans CJK KR", "Noto Sans CJK KR"), (hangulOnly.Hangul, hangulOnly.Latin));
        Assert.Equal((null, "DejaVu Sans"), (none.Hangul, none.Family("역량별 수준")));
    }

    [SkippableFact]
    public void ChartFonts_Family_WritesOnlyTextWithHangulInTheHangulFamily()
    {
        var fonts = ChartFonts.System;
        Skip.If(fonts.Hangul is null || fonts.Latin is null || fonts.Hangul == fonts.Latin, "needs a Hangul family and another one installed");

        Assert.Equal(fonts.Hangul, fonts.Family("역량별 수준"));
        Assert.Equal(fonts.Hangul, fonts.Family("ownership 주인의식"));
        Assert.Equal(fonts.Latin, fonts.Family("01-02"));
        Assert.Equal(fonts.Latin, fonts.Family("Level per competency"));
    }

    [SkippableTheory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public void Svg_OfEveryChart_ForTheCli_IsTheWebPagesFourChartsStacked(Language language)
    {
        var report = Practised();
        var charts = new ProgressCharts(ContentCatalog.BuiltInMessages);

        var stacked = Labels(charts.Svg(report, language));
        var alone = Enum.GetValues<ProgressChart>().SelectMany(c => Labels(charts.Svg(report, c, language))).ToList();

        Assert.Equal(alone.Order(), stacked.Order());
    }

    [SkippableFact]
    public void Png_OfEveryChart_IsAPngImage()
    {
        var png = new ProgressCharts(ContentCatalog.BuiltInMessages).Png(Practised(), Language.Ko);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
    }

    [SkippableFact]
    public void Svg_OfFillers_WhenThereWasNoFiller_HasNoAxisBelowZero()
    {
        var report = Practised();
        Assert.All(report.Sessions, s => Assert.Equal(0, s.Fillers));

        var texts = Texts(new ProgressCharts(ContentCatalog.BuiltInMessages).Svg(report, ProgressChart.Fillers, Language.En));

        var ticks = texts.Select(t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (double?)null).OfType<double>().ToList();
        Assert.Contains(0, ticks);
        Assert.DoesNotContain(ticks, v => v < 0);
        Assert.DoesNotContain(texts, t => t.StartsWith('-') || t.StartsWith('−'));
    }

    [SkippableTheory]
    [InlineData(30, false)]
    [InlineData(12, true)]
    public void Svg_OfFillers_LabelsEachBarOnlyWhileTheBarsAreWideEnough(int sessions, bool labelled)
    {
        var report = new ProgressReport(
            [.. Enumerable.Range(1, sessions).Select(i => new SessionProgress
            {
                Id = i, Template = "phone-screen", Language = Language.Ko, Finished = true,
                Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i), StartedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i),
                Answers = 5, Words = 394, Fillers = 13, FillersPer100Words = 3.3, SpeakingSeconds = 180, Ownership = new OwnershipBalance(6, 2, 0.75), Levels = [],
            })],
            [],
            SpeakingRate.OfAnalysis);

        var texts = Texts(new ProgressCharts(ContentCatalog.BuiltInMessages).Svg(report, ProgressChart.Fillers, Language.Ko));

        Assert.Equal(labelled ? sessions : 0, texts.Count(t => t == "3.3")); // a value no tick of the axis has
        Assert.Contains("01-02", texts); // the dates under the axis stay
    }

    // Each text with its font, and where it sits across the chart (the stacked image puts the charts one below the other).
    private static List<string> Labels(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => $"{e.Value.Trim()} | {(string?)e.Attribute("font-family")} | {((string?)e.Attribute("transform"))?.Split(' ')[0]}")];

    private static List<string> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>One finished phone screen through the real loop service, every follow-up passed.</summary>
    private ProgressReport Practised()
    {
        var app = _workspace.App();
        var id = app.Loops.Start(app.Loops.Plan(app.Content.GetTemplate("phone-screen"), ["deliver-results", "ownership"], Language.En, 5)).Id;
        while (app.Loops.Get(id).Next is { } next)
        {
            app.Loops.Answer(id, next.Kind switch { TurnKind.Opening => "I am an analyst.", TurnKind.Main => Story, TurnKind.Probe => "skip", _ => "No questions, thank you." });
        }

        return app.Progress.Report();
    }
}
