using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Tests.Analysis;

public sealed class TextSegmenterTests
{
    [Fact]
    public void Sentences_KoreanSpeechWithoutFullStops_SplitsAtSentenceEndings()
    {
        var text = "작년에 신규 고객 이탈이 많았습니다 그래서 제가 체크리스트를 만들었어요 결과적으로 이탈률이 9%로 줄었죠";

        var sentences = TextSegmenter.Sentences(text).Select(s => s.Text);

        Assert.Equal(["작년에 신규 고객 이탈이 많았습니다", "그래서 제가 체크리스트를 만들었어요", "결과적으로 이탈률이 9%로 줄었죠"], sentences);
    }

    [Fact]
    public void Sentences_DecimalPointsAndAbbreviatedNumbers_DoNotEndASentence()
    {
        var sentences = TextSegmenter.Sentences("Revenue grew 1.5x. We hired 3.5 people! Did it work? Yes.");

        Assert.Equal(["Revenue grew 1.5x.", "We hired 3.5 people!", "Did it work?", "Yes."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Sentences_SpansPointIntoTheText()
    {
        const string text = "첫 문장입니다.\n둘째 문장이에요.";

        Assert.All(TextSegmenter.Sentences(text), s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("I led the migration and cut costs by a third.", AnswerLanguage.En)]
    [InlineData("제가 마이그레이션을 이끌어 비용을 3분의 1 줄였습니다.", AnswerLanguage.Ko)]
    [InlineData("제가 A/B test 를 설계해서 CTR 을 올렸습니다.", AnswerLanguage.Ko)]
    [InlineData("I worked with the 영업팀 and the 마케팅팀 on the 캠페인 성과 분석 every week.", AnswerLanguage.Mixed)]
    [InlineData("12345 !!!", AnswerLanguage.En)]
    public void DetectLanguage_WeighsHangulAgainstLatinLetters(string text, AnswerLanguage expected) =>
        Assert.Equal(expected, TextSegmenter.DetectLanguage(text));
}
