using BenchmarkDotNet.Attributes;
using LoopCoach.Application;
using LoopCoach.Charts;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Benchmarks;

/// <summary>
/// What GET / and /progress spend on a bank of 100 practised mock loops (12 answers each): the progress report as
/// read now (the measures kept with each answer), as it was read before schema 7 (every transcript and debrief), and
/// the level chart the home page draws from it. Target: each page's server time under 100 ms.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ProgressBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-").FullName;
    private LoopCoachDatabase _database = null!;
    private LoopCoachApp _app = null!;
    private ProgressCharts _charts = null!;
    private ProgressReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _database = LoopCoachDatabase.Open(Path.Combine(_folder, "bench.db"));
        _app = new LoopCoachApp(content, () => _database, TimeProvider.System, Owner.Local);
        var plan = _app.Loops.Plan(content.GetTemplate("amazon-loop"), null, Language.En, 1);
        string[] answers = ["I lead support for our clinic software and I own the refund process.", Answers.EnglishWords(120), "skip"];
        for (var s = 0; s < 100; s++)
        {
            var id = _app.Loops.Start(plan).Id;
            for (var n = 0; n < 12 && _app.Loops.Get(id).Next is { } next; n++)
            {
                _app.Loops.Answer(id, next.Kind == TurnKind.Closing ? "What does success look like?" : answers[n % 3]);
            }

            _app.Loops.Pause(id);
        }

        _charts = new ProgressCharts(content.Messages);
        _report = _app.Progress.Report();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "progress report, 100 loops: kept measures")]
    public ProgressReport Report() => _app.Progress.Report();

    [Benchmark(Baseline = true, Description = "progress report, 100 loops: every transcript (before schema 7)")]
    public ProgressReport ReportFromTranscripts() =>
        ProgressBuilder.Build(
            new SessionStore(_database, TimeProvider.System).Practised().Select(r => new PracticeSession
            {
                Id = r.Id,
                Template = r.Plan.Template,
                Language = r.Plan.Language,
                Finished = r.Status == SessionStatus.Finished,
                StartedAt = r.CreatedAt,
                Date = r.Turns.Max(t => t.SavedAt),
                Turns = [.. r.Turns.Select(t => t.Kept).OfType<Turn>()],
                Debrief = r.Debrief!,
            }),
            _app.Content.Frameworks);

    [Benchmark(Description = "home's level chart (SVG), 100 loops")]
    public string LevelChart() => _charts.Svg(_report, ProgressChart.Levels, Language.En);

    [Benchmark(Description = "the four charts of /progress (SVG), 100 loops")]
    public int FourCharts() =>
        _charts.Svg(_report, ProgressChart.Levels, Language.En).Length + _charts.Svg(_report, ProgressChart.Fillers, Language.En).Length
        + _charts.Svg(_report, ProgressChart.SpeakingTime, Language.En).Length + _charts.Svg(_report, ProgressChart.Ownership, Language.En).Length;
}
