using System.Globalization;
using System.Xml.Linq;
using LoopCoach.Charts;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;

namespace LoopCoach.Application.Tests;

/// <summary>The charts drawn for a phone: narrow, with the legend under the chart and every label inside the picture.</summary>
public sealed class ProgressChartsNarrowTests
{
    [SkippableTheory]
    [InlineData(Language.Ko, 2)]
    [InlineData(Language.Ko, 8)]
    [InlineData(Language.En, 8)]
    public void Svg_Narrow_OfLevels_WritesEveryCompetencyInsideThePicture(Language language, int competencies)
    {
        var report = ProgressChartsConcurrencyTests.Report(competencies);

        var svg = XDocument.Parse(new ProgressCharts(ContentCatalog.BuiltInMessages).Svg(report, ProgressChart.Levels, language, ProgressCharts.NarrowWidth, ProgressCharts.NarrowHeight));

        var box = ((string)svg.Root!.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ProgressCharts.NarrowWidth, box[2]);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => (Text: e.Value.Trim(), At: ((string)e.Attribute("transform")!)["translate(".Length..^1].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()))
            .ToList();
        Assert.All(report.Competencies, c => Assert.Contains(texts, t => t.Text == c.Name[language]));
        // Each text's baseline inside the picture: a legend given too little room is cut off at the bottom.
        Assert.All(texts, t => Assert.InRange(t.At[1], 0, box[3] - 4));
        Assert.All(texts, t => Assert.InRange(t.At[0], 0, box[2]));
    }
}
