using System.Security.Cryptography;
using System.Text.Json;
using LoopCoach.Charts;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Progress;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;

namespace LoopCoach.Web.Hosting;

/// <summary>
/// Progress charts drawn once per distinct picture. Drawing one takes a tenth of a second and more, and Home and
/// /progress draw them on every visit although they change only when a new answer is given. A chart is kept under
/// the hash of the figures it draws, its kind and its language, so the same figures give the same SVG to whoever
/// has them and any new answer gives a new key: nothing of a user is kept that the figures do not already say, and
/// a node that has not drawn it yet simply draws it.
/// </summary>
public sealed class ChartCache(IMemoryCache cache)
{
    /// <summary>How many drawn charts a process keeps at most (each figure keeps two).</summary>
    public const int Capacity = 1024;

    /// <summary>
    /// The chart of <paramref name="report"/> as a figure's content, drawn now or taken from the cache: the wide
    /// drawing and the one for a phone (<see cref="ProgressCharts.NarrowWidth"/>), of which the style sheet shows
    /// one by the screen's width. One drawing scaled to a phone wrote its labels 4 pixels high.
    /// </summary>
    public MarkupString Figure(ProgressCharts charts, ProgressReport report, ProgressChart chart, Language language)
    {
        var figures = JsonSerializer.SerializeToUtf8Bytes(report);
        var wide = Svg(charts, report, chart, language, figures, ProgressCharts.Width, ProgressCharts.ChartHeight);
        var narrow = Svg(charts, report, chart, language, figures, ProgressCharts.NarrowWidth, ProgressCharts.NarrowHeight);
        return new MarkupString($"<div class=\"chart-wide\">{wide}</div><div class=\"chart-narrow\">{narrow}</div>");
    }

    private string Svg(ProgressCharts charts, ProgressReport report, ProgressChart chart, Language language, byte[] figures, int width, int height)
    {
        var key = $"chart:{chart}:{language.Code()}:{width}x{height}:{Convert.ToHexString(SHA256.HashData(figures))}";
        return cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return charts.Svg(report, chart, language, width, height);
        })!;
    }
}
