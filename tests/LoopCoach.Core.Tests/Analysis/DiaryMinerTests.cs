using LoopCoach.Core.Analysis;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests.Analysis;

public sealed class DiaryMinerTests
{
    private static readonly DiaryMiner Miner = new(BuiltIn.Analyzer);

    [Fact]
    public void Mine_DiaryFixture_ProposesTheThreePostsThatAreStories_WithTheirFieldsAndDates()
    {
        var diary = Fixtures.Text(Fixtures.Diary);

        var drafts = Miner.Mine(diary);

        // Six one-line posts: three tell what the writer did and what came of it; the Monday blues (4), a plan to
        // raise the meeting problem (2) and the first day (1) do not, nor does the blog header above the posts.
        Assert.Equal([1, 2, 3], drafts.Select(d => d.Number));
        Assert.Equal(["배송 지연 문의가 쏟아진 주", "클릭률은 최고인데 주문은 왜 줄었을까", "첫 기획안이 반려된 날"], drafts.Select(d => d.Story.Title));
        Assert.Equal([new YearMonth(2023, 6), new YearMonth(2023, 5), new YearMonth(2023, 4)], drafts.Select(d => d.Story.When));
        Assert.All(drafts, d => Assert.Equal(["diary"], d.Story.Tags));
        Assert.Equal(["6. ", "5. ", "3. "], drafts.Select(d => d.Source.Text[..3]));
        Assert.All(drafts, d => Assert.Equal(d.Source.Text, diary.Replace("\r\n", "\n", StringComparison.Ordinal)[d.Source.Start..d.Source.End]));

        var delays = drafts[0];
        Assert.Empty(delays.Missing);
        Assert.Contains("답변 템플릿 세 개를 만들어", delays.Story.Action, StringComparison.Ordinal);
        Assert.Contains("60건으로 줄었고", delays.Story.Result, StringComparison.Ordinal);
        Assert.Contains("먼저 알리는 것이 가장 좋은 응대", delays.Story.Lesson, StringComparison.Ordinal);

        var clicks = drafts[1];
        Assert.Equal([StarPart.Task, StarPart.Lesson], clicks.Missing);
        Assert.Contains("캠페인별로 데이터를 다시 뽑아", clicks.Story.Action, StringComparison.Ordinal);
        Assert.Contains("예산을 멈추자고 제안했다", clicks.Story.Action, StringComparison.Ordinal);
        Assert.Contains("광고비가 15% 줄었는데도", clicks.Story.Result, StringComparison.Ordinal);
        Assert.Equal("", clicks.Story.Lesson);

        var proposal = drafts[2];
        Assert.Contains("지난 기획안 열 개를 찾아 읽고", proposal.Story.Action, StringComparison.Ordinal);
        Assert.Contains("가장 빠른 공부라는 걸 깨달았다", proposal.Story.Lesson, StringComparison.Ordinal);
        Assert.DoesNotContain(StarPart.Action, proposal.Missing);
        Assert.DoesNotContain(StarPart.Lesson, proposal.Missing);
    }

    [Fact]
    public void Mine_ResultThatIsAnOpinionOrAGeneralStatement_IsNotTakenAsTheResult()
    {
        const string diary = "## 2022-01-19 배움과 성과\n입사 후 나는 매주 배운 것을 정리해 팀에 공유했다. 학교는 성과보다 배움을 중시하는 곳이기 때문이다. " +
            "결국 회사는 배움보다 성과를 중시하는 기관이다.\n\n## 2022-02-03 온보딩 문서\n신입이 올 때마다 같은 질문이 반복돼서 내가 온보딩 문서를 만들었다. " +
            "그 결과 첫 주 질문이 절반으로 줄었다.";

        var drafts = Miner.Mine(diary);

        Assert.All(drafts, d => Assert.DoesNotContain("때문이다", d.Story.Result, StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.DoesNotContain("기관이다", d.Story.Result, StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Story.Result.Contains("절반으로 줄었다", StringComparison.Ordinal));
        Assert.All(drafts.Where(d => d.Story.Result.Length == 0), d => Assert.Contains(StarPart.Result, d.Missing));
    }

    [Theory]
    [InlineData("학교는 '성과'보다는 '배움'을 중시하는 기관이기 때문이다.", false)]
    [InlineData("그래서 사람들은 좋은 성과를 내기 위해 각자의 방식으로 노력한다.", false)]
    [InlineData("결국 이 일은 팀 모두에게 좋은 경험이었던 것 같다.", false)]
    [InlineData("I think it always pays off in the end.", false)]
    [InlineData("그 결과 하루 200건이던 문의가 이틀 만에 60건으로 줄었다.", true)]
    [InlineData("일주일 뒤 다시 올린 기획안은 통과됐다.", true)]
    [InlineData("As a result, churn dropped from 8% to 5%.", true)]
    public void IsOutcome_TellsWhatHappenedFromOpinions(string sentence, bool outcome) =>
        Assert.Equal(outcome, DiaryMiner.IsOutcome(sentence));

    [Fact]
    public void Mine_DiaryWithNoStory_ProposesNothing()
    {
        var diary = string.Join('\n', Fixtures.Text(Fixtures.Diary).Split('\n').Where(l => l.StartsWith("4. ", StringComparison.Ordinal) || l.StartsWith("1. ", StringComparison.Ordinal)));

        Assert.Empty(Miner.Mine(diary));
    }

    [SkippableFact]
    public void Mine_Seed003_TitlesEachDraftByItsPostAndDatesItByThePostDate()
    {
        var drafts = Miner.Mine(Seeds.Text("003"));

        Assert.NotEmpty(drafts);
        var first = drafts[0];
        Assert.Equal("CS, 고객 서비스에 대한 고찰", first.Story.Title);
        Assert.Equal(new YearMonth(2022, 1), first.Story.When);
        Assert.All(drafts, d => Assert.False(char.IsDigit(d.Story.Title[0]), d.Story.Title));
        Assert.All(drafts, d => Assert.DoesNotContain("[", d.Story.Title, StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.True(d.Story.Action.Length > 0 || d.Story.Result.Length > 0, d.Story.Title));
        Assert.Contains(drafts, d => d.Story.When == new YearMonth(2021, 12));
    }
}
