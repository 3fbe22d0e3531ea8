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
    // Numbers said the way people say them: compounds in words, halves, a figure that ends the sentence, a single-digit
    // decimal, one time in two units, a rate, a share in words, a number in words standing alone.
    [InlineData("People waited twenty-five minutes; now it takes two and a half minutes.", "twenty-five minutes|Duration", "two and a half minutes|Duration")]
    [InlineData("We handed it in on time and got 68, and the rating went from 3.9 stars to 4.5 stars.", "68|Count", "3.9 stars|Count", "4.5 stars|Count")]
    [InlineData("By the summer, fourteen of the eighteen had passed, instead of ten.", "fourteen|Count", "eighteen|Count", "ten|Count")]
    [InlineData("About a third of those came from old deals, and almost half mentioned the bill.", "a third|Ratio", "almost half|Ratio")]
    [InlineData("평균 체류 시간은 4시간 10분으로 줄었고, 불량은 1,000개당 2개로 떨어졌습니다", "4시간 10분|Duration", "1,000개당 2개|Count")]
    [InlineData("오류 27건을 분석해 보니 한두 달 사이에 몰려 있었고, 평균 52점이었습니다", "27건|Count", "한두 달|Duration", "52점|Count")]
    [InlineData("불만은 스물세 건이었고 전년보다 8천 3백만 원 더 나왔으며 기록 400여 건, 320 PPM이었습니다", "스물세 건|Count", "8천 3백만 원|Money", "400여 건|Count", "320 PPM|Count")]
    [InlineData("The waste came down to about 5 kilos a night.", "5 kilos|Count")]
    [InlineData("It took an hour and a half, one or two of us stayed, and the ten-minute stand-up stayed.", "an hour and a half|Duration", "ten-minute|Duration")]
    public void Find_NamesEachNumberAndWhatItMeasures(string text, params string[] expected)
    {
        var found = NumberFinder.Find(text).Select(n => $"{n.Span.Text}|{n.Kind}");

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Find_TextWithoutNumbers_FindsNothing() =>
        Assert.Empty(NumberFinder.Find("It went really well and everyone was happy."));
}
