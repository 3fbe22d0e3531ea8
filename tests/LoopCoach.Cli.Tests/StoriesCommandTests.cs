using System.Text.Json;

namespace LoopCoach.Cli.Tests;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    private RunResult AddKoreanStory() => _loopcoach.Run(
        "stories", "add", "--json",
        "--title", "신규 고객 온보딩 개선",
        "--situation", "2023년 상반기, 신규 고객사의 첫 달 이탈이 잦았습니다.",
        "--action", "제가 온보딩 체크리스트를 만들고 주간 점검을 도입했습니다.",
        "--result", "석 달 만에 이탈률이 15%에서 9%로 줄었습니다.",
        "--when", "2023-04",
        "--role", "AM 2년차",
        "--tag", "온보딩,고객",
        "--competency", "customer-obsession",
        "--competency", "drive",
        "--metric", "이탈률 감소=6%p");

    [Fact]
    public void Add_KoreanStory_IsListedWithEveryFieldIntact()
    {
        var added = AddKoreanStory();
        Assert.True(added.ExitCode == 0, added.ToString());

        var list = _loopcoach.Run("stories", "list", "--json");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("신규 고객 온보딩 개선", list.Stdout, StringComparison.Ordinal);
        var story = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal(added.Json.GetProperty("id").GetInt64(), story.GetProperty("id").GetInt64());
        Assert.Equal("신규 고객 온보딩 개선", story.GetProperty("title").GetString());
        Assert.Equal("제가 온보딩 체크리스트를 만들고 주간 점검을 도입했습니다.", story.GetProperty("action").GetString());
        Assert.Equal("2023-04", story.GetProperty("when").GetString());
        Assert.Equal(["온보딩", "고객"], story.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["customer-obsession", "drive"], story.GetProperty("competencies").EnumerateArray().Select(t => t.GetString()));
        var metric = Assert.Single(story.GetProperty("metrics").EnumerateArray());
        Assert.Equal(6m, metric.GetProperty("value").GetDecimal());
        Assert.Equal("%p", metric.GetProperty("unit").GetString());
        Assert.Equal("이탈률 감소", metric.GetProperty("measures").GetString());
        Assert.Equal(1, story.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Add_WithoutJson_SaysWhatWasSavedInTheUsersLanguage()
    {
        _loopcoach.Environment["LANG"] = "ko_KR.UTF-8";

        var result = _loopcoach.Run("stories", "add", "--title", "첫 스토리");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("스토리 #1을 저장했습니다 (버전 1): 첫 스토리", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_ThenHistory_ShowsTheOldAndTheNewVersion()
    {
        AddKoreanStory();

        var edit = _loopcoach.Run("stories", "edit", "1", "--lesson", "작은 체크리스트가 큰 차이를 만들었습니다.");
        var history = _loopcoach.Run("stories", "history", "1", "--json");
        var table = _loopcoach.Run("stories", "history", "1");

        Assert.True(edit.ExitCode == 0, edit.ToString());
        Assert.Contains("version 2", edit.Stdout, StringComparison.Ordinal);
        var versions = history.Json.EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["created", "edited"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("", versions[0].GetProperty("story").GetProperty("lesson").GetString());
        Assert.Equal("작은 체크리스트가 큰 차이를 만들었습니다.", versions[1].GetProperty("story").GetProperty("lesson").GetString());
        Assert.Contains("Lesson", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_BringsBackTheFirstVersionAsVersionThree()
    {
        AddKoreanStory();
        _loopcoach.Run("stories", "edit", "1", "--result", "잘 됐습니다.");

        var restore = _loopcoach.Run("stories", "restore", "1", "--version", "1", "--json");

        Assert.Equal(0, restore.ExitCode);
        Assert.Equal(3, restore.Json.GetProperty("version").GetInt32());
        Assert.Equal("석 달 만에 이탈률이 15%에서 9%로 줄었습니다.", restore.Json.GetProperty("result").GetString());
    }

    [Fact]
    public void Delete_HidesTheStory_AndUndeleteBringsItBack()
    {
        AddKoreanStory();

        var delete = _loopcoach.Run("stories", "delete", "1");
        var afterDelete = _loopcoach.Run("stories", "list", "--json");
        var withDeleted = _loopcoach.Run("stories", "list", "--deleted", "--json");
        var undelete = _loopcoach.Run("stories", "undelete", "1");
        var afterUndelete = _loopcoach.Run("stories", "list", "--json");

        Assert.Equal(0, delete.ExitCode);
        Assert.Contains("loopcoach stories undelete 1", delete.Stdout, StringComparison.Ordinal);
        Assert.Empty(afterDelete.Json.EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(withDeleted.Json.EnumerateArray()).GetProperty("deletedAt").ValueKind);
        Assert.Equal(0, undelete.ExitCode);
        Assert.Equal(JsonValueKind.Null, Assert.Single(afterUndelete.Json.EnumerateArray()).GetProperty("deletedAt").ValueKind);
    }

    [Fact]
    public void ExportThenImport_IntoAFreshBank_IsLossless()
    {
        AddKoreanStory();
        _loopcoach.Run("stories", "edit", "1", "--lesson", "배운 점");
        _loopcoach.Run("stories", "add", "--title", "Cut cloud spend", "--action", "I moved batch jobs to spot capacity.");
        _loopcoach.Run("stories", "delete", "2");
        var file = Path.Combine(_loopcoach.Folder, "bank.json");

        var export = _loopcoach.Run("stories", "export", "--output", file);
        var fresh = Path.Combine(_loopcoach.Folder, "fresh.db");
        var import = _loopcoach.Run("--db", fresh, "stories", "import", file, "--json");
        var again = _loopcoach.Run("--db", fresh, "stories", "export");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal([1L, 2L], import.Json.GetProperty("added").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(RunResult.WithoutExportTime(File.ReadAllText(file)), RunResult.WithoutExportTime(again.Stdout));
    }

    [Fact]
    public void ExportMarkdown_InKorean_HasKoreanHeadingsAndTheStory()
    {
        AddKoreanStory();

        var markdown = _loopcoach.Run("--lang", "ko", "stories", "export", "--format", "markdown");

        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("# 나의 STAR 스토리", markdown.Stdout, StringComparison.Ordinal);
        Assert.Contains("## 1. 신규 고객 온보딩 개선", markdown.Stdout, StringComparison.Ordinal);
        Assert.Contains("**행동**", markdown.Stdout, StringComparison.Ordinal);
        Assert.Contains("- 이탈률 감소: 6 %p", markdown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_DisplaysTheStoryWithCompetencyNames()
    {
        AddKoreanStory();

        var show = _loopcoach.Run("--lang", "ko", "stories", "show", "1");

        Assert.Equal(0, show.ExitCode);
        Assert.Contains("고객 집착 (customer-obsession)", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("이탈률 감소=6%p", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_WithoutAnyFieldOutsideATerminal_SaysWhatToDo()
    {
        AddKoreanStory();

        var edit = _loopcoach.Run("stories", "edit", "1");

        Assert.Equal(4, edit.ExitCode);
        Assert.Contains("--result", edit.Stderr, StringComparison.Ordinal);
    }
}
