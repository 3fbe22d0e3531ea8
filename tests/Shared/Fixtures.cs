namespace LoopCoach.Tests;

/// <summary>
/// The project's own fixtures (<c>tests/Shared/Fixtures/</c>, copied beside every test assembly that links this
/// file): documents written for LoopCoach in the shapes of the reference seeds, so that the behaviour the seeds
/// were read for is checked on every run, seeds or not. See <c>Fixtures/README.md</c>.
/// </summary>
internal static class Fixtures
{
    /// <summary>A Korean loop review (복기) laid out like seed 000: five 1:1 rounds, one 꼬리질문.</summary>
    public const string LoopReview = "loop-review.ko.txt";

    /// <summary>A Korean posting laid out like seed 001: four named strengths, 지원 > 사전과제 > 통합 인터뷰 > 최종 합격.</summary>
    public const string Posting = "posting.ko.txt";

    /// <summary>An English posting with a recruiter call and an onsite loop, at a named company.</summary>
    public const string EnglishPosting = "posting.en.txt";

    /// <summary>A Korean posting that asks for English (영어 면접), for a loop with one English-speaking interviewer.</summary>
    public const string KoreanPostingWithEnglish = "posting-english.ko.txt";

    /// <summary>A Korean work diary laid out like seed 003: six one-line numbered posts, three of them stories.</summary>
    public const string Diary = "diary.ko.txt";

    /// <summary>The path of fixture <paramref name="name"/> in the test output.</summary>
    public static string PathOf(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        return File.Exists(path) ? path : throw new FileNotFoundException("fixture not copied to the test output", path);
    }

    /// <summary>The text of fixture <paramref name="name"/>.</summary>
    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
