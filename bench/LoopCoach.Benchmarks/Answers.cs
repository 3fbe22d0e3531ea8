namespace LoopCoach.Benchmarks;

/// <summary>Answers of the sizes the targets speak of, built from realistic sentences.</summary>
internal static class Answers
{
    private static readonly string[] English =
    [
        "Last year our largest enterprise client was close to churning because their onboarding kept failing.",
        "My goal was to get them live within six weeks and keep a renewal worth $400k.",
        "I analyzed three months of support tickets and found that 70% of failures came from one import step.",
        "I rebuilt the import checklist, ran weekly calls with their IT lead and persuaded our product team to add validation.",
        "Um, honestly I think we were maybe a bit late on the first milestone, but we caught up.",
        "As a result, onboarding time dropped from 9 weeks to 4 weeks and the client renewed for two more years.",
        "I learned to read the tickets before assuming the customer was the problem, and I now do that on every account.",
    ];

    private static readonly string[] Korean =
    [
        "작년에 제가 맡은 고객사의 온보딩이 계속 실패해서 이탈 위기에 있었습니다.",
        "제 목표는 6주 안에 서비스를 오픈하고 4억 원 규모의 재계약을 지키는 것이었습니다.",
        "제가 석 달치 문의 데이터를 분석해 보니 실패의 70%가 데이터 가져오기 단계에서 나왔습니다.",
        "그래서 체크리스트를 다시 만들고 고객사 IT 담당자와 매주 점검 회의를 했고, 개발팀을 설득해 검증 화면을 추가했습니다.",
        "음, 솔직히 첫 마일스톤은 좀 늦었던 것 같습니다만 곧 따라잡았습니다.",
        "결과적으로 온보딩 기간이 9주에서 4주로 줄었고 고객사는 2년 재계약을 했습니다.",
        "이 일로 고객을 탓하기 전에 데이터부터 봐야 한다는 것을 배웠고, 지금은 모든 고객사에 그렇게 합니다.",
    ];

    /// <summary>An English answer of <paramref name="words"/> words.</summary>
    public static string EnglishWords(int words)
    {
        var text = new List<string>();
        for (var i = 0; text.Sum(s => s.Split(' ').Length) < words; i++)
        {
            text.Add(English[i % English.Length]);
        }

        return string.Join(" ", text);
    }

    /// <summary>A Korean answer of about <paramref name="syllables"/> Hangul syllables.</summary>
    public static string KoreanSyllables(int syllables)
    {
        var text = new List<string>();
        for (var i = 0; text.Sum(s => s.Count(c => c is >= '\uAC00' and <= '\uD7A3')) < syllables; i++)
        {
            text.Add(Korean[i % Korean.Length]);
        }

        return string.Join(" ", text);
    }
}
