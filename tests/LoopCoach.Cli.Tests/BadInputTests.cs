namespace LoopCoach.Cli.Tests;

/// <summary>Every kind of bad input gets a clear message, a non-zero exit code, and leaves the bank as it was.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public BadInputTests()
    {
        var seed = _loopcoach.Run("stories", "add", "--title", "기존 스토리", "--result", "매출 12% 증가");
        Assert.True(seed.ExitCode == 0, seed.ToString());
    }

    public void Dispose() => _loopcoach.Dispose();

    [Theory]
    [InlineData(4, "title: a title is required.", "stories", "add", "--title", "  ")]
    [InlineData(4, "situation: is too long: at most 4000 characters", "stories", "add", "--title", "t", "--situation", "LONG")]
    [InlineData(4, "'nope' is not a known competency id", "stories", "add", "--title", "t", "--competency", "nope")]
    [InlineData(4, "'April' is not a month", "stories", "add", "--title", "t", "--when", "April")]
    [InlineData(4, "'lots' is not a metric", "stories", "add", "--title", "t", "--metric", "lots")]
    [InlineData(4, "contains control characters", "stories", "add", "--title", "bell\u0007")]
    [InlineData(4, "title: a title is required.", "stories", "edit", "1", "--title", "")]
    [InlineData(3, "There is no story #99.", "stories", "show", "99")]
    [InlineData(3, "There is no story #99.", "stories", "edit", "99", "--title", "x")]
    [InlineData(3, "Story #1 has no version 5.", "stories", "restore", "1", "--version", "5")]
    [InlineData(6, "Story #1 is not deleted.", "stories", "undelete", "1")]
    [InlineData(2, "Unrecognized command or argument 'frobnicate'", "stories", "frobnicate")]
    [InlineData(2, "'fr' is not a language", "--lang", "fr", "stories", "list")]
    [InlineData(3, "There is no file", "stories", "import", "missing.json")]
    [InlineData(3, "There is no competency 'nope'", "questions", "list", "--competency", "nope")]
    [InlineData(3, "There is no framework 'nope'", "frameworks", "show", "nope")]
    [InlineData(3, "There is no question 'nope'", "questions", "show", "nope")]
    public void BadCommand_GetsAClearMessageAndChangesNothing(int exitCode, string message, params string[] args)
    {
        var before = _loopcoach.Run("stories", "export").Stdout;
        args = [.. args.Select(a => a == "LONG" ? new string('가', 4001) : a)];

        var result = _loopcoach.Run(args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(RunResult.WithoutExportTime(before), RunResult.WithoutExportTime(_loopcoach.Run("stories", "export").Stdout));
    }

    [Fact]
    public void Add_SeveralBadFields_ReportsThemAllInKorean()
    {
        var result = _loopcoach.Run("--lang", "ko", "stories", "add", "--title", "x", "--when", "2031-01", "--competency", "nope", "--metric", "bad");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("문제가 3개 있습니다", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("metrics: 'bad'는 올바른 수치가 아닙니다", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("when: 2031-01은 아직 오지 않은 달입니다", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("competencies: 'nope'는 알 수 없는 역량 ID입니다", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedJson_NamesTheLineAndChangesNothing()
    {
        var file = _loopcoach.WriteFile("broken.json", "{\n  \"format\": \"loopcoach.stories\",\n  \"stories\": [\n    { \"title\": \"ok\", }\n  ]\n}");

        var result = _loopcoach.Run("stories", "import", file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is not valid story JSON (line 4,", result.Stderr, StringComparison.Ordinal);
        Assert.Single(_loopcoach.Run("stories", "list", "--json").Json.EnumerateArray());
    }

    [Fact]
    public void Import_OneInvalidStory_NamesItsFieldAndImportsNothing()
    {
        var file = _loopcoach.WriteFile("half.json", """
            { "format": "loopcoach.stories", "formatVersion": 1, "stories": [
              { "uid": "6f1d1f0e-8d2a-4d8b-9a43-0c1f3c1f0a01", "title": "Good one" },
              { "uid": "6f1d1f0e-8d2a-4d8b-9a43-0c1f3c1f0a02", "title": "Bad one", "competencies": ["made-up"] }
            ] }
            """);

        var result = _loopcoach.Run("--json", "stories", "import", file);

        Assert.Equal(4, result.ExitCode);
        var error = result.ErrorJson;
        Assert.Equal("import.invalid", error.GetProperty("code").GetString());
        Assert.Equal(4, error.GetProperty("exitCode").GetInt32());
        var problem = Assert.Single(error.GetProperty("problems").EnumerateArray());
        Assert.Equal("stories[1].competencies", problem.GetProperty("field").GetString());
        Assert.Single(_loopcoach.Run("stories", "list", "--json").Json.EnumerateArray());
    }

    [Fact]
    public void Import_BinaryFile_IsRefused()
    {
        var file = Path.Combine(_loopcoach.Folder, "photo.json");
        File.WriteAllBytes(file, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var result = _loopcoach.Run("stories", "import", file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("looks like a binary file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptDatabase_IsReportedAndLeftByteForByte()
    {
        var path = Path.Combine(_loopcoach.Folder, "corrupt.db");
        var bytes = "definitely not sqlite, but maybe someone's notes"u8.ToArray();
        File.WriteAllBytes(path, bytes);

        var result = _loopcoach.Run("--lang", "ko", "--db", path, "stories", "list");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("읽을 수 있는 LoopCoach 데이터베이스가 아닙니다", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void UnknownStory_WithJson_WritesAJsonErrorToStandardError()
    {
        var result = _loopcoach.Run("stories", "show", "99", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("story.not-found", result.ErrorJson.GetProperty("code").GetString());
        Assert.Equal(3, result.ErrorJson.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void UnknownStory_WithJsonInKorean_WritesKoreanAsKorean()
    {
        var result = _loopcoach.Run("--lang", "ko", "stories", "show", "99", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain("\\u", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(result.ErrorJson.GetProperty("message").GetString()!, result.Stderr, StringComparison.Ordinal);
        Assert.Matches("[가-힣]", result.ErrorJson.GetProperty("message").GetString()!);
    }
}
