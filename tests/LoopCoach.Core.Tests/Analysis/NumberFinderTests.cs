using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Tests.Analysis;

public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("이탈률이 15%에서 9%로 줄었습니다", "15%|Percent", "9%|Percent")]
    [InlineData("매출이 3천만 원 늘었고 비용은 1.5억 줄었습니다", "3천만 원|Money", "1.5억|Money")]
    [InlineData("12명의 팀으로 3개월 동안 1,200건을 처리했습니다", "12명|Count", "3개월|Duration", "1,200건|Count")]
    [InlineData("전환율이 두 배가 됐고 처리 시간은 절반으로", "두 배|Ratio", "절반|Ratio")]
    [InlineData("We saved $40k in 3 weeks and doubled signups", "$40k|Money", "3 weeks|Duration", "doubled|Ratio")]
    [InlineData("Her pull requests were approved after one round, and one of my clients noticed", "one round|Count")]
    [InlineData("In 2019 we onboarded 300 customers", "In 2019|Date", "300 customers|Count")]
    [InlineData("2023년 4월에 시작해 NPS가 20포인트 올랐습니다", "2023년 4월|Date", "20포인트|Percent")]
    public void Find_NamesEachNumberAndWhatItMeasures(string text, params string[] expected)
    {
        var found = NumberFinder.Find(text).Select(n => $"{n.Span.Text}|{n.Kind}");

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Find_TextWithoutNumbers_FindsNothing() =>
        Assert.Empty(NumberFinder.Find("It went really well and everyone was happy."));
}
