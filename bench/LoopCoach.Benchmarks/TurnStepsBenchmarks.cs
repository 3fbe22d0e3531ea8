using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LoopCoach.Application;
using LoopCoach.Application.Json;
using LoopCoach.Application.Loops;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Web;

namespace LoopCoach.Benchmarks;

/// <summary>
/// Where the time of one loop turn goes, step by step, on a session twelve answers in (as <c>bench/web.sh</c>
/// practises them): the session read from SQLite, the engine restored, the answer analysed and the next line
/// chosen, the debrief, the measures for progress, and the session as the API returns it (<c>SessionJson</c>, whole
/// or slim). "Whole turn through the API" is <see cref="LoopService.Answer"/> plus that JSON, as
/// <c>POST /api/loops/ID/answers</c> runs it.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TurnStepsBenchmarks
{
    private const int AnsweredBefore = 12;

    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-bench-steps-").FullName;
    private LoopCoachDatabase _database = null!;
    private Engines _engines = null!;
    private SessionStore _store = null!;
    private LoopService _loops = null!;
    private LoopPlan _plan = null!;
    private SessionRecord _record = null!;
    private SessionView _view = null!;
    private InterviewEngine _answered = null!;
    private JsonSerializerOptions _json = null!;
    private string _answer = "";
    private SessionView _live = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _database = LoopCoachDatabase.Open(Path.Combine(_folder, "bench.db"));
        var app = new LoopCoachApp(content, () => _database, TimeProvider.System, Owner.Local);
        _engines = app.Engines;
        _loops = app.Loops;
        _store = new SessionStore(_database, TimeProvider.System);
        _plan = _loops.Plan(content.GetTemplate("amazon-loop"), null, Language.En, 1);
        _answer = Answers.EnglishWords(250);
        _json = new JsonSerializerOptions();
        LoopCoachWeb.Configure(_json);

        var session = _loops.Start(_plan);
        for (var i = 0; i < AnsweredBefore; i++)
        {
            session = _loops.Answer(session.Id, AnswerTo(session)).Session;
        }

        _record = _store.Get(session.Id);
        _view = session;
        _answered = Restore();
        _answered.Answer(AnswerTo(session));
        _live = _loops.Start(_plan);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "turn step: read the session (SQLite + JSON)")]
    public SessionRecord Load() => _store.Get(_record.Id);

    [Benchmark(Description = "turn step: restore the engine")]
    public InterviewEngine RestoreEngine() => Restore();

    [Benchmark(Description = "turn step: restore, analyse the answer, choose the next line")]
    public Turn Answer() => Restore().Answer(AnswerTo(_view));

    [Benchmark(Description = "turn step: the debrief, every story judged")]
    public LoopDebrief Debrief() => _engines.Debrief(_answered);

    [Benchmark(Description = "turn step: the debrief from the one saved before")]
    public LoopDebrief DebriefUpdate() => _engines.Debrief(_answered, _record.Debrief);

    [Benchmark(Description = "turn step: the measures")]
    public MeasuredSession Measures() => ProgressBuilder.Measure(new PracticeSession
    {
        Id = _record.Id,
        Template = _plan.Template,
        Language = _plan.Language,
        Finished = false,
        StartedAt = _record.CreatedAt,
        Date = _record.UpdatedAt,
        Turns = _answered.Turns,
        Debrief = _record.Debrief!,
    });

    [Benchmark(Description = "turn step: the session as JSON (whole)")]
    public string ResponseWhole() => JsonSerializer.Serialize(SessionJson.From(_view), _json);

    [Benchmark(Description = "turn step: the answer as JSON (?view=turn)")]
    public string ResponseTurn() => JsonSerializer.Serialize(AnswerTurnJson.From(_answered.Turns[^1], _view), _json);

    [Benchmark(Description = "whole turn through the API (answer + whole JSON)")]
    public string WholeTurn()
    {
        // Sessions of up to 24 answers, so that the figure is that of a turn in the middle of a loop.
        if (_live.IsFinished || _live.Turns.Count >= 24)
        {
            _live = _loops.Start(_plan);
        }

        _live = _loops.Answer(_live.Id, AnswerTo(_live)).Session;
        return JsonSerializer.Serialize(SessionJson.From(_live), _json);
    }

    private InterviewEngine Restore() =>
        _engines.Interview(_record.Plan).Restore([.. _record.Turns.Select(t => t.Kept!)], _record.State!);

    private string AnswerTo(SessionView session) =>
        session.Next!.Kind == TurnKind.Closing ? "What does success look like in six months?" : _answer;
}
