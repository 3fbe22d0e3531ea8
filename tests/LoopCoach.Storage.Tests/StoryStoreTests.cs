using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests;

/// <summary>The tests of <see cref="StoryStoreTests"/> on a SQLite file.</summary>
public sealed class StoryStoreOnSqliteTests() : StoryStoreTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class StoryStoreOnPostgresTests() : StoryStoreTests(DatabaseKind.Postgres);

public abstract class StoryStoreTests(DatabaseKind kind) : IDisposable
{
    private readonly TestBank _bank = new(kind);

    public void Dispose()
    {
        _bank.Dispose();
        GC.SuppressFinalize(this);
    }

    private static StoryContent KoreanStory => new()
    {
        Title = "신규 고객 온보딩 개선",
        Situation = "신규 고객사의 첫 달 이탈이 잦았습니다.",
        Action = "제가 온보딩 체크리스트를 만들었습니다.",
        Result = "이탈률이 15%에서 9%로 줄었습니다.",
        When = new YearMonth(2023, 4),
        Tags = ["온보딩"],
        Competencies = ["customer-obsession"],
        Metrics = [new Metric(6, "%p", "이탈률 감소")],
    };

    [SkippableFact]
    public void Edit_KeepsThePreviousVersionInHistory()
    {
        var store = _bank.Open();
        var story = store.Add(KoreanStory);
        _bank.Clock.Advance(TimeSpan.FromHours(1));

        var edit = store.Edit(story.Id, c => c with { Lesson = "작은 체크리스트가 큰 차이를 만듭니다." });

        Assert.True(edit.Changed);
        Assert.Equal(2, edit.Story.Version);
        var history = _bank.Open().History(story.Id);
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal("", history[0].Content.Lesson);
        Assert.Equal("작은 체크리스트가 큰 차이를 만듭니다.", history[1].Content.Lesson);
        Assert.Equal([StoryChange.Created, StoryChange.Edited], history.Select(v => v.Change));
        Assert.Equal(_bank.Clock.Now, history[1].SavedAt);
    }

    [SkippableFact]
    public void Edit_WithTheSameContent_SavesNoVersion()
    {
        var store = _bank.Open();
        var story = store.Add(KoreanStory);

        var edit = store.Edit(story.Id, c => c with { Title = "  " + c.Title + " " });

        Assert.False(edit.Changed);
        Assert.Single(store.History(story.Id));
    }

    [SkippableFact]
    public void Restore_SavesTheOldContentAsANewVersion()
    {
        var store = _bank.Open();
        var story = store.Add(KoreanStory);
        store.Edit(story.Id, c => c with { Result = "잘 됐습니다." });

        var restored = store.Restore(story.Id, 1);

        Assert.Equal(3, restored.Story.Version);
        Assert.Equal(KoreanStory.Result, restored.Story.Content.Result);
        Assert.Equal([StoryChange.Created, StoryChange.Edited, StoryChange.Restored], store.History(story.Id).Select(v => v.Change));
    }

    [SkippableFact]
    public void Restore_UnknownVersion_IsNotFoundAndChangesNothing()
    {
        var store = _bank.Open();
        var story = store.Add(KoreanStory);

        var error = Assert.Throws<LoopCoachException>(() => store.Restore(story.Id, 7));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Single(store.History(story.Id));
    }

    [SkippableFact]
    public void Delete_HidesTheStory_AndUndeleteBringsItBackWhole()
    {
        var store = _bank.Open();
        var story = store.Add(KoreanStory);

        store.Delete(story.Id);
        Assert.Empty(store.List());
        Assert.Single(store.List(new StoryFilter { IncludeDeleted = true }));
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<LoopCoachException>(() => store.Edit(story.Id, c => c with { Title = "x" })).Kind);

        var back = store.Undelete(story.Id);

        Assert.False(back.IsDeleted);
        Assert.True(back.Content.SameAs(StoryRules.Normalize(KoreanStory)));
        Assert.Single(store.List());
    }

    [SkippableFact]
    public void Add_InvalidStory_WritesNothing()
    {
        var store = _bank.Open();

        var error = Assert.Throws<LoopCoachException>(() => store.Add(KoreanStory with { Title = " ", Competencies = ["nope"] }));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal(["title", "competencies"], error.Problems.Select(p => p.Field));
        Assert.Empty(store.List(new StoryFilter { IncludeDeleted = true }));
    }

    [SkippableFact]
    public void List_ByCompetencyOfAPosting_FindsStoriesTaggedWithItsRelatedPrinciple()
    {
        var store = _bank.Open();
        store.Add(KoreanStory);
        store.Add(KoreanStory with { Title = "팀 회고 도입", Competencies = ["teamwork"] });

        var found = store.List(new StoryFilter { Competency = "customer-orientation" });

        Assert.Equal(["신규 고객 온보딩 개선"], found.Select(s => s.Content.Title));
    }

    [SkippableFact]
    public void Get_UnknownId_IsNotFound() =>
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<LoopCoachException>(() => _bank.Open().Get(42)).Kind);
}
