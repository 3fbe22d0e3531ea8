using System.Text;
using LoopCoach.Core.Content;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests.Stories;

public sealed class StoryRulesTests
{
    private static readonly YearMonth ThisMonth = new(2026, 11);

    [Theory]
    [InlineData("conversion rate=12.5%", 12.5, "%", "conversion rate")]
    [InlineData("신규 고객=1,200명", 1200, "명", "신규 고객")]
    [InlineData("매출=3억원", 3, "억원", "매출")]
    [InlineData("churn = -4 %p", -4, "%p", "churn")]
    [InlineData("lead time=10 days", 10, "days", "lead time")]
    public void ParseMetric_ReadsTheLabelTheNumberAndTheUnit(string text, double value, string unit, string measures)
    {
        var metric = StoryRules.ParseMetric(text);

        Assert.Equal(new Metric((decimal)value, unit, measures), metric);
    }

    [Theory]
    [InlineData("no equals sign 12%")]
    [InlineData("=12%")]
    [InlineData("revenue=a lot")]
    public void ParseMetric_RejectsTextThatIsNotAMetric(string text) => Assert.Null(StoryRules.ParseMetric(text));

    [Fact]
    public void Normalize_ComposesHangulAndTidiesTagsAndCompetencies()
    {
        var decomposed = "고객 온보딩".Normalize(NormalizationForm.FormD);
        var story = new StoryContent
        {
            Title = "  " + decomposed + "\r\n",
            Tags = ["Onboarding", "onboarding", " ", "고객"],
            Competencies = [" Customer-Obsession ", "customer-obsession"],
        };

        var normalized = StoryRules.Normalize(story);

        Assert.Equal("고객 온보딩", normalized.Title);
        Assert.Equal(["onboarding", "고객"], normalized.Tags);
        Assert.Equal(["customer-obsession"], normalized.Competencies);
    }

    [Fact]
    public void Validate_ReportsEveryBrokenRuleWithItsField()
    {
        var story = StoryRules.Normalize(new StoryContent
        {
            Title = "",
            Situation = new string('가', StoryRules.MaxFieldLength + 1),
            Action = "I did it\u0007",
            When = new YearMonth(2027, 1),
            Competencies = ["not-a-competency"],
            Metrics = [new Metric(3, "%", "")],
        });

        var problems = StoryRules.Validate(story, ContentCatalog.BuiltIn.Frameworks, ThisMonth);

        Assert.Equal(
            ["title:story.title-required", "situation:story.field-too-long", "action:input.control-characters", "when:story.when-future", "metrics[0].measures:story.metric-label-required", "competencies:story.competency-unknown"],
            problems.Select(p => $"{p.Field}:{p.MessageKey}"));
    }

    [Fact]
    public void Validate_AcceptsACompleteKoreanStory()
    {
        var story = StoryRules.Normalize(new StoryContent
        {
            Title = "데이터로 캠페인 예산 재배분",
            Situation = "분기 말 광고 효율이 떨어졌습니다.",
            Action = "제가 채널별 전환 데이터를 분석해 예산을 옮겼습니다.",
            Result = "CPA가 22% 낮아졌습니다.",
            When = new YearMonth(2024, 3),
            Competencies = ["dive-deep", "data-driven"],
            Metrics = [new Metric(22, "%", "CPA 감소")],
        });

        Assert.Empty(StoryRules.Validate(story, ContentCatalog.BuiltIn.Frameworks, ThisMonth));
    }

    [Theory]
    [InlineData("2023-04", 2023, 4)]
    [InlineData("2023.4", 2023, 4)]
    [InlineData("2023/12", 2023, 12)]
    [InlineData("2019", 2019, 1)]
    public void YearMonth_ReadsTheUsualWaysOfWritingAMonth(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var value));
        Assert.Equal(new YearMonth(year, month), value);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("23-04")]
    [InlineData("April 2023")]
    [InlineData("")]
    public void YearMonth_RejectsWhatIsNotAMonth(string text) => Assert.False(YearMonth.TryParse(text, out _));
}
