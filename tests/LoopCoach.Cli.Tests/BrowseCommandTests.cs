namespace LoopCoach.Cli.Tests;

public sealed class BrowseCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void QuestionsList_ByPrincipleInKorean_ReturnsOnlyKoreanQuestionsAboutIt()
    {
        var result = _loopcoach.Run("questions", "list", "--competency", "earn-trust", "--language", "ko", "--json");

        Assert.Equal(0, result.ExitCode);
        var questions = result.Json.EnumerateArray().ToList();
        Assert.True(questions.Count >= 8);
        Assert.All(questions, q =>
        {
            Assert.Equal("ko", q.GetProperty("language").GetString());
            Assert.Contains("earn-trust", q.GetProperty("competencies").EnumerateArray().Select(c => c.GetString()));
        });
    }

    [Fact]
    public void QuestionsList_DefaultsToTheMessageLanguage()
    {
        _loopcoach.Environment["LANG"] = "ko_KR.UTF-8";

        var result = _loopcoach.Run("questions", "list", "--kind", "motivation", "--json");

        Assert.All(result.Json.EnumerateArray(), q => Assert.Equal("ko", q.GetProperty("language").GetString()));
        Assert.NotEmpty(result.Json.EnumerateArray());
    }

    [Fact]
    public void QuestionsSearch_KoreanWords_FindsQuestionsContainingAllOfThem()
    {
        var result = _loopcoach.Run("questions", "search", "데이터", "분석", "--language", "all", "--limit", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        var texts = result.Json.EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToList();
        Assert.InRange(texts.Count, 1, 5);
        Assert.All(texts, t => Assert.True(t.Contains("데이터", StringComparison.Ordinal) && t.Contains("분석", StringComparison.Ordinal), t));
    }

    [Fact]
    public void QuestionsShow_GivesFollowUpsInTheQuestionsLanguage()
    {
        var result = _loopcoach.Run("questions", "show", "bias-for-action.ko.02", "--json");

        Assert.Equal(0, result.ExitCode);
        var followUps = result.Json.GetProperty("followUps").EnumerateArray().ToList();
        Assert.NotEmpty(followUps);
        Assert.All(followUps.SelectMany(f => f.GetProperty("phrasings").EnumerateArray()), p => Assert.Matches("[가-힣]", p.GetString()));
    }

    [Fact]
    public void QuestionsList_PostingStrength_FindsQuestionsThroughItsRelatedPrinciples()
    {
        var result = _loopcoach.Run("questions", "list", "--competency", "drive", "--language", "en", "--limit", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Questions: 3", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworksList_HasTheThreeBuiltInFrameworks()
    {
        var result = _loopcoach.Run("frameworks", "list", "--json");

        var frameworks = result.Json.EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("competencyCount").GetInt32());
        Assert.Equal(16, frameworks["amazon-lp"]);
        Assert.Equal(4, frameworks["research-am"]);
        Assert.True(frameworks["generic"] >= 10);
    }

    [Fact]
    public void FrameworksShow_InKorean_NamesThePrinciplesInKorean()
    {
        var table = _loopcoach.Run("--lang", "ko", "frameworks", "show", "amazon-lp");
        var json = _loopcoach.Run("frameworks", "show", "amazon-lp", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("고객 집착", table.Stdout, StringComparison.Ordinal);
        var first = json.Json.GetProperty("competencies")[0];
        Assert.Equal("customer-obsession", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("questionsEn").GetInt32() >= 12);
        Assert.True(first.GetProperty("questionsKo").GetInt32() >= 8);
    }

    [Fact]
    public void FrameworkFile_OfTheUser_IsLoadedAndUsableForStories()
    {
        var file = _loopcoach.WriteFile("values.yaml", """
            id: our-values
            name: { en: Our values, ko: 우리의 가치 }
            description: { en: The values of our team., ko: 우리 팀의 가치입니다. }
            competencies:
              - id: candour
                name: { en: Candour, ko: 솔직함 }
                description: { en: Says hard things kindly., ko: 어려운 말도 정중하게 합니다. }
                related: [ earn-trust ]
            """);

        var list = _loopcoach.Run("--framework-file", file, "frameworks", "list", "--json");
        var add = _loopcoach.Run("--framework-file", file, "stories", "add", "--title", "Told the client the truth", "--competency", "candour");
        var questions = _loopcoach.Run("--framework-file", file, "questions", "list", "--competency", "candour", "--json");

        Assert.Contains(list.Json.EnumerateArray(), f => f.GetProperty("id").GetString() == "our-values" && f.GetProperty("source").GetString() == file);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.NotEmpty(questions.Json.EnumerateArray());
    }

    [Fact]
    public void FrameworkFile_WithMistakes_ListsEachWithItsField()
    {
        var file = _loopcoach.WriteFile("broken.yaml", "id: Broken Id\nname: { en: Broken }\ndescription: { en: x, ko: 엑스 }\ncompetencies: []\n");

        var result = _loopcoach.Run("--framework-file", file, "frameworks", "list");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("The framework file was not loaded", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("name.ko: is required.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'Broken Id' is not a valid id", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkFile_Missing_IsNotFound_AndNamedAsTyped()
    {
        var result = _loopcoach.Run("--json", "--framework-file", "nowhere.yaml", "frameworks", "list");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("file.not-found", result.ErrorJson.GetProperty("code").GetString());
        Assert.Contains("nowhere.yaml", result.ErrorJson.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ListsEveryTopicAndWhatToAvoid()
    {
        var json = _loopcoach.Run("ask", "--json");
        var korean = _loopcoach.Run("--lang", "ko", "ask", "--topic", "team");

        Assert.Equal(["position", "training", "reviews", "interviewer", "team", "company", "next-steps"],
            json.Json.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains(json.Json.GetProperty("avoid").EnumerateArray(), a => a.GetProperty("id").GetString() == "salary");
        Assert.Equal(0, korean.ExitCode);
        Assert.Contains("면접관에게 할 질문", korean.Stdout, StringComparison.Ordinal);
        Assert.Contains("합격 통보 전에는 피할 주제", korean.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_WelcomesTheUserAndSaysWhereTheStoriesLive()
    {
        var result = _loopcoach.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("loopcoach stories add", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(_loopcoach.DatabasePath, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_IsInTheUsersLanguage()
    {
        _loopcoach.Environment["LANG"] = "ko_KR.UTF-8";

        var result = _loopcoach.Run("stories", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("스토리를 추가합니다", result.Stdout, StringComparison.Ordinal);
    }
}
