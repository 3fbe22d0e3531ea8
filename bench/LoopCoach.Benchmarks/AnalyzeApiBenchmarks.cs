using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Stories;
using LoopCoach.Web;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace LoopCoach.Benchmarks;

/// <summary>
/// Where the server time of <c>POST /api/analyze</c> goes for the body <c>bench/web.sh</c> sends (a 400-word
/// answer built from one sentence): the analysis alone, its JSON, and the whole request through the web app on
/// ASP.NET Core's test server (middleware, model binding, analysis, JSON; no network). Target over HTTP: 2,000
/// requests a second on two cores, so about 1 ms of server time a request.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class AnalyzeApiBenchmarks
{
    private const string Sentence = "Last year our biggest client threatened to leave because the weekly report was wrong, so I rebuilt the queries myself, checked every number with them each Monday, and within two months the errors fell from eight a month to one and they renewed for another year.";

    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-analyze-").FullName;
    private WebApplication _web = null!;
    private HttpClient _client = null!;
    private AnswerAnalyzer _analyzer = null!;
    private JsonSerializerOptions _json = null!;
    private AnswerAnalysis _analysis = null!;
    private string _answer = "";
    private byte[] _body = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var answer = new StringBuilder();
        while (answer.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 400)
        {
            answer.Append(Sentence).Append(' ');
        }

        _answer = answer.ToString();
        _body = Encoding.UTF8.GetBytes($$"""{"answer":"{{_answer}}","competency":"customer-obsession"}""");
        var content = ContentCatalog.BuiltIn;
        _analyzer = new AnswerAnalyzer(content.Lexicon, content.Frameworks, content.Probes, content.Messages);
        _json = new JsonSerializerOptions();
        LoopCoachWeb.Configure(_json);
        _analysis = Analyze();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[WebSettings.DatabaseKey] = Path.Combine(_folder, "bank.db");
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.AddLoopCoachWeb();
        _web = builder.Build();
        _web.MapLoopCoachWeb();
        await _web.StartAsync();
        _client = _web.GetTestClient();
        if (!(await Post()).Contains("\"findings\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("POST /api/analyze returned no analysis");
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

    [Benchmark(Description = "analyze API step: the analysis")]
    public AnswerAnalysis Analyze() =>
        _analyzer.Analyze(new AnswerRequest { Text = _answer, Competency = "customer-obsession", ThisMonth = new YearMonth(2026, 11) });

    [Benchmark(Description = "analyze API step: its JSON")]
    public byte[] Json() => JsonSerializer.SerializeToUtf8Bytes(_analysis, _json);

    [Benchmark(Description = "POST /api/analyze, whole, on the test server")]
    public Task<string> Whole() => Post();

    private async Task<string> Post()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/api/analyze", content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
