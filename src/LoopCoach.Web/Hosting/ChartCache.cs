using System.Security.Cryptography;
using System.Text.Json;
using LoopCoach.Charts;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Progress;
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
    /// <summary>How many drawn charts a process keeps at most.</summary>
    public const int Capacity = 512;

    /// <summary>The chart of <paramref name="report"/>, drawn now or taken from the cache.</summary>
    public string Svg(ProgressCharts charts, ProgressReport report, ProgressChart chart, Language language)
    {
        var key = $"chart:{chart}:{language.Code()}:{Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(report)))}";
        return cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return charts.Svg(report, chart, language);
        })!;
    }
}
