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

/// <summary>Files of every format with nulls and pipes: refused with the path of the fault, nothing changed.</summary>
public sealed class InputShapeTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [SkippableFact]
    public void Analyze_NamedPipe_IsRefusedByItsTypeWithoutWaitingForAWriter()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows has no mkfifo.");
        var pipe = Path.Combine(_loopcoach.Folder, "answer.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        // Run gives up after 60 s: a reader that waited for a writer would fail here instead of hanging the suite.
        var result = _loopcoach.Run("analyze", "--file", pipe);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is not a saved file", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"format\":\"loopcoach.stories\",\"formatVersion\":1,\"stories\":null}", "stories: expected a list, found null")]
    [InlineData("{\"format\":\"loopcoach.stories\",\"formatVersion\":1,\"stories\":[null]}", "stories[0]: expected an entry, found null")]
    [InlineData("{\"format\":\"loopcoach.stories\",\"formatVersion\":1,\"stories\":[{\"uid\":\"0b7f2a52-5f0e-4c55-9d2c-1c1b9d6c7a01\",\"title\":\"T\",\"tags\":[null],\"history\":[null]}]}", "stories[0].tags[0]: expected text, found null")]
    public void StoriesImport_NullWhereTheFormatHasAValue_NamesItsPathAndImportsNothing(string json, string message)
    {
        var file = _loopcoach.WriteFile("import.json", json);

        var result = _loopcoach.Run("stories", "import", file);
        var stories = _loopcoach.Run("stories", "list", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, stories.Json.GetArrayLength());
    }

    [Fact]
    public void StoriesImport_NullInKorean_SaysItInKorean()
    {
        var file = _loopcoach.WriteFile("import.json", "{\"format\":\"loopcoach.stories\",\"formatVersion\":1,\"stories\":[null]}");

        var result = _loopcoach.Run("--lang", "ko", "stories", "import", file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("stories[0]: 항목이 와야 하는데 null이 있습니다.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("framework", "  - null\n", "competencies[0]: expected an entry, found null")]
    [InlineData("framework", "  - id: x-y\n    name: { en: X, ko: 엑스 }\n    description: { en: D., ko: 설명. }\n    evidence: { en: [a, b], ko: [가, 나] }\n    redFlags: { en: [a, b], ko: [가, 나] }\n    related: [ ownership, null ]\n", "competencies[0].related[1]: expected text, found null")]
    [InlineData("template", "  - null\n", "interviewers[0]: expected an entry, found null")]
    public void ContentFile_NullEntry_NamesItsPath(string kind, string entries, string message)
    {
        var result = kind == "framework"
            ? _loopcoach.Run("--framework-file", _loopcoach.WriteFile("mine.yaml", "id: mine\nname: { en: Mine, ko: 우리 }\ndescription: { en: One., ko: 하나. }\ncompetencies:\n" + entries), "frameworks", "list")
            : _loopcoach.Run("loop", "plan", "--template", _loopcoach.WriteFile("mine.yaml", "id: mine\nname: { en: Mine, ko: 내 것 }\ndescription: { en: D., ko: 설명. }\nframework: amazon-lp\nformat: loop\ncompetencies: 2\ninterviewers:\n" + entries));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopRun_LoneSurrogateEscapeInAnswers_SaysItIsNotText()
    {
        var answers = _loopcoach.WriteFile("answers.jsonl", "{\"answer\":\"\\ud800\"}\n");

        var result = _loopcoach.Run("loop", "run", "--seed", "1", "--answers", answers);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("line 1: the answer holds an escape that is not a character of text", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopRun_FirstScriptedAnswerRefused_LeavesNoSession()
    {
        var result = _loopcoach.RunWithInput("{\"answer\": \"" + new string('x', 50_001) + "\"}\n", "loop", "run", "--seed", "1", "--answers", "-");
        var sessions = _loopcoach.Run("loop", "list", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(0, sessions.Json.GetArrayLength());
    }

    [Fact]
    public void LoopRun_AnswerRefusedAfterTwoAnswers_KeepsTheSessionPausedAndSaysHowToResume()
    {
        var result = _loopcoach.RunWithInput("{\"answer\": \"I'm an analyst.\"}\n{\"answer\": \"I led the migration in 2023.\"}\n{\"answer\": \"\"}\n", "loop", "run", "--seed", "1", "--answers", "-");
        var sessions = _loopcoach.Run("loop", "list", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("Session #1 is kept, paused after 2 answers. Continue it with: loopcoach loop resume 1", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("paused", sessions.Json[0].GetProperty("status").GetString());
        Assert.Equal(2, sessions.Json[0].GetProperty("turns").GetInt32());
    }
}
