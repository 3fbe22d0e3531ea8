using System.Globalization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LoopCoach.Core.Tests.Loops;

public sealed class StorySubjectTests(ITestOutputHelper output)
{
    // The reuse threshold over all words, before stories were compared by what they are about.
    private const double AllWordsThreshold = 0.45;

    // Two forecasts for two different sales events, told the way people talk.
    internal const string BlackFridayForecast =
        "Um, so, basically, last year I owned the demand forecast for our Black Friday sale. And, like, the old model just copied the previous year's sales, " +
        "you know, so I added the promo calendar and the web traffic data from the marketing team. Um, we ordered about 40,000 pairs of the Aurora headphones " +
        "based on my forecast, and, like, only two SKUs sold out, and we ended up with 8% leftover stock instead of 25% the year before.";

    internal const string BackToSchoolForecast =
        "Um, so, basically, I did the sales forecast for the back-to-school promotion in August. And, like, the old forecast just used, you know, the sales " +
        "from the year before, so I looked at three years of sales data per store and adjusted for the new stores in Manchester and Leeds. Um, the forecast " +
        "was off by about 12% overall, and, like, the Leeds warehouse ran short in the last week, so now I build a safety buffer into the model.";

    internal const string BlackFridayRetold =
        "At my last company I was responsible for predicting demand for the Black Friday weekend. The approach before me was a copy of the prior year's " +
        "numbers, so I rebuilt it to take in the promotion calendar and site traffic from marketing. On that basis we bought roughly 40,000 Aurora headphones; " +
        "just two SKUs sold out, and leftover inventory dropped to 8% from 25%.";

    internal const string ChuseokForecast =
        "작년 추석 선물세트 행사 때 제가 수요 예측을 맡았는데요, 음, 기존에는 그냥 전년 판매량만 봤거든요. 그래서 제가 점포별 판매 데이터에 날씨랑 " +
        "프로모션 일정을 붙여서 예측 모델을 다시 만들었어요. 그 결과 선물세트 재고 소진율이 92%까지 올라갔고, 폐기 물량이 3천만 원어치 줄었습니다.";

    internal const string BlackFridayKoreanForecast =
        "음, 올해 블랙프라이데이 온라인 행사 때 제가 가전 판매량 예측을 맡았거든요. 그래서 처음엔 그냥 마케팅팀 목표치에 맞춰서 숫자를 잡았는데, 제가 " +
        "지난 2년 치 주문 데이터를 다시 뽑아 보니까 TV 수요가 좀 과대평가돼 있었어요. 그래서 TV 발주를 20% 줄이자고 제안했고, 행사 끝나고 보니까 " +
        "TV 재고가 거의 안 남았어요.";

    internal const string ChuseokRetold =
        "예전에 추석 선물세트 수요 예측을 담당했던 얘기를 드리면, 전년 판매량만 보던 방식을 바꿔서 점포별 데이터에 날씨와 프로모션 일정을 더한 모델을 " +
        "만들었습니다. 덕분에 선물세트 재고 소진율이 92%까지 올라갔고 폐기 비용도 3천만 원 정도 아꼈어요.";

    [Theory]
    [InlineData(BlackFridayForecast, BackToSchoolForecast)]
    [InlineData(ChuseokForecast, BlackFridayKoreanForecast)]
    public void Similarity_TwoStoriesOfTheSameField_StaysBelowTheReuseThreshold(string first, string second)
    {
        var similarity = StorySubject.Similarity(first, second);

        Report(first, second, similarity);
        Assert.True(similarity < InterviewEngine.ReusedStoryThreshold, $"{similarity:0.00}");
    }

    [Theory]
    [InlineData(BlackFridayForecast, BlackFridayRetold)]
    [InlineData(ChuseokForecast, ChuseokRetold)]
    public void Similarity_TheSameStoryRetoldInOtherWords_ReachesTheReuseThreshold(string first, string second)
    {
        var similarity = StorySubject.Similarity(first, second);

        Report(first, second, similarity);
        Assert.True(similarity >= InterviewEngine.ReusedStoryThreshold, $"{similarity:0.00}");
    }

    [Fact]
    public void Of_LeavesOutFillersStopWordsAndKoreanParticles()
    {
        var english = StorySubject.Of("Um, so basically we, like, moved the Busan warehouse orders to the new system.");
        var korean = StorySubject.Of("음, 그래서 저희가 부산 창고의 주문을 새 시스템으로 옮겼습니다.");

        Assert.DoesNotContain(english.Keys, k => k is "w:um" or "w:basically" or "w:like" or "w:so" or "w:the");
        Assert.Contains("p:busan", english.Keys);
        Assert.Contains("w:warehouse", english.Keys);
        Assert.Contains("p:부산", korean.Keys);
        Assert.Contains("w:창고", korean.Keys);
        Assert.Contains("w:주문", korean.Keys);
        Assert.Contains("w:시스템", korean.Keys);
        Assert.DoesNotContain(korean.Keys, k => k is "w:음" or "w:그래서" or "w:저희가" or "w:옮겼습니다");
    }

    [Fact]
    public void Of_ReadsOneAmountHoweverItIsWritten()
    {
        Assert.Contains("n:30000000원", StorySubject.Of("폐기 비용이 3천만 원 줄었습니다").Keys);
        Assert.Contains("n:30000000원", StorySubject.Of("폐기 비용이 3,000만원 줄었습니다").Keys);
        Assert.Contains("n:540000000원", StorySubject.Of("매출이 5억 4천만 원이었습니다").Keys);
        Assert.Contains("n:12%", StorySubject.Of("It was off by 12 percent.").Keys);
    }

    [Theory]
    [InlineData(Language.En, "amazon-loop", BlackFridayForecast, BackToSchoolForecast, BlackFridayRetold)]
    [InlineData(Language.Ko, "integrated-interview", ChuseokForecast, BlackFridayKoreanForecast, ChuseokRetold)]
    public void Engine_FlagsTheSameStoryRetoldToAnotherInterviewer_NotAnotherStoryOfTheSameField(Language language, string template, string first, string sameField, string retold)
    {
        var engine = BuiltIn.Interview(BuiltIn.Plan(template, null, language, 6));
        var stories = new Queue<string>([first]);
        var flagged = new List<Turn>();
        while (engine.Current is { } prompt && flagged.Count < 2)
        {
            if (prompt.Kind == TurnKind.Main && stories.Count == 0 && engine.Turns.Any(t => t.Prompt.Kind == TurnKind.Main && t.Answer == first && t.Prompt.Interviewer != prompt.Interviewer))
            {
                stories = new Queue<string>([sameField, retold]);
            }

            var answer = prompt.Kind switch
            {
                TurnKind.Main when stories.Count > 0 => stories.Dequeue(),
                TurnKind.Closing => language == Language.En ? "No, thank you." : "없습니다.",
                _ => language == Language.En ? "skip" : "경험이 없습니다",
            };
            var turn = engine.Answer(answer);
            if (answer == sameField || answer == retold)
            {
                flagged.Add(turn);
            }
        }

        Assert.Equal(2, flagged.Count);
        Assert.DoesNotContain(flagged[0].Notes, n => n.Code == TurnNoteCode.StoryReused);
        var note = Assert.Single(flagged[1].Notes, n => n.Code == TurnNoteCode.StoryReused);
        Assert.Equal(engine.Turns.First(t => t.Answer == first).Seq, note.RelatedTurn);
    }

    /// <summary>Every answer of a dev set is a story of its own: none may be taken for another told again.</summary>
    [Theory]
    [InlineData("answers.yaml")]
    [InlineData("natural/natural-dev.yaml")]
    [InlineData("answers-holdout.yaml")]
    [InlineData("natural/natural-dev2.yaml")]
    [InlineData("natural/natural-dev3.yaml")]
    [InlineData("natural/natural-dev4.yaml")]
    [InlineData("natural/natural-dev5.yaml")]
    [InlineData("natural/natural-dev6.yaml")]
    [InlineData("natural/natural-holdout3.yaml")]
    public void Similarity_BetweenTheDifferentStoriesOfADevSet_FlagsNone(string file) => Assert.Equal(0, FlaggedPairs(file).Flagged);

    /// <summary>
    /// Measured on a holdout never tuned on (natural-holdout4: 1 pair of 1,261 flagged when it was first measured,
    /// against 0 for all-words cosine): reported, and held under one pair in a hundred.
    /// </summary>
    [Theory]
    [InlineData("natural/natural-holdout4.yaml")]
    [InlineData("natural/natural-holdout5.yaml")]
    [InlineData("natural/natural-holdout6.yaml")]
    [InlineData("natural/natural-holdout7.yaml")]
    public void Similarity_BetweenTheDifferentStoriesOfAHoldout_FlagsFewerThanOneInAHundred(string file)
    {
        var (pairs, flagged) = FlaggedPairs(file);
        Assert.True(flagged * 100 < pairs, $"{flagged} of {pairs} pairs flagged");
    }

    private (int Pairs, int Flagged) FlaggedPairs(string file)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var answers = yaml.Deserialize<List<DevAnswer>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DevSet", file)))
            .Where(a => a.Answer.Length > 200)
            .ToList();
        var pairs = answers.SelectMany((a, i) => answers.Skip(i + 1).Where(b => b.Language == a.Language).Select(b => (a, b))).ToList();

        var before = pairs.Select(p => TextFeatures.Cosine(TextFeatures.Of(p.a.Answer), TextFeatures.Of(p.b.Answer))).ToList();
        var after = pairs.Select(p => StorySubject.Similarity(p.a.Answer, p.b.Answer)).ToList();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {pairs.Count} pairs of different stories; flagged before {before.Count(s => s >= AllWordsThreshold)} (max {before.Max():0.00}), after {after.Count(s => s >= InterviewEngine.ReusedStoryThreshold)} (max {after.Max():0.00})"));
        return (pairs.Count, after.Count(s => s >= InterviewEngine.ReusedStoryThreshold));
    }

    public sealed class DevAnswer
    {
        public string Language { get; set; } = "";

        public string Answer { get; set; } = "";
    }

    private void Report(string first, string second, double similarity) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all words (before): {TextFeatures.Cosine(TextFeatures.Of(first), TextFeatures.Of(second)):0.00}; what the story is about (after): {similarity:0.00}"));
}
