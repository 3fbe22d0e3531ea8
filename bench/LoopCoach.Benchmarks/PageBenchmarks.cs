using BenchmarkDotNet.Attributes;
using LoopCoach.Application;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Web;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LoopCoach.Benchmarks;

/// <summary>
/// The server time of GET / and GET /progress, the pages that draw progress charts, for a bank of 100 finished mock
/// loops: the whole web app (middleware, page, database, charts) in this process on the in-memory test server, so no
/// network and no other load on the machine is in the figure. "First" empties the chart cache before each request
/// (a new picture: the first visit after an answer, or a node that has not drawn it); "cached" is every later visit.
/// Each chart is drawn twice on a first visit, wide and narrow for a phone (the page carries both).
/// Target: each page under 100 ms.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class PageBenchmarks
{
    private const int Loops = 100;

    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-pages-").FullName;
    private WebApplication _web = null!;
    private HttpClient _client = null!;
    private MemoryCache _charts = null!;

    [Params("en", "ko")]
    public string Lang { get; set; } = "en";

    [GlobalSetup]
    public async Task Setup()
    {
        var path = Path.Combine(_folder, "bank.db");
        Seed(path);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[WebSettings.DatabaseKey] = path;
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.AddLoopCoachWeb();
        _web = builder.Build();
        _web.MapLoopCoachWeb();
        await _web.StartAsync();
        _client = _web.GetTestClient();
        _client.DefaultRequestHeaders.Add("Cookie", WebLanguage.CookieName + "=" + Lang);
        _charts = (MemoryCache)_web.Services.GetRequiredService<IMemoryCache>();

        // Both pages once, so that a failure shows here rather than as a fast wrong figure.
        foreach (var page in new[] { "/", "/progress" })
        {
            var html = await Get(page);
            if (!html.Contains("<svg", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{page} drew no chart for {Loops} finished loops");
            }
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _web.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "GET /, first render (chart drawn)")]
    public Task<string> HomeFirst()
    {
        _charts.Clear();
        return Get("/");
    }

    [Benchmark(Description = "GET /, chart cached")]
    public Task<string> HomeCached() => Get("/");

    [Benchmark(Description = "GET /progress, first render (4 charts drawn)")]
    public Task<string> ProgressFirst()
    {
        _charts.Clear();
        return Get("/progress");
    }

    [Benchmark(Description = "GET /progress, charts cached")]
    public Task<string> ProgressCached() => Get("/progress");

    private async Task<string> Get(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>100 phone screens answered to their end, as the one local user, a day apart.</summary>
    private static void Seed(string path)
    {
        var content = ContentCatalog.BuiltIn;
        using var database = LoopCoachDatabase.Open(path);
        var clock = new Days(DateTimeOffset.UtcNow.AddDays(-Loops));
        var app = new LoopCoachApp(content, () => database, clock, Owner.Local);
        string[] answers =
        [
            "I lead support for our clinic software and I own the refund process.",
            Answers.EnglishWords(120),
            "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month.",
            "skip",
        ];
        for (var s = 0; s < Loops; s++)
        {
            var plan = app.Loops.Plan(content.GetTemplate("phone-screen"), null, s % 2 == 0 ? Language.En : Language.Ko, s + 1);
            clock.Next();
            var id = app.Loops.Start(plan).Id;
            for (var n = 0; n < 60 && app.Loops.Get(id).Next is { } next; n++)
            {
                app.Loops.Answer(id, next.Kind == TurnKind.Closing ? "What does success look like in this role?" : answers[n % answers.Length]);
            }
        }
    }

    /// <summary>A clock a day later at each loop, so that the charts have 100 dates to draw.</summary>
    private sealed class Days(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Next() => _now = _now.AddDays(1);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
