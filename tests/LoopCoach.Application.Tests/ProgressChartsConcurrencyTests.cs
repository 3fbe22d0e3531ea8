using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LoopCoach.Charts;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;

namespace LoopCoach.Application.Tests;

/// <summary>
/// A web server draws charts for several requests at once, in Korean and in English. ScottPlot keeps a process-wide
/// default font that its own <c>plot.Font.Set</c> writes and every new label starts from; these tests show that a
/// chart's fonts are its own, whatever is drawn beside it.
/// </summary>
public sealed class ProgressChartsConcurrencyTests
{
    private static readonly ProgressCharts Charts = new(ContentCatalog.BuiltInMessages);

    [SkippableFact]
    public void Svg_DrawnManyAtOnceInBothLanguages_IsTheChartDrawnAlone()
    {
        var fonts = ChartFonts.System;
        Skip.If(fonts.Hangul is null || fonts.Latin is null || fonts.Hangul == fonts.Latin, "needs a Hangul family and another one installed");
        var report = Report();
        var kinds = (from chart in Enum.GetValues<ProgressChart>() from language in new[] { Language.Ko, Language.En } select (chart, language)).ToList();
        var alone = kinds.ToDictionary(k => k, k => Comparable(Charts.Svg(report, k.chart, k.language)));

        var drawn = new ConcurrentBag<((ProgressChart Chart, Language Language) Kind, string Svg)>();
        var jobs = Enumerable.Range(0, 12).SelectMany(_ => kinds).ToList();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, kind => drawn.Add((kind, Charts.Svg(report, kind.chart, kind.language))));

        Assert.Equal(jobs.Count, drawn.Count);
        Assert.All(drawn, d => Assert.Equal(alone[d.Kind], Comparable(d.Svg)));
    }

    [SkippableTheory]
    [InlineData(Language.Ko, "역량별 수준", "주인의식")]
    [InlineData(Language.En, "Level per competency", "Ownership")]
    public void Svg_DrawnBesideChartsOfTheOtherLanguage_WritesEachLabelInAFontThatHasIt(Language language, string title, string ownership)
    {
        var fonts = ChartFonts.System;
        Skip.If(fonts.Hangul is null || fonts.Latin is null || fonts.Hangul == fonts.Latin, "needs a Hangul family and another one installed");
        var report = Report();
        var other = language == Language.Ko ? Language.En : Language.Ko;

        var svgs = new ConcurrentBag<string>();
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var svg = Charts.Svg(report, ProgressChart.Levels, i % 2 == 0 ? language : other);
            if (i % 2 == 0)
            {
                svgs.Add(svg);
            }
        });

        Assert.Equal(20, svgs.Count);
        Assert.All(svgs, svg =>
        {
            var texts = Texts(svg);
            Assert.Equal(fonts.Family(title), Assert.Single(texts, t => t.Text == title).Font);
            Assert.Equal(fonts.Family(ownership), Assert.Single(texts, t => t.Text == ownership).Font);
            Assert.Equal(fonts.Latin, Assert.Single(texts, t => t.Text == "01-02").Font);
            // A label in a font without its letters is written as an empty text.
            Assert.All(texts, t => Assert.NotEqual("", t.Text));
        });
        Assert.Equal(language == Language.Ko ? fonts.Hangul : fonts.Latin, fonts.Family(title));
    }

    // Skia numbers the clip paths of an SVG from a counter of the process; the rest of a drawing is the same each time.
    private static string Comparable(string svg) => Regex.Replace(svg, "cl_[0-9a-f]+", "cl");

    private static List<(string Text, string? Font)> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => (e.Value.Trim(), (string?)e.Attribute("font-family")))];

    /// <summary>Ten sessions over two competencies (or the first <paramref name="competencies"/> of eight), with fillers and a balance of I and we.</summary>
    internal static ProgressReport Report(int competencies = 2)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var sessions = Enumerable.Range(1, 10).Select(i => new SessionProgress
        {
            Id = i, Template = "phone-screen", Language = i % 2 == 0 ? Language.Ko : Language.En, Finished = true,
            Date = start.AddDays(i), StartedAt = start.AddDays(i), Answers = 5, Words = 400, Fillers = i, FillersPer100Words = i / 4.0,
            SpeakingSeconds = 120 + (10 * i), Ownership = new OwnershipBalance(6, i, 6.0 / (6 + i)), Levels = [],
        }).ToList();
        LocalizedText[] names =
        [
            new("Ownership", "주인의식"), new("Deliver Results", "성과 달성"), new("Customer Obsession", "고객 집착"), new("Dive Deep", "깊이 파고들기"),
            new("Bias for Action", "신속한 실행"), new("Earn Trust", "신뢰 얻기"), new("Learn and Be Curious", "배우고 호기심 갖기"), new("Frugality", "절약"),
        ];
        var levels = names.Take(competencies).Select((name, k) => new CompetencyProgress(
            $"competency-{k}", name, [.. sessions.Select(s => new LevelPoint(s.Id, s.Date, (EvidenceLevel)((s.Id + k) % 4)))])).ToList();
        return new ProgressReport(sessions, levels, SpeakingRate.OfAnalysis);
    }
}
