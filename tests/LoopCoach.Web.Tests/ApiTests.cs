using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LoopCoach.Application;
using LoopCoach.Core.Content;

namespace LoopCoach.Web.Tests;

public sealed class ApiTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public ApiTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Templates_ListEachLoopWithItsInterviewersAndLimits_AsTheCliDoes()
    {
        var templates = (await Get("/api/loops/templates")).AsArray();

        var panel = templates.Single(t => t!["id"]!.GetValue<string>() == "integrated-interview")!;
        Assert.Equal("통합 인터뷰", panel["name"]!["ko"]!.GetValue<string>());
        Assert.True(panel["interviewers"]!.GetValue<int>() >= 2);
        Assert.True(panel["maxCompetencies"]!.GetValue<int>() >= panel["minCompetencies"]!.GetValue<int>());
        Assert.Contains(templates, t => t!["id"]!.GetValue<string>() == "amazon-loop" && t["interviewers"]!.GetValue<int>() == 4);
    }

    [Fact]
    public async Task Loop_AnsweredThroughTheApi_AsksTheSameFollowUpAsTheEngine()
    {
        var started = await Post("/api/loops", new { template = "amazon-loop", language = "en", seed = 11 }, HttpStatusCode.Created);
        var id = started["id"]!.GetValue<long>();
        // The engine run straight through, in memory, on the plan the server saved: what the CLI's loop runs.
        var engine = new Engines(ContentCatalog.BuiltIn).Interview(Plan(started));
        Assert.Equal(engine.Current!.Text, started["next"]!["question"]!.GetValue<string>());

        string[] answers =
        [
            "I am an account manager with five years in B2B sales, mostly research clients.",
            "Last year our biggest client threatened to leave. We talked about it a lot and we fixed the report together.",
        ];
        JsonNode session = started;
        foreach (var answer in answers)
        {
            session = await Post($"/api/loops/{id}/answers", new { answer }, HttpStatusCode.OK);
            engine.Answer(answer);
            Assert.Equal(engine.Current!.Text, session["next"]!["question"]!.GetValue<string>());
        }

        // The story said "we" and no result: the interviewer drills into it rather than moving on.
        Assert.Equal("probe", session["next"]!["kind"]!.GetValue<string>());
        Assert.Equal(engine.Current!.Gap, session["next"]!["gap"]!.GetValue<string>());
        Assert.Equal(2, session["turns"]!.AsArray().Count);
        var listed = Assert.Single((await Get("/api/loops")).AsArray());
        Assert.Equal(2, listed!["turns"]!.GetValue<int>());
        Assert.Equal("amazon-loop", listed["template"]!.GetValue<string>());
    }

    [Fact]
    public async Task Loop_AnsweredWithViewTurn_GivesTheTurnAndTheNextQuestion_AndSavesWhatTheWholeViewWould()
    {
        var started = await Post("/api/loops", new { template = "amazon-loop", language = "en", seed = 11 }, HttpStatusCode.Created);
        var id = started["id"]!.GetValue<long>();
        var other = (await Post("/api/loops", new { template = "amazon-loop", language = "en", seed = 11 }, HttpStatusCode.Created))["id"]!.GetValue<long>();
        string[] answers =
        [
            "I am an account manager with five years in B2B sales, mostly research clients.",
            "Last year our biggest client threatened to leave. We talked about it a lot and we fixed the report together.",
        ];

        JsonNode slim = started;
        JsonNode whole = started;
        foreach (var answer in answers)
        {
            slim = await Post($"/api/loops/{id}/answers?view=turn", new { answer }, HttpStatusCode.OK);
            whole = await Post($"/api/loops/{other}/answers", new { answer }, HttpStatusCode.OK);
        }

        // The slim answer is the whole one's last turn and next question, without the transcript or the debrief.
        Assert.Equal(id, slim["id"]!.GetValue<long>());
        Assert.Equal("running", slim["status"]!.GetValue<string>());
        Assert.Equal(2, slim["answers"]!.GetValue<int>());
        Assert.Null(slim["debrief"]);
        Assert.Null(slim["turns"]);
        Assert.Equal(whole["turns"]![1]!.ToJsonString(), slim["turn"]!.ToJsonString());
        Assert.Equal(whole["next"]!.ToJsonString(), slim["next"]!.ToJsonString());
        // What was saved is what the whole view saves: the same session, debrief included.
        Assert.Equal(Without(await Get($"/api/loops/{other}")), Without(await Get($"/api/loops/{id}")));

        var problem = await Post($"/api/loops/{id}/answers?view=everything", new { answer = "skip" }, HttpStatusCode.BadRequest);
        Assert.Equal("web.error.view-invalid", problem["code"]!.GetValue<string>());
        Assert.Equal(2, (await Get($"/api/loops/{id}"))["turns"]!.AsArray().Count);

        static string Without(JsonNode session)
        {
            var copy = session.DeepClone().AsObject();
            copy.Remove("id");
            return copy.ToJsonString();
        }
    }

    [Fact]
    public async Task Loop_PausedAndResumed_CarriesOnFromTheSavedQuestion()
    {
        var started = await Post("/api/loops", new { template = "phone-screen", language = "ko", seed = 3 }, HttpStatusCode.Created);
        var id = started["id"]!.GetValue<long>();
        var paused = await Post($"/api/loops/{id}/pause", new { }, HttpStatusCode.OK);
        Assert.Equal("paused", paused["status"]!.GetValue<string>());

        var resumed = await Post($"/api/loops/{id}/resume", new { }, HttpStatusCode.OK);
        Assert.Equal("running", resumed["status"]!.GetValue<string>());
        Assert.Equal(started["next"]!["question"]!.GetValue<string>(), resumed["next"]!["question"]!.GetValue<string>());
    }

    [Fact]
    public async Task Analyze_MalformedJson_IsA400ProblemInTheRequestLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new StringContent("{ \"answer\": ", Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("ko-KR,ko;q=0.9");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("web.error.unreadable", problem["code"]!.GetValue<string>());
        Assert.Contains("요청을 읽지 못했습니다", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_EmptyAnswer_IsA400NamingTheField()
    {
        var problem = await Post("/api/analyze", new { answer = "  " }, HttpStatusCode.BadRequest);
        Assert.Equal("web.error.field-required", problem["code"]!.GetValue<string>());
        Assert.Equal(4, problem["exitCode"]!.GetValue<int>());
        Assert.Equal("answer", problem["problems"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Analyze_AnAnswer_GivesTheCliShape()
    {
        var analysis = await Post("/api/analyze", new { answer = "Last year I rebuilt our onboarding checklist. Churn fell from 15% to 9% in three months.", competency = "customer-obsession" }, HttpStatusCode.OK);
        Assert.Equal("en", analysis["language"]!.GetValue<string>());
        Assert.True(analysis["quantifiedResult"]!.GetValue<bool>());
        Assert.NotEmpty(analysis["findings"]!.AsArray());
        Assert.NotNull(analysis["readiness"]!["grade"]);
    }

    [Fact]
    public async Task Story_InvalidFields_AreA400WithEveryProblemAndNothingSaved()
    {
        var problem = await Post("/api/stories", new { title = "", when = "2031-13" }, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotEmpty(problem["problems"]!.AsArray());
        var stories = await Get("/api/stories");
        Assert.Empty(stories.AsArray());
    }

    [Fact]
    public async Task Story_AddEditDelete_KeepsTheStoryShapeAndHistory()
    {
        var added = await Post("/api/stories", new { title = "신규 고객 온보딩 개선", action = "제가 온보딩 체크리스트를 만들었습니다.", when = "2023-04", tags = new[] { "온보딩" } }, HttpStatusCode.Created);
        var id = added["id"]!.GetValue<long>();
        Assert.Equal("2023-04", added["when"]!.GetValue<string>());

        using var patch = await _client.PatchAsJsonAsync($"/api/stories/{id}", new { result = "석 달 만에 이탈률이 15%에서 9%로 줄었습니다." });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var shown = await Get($"/api/stories/{id}");
        Assert.Equal(2, shown["version"]!.GetValue<int>());
        Assert.Equal("제가 온보딩 체크리스트를 만들었습니다.", shown["action"]!.GetValue<string>());
        Assert.NotNull(shown["weakSpots"]);

        using var deleted = await _client.DeleteAsync($"/api/stories/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        using var again = await _client.DeleteAsync($"/api/stories/{id}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, (await Get($"/api/stories/{id}/history")).AsArray().Count);
    }

    [Fact]
    public async Task StoryCheck_ADraftWithoutAResult_NamesTheGapAndSavesNothing()
    {
        var spots = (await Post("/api/stories/check", new { title = "Onboarding", action = "I wrote a checklist." }, HttpStatusCode.OK)).AsArray();
        Assert.Contains(spots, s => s!["code"]!.GetValue<string>() == "no-result" && s["severity"]!.GetValue<string>() == "problem");
        Assert.Empty((await Get("/api/stories")).AsArray());
    }

    [Fact]
    public async Task Story_Unknown_IsA404Problem()
    {
        using var response = await _client.GetAsync("/api/stories/999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(3, problem["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Posting_AnalyzedThenSaved_ListsItAndStartsALoopOnItsCompetencies()
    {
        var text = Fixtures.Text("posting.ko.txt");
        var preview = await Post("/api/postings/analyze", new { text }, HttpStatusCode.OK);
        Assert.Equal(0, preview["id"]!.GetValue<long>());
        Assert.Empty((await Get("/api/postings")).AsArray());

        var saved = await Post("/api/postings", new { text }, HttpStatusCode.Created);
        var id = saved["id"]!.GetValue<long>();
        Assert.Equal(preview["competencies"]!.ToJsonString(), saved["competencies"]!.ToJsonString());
        Assert.Single((await Get("/api/postings")).AsArray());

        var loop = await Post("/api/loops", new { postingId = id, language = "ko", seed = 1 }, HttpStatusCode.Created);
        var asked = loop["plan"]!["interviewers"]!.AsArray().SelectMany(i => i!["competencies"]!.AsArray().Select(c => c!.GetValue<string>())).ToHashSet();
        var wanted = saved["competencies"]!.AsArray().Select(c => c!.GetValue<string>()).ToHashSet();
        Assert.NotEmpty(asked);
        Assert.Subset(wanted, asked);
    }

    [Fact]
    public async Task Questions_ListAndSearch_FilterLikeTheCli()
    {
        var korean = await Get("/api/questions?competency=customer-obsession&language=ko&limit=3");
        Assert.Equal(3, korean.AsArray().Count);
        Assert.All(korean.AsArray(), q => Assert.Equal("ko", q!["language"]!.GetValue<string>()));

        var found = await Get("/api/questions/search?q=customer&language=en");
        Assert.All(found.AsArray(), q => Assert.Contains("customer", q!["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));

        using var bad = await _client.GetAsync("/api/questions?kind=riddle");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        var document = await Get("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/analyze", paths);
        Assert.Contains("/api/loops/{id}/answers", paths);
    }

    private static Core.Loops.LoopPlan Plan(JsonNode session) =>
        JsonSerializer.Deserialize<Core.Loops.LoopPlan>(session["plan"]!.ToJsonString(), JsonOptions)!;

    private static readonly JsonSerializerOptions JsonOptions = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        LoopCoachWeb.Configure(options);
        return options;
    }

    private async Task<JsonNode> Get(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> Post(string path, object body, HttpStatusCode expected)
    {
        using var response = await _client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
