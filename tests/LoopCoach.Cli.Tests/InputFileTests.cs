namespace LoopCoach.Cli.Tests;

/// <summary>Every file the user names is read one way: only saved files, within the size limit, as text.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [SkippableTheory]
    [InlineData("/dev/zero", "is not a saved file")]
    [InlineData("/dev/urandom", "is not a saved file")]
    [InlineData("", "The file name is empty")]
    public void Analyze_FileThatIsNotASavedFile_IsRefusedAtOnce(string path, string message)
    {
        Skip.If(OperatingSystem.IsWindows() && path.StartsWith("/dev", StringComparison.Ordinal), "Windows has no /dev.");

        var result = _loopcoach.Run("analyze", "--file", path);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Folder_SaysItIsAFolder()
    {
        var result = _loopcoach.Run("analyze", "--file", _loopcoach.Folder);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is a folder, not a file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkFile_LinkToALargeFile_IsJudgedByTheFileItLeadsTo()
    {
        var large = _loopcoach.WriteFile("large.txt", new string('a', 2 * 1024 * 1024));
        var link = Path.Combine(_loopcoach.Folder, "mine.yaml");
        File.CreateSymbolicLink(link, large);

        var result = _loopcoach.Run("--framework-file", link, "frameworks", "list");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is larger than the limit", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoncharacterInValidUtf8_NamesTheLineAndColumn()
    {
        var result = _loopcoach.RunWithInput("First line.\nI led it \uFFFE, cost -30%.\n", "analyze");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("line 2, column 10: U+FFFE is not a text character", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("went wrong inside", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopRun_AnswerOverTheLimit_IsRefusedBeforeAnySessionStarts()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", "{\"answer\": \"I'm an analyst.\"}\n{\"answer\": \"" + new string('x', 50_001) + "\"}\n");

        var result = _loopcoach.Run("loop", "run", "--seed", "1", "--answers", answers);
        var sessions = _loopcoach.Run("loop", "list", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("line 2: the answer is too long", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, sessions.Json.GetArrayLength());
    }
}
