using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Tests.Localization;

public sealed class JosaTests
{
    [Theory]
    [InlineData("정민지", "이/가", "가")]
    [InlineData("윤가은", "이/가", "이")]
    [InlineData("스토리", "을/를", "를")]
    [InlineData("결과", "을/를", "를")]
    [InlineData("행동", "을/를", "을")]
    [InlineData("리더", "은/는", "는")]
    [InlineData("배운 점", "은/는", "은")]
    [InlineData("리더십·주인의식", "와/과", "과")]
    [InlineData("고객 집착", "와/과", "과")]
    [InlineData("팀워크", "와/과", "와")]
    [InlineData("지훈", "아/야", "아")]
    [InlineData("서연", "아/야", "아")]
    [InlineData("민지", "아/야", "야")]
    [InlineData("인터뷰", "이나/나", "나")]
    [InlineData("면접", "이나/나", "이나")]
    [InlineData("스토리", "이에요/예요", "예요")]
    [InlineData("질문", "이에요/예요", "이에요")]
    public void Pick_HangulWord_ChoosesByItsFinalConsonant(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    [Theory]
    [InlineData("서울", "로")] // ㄹ takes 로, not 으로
    [InlineData("메일", "로")]
    [InlineData("실무자", "로")]
    [InlineData("고객 집착", "으로")]
    [InlineData("팀", "으로")]
    [InlineData("1", "로")] // 일
    [InlineData("3", "으로")] // 삼
    [InlineData("2", "로")] // 이
    public void Pick_EuroRo_TreatsRieulLikeAVowel(string word, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, "으로/로"));

    [Theory]
    [InlineData("서울", "이/가", "이")] // ㄹ is a consonant for every other particle
    [InlineData("메일", "을/를", "을")]
    [InlineData("1", "은/는", "은")]
    public void Pick_RieulForOtherParticles_CountsAsAConsonant(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    [Theory]
    [InlineData("0", FinalSound.Consonant)] // 영
    [InlineData("1", FinalSound.Rieul)] // 일
    [InlineData("2", FinalSound.Vowel)] // 이
    [InlineData("3", FinalSound.Consonant)] // 삼
    [InlineData("4", FinalSound.Vowel)] // 사
    [InlineData("5", FinalSound.Vowel)] // 오
    [InlineData("6", FinalSound.Consonant)] // 육
    [InlineData("7", FinalSound.Rieul)] // 칠
    [InlineData("8", FinalSound.Rieul)] // 팔
    [InlineData("9", FinalSound.Vowel)] // 구
    [InlineData("10", FinalSound.Consonant)] // 십
    [InlineData("12", FinalSound.Vowel)] // 십이
    [InlineData("20", FinalSound.Consonant)] // 이십
    [InlineData("100", FinalSound.Consonant)] // 백
    [InlineData("1,000", FinalSound.Consonant)] // 천
    [InlineData("10000", FinalSound.Consonant)] // 만
    [InlineData("300000000", FinalSound.Consonant)] // 삼억
    [InlineData("1000000000000", FinalSound.Vowel)] // 일조
    [InlineData("3.5", FinalSound.Vowel)] // 삼 점 오
    [InlineData("2.0", FinalSound.Consonant)] // 이 점 영
    [InlineData("#3", FinalSound.Consonant)] // 삼
    [InlineData("2031-01", FinalSound.Rieul)] // 일월
    [InlineData("2024-05-03", FinalSound.Consonant)] // 삼일
    [InlineData("UTF-8", FinalSound.Rieul)] // 팔
    [InlineData("12%", FinalSound.Vowel)] // 퍼센트
    public void FinalSoundOf_Number_IsHowItIsReadInKorean(string number, FinalSound expected) =>
        Assert.Equal(expected, Josa.FinalSoundOf(number));

    [Theory]
    [InlineData("ID", FinalSound.Vowel)] // 아이디
    [InlineData("HR", FinalSound.Vowel)] // 에이치아르
    [InlineData("PM", FinalSound.Consonant)] // 피엠
    [InlineData("SQL", FinalSound.Rieul)] // 에스큐엘
    [InlineData("KPI", FinalSound.Vowel)] // 케이피아이
    [InlineData("HTML", FinalSound.Rieul)] // 에이치티엠엘
    [InlineData("CRM", FinalSound.Consonant)]
    [InlineData("db", FinalSound.Vowel)] // 디비
    public void FinalSoundOf_Abbreviation_IsSpelledLetterByLetter(string word, FinalSound expected) =>
        Assert.Equal(expected, Josa.FinalSoundOf(word));

    [Theory]
    [InlineData("Amazon", FinalSound.Consonant)] // 아마존
    [InlineData("team", FinalSound.Consonant)] // 팀
    [InlineData("phone", FinalSound.Consonant)] // 폰
    [InlineData("time", FinalSound.Consonant)] // 타임
    [InlineData("meeting", FinalSound.Consonant)] // 미팅
    [InlineData("Google", FinalSound.Rieul)] // 구글
    [InlineData("email", FinalSound.Rieul)] // 이메일
    [InlineData("YAML", FinalSound.Rieul)] // 야믈
    [InlineData("JSON", FinalSound.Consonant)] // 제이슨
    [InlineData("chat", FinalSound.Consonant)] // 챗
    [InlineData("app", FinalSound.Consonant)] // 앱
    [InlineData("web", FinalSound.Consonant)] // 웹
    [InlineData("Slack", FinalSound.Consonant)] // 슬랙
    [InlineData("Facebook", FinalSound.Consonant)] // 페이스북
    [InlineData("code", FinalSound.Vowel)] // 코드
    [InlineData("test", FinalSound.Vowel)] // 테스트
    [InlineData("report", FinalSound.Vowel)] // 리포트
    [InlineData("data", FinalSound.Vowel)] // 데이터
    [InlineData("story", FinalSound.Vowel)] // 스토리
    [InlineData("leader", FinalSound.Vowel)] // 리더
    [InlineData("ko", FinalSound.Vowel)]
    [InlineData("en", FinalSound.Consonant)]
    [InlineData("LoopCoach", FinalSound.Vowel)] // 루프코치
    [InlineData("team-lead", FinalSound.Vowel)] // 리드
    public void FinalSoundOf_EnglishWord_IsHowKoreanWritesIt(string word, FinalSound expected) =>
        Assert.Equal(expected, Josa.FinalSoundOf(word));

    [Theory]
    [InlineData("'리더십·주인의식'", "와/과", "과")] // the quote is skipped
    [InlineData("\"고객\"", "을/를", "을")]
    [InlineData("“스토리”", "을/를", "를")]
    [InlineData("「면접」", "이/가", "이")]
    [InlineData("윤가은 (인사 담당자)", "이/가", "이")] // a note in brackets is not read into the particle
    [InlineData("커피(coffee)", "을/를", "를")]
    [InlineData("스토리 #3 (초안)", "은/는", "은")]
    [InlineData("[이름]", "은/는", "은")] // a text wholly in brackets is read inside them
    [InlineData("감사합니다.\n[이름]", "은/는", "은")]
    [InlineData("'ko'", "은/는", "는")]
    [InlineData("정민지 ", "이/가", "가")]
    [InlineData("리드...", "이/가", "가")]
    public void Pick_AfterQuotesBracketsOrPunctuation_ReadsTheLastSpokenWord(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    [Theory]
    [InlineData("정민지", "가/이", "가")]
    [InlineData("윤가은", "를/을", "을")]
    [InlineData("리더십", "과/와", "과")]
    [InlineData("서울", "로/으로", "로")]
    public void Pick_FormsInEitherOrder_MeanTheSameParticle(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    [Theory]
    [InlineData("출시 🎉", "을/를", "를")]
    [InlineData("신규 입점 👍🏽", "이/가", "이")]
    [InlineData("トヨタ", "이/가", "가")]
    [InlineData("ラーメン", "을/를", "을")]
    public void Pick_EmojiAndSymbolsAtTheEnd_AreNotRead_AndKanaByItsLastSound(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    /// <summary>Where nothing can be read, one form is still chosen: a person never sees "이(가)".</summary>
    [Theory]
    [InlineData("", "이/가", "이")]
    [InlineData("漢字", "을/를", "을")]
    [InlineData("🙂", "으로/로", "으로")]
    [InlineData("...", "이나/나", "이나")]
    public void Pick_WhatCannotBeRead_GivesTheFormAfterAConsonant(string word, string particle, string expected) =>
        Assert.Equal(expected, Josa.Pick(word, particle));

    [Fact]
    public void Pick_DecomposedHangul_ReadsLikeComposed() =>
        Assert.Equal("이", Josa.Pick("윤가은".Normalize(System.Text.NormalizationForm.FormD), "이/가"));

    [Fact]
    public void Attach_WritesTheWordAndItsParticle() =>
        Assert.Equal("정민지가, 윤가은이", Josa.Attach("정민지", "이/가") + ", " + Josa.Attach("윤가은", "이/가"));

    [Theory]
    [InlineData("이/가", true)]
    [InlineData("와/과", true)]
    [InlineData("으로/로", true)]
    [InlineData("이에요/예요", true)]
    [InlineData("이/를", false)]
    [InlineData("00", false)]
    [InlineData("yyyy/MM", false)]
    public void IsParticle_KnowsOnlyRealPairs(string spec, bool expected) => Assert.Equal(expected, Josa.IsParticle(spec));

    [Fact]
    public void Pick_UnknownParticle_Throws() => Assert.Throws<ArgumentException>(() => Josa.Pick("정민지", "이/를"));
}
