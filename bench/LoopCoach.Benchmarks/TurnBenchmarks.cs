using BenchmarkDotNet.Attributes;
using LoopCoach.Application;
using LoopCoach.Application.Loops;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Benchmarks;

/// <summary>
/// Target: one turn of a mock loop under 50 ms, as every front end runs it through the loop service: the session
/// loaded from SQLite and the engine restored, the answer analysed, the next question or follow-up chosen, the turn,
/// the engine's state and the debrief saved in one transaction.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TurnBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-").FullName;
    private LoopCoachDatabase _database = null!;
    private LoopService _loops = null!;
    private LoopPlan _plan = null!;
    private SessionView _session = null!;
    private string _answer = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _database = LoopCoachDatabase.Open(Path.Combine(_folder, "bench.db"));
        _loops = new LoopCoachApp(content, () => _database, TimeProvider.System, Owner.Local).Loops;
        _plan = _loops.Plan(content.GetTemplate("amazon-loop"), null, Language.En, 1);
        _answer = Answers.EnglishWords(250);
        _session = _loops.Start(_plan);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "loop turn: load, answer, analyse, choose, save")]
    public Turn Turn()
    {
        if (_session.IsFinished)
        {
            _session = _loops.Start(_plan);
        }

        var answer = _session.Next!.Kind == TurnKind.Closing ? "What does success look like in six months?" : _answer;
        var outcome = _loops.Answer(_session.Id, answer);
        _session = outcome.Session;
        return outcome.Turn;
    }
}
