using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Tests.Localization;

public sealed class MessageFormatTests
{
    [Theory]
    [InlineData("스토리 #{0:을/를} 저장했습니다", 3, "스토리 #3을 저장했습니다")]
    [InlineData("스토리 #{0:을/를} 저장했습니다", 2, "스토리 #2를 저장했습니다")]
    [InlineData("버전 {0:으로/로} 수정했습니다", 1, "버전 1로 수정했습니다")]
    [InlineData("버전 {0:으로/로} 수정했습니다", 3, "버전 3으로 수정했습니다")]
    [InlineData("오늘 면접에는 {0:이/가} 함께합니다", "팀 리드 정민지, 인사 담당자 윤가은", "오늘 면접에는 팀 리드 정민지, 인사 담당자 윤가은이 함께합니다")]
    [InlineData("'{0}'{와/과} 이어지는", "리더십·주인의식", "'리더십·주인의식'과 이어지는")]
    [InlineData("'{0}'{은/는} 지원하지 않는 언어입니다", "fr", "'fr'는 지원하지 않는 언어입니다")]
    public void Format_ParticlePlaceholder_FitsTheValue(string template, object value, string expected) =>
        Assert.Equal(expected, MessageFormat.Format(template, value));

    [Fact]
    public void Format_OrdinaryFormatsAndEscapedBraces_AreLeftToStringFormat() =>
        Assert.Equal(
            "3분 05초, {\"answer\": \"…\"}, 스토리 #7을",
            MessageFormat.Format("{0}분 {1:00}초, {{\"answer\": \"…\"}}, 스토리 #{2:을/를}", 3, 5, 7));

    [Fact]
    public void Format_TheSameValueTwice_GetsItsParticleEachTime() =>
        Assert.Equal("정민지가 왔고 정민지를 만났다", MessageFormat.Format("{0:이/가} 왔고 {0:을/를} 만났다", "정민지"));

    [Fact]
    public void Format_MissingValue_StillFailsLikeStringFormat() =>
        Assert.Throws<FormatException>(() => MessageFormat.Format("{1:이/가} 없습니다", "x"));

    [Fact]
    public void ParticleSpecs_FindsEveryParticleWrittenInATemplate_KnownOrNot() =>
        Assert.Equal(["이/가", "을/를", "이/를"], MessageFormat.ParticleSpecs("{0:이/가} {1:00} '{2}'{을/를} {3:이/를} {{x/y}}"));

    [Theory]
    [InlineData(0, "0 stories and 1 invitation")]
    [InlineData(1, "1 story and 1 invitation")]
    [InlineData(2, "2 stories and 1 invitation")]
    [InlineData(21, "21 stories and 1 invitation")]
    public void Format_PluralPlaceholder_TakesTheWordThatFitsTheCount(int stories, string expected) =>
        Assert.Equal(expected, MessageFormat.Format("{0:story|stories} and {1:invitation|invitations}", stories, 1L));

    [Fact]
    public void Format_PluralBesideParticlesAndNumberFormats_EachKeepsItsMeaning() =>
        Assert.Equal(
            "1 minute, 05, 정민지가",
            MessageFormat.Format("{0:minute|minutes}, {1:00}, {2:이/가}", 1, 5, "정민지"));

    [Fact]
    public void Format_PluralWithMissingValue_StillFailsLikeStringFormat() =>
        Assert.Throws<FormatException>(() => MessageFormat.Format("{1:story|stories}", 3));

    [Fact]
    public void EveryEnglishMessage_WithACountWord_NeverPrintsOneWithAPlural()
    {
        // Every message that counts with a plural noun says it through {n:one|other}, so "1 invitations" is never printed.
        var messages = LoopCoach.Core.Content.ContentCatalog.BuiltInMessages;
        var printed = messages.Keys
            .Select(k => messages.Get(Language.En, k, Enumerable.Repeat<object?>(1, 12).ToArray()))
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"(?<![\d.,:])\b1 (stories|postings|answers|accounts|invitations|questions|minutes|days|characters|competencies|attempts|hours|drafts|retrospectives)\b"))
            .ToList();
        Assert.Empty(printed);
    }
}
