using BenchmarkDotNet.Attributes;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Benchmarks;

/// <summary>Target: one turn of a mock loop (answer in, analysis, next question or follow-up chosen, saved to SQLite) under 50 ms.</summary>
[Config(typeof(BenchmarkConfig))]
public class TurnBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-").FullName;
    private LoopCoachDatabase _database = null!;
    private SessionStore _sessions = null!;
    private LoopPlan _plan = null!;
    private InterviewEngine _engine = null!;
    private long _session;
    private string _answer = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _database = LoopCoachDatabase.Open(Path.Combine(_folder, "bench.db"));
        _sessions = new SessionStore(_database, TimeProvider.System);
        _plan = LoopPlanner.Plan(content.GetTemplate("amazon-loop"), null, Language.En, 1, content.Frameworks, content.Questions);
        _answer = Answers.EnglishWords(250);
        NewSession();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "loop turn: answer, analyse, choose, save")]
    public Turn Turn()
    {
        if (_engine.IsFinished)
        {
            NewSession();
        }

        var answer = _engine.Current!.Kind == TurnKind.Closing ? "What does success look like in six months?" : _answer;
        var turn = _engine.Answer(answer);
        _sessions.SaveTurn(_session, turn, _engine.IsFinished ? SessionStatus.Finished : SessionStatus.Running);
        return turn;
    }

    private void NewSession()
    {
        _session = _sessions.Create(_plan).Id;
        var content = ContentCatalog.BuiltIn;
        var analyzer = new AnswerAnalyzer(content.Lexicon, content.Frameworks, content.Probes, content.Messages);
        _engine = new InterviewEngine(_plan, analyzer, content.Questions, content.Probes, content.Ask, content.Frameworks, content.Messages);
    }
}
