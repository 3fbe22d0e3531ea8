using System.Globalization;
using System.Text;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using ScottPlot;
using SkiaSharp;

namespace LoopCoach.Charts;

/// <summary>One of the progress charts.</summary>
public enum ProgressChart
{
    /// <summary>Each competency's level per session.</summary>
    Levels,

    /// <summary>Fillers per 100 words per session.</summary>
    Fillers,

    /// <summary>Estimated speaking time per session.</summary>
    SpeakingTime,

    /// <summary>The share of "I" against "we" per session.</summary>
    Ownership,
}

/// <summary>
/// The progress charts, drawn by ScottPlot: one chart at a time as SVG text (for a web page to inline), or all of them
/// stacked in one SVG or PNG image (for <c>loopcoach progress --svg/--png</c>). Sessions run along the x axis, oldest
/// first, labelled by date; labels are in the language asked for when an installed font can write it (see
/// <see cref="LabelLanguage"/>).
/// </summary>
public sealed class ProgressCharts(Messages messages, ChartFonts fonts)
{
    /// <summary>The width of a chart, in pixels.</summary>
    public const int Width = 960;

    /// <summary>The height of one chart, in pixels.</summary>
    public const int ChartHeight = 340;

    /// <summary>
    /// The width of a chart drawn for a phone, in pixels: shown about 360 pixels wide, its labels keep most of their
    /// size, where the wide chart's would shrink to a third (4 pixels).
    /// </summary>
    public const int NarrowWidth = 420;

    /// <summary>
    /// The height of a chart drawn for a phone, in pixels (its legend goes under it); the level chart grows by a line
    /// for each competency past two.
    /// </summary>
    public const int NarrowHeight = 420;

    private const int NarrowLegendLine = 24;

    // Below this width a legend goes under the chart rather than beside it, and fewer dates are written.
    private const int LegendBesideFrom = 640;

    // The size of tick and legend labels on a chart for a phone (12 on a wide one).
    private const float NarrowLabelSize = 14;

    private static readonly Color IColor = Color.FromHex("#1F77B4");
    private static readonly Color WeColor = Color.FromHex("#FF7F0E");

    /// <summary>The charts over the fonts installed on this machine.</summary>
    public ProgressCharts(Messages messages)
        : this(messages, ChartFonts.System)
    {
    }

    /// <summary>
    /// The language the labels are written in when <paramref name="wanted"/> is asked for: Korean needs a font with
    /// Hangul, and without one the labels fall back to English rather than to empty boxes.
    /// </summary>
    public Language LabelLanguage(Language wanted) => wanted == Language.Ko && fonts.Hangul is null ? Language.En : wanted;

    /// <summary>
    /// One chart as SVG text, <paramref name="width"/> × <paramref name="height"/> pixels (a narrow level chart taller,
    /// for its legend), with a view box so that a page can scale it down to a phone's width instead of cropping it.
    /// </summary>
    public string Svg(ProgressReport report, ProgressChart chart, Language language, int width = Width, int height = ChartHeight)
    {
        if (width < LegendBesideFrom && chart == ProgressChart.Levels)
        {
            // The legend goes under a narrow chart, a line per competency at worst: it grows the chart, not into it.
            height += Math.Max(0, report.Competencies.Count - 2) * NarrowLegendLine;
        }

        using var plot = Build(report, chart, LabelLanguage(language), width);
        var svg = DrawSvg(width, height, canvas => plot.Render(canvas, width, height), plot.RenderManager);
        return Scalable(svg, width, height);
    }

    /// <summary>
    /// Draws once to lay the chart out, then once into an SVG canvas. ScottPlot draws a plot a second time when its
    /// first drawing changes the layout (the ticks' room); on a bitmap the second drawing covers the first, in an SVG
    /// both would stay, so the first drawing goes to a canvas that keeps nothing (layout measures text, it needs no
    /// pixels). ScottPlot's own <c>GetSvgXml</c> lays out on a bitmap, twice here, and that was half a chart's time.
    /// </summary>
    private static string DrawSvg(int width, int height, Action<SKCanvas> render, params ScottPlot.Rendering.RenderManager[] managers)
    {
        using (var layout = new SKNoDrawCanvas(width, height))
        {
            render(layout);
            // A legend is measured by its previous drawing (at first, all its items on one line): a legend under a
            // narrow chart, wrapped onto more lines, gets its room only from the second drawing.
            render(layout);
        }

        using var stream = new MemoryStream();
        var clears = managers.Select(m => m.ClearCanvasBeforeEachRender).ToList();
        try
        {
            // Nothing to clear on an SVG canvas (as in ScottPlot's own GetSvgXml).
            Array.ForEach(managers, m => m.ClearCanvasBeforeEachRender = false);
            using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream);
            render(canvas);
        }
        finally
        {
            for (var i = 0; i < managers.Length; i++)
            {
                managers[i].ClearCanvasBeforeEachRender = clears[i];
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The root element gains viewBox="0 0 width height"; the XML declaration, which HTML does not want inline, goes.
    private static string Scalable(string svg, int width, int height)
    {
        var root = svg.IndexOf("<svg ", StringComparison.Ordinal);
        if (root < 0 || svg.Contains("viewBox=", StringComparison.Ordinal))
        {
            return svg;
        }

        return string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" {svg[(root + 5)..]}");
    }

    /// <summary>All the charts, one above the other, as SVG text.</summary>
    public string Svg(ProgressReport report, Language language)
    {
        var (multiplot, plots) = All(report, LabelLanguage(language));
        try
        {
            var (width, height) = (Width, ChartHeight * plots.Count);
            return DrawSvg(width, height, canvas => multiplot.Render(canvas, new PixelRect(0, width, height, 0)), [.. plots.Select(p => p.RenderManager)]);
        }
        finally
        {
            plots.ForEach(p => p.Dispose());
        }
    }

    /// <summary>All the charts, one above the other, as a PNG image.</summary>
    public byte[] Png(ProgressReport report, Language language)
    {
        var (multiplot, plots) = All(report, LabelLanguage(language));
        try
        {
            return multiplot.Render(Width, ChartHeight * plots.Count).GetImageBytes(ImageFormat.Png);
        }
        finally
        {
            plots.ForEach(p => p.Dispose());
        }
    }

    private (Multiplot Multiplot, List<Plot> Plots) All(ProgressReport report, Language language)
    {
        var plots = Enum.GetValues<ProgressChart>().Select(c => Build(report, c, language, Width)).ToList();
        var multiplot = new Multiplot(plots[0]) { Layout = new ScottPlot.MultiplotLayouts.Rows() };
        plots.Skip(1).ToList().ForEach(multiplot.AddPlot);
        return (multiplot, plots);
    }

    private Plot Build(ProgressReport report, ProgressChart chart, Language language, int width)
    {
        var plot = new Plot();
        var sessions = report.Sessions;
        string[] leftTicks = []; // numbers, unless set
        switch (chart)
        {
            case ProgressChart.Levels:
                leftTicks = Levels(plot, report, language, Legend(width));
                break;
            case ProgressChart.Fillers:
                plot.Title(T(language, "progress.chart.fillers"));
                plot.Add.Bars(Bars(sessions, s => s.FillersPer100Words, IColor));
                break;
            case ProgressChart.SpeakingTime:
                plot.Title(T(language, "progress.chart.speaking"));
                plot.Add.Bars(Bars(sessions, s => Math.Round(s.SpeakingSeconds / 60.0, 1), IColor));
                break;
            case ProgressChart.Ownership:
                Ownership(plot, sessions, language, Legend(width));
                break;
        }

        if (chart is ProgressChart.Fillers or ProgressChart.SpeakingTime)
        {
            // Bars stand on zero, with room above the tallest. Set, not left to autoscaling: bars that are all zero
            // (no filler at all) would otherwise get an axis reaching below zero, for a count that cannot be negative.
            var tallest = sessions
                .Select(s => chart == ProgressChart.Fillers ? s.FillersPer100Words ?? 0 : s.SpeakingSeconds / 60.0)
                .DefaultIfEmpty(0)
                .Max();
            plot.Axes.SetLimitsY(0, tallest > 0 ? tallest * 1.3 : 1);
        }

        plot.Axes.SetLimitsX(0.5, Math.Max(sessions.Count, 1) + 0.5);
        plot.Axes.Bottom.SetTicks(SessionTicks(sessions, width, out var labels), labels);
        plot.XLabel(T(language, "progress.chart.session"));
        if (width < LegendBesideFrom)
        {
            // Shown at about 85% of its size on a phone, and less inside a card: ticks and legend a little larger.
            plot.Axes.GetAxes().ToList().ForEach(a => a.TickLabelStyle.FontSize = NarrowLabelSize);
            plot.Legend.ManualItems.ForEach(i => i.LabelStyle.FontSize = NarrowLabelSize);
        }

        Fonts(plot, leftTicks, labels);
        return plot;
    }

    /// <returns>The labels of the level axis.</returns>
    private string[] Levels(Plot plot, ProgressReport report, Language language, Edge legend)
    {
        plot.Title(T(language, "progress.chart.levels"));
        plot.Add.Palette = new ScottPlot.Palettes.Category20();
        var position = report.Sessions.Select((s, i) => (s.Id, X: i + 1.0)).ToDictionary(p => p.Id, p => p.X);
        var count = report.Competencies.Count;
        for (var k = 0; k < count; k++)
        {
            var competency = report.Competencies[k];
            // Lines on the same level are drawn a little apart so that every competency stays visible.
            var offset = count == 1 ? 0 : (k - ((count - 1) / 2.0)) * Math.Min(0.05, 0.5 / count);
            var xs = competency.Points.Select(p => position[p.Session]).ToArray();
            var ys = competency.Points.Select(p => ProgressBuilder.Score(p.Level) + offset).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.MarkerSize = 8;
            line.LineWidth = 2;
            // A legend item of its own rather than the line's, so that its label's style can be set (see Fonts).
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = competency.Name[language],
                LineColor = line.LineColor,
                LineWidth = line.LineWidth,
                MarkerShape = line.MarkerShape,
                MarkerSize = line.MarkerSize,
                MarkerFillColor = line.MarkerFillColor,
                MarkerLineColor = line.MarkerLineColor,
            });
        }

        EvidenceLevel[] levels = [EvidenceLevel.None, EvidenceLevel.Weak, EvidenceLevel.Adequate, EvidenceLevel.Strong];
        string[] names = [.. levels.Select(l => T(language, l.MessageKey()))];
        plot.Axes.Left.SetTicks([.. levels.Select(l => (double)ProgressBuilder.Score(l))], names);
        plot.Axes.SetLimitsY(-0.5, 3.5);
        if (count > 0)
        {
            plot.ShowLegend(legend);
        }

        return names;
    }

    private void Ownership(Plot plot, IReadOnlyList<SessionProgress> sessions, Language language, Edge legend)
    {
        plot.Title(T(language, "progress.chart.ownership"));
        var bars = new List<Bar>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].Ownership.IShare is not { } share)
            {
                continue;
            }

            bars.Add(new Bar { Position = i + 1, ValueBase = 0, Value = share * 100, FillColor = IColor });
            bars.Add(new Bar { Position = i + 1, ValueBase = share * 100, Value = 100, FillColor = WeColor });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = T(language, "progress.chart.i"), FillColor = IColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = T(language, "progress.chart.we"), FillColor = WeColor });
        plot.ShowLegend(legend);
        plot.Axes.SetLimitsY(0, 100);
    }

    // Over this many bars a value above each would be a few pixels wide and overlap its neighbours; the bar's height
    // says it, and every value is in the table beside the chart. Each label is also a text Skia's SVG canvas writes
    // at a price: for every text it maps each glyph of the font back to a character, and in a CJK collection (65,000
    // glyphs) that is milliseconds a label, so 100 of them were most of the chart's time (122 → 37 ms, see README).
    private const int MaxLabelledBars = 20;

    private static List<Bar> Bars(IReadOnlyList<SessionProgress> sessions, Func<SessionProgress, double?> value, Color color) =>
        [.. sessions.Select((s, i) => (Value: value(s), X: i + 1.0))
            .Where(p => p.Value is not null)
            .Select(p => new Bar
            {
                Position = p.X,
                Value = p.Value!.Value,
                FillColor = color,
                Label = sessions.Count <= MaxLabelledBars ? p.Value.Value.ToString("0.#", CultureInfo.InvariantCulture) : "",
            })];

    private static Edge Legend(int width) => width < LegendBesideFrom ? Edge.Bottom : Edge.Right;

    /// <summary>A date under each session, at most one per 80 pixels (twelve on a wide chart) so that they never overlap.</summary>
    private static double[] SessionTicks(IReadOnlyList<SessionProgress> sessions, int width, out string[] labels)
    {
        var most = Math.Max(2, width / 80);
        var step = Math.Max(1, (int)Math.Ceiling(sessions.Count / (double)most));
        var shown = sessions.Select((s, i) => (s, X: i + 1.0)).Where(p => (p.X - 1) % step == 0).ToList();
        labels = [.. shown.Select(p => p.s.Date.ToString("MM-dd", CultureInfo.InvariantCulture))];
        return [.. shown.Select(p => p.X)];
    }

    /// <summary>
    /// Names the font of every label of <paramref name="plot"/> on the label itself, by its text (see
    /// <see cref="ChartFonts.Family"/>). ScottPlot's own <c>plot.Font.Set</c> is not used: it also writes the
    /// process-wide default font and typeface, which every label made afterwards starts from, in any plot on any
    /// thread, so two requests drawing at once (one Korean, one English) would hand each other their font. A label
    /// whose typeface is set draws with that typeface whatever the default is.
    /// </summary>
    /// <param name="plot">The plot, built.</param>
    /// <param name="left">The labels set on the left axis's ticks, <paramref name="bottom"/> on the bottom one's
    /// (ScottPlot keeps them out of reach until drawn); ticks it makes itself are numbers.</param>
    private void Fonts(Plot plot, string[] left, string[] bottom)
    {
        // The legend would otherwise choose a font per render by asking for one per character, which the SkiaSharp
        // build ScottPlot ships cannot answer.
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontName = null; // each item keeps its own

        Font(plot.Axes.Title.Label, plot.Axes.Title.Label.Text, shift: true);
        foreach (var axis in plot.Axes.GetAxes())
        {
            var isBottom = axis == plot.Axes.Bottom;
            Font(axis.Label, axis.Label.Text, shift: isBottom);
            Font(axis.TickLabelStyle, string.Concat(isBottom ? bottom : axis == plot.Axes.Left ? left : []), shift: isBottom);
        }

        foreach (var item in plot.Legend.ManualItems)
        {
            Font(item.LabelStyle, item.LabelText, shift: true);
        }

        foreach (var bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
        {
            Font(bars.ValueLabelStyle, string.Concat(bars.Bars.Select(b => b.Label)), shift: false);
        }
    }

    // ScottPlot draws a label with its Font (a typeface) when set, else with the typeface named by FontName; both are
    // set here so that neither is left to the process-wide default.
    private void Font(LabelStyle style, string text, bool shift)
    {
        var family = fonts.Family(text);
        if (family is not null)
        {
            style.FontName = family;
        }

        // Regular even where ScottPlot would make a title bold, as the charts have always been drawn.
        style.Font = ChartFonts.Typeface(family);
        if (shift)
        {
            style.OffsetY = fonts.Shift(family, style.FontSize);
        }
    }

    private string T(Language language, string key) => messages.Get(language, key);
}
