using System.Diagnostics;
using System.Text;
using CsCheck;
using LoopCoach.Application;
using LoopCoach.Application.Answers;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Fuzz.Tests;

/// <summary>
/// Every parser and engine entry point, given the generators' nasty input: it either works or refuses with the
/// product's own input error; any other exception is a bug (it would reach the user as "Something went wrong
/// inside"), and so is a call that takes longer than <see cref="Bound"/>.
/// </summary>
public sealed class EngineProperties : IDisposable
{
    // A hang detector, not a speed target (those are benchmarks): the slowest input at the largest size takes
    // about 2 s on a loaded two-core machine.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-fuzz-").FullName;
    private readonly LoopCoachDatabase _database;
    private readonly LoopCoachApp _app;

    public EngineProperties()
    {
        _database = LoopCoachDatabase.Open(Path.Combine(_folder, "bank.db"));
        _app = new LoopCoachApp(ContentCatalog.BuiltIn, () => _database, TimeProvider.System, Owner.Local);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void AnswerAnalysis_AnyText_WorksOrRefuses() =>
        Nasty.Text.Sample(text => Refuses(() => _app.Answers.Analyze(new AnswerToAnalyze { Answer = text, Competency = "ownership" })), iter: 1000, threads: 1);

    [Fact]
    public void QuestionClassification_AnyLines_WorksOrRefuses() =>
        Nasty.Text.Sample(text => Refuses(() => _app.Questions.Classify(text.Split('\n'), "amazon-lp", 3)), iter: 1000, threads: 1);

    [Fact]
    public void PostingAnalysis_AnyText_WorksOrRefuses() =>
        Nasty.Text.Sample(text => Refuses(() => _app.Postings.Analyze(text)), iter: 500, threads: 1);

    [Fact]
    public void RetrospectiveImport_AnyText_WorksOrRefuses() =>
        Nasty.Text.Sample(text => Refuses(() => _app.Retros.Import(text, "", "", null)), iter: 500, threads: 1);

    [Fact]
    public void StoryImport_DamagedExportFile_WorksOrRefuses() =>
        Nasty.StoryExport.Sample(json => Refuses(() => _app.Stories.Import(Encoding.UTF8.GetBytes(json), "fuzz.json", dryRun: true)), iter: 1000, threads: 1);

    [Fact]
    public void StoryImport_AnyBytes_WorksOrRefuses() =>
        Gen.Byte.Array[0, 400].Sample(bytes => Refuses(() => _app.Stories.Import(bytes, "fuzz.json", dryRun: true)), iter: 1000, threads: 1);

    [Fact]
    public void FrameworkFile_NullsAndNastyValues_LoadOrRefuse() =>
        Nasty.Framework.Sample(yaml => Refuses(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("fuzz.yaml", yaml)]).Frameworks.Frameworks.Count), iter: 500, threads: 1);

    [Fact]
    public void LoopTemplate_NullsAndNastyValues_LoadOrRefuse() =>
        Nasty.Template.Sample(yaml => Refuses(() => ContentCatalog.BuiltIn.ParseTemplate(new ContentText("fuzz.yaml", yaml))), iter: 500, threads: 1);

    [Fact]
    public void ContentFiles_AnyText_LoadOrRefuse() =>
        Nasty.Text.Sample(text => Refuses(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("fuzz.yaml", text)]).Frameworks.Frameworks.Count), iter: 500, threads: 1);

    [Fact]
    public void StoryFields_AnyText_SaveOrRefuse() =>
        Nasty.Text.Sample(text => Refuses(() => _app.Stories.Add(new Core.Stories.StoryContent { Title = text, Action = text })), iter: 500, threads: 1);

    private static void Refuses(Func<object?> call)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            _ = call();
        }
        catch (LoopCoachException e) when (e.Kind == ErrorKind.InvalidInput)
        {
            // The product's own refusal, with a message in the user's language.
        }

        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
