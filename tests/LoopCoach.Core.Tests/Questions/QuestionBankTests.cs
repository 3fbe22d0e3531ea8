using System.Text;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Tests.Questions;

public sealed class QuestionBankTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    [Fact]
    public void Find_KoreanWord_ReturnsOnlyKoreanQuestionsContainingIt()
    {
        var found = Content.Questions.Find(new QuestionQuery { Text = "고객", Language = Language.Ko }, Content.Frameworks);

        Assert.NotEmpty(found);
        Assert.All(found, q => Assert.Contains("고객", q.Text, StringComparison.Ordinal));
        Assert.All(found, q => Assert.Equal(Language.Ko, q.Language));
    }

    [Fact]
    public void Find_DecomposedHangul_MatchesComposedText()
    {
        var composed = Content.Questions.Find(new QuestionQuery { Text = "데이터" }, Content.Frameworks);
        var decomposed = Content.Questions.Find(new QuestionQuery { Text = "데이터".Normalize(NormalizationForm.FormD) }, Content.Frameworks);

        Assert.NotEmpty(composed);
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Find_EnglishWords_IgnoresCaseAndNeedsAllWords()
    {
        var found = Content.Questions.Find(new QuestionQuery { Text = "CUSTOMER time", Language = Language.En }, Content.Frameworks);

        Assert.NotEmpty(found);
        Assert.All(found, q =>
        {
            Assert.Contains("customer", q.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("time", q.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Find_PostingCompetency_ReachesQuestionsOfItsRelatedPrinciples()
    {
        var drive = Content.Frameworks.FindCompetency("drive");
        var found = Content.Questions.Find(new QuestionQuery { Competency = "drive", Language = Language.Ko }, Content.Frameworks);

        Assert.NotNull(drive);
        Assert.NotEmpty(found);
        Assert.All(found, q => Assert.Contains(q.Competencies, c => drive.Related.Contains(c)));
    }

    [Fact]
    public void Find_Competency_PutsQuestionsWhereItIsPrimaryFirst()
    {
        var found = Content.Questions.Find(new QuestionQuery { Competency = "customer-focus", Language = Language.En }, Content.Frameworks);

        var firstSecondary = found.ToList().FindIndex(q => q.PrimaryCompetency != "customer-focus");
        Assert.True(firstSecondary > 0);
        Assert.All(found.Skip(firstSecondary), q => Assert.NotEqual("customer-focus", q.PrimaryCompetency));
    }

    [Fact]
    public void Find_KindAndLanguage_FilterTogether()
    {
        var found = Content.Questions.Find(new QuestionQuery { Kind = QuestionKind.Method, Language = Language.Ko }, Content.Frameworks);

        Assert.NotEmpty(found);
        Assert.All(found, q => Assert.True(q.Kind == QuestionKind.Method && q.Language == Language.Ko));
    }
}
