namespace LoopCoach.Cli.Tests;

/// <summary>Several loopcoach processes writing one bank at once: every write lands, none fails.</summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private const int Processes = 4;
    private const int EditsEach = 5;

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void StoriesEdit_SeveralProcessesEditingOneStory_EveryEditIsAVersion()
    {
        Assert.Equal(0, _loopcoach.Run("stories", "add", "--title", "Shared", "--action", "I did it.").ExitCode);

        var results = Enumerable.Range(0, Processes).AsParallel().WithDegreeOfParallelism(Processes)
            .SelectMany(p => Enumerable.Range(0, EditsEach).Select(e => _loopcoach.Run("stories", "edit", "1", "--lesson", $"process {p}, edit {e}")).ToList())
            .ToList();
        var history = _loopcoach.Run("stories", "history", "1", "--json");

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var versions = history.Json.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, 1 + (Processes * EditsEach)), versions);
    }

    [Fact]
    public void StoriesAdd_SeveralProcessesCreatingANewBank_AllSucceed()
    {
        var results = Enumerable.Range(0, Processes).AsParallel().WithDegreeOfParallelism(Processes)
            .Select(p => _loopcoach.Run("stories", "add", "--title", $"First {p}", "--action", "I did it."))
            .ToList();
        var stories = _loopcoach.Run("stories", "list", "--json");

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(Processes, stories.Json.GetArrayLength());
    }
}
