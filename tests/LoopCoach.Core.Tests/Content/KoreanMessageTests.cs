using System.Text.RegularExpressions;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Tests.Content;

/// <summary>The Korean (and English) a native speaker would write: no particle left for the reader to choose, one register.</summary>
public sealed partial class KoreanMessageTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    /// <summary>Every Korean text LoopCoach fills in and prints: messages, note templates, story prompts.</summary>
    private static IEnumerable<(string Key, string Text)> KoreanTexts() =>
    [
        .. Content.Messages.Keys.Select(k => (k, Content.Messages.Get(Language.Ko, k))),
        .. Content.NoteTemplates.Select(t => (t.Key, t.Value.Ko)),
        .. Content.StoryPrompts.SelectMany(p => p.Value.Ko.Select(text => (p.Key, text))),
    ];

    [Fact]
    public void NoKoreanText_LeavesBothFormsOfAParticleForTheReader()
    {
        var seams = KoreanTexts().Where(t => BothForms().IsMatch(t.Text)).Select(t => $"{t.Key}: {t.Text}").ToList();

        Assert.True(seams.Count == 0, "write {0:이/가} instead of 이(가):\n" + string.Join("\n", seams));
    }

    [Fact]
    public void EveryParticleWrittenInAMessage_IsOneJosaKnows()
    {
        var unknown = KoreanTexts()
            .SelectMany(t => MessageFormat.ParticleSpecs(t.Text).Where(s => !Josa.IsParticle(s)).Select(s => $"{t.Key}: {s}"))
            .ToList();

        Assert.Empty(unknown);
        Assert.Contains(KoreanTexts(), t => MessageFormat.ParticleSpecs(t.Text).Any());
    }

    [Fact]
    public void NoKoreanText_HangsAParticleOnASpace()
    {
        // "--limit 은", "{0} 을(를)", "Enter 를": a particle is written against its word, and an option or a path gets
        // a noun to carry it ("--limit 값은", "{0} 파일을").
        var spaced = KoreanTexts().Where(t => SpacedParticle().IsMatch(t.Text)).Select(t => $"{t.Key}: {t.Text}").ToList();

        Assert.True(spaced.Count == 0, string.Join("\n", spaced));
    }

    [Fact]
    public void KoreanMessages_SpeakToTheUserInOneFormalRegister()
    {
        // The product speaks 합쇼체 (-ㅂ니다, -십시오); an interviewer's fixed greeting (안녕하세요,) is not a sentence end.
        var informal = Content.Messages.Keys
            .Select(k => (Key: k, Text: Content.Messages.Get(Language.Ko, k)))
            .Where(t => InformalEnding().IsMatch(t.Text))
            .Select(t => $"{t.Key}: {t.Text}")
            .ToList();

        Assert.True(informal.Count == 0, string.Join("\n", informal));
    }

    [Fact]
    public void TheDebrief_HasOneKoreanName_평가()
    {
        // The CLI once said 총평 and a web page 디브리프 for what every other page calls 평가.
        var others = KoreanTexts().Where(t => t.Text.Contains("총평", StringComparison.Ordinal) || t.Text.Contains("디브리프", StringComparison.Ordinal))
            .Select(t => $"{t.Key}: {t.Text}")
            .ToList();

        Assert.True(others.Count == 0, string.Join("\n", others));
        Assert.Equal("평가", Content.Messages.Get(Language.Ko, "cli.loop.debrief"));
    }

    [Fact]
    public void EnglishMessages_HaveNoPluralSeams()
    {
        var seams = Content.Messages.Keys
            .Select(k => (Key: k, Text: Content.Messages.Get(Language.En, k)))
            .Where(t => PluralSeam().IsMatch(t.Text))
            .Select(t => $"{t.Key}: {t.Text}")
            .ToList();

        Assert.True(seams.Count == 0, string.Join("\n", seams));
    }

    [Theory]
    [InlineData("cli.stories.added", "스토리 #3을 저장했습니다 (버전 1): 제목", 3, 1, "제목")]
    [InlineData("cli.stories.added", "스토리 #2를 저장했습니다 (버전 1): 제목", 2, 1, "제목")]
    [InlineData("cli.stories.edited", "스토리 #1을 버전 3으로 수정했습니다: 제목", 1, 3, "제목")]
    [InlineData("cli.stories.edited", "스토리 #1을 버전 2로 수정했습니다: 제목", 1, 2, "제목")]
    [InlineData("cli.stories.edited", "스토리 #1을 버전 7로 수정했습니다: 제목", 1, 7, "제목")]
    [InlineData("analysis.relevance.low", "답변에서 '리더십·주인의식'과 이어지는", "리더십·주인의식")]
    [InlineData("analysis.relevance.low", "답변에서 '팀워크'와 이어지는", "팀워크")]
    [InlineData("fit.related", "관련 역량 고객 집착으로 지정됨", "고객 집착")]
    [InlineData("fit.related", "관련 역량 학습 민첩성으로 지정됨", "학습 민첩성")]
    [InlineData("cli.lang-invalid", "'fr'는 지원하지 않는 언어입니다", "fr")]
    [InlineData("story.when-future", "2031-01은 아직 오지 않은 달입니다", "2031-01")]
    [InlineData("plan.date-past", "면접일 2024-05-03이 이미 지났습니다", "2024-05-03", "2024-06-01")]
    [InlineData("loop.session-not-found", "세션 #2가 없습니다", 2)]
    [InlineData("import.empty", "표준 입력이 비어 있습니다", "표준 입력")]
    [InlineData("input.binary", "photo.png는 텍스트가 아니라", "photo.png")]
    public void KoreanMessage_FilledIn_TakesTheParticleThatFits(string key, string expected, params object[] args) =>
        Assert.Contains(expected, Content.Messages.Get(Language.Ko, key, args), StringComparison.Ordinal);

    [Fact]
    public void PanelGreeting_NamesEachInterviewerWithTheRightParticle()
    {
        var members = string.Join(", ", new[] { ("정민지", "팀 리드"), ("한승우", "팀 실무자"), ("윤가은", "인사 담당자") }
            .Select(m => Content.Messages.Get(Language.Ko, "loop.panel-member", m.Item1, m.Item2)));

        var greeting = Content.Messages.Get(Language.Ko, "loop.panel-greeting", members, 60);

        Assert.Contains("팀 리드 정민지, 팀 실무자 한승우, 인사 담당자 윤가은이 함께합니다", greeting, StringComparison.Ordinal);
    }

    // 이(가), 을(를), 은(는), 와(과), (으)로, (이)나, 아(야), 이에요(예요)...
    [GeneratedRegex(@"\((이|가|을|를|은|는|와|과|으|이나|아|야|예요|이에요|이랑|이라)\)")]
    private static partial Regex BothForms();

    [GeneratedRegex(@"[A-Za-z0-9}\-] (이|가|을|를|은|는|와|과|로|으로|에|에서|의|도)(?=[\s.,:)]|$)")]
    private static partial Regex SpacedParticle();

    [GeneratedRegex(@"(세요|[어아해에예나까네게데래지]요|죠)(?=[.?!:)""]|$)")]
    private static partial Regex InformalEnding();

    [GeneratedRegex(@"\w\(s\)|\w\(es\)|story/stories|\bis/are\b")]
    private static partial Regex PluralSeam();
}
