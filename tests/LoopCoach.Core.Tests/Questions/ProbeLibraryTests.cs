using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Tests.Questions;

public sealed class ProbeLibraryTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    [Theory]
    [InlineData("dive-deep", Gaps.Data, "where to look")]
    [InlineData("have-backbone-disagree-and-commit", Gaps.Decision, "decision went the other way")]
    [InlineData("frugality", Gaps.Constraints, "do without")]
    public void Intents_AskWhatTheCompetencyIsAbout(string competency, string gap, string words)
    {
        var intent = Assert.Single(Content.Probes.Intents, i => i.Competencies.Contains(competency));

        Assert.Equal(gap, intent.Gap);
        Assert.Contains(intent.Phrasings.En, p => p.Contains(words, StringComparison.Ordinal));
        Assert.All(intent.Phrasings.Ko, p => Assert.Matches("[가-힣]", p));
    }

    [Fact]
    public void EveryHeardGap_HasTheWordsThatCloseIt_AndNoMeasuredGapHasAny()
    {
        Assert.All(Gaps.Heard, gap => Assert.True(Content.GetProbe(gap).Covered.En.Count >= 5 && Content.GetProbe(gap).Covered.Ko.Count >= 5, gap));
        Assert.All(Gaps.Measured, gap => Assert.Empty(Content.GetProbe(gap).Covered.En.Concat(Content.GetProbe(gap).Covered.Ko)));
        Assert.All(Content.Probes.Intents, i => Assert.Contains(i.Gap, Gaps.Heard));
    }

    [Fact]
    public void Phrasings_AreQuestionsInBothLanguages_AndNoneIsWrittenTwice()
    {
        var all = Content.Probes.SelectMany(p => new[] { p.Phrasings }.Concat(p.Variants.Select(v => v.Phrasings)))
            .Concat(Content.Probes.Intents.Select(i => i.Phrasings))
            .ToList();

        foreach (var language in Languages.All)
        {
            var texts = all.SelectMany(l => l[language]).ToList();
            Assert.Equal(texts.Count, texts.Distinct().Count());
            Assert.All(texts, t => Assert.True(t.EndsWith('?') || t.EndsWith('.'), t));
        }

        Assert.All(all.SelectMany(l => l.Ko), t => Assert.Matches("[가-힣]", t));
    }

    [Fact]
    public void ComparedWithWhat_IsOneKindOfFollowUp_WrittenAtMostTwice()
    {
        var en = Content.Probes.SelectMany(p => p.Phrasings.En.Concat(p.Variants.SelectMany(v => v.Phrasings.En))).Count(t => t.Contains("compar", StringComparison.OrdinalIgnoreCase) || t.Contains("before you started", StringComparison.Ordinal));
        var ko = Content.Probes.SelectMany(p => p.Phrasings.Ko.Concat(p.Variants.SelectMany(v => v.Phrasings.Ko))).Count(t => t.Contains("비교", StringComparison.Ordinal) || t.Contains("시작하기 전", StringComparison.Ordinal));

        // A session never asks a phrasing twice, so this is how often it can come up in one session.
        Assert.InRange(en, 1, 2);
        Assert.InRange(ko, 1, 2);
    }

    [Fact]
    public void GeneralPhrasings_PresupposeNothingTheStoryMayNotHaveSaid()
    {
        // "We" and an outcome are presupposed only by the variants asked when the story holds them.
        Assert.All(Content.Probes.SelectMany(p => p.Phrasings.En), t => Assert.DoesNotContain("\"we\"", t, StringComparison.OrdinalIgnoreCase));
        Assert.All(Content.Probes.SelectMany(p => p.Phrasings.Ko), t => Assert.DoesNotContain("'우리'", t, StringComparison.Ordinal));
        Assert.All(Content.GetProbe(Gaps.Result).Phrasings.En, t => Assert.DoesNotContain("that result", t, StringComparison.Ordinal));
        Assert.Contains(Content.GetProbe(Gaps.Role).Variants, v => v.When == StoryState.WeHeavy);
        Assert.Contains(Content.GetProbe(Gaps.Result).Variants, v => v.When == StoryState.ResultStated);
    }
}
