using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>
/// Finds the company a posting is from, where postings put it: "X를 소개합니다"; the title line ("[X] 서버 개발자 채용",
/// "X | Data Analyst", "Engineer at X", "X 채용", or a first line followed by "채용 안내"); the line of facts under the
/// title ("X · 서울 성동구 · 경력 3~8년", "X — Berlin or remote"); "About X"; "at X"; and a sentence about it ("X는 …",
/// "X is a …") when X is named more than once. Places, kinds of employment and the team's own name are not companies.
/// </summary>
internal static partial class CompanyFinder
{
    // A company written with its legal form: "(주)세림모빌리티", "우진테크놀로지(주)", "㈜누리", "(재)한국물류정보원",
    // "주식회사 누리", "Veltrane Korea 유한회사", "Acme Ltd.", "Foo GmbH".
    [GeneratedRegex(@"(?:\((?:주|재|사|유)\)|㈜)\s?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,20}|[가-힣A-Za-z][가-힣A-Za-z0-9]{1,20}\s?(?:\((?:주|재|사|유)\)|㈜)|(?:주식회사|유한회사|재단법인|사단법인)\s[가-힣A-Za-z][가-힣A-Za-z0-9]{1,20}|(?:[A-Z][\w&]*\s){1,3}(?:유한회사|주식회사|Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?)(?=\s|$|,)")]
    private static partial Regex LegalName();

    private static readonly string[] NotNames =
    [
        "remote", "hybrid", "onsite", "on-site", "full-time", "part-time", "contract", "permanent", "internship", "freelance",
        "정규직", "계약직", "인턴", "재택", "경력", "신입", "채용", "모집", "공고", "서울", "경기", "부산", "판교", "us", "우리", "저희", "당사",
        "회사", "공사", "공단", "재단", "기관", "법인", "본", "지원자", "포지션", "직무", "이번", "이곳", "여기", "지금", "올해", "함께", "새롭게", "우리팀", "저희팀",
        "과정", "절차", "전형", "채용절차", "인재상",
    ];

    /// <summary>
    /// The company <paramref name="lines"/> (the posting's non-empty lines) name, or null; never one of the
    /// <paramref name="common"/> words of postings ("결과", "process").
    /// </summary>
    public static string? Find(string text, IReadOnlyList<TextSpan> lines, IReadOnlyList<PostingSection> sections, StageVocabulary vocabulary, IReadOnlySet<string> common)
    {
        bool Common(string name) => common.Contains(name.ToLowerInvariant()) || common.Contains(name.Split(' ')[0].ToLowerInvariant());

        // "• Company: Hollowell", "회사명 : 누리데이터": a line of facts that says which company it is.
        if (CompanyLabel().Match(text) is { Success: true } labelled && labelled.Groups["name"].Value.Trim() is { Length: >= 2 } label && !Common(label))
        {
            return label;
        }

        // "우진테크놀로지(주)", "(재)한국물류정보원", "Veltrane Korea 유한회사": a name with its legal form near the top.
        foreach (var line in lines.Take(8).Select(l => l.Text.Trim()).Where(l => l.Length <= 80))
        {
            if (LegalName().Match(line) is { Success: true } legal && legal.Value.Trim() is { Length: >= 4 } named && !Common(named))
            {
                return named;
            }
        }

        if (Introduces().Match(text) is { Success: true } introduced && Name(introduced.Groups["name"].Value) is { } intro)
        {
            return intro;
        }

        var top = lines.Take(3).Select(l => l.Text.Trim().TrimStart('#', ' ')).ToList();
        if (top.Count > 0 && FromTitle(top, vocabulary) is { } titled)
        {
            return titled;
        }

        // The company named where a posting speaks of joining it: "X과의 적합도", "X에 합류", "X의 인재상", "join X", "X is hiring".
        foreach (Match joining in Joining().Matches(text))
        {
            if (Name(joining.Groups["name"].Value) is { } joined && !vocabulary.NamesStage(joined) && !Common(joined))
            {
                return joined;
            }
        }

        // "퍼즐웍스에서 마음껏 만들고 배우세요", "At Brightcart, a senior engineer …": the place the opening lines speak from.
        foreach (var line in lines.Take(5).Select(l => l.Text.Trim()))
        {
            if (SpeaksFrom().Match(line) is { Success: true } from && Name(from.Groups["name"].Value) is { } place && !vocabulary.NamesStage(place) && !Common(place) && !place.EndsWith('팀'))
            {
                return place;
            }
        }

        foreach (var line in top.Skip(1).Where(l => l.Length <= 120))
        {
            var parts = FactSeparator().Split(line);
            if (parts.Length >= 2 && Name(Parenthesis().Replace(parts[0], "").Trim()) is { } first && !first.Contains(',', StringComparison.Ordinal) && !first.Any(char.IsDigit) && !vocabulary.NamesStage(first))
            {
                return first;
            }
        }

        foreach (Match about in About().Matches(text))
        {
            if (Name(about.Groups["name"].Value) is { } name && (about.Value.StartsWith("About", StringComparison.Ordinal) || Count(text, name) >= 2))
            {
                return name;
            }
        }

        foreach (var pattern in new[] { KoreanSubject(), EnglishSubject() })
        {
            foreach (Match subject in pattern.Matches(text))
            {
                // Named again, or a name of several words, or the sentence that opens the part about the company; never a
                // common word ("결과는 언제 …?") nor a question of an FAQ.
                var name = Name(subject.Groups["name"].Value);
                var line = text[(text.LastIndexOf('\n', Math.Max(0, subject.Groups["name"].Index - 1)) + 1)..];
                line = line.Contains('\n', StringComparison.Ordinal) ? line[..line.IndexOf('\n', StringComparison.Ordinal)] : line;
                if (name is null || Common(name) || line.TrimEnd().EndsWith('?') || Faq().IsMatch(line))
                {
                    continue;
                }

                var opens = sections.Any(s => s.Kind == SectionKind.Company && subject.Groups["name"].Index >= s.Span.Start && text[s.Span.Start..subject.Groups["name"].Index].Trim().Length == 0);
                if (name is not null && !vocabulary.NamesStage(name) && (Count(text, name) >= 2 || name.Contains(' ', StringComparison.Ordinal) || opens) && !name.EndsWith('팀'))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static string? FromTitle(List<string> top, StageVocabulary vocabulary)
    {
        var title = top[0];
        // "[Hiring] 모아링크 Global Partnerships Manager", "[채용] 오늘의식탁 | …": a board's tag names no company; the
        // title goes on after it.
        if (LeadingBracket().Match(title) is { Success: true } tag && RecruitingLine().IsMatch(tag.Groups["name"].Value.Trim()))
        {
            title = title[tag.Length..].Trim();
            if (TitleSplit().Split(title).Length == 1 && title.Split(' ')[0] is { Length: >= 2 } first && first.Any(TextSegmenter.IsHangul) && Name(first) is { } named)
            {
                return named;
            }
        }
        else if (LeadingBracket().Match(title) is { Success: true } bracket && Name(bracket.Groups["name"].Value) is { } bracketed && !vocabulary.NamesStage(bracketed))
        {
            return bracketed;
        }

        if (TitleSplit().Split(title) is { Length: > 1 } parts && Name(parts[0]) is { } before && !before.Any(char.IsDigit) && before.Split(' ').Length <= 3)
        {
            return before;
        }

        if (AtCompany().Match(title) is { Success: true } at && Name(at.Groups["name"].Value) is { } atName)
        {
            return atName;
        }

        if (HiringTitle().Match(title) is { Success: true } hiring && Name(hiring.Groups["name"].Value) is { } hiringName)
        {
            return hiringName;
        }

        // "동물메디컬센터 온누리" over "채용 안내": the first line is the organisation's name.
        return top.Count > 1 && RecruitingLine().IsMatch(top[1]) && title.Length <= 30 && !SentenceEnd().IsMatch(title) ? Name(title) : null;
    }

    // A role named before 채용 or in a title ("마케터 채용", "백엔드 개발자"): the job, not the company.
    [GeneratedRegex(@"(?:개발자|디자이너|마케터|엔지니어|매니저|연구원|기획자|담당자|사원|인턴|직원|경력직|신입|engineer|developer|designer|manager|analyst|scientist|intern)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    private static string? Name(string candidate)
    {
        // A legal form before the name stays with it: "(재)남도문화진흥원", "(주)한빛".
        var form = LegalForm().Match(candidate.TrimStart());
        var rest = form.Success ? candidate.TrimStart()[form.Length..] : candidate;
        var name = rest.Trim(' ', '[', ']', '(', ')', '"', '\'', '.', ',', ':', '!');
        if (form.Success && name.Length >= 2)
        {
            name = form.Value + name;
        }

        return name.Length is < 2 or > 40 || RoleNoun().IsMatch(name) || NotNames.Contains(name.ToLowerInvariant()) || NotNames.Contains(name.Split(' ')[0].ToLowerInvariant()) ? null : name;
    }

    private static int Count(string text, string name) => Regex.Matches(text, Regex.Escape(name)).Count;

    [GeneratedRegex(@"^(?:\((?:재|주|사|유|합)\)|㈜|㈔)")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"^\s*(?:q|a)\s*[.:：]", RegexOptions.IgnoreCase)]
    private static partial Regex Faq();

    [GeneratedRegex(@"(?<name>(?:\((?:재|주)\))?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:과의|와의)\s*(?:적합|핏|fit|궁합)|(?<name>(?:\((?:재|주)\))?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:에|의)\s*(?:합류|입사|지원하|인재상|구성원|일원|새\s*식구)|\bjoin\s+(?<name>[A-Z][\w&.\-]*(?:[ ][A-Z][\w&.\-]*){0,2})(?=[\s,!.]|$)|(?<name>[A-Z][\w&.\-]*(?:[ ][A-Z][\w&.\-]*){0,2})[ ]+is[ ]+hiring\b")]
    private static partial Regex Joining();

    [GeneratedRegex(@"^(?<name>(?:\((?:재|주)\))?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})에서(?:\s|$)|^At\s+(?<name>[A-Z][\w&.\-]*(?:[ ][A-Z][\w&.\-]*){0,2}),")]
    private static partial Regex SpeaksFrom();

    [GeneratedRegex(@"(?<name>[가-힣A-Za-z0-9]{2,20})(?:를|을)\s*소개합니다")]
    private static partial Regex Introduces();

    [GeneratedRegex(@"^\[(?<name>[^\[\]]{2,20})\]")]
    private static partial Regex LeadingBracket();

    [GeneratedRegex(@"\s+[|｜·—]\s+")]
    private static partial Regex TitleSplit();

    [GeneratedRegex(@"\s+at\s+(?<name>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,2})\s*$")]
    private static partial Regex AtCompany();

    [GeneratedRegex(@"^(?<name>(?:\((?:재|주|사)\))?[가-힣A-Za-z0-9&.\- ]{2,30}?)\s+(?:\d{4}년\s*)?(?:(?:상|하)반기\s*)?(?:신입|경력)?\s*(?:사원\s*)?(?:채용|공고)(?:\s*안내)?(?:\s*제?\s*[\d\-]+\s*호)?(?:\s*\(.*\))?$")]
    private static partial Regex HiringTitle();

    [GeneratedRegex(@"^(?:채용\s*안내|채용|채용\s*공고|모집|공고|careers|recruiting|hiring|jobs|we're hiring|we are hiring)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitingLine();

    [GeneratedRegex(@"\s+[·|｜—–]\s+")]
    private static partial Regex FactSeparator();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?:^|\n)\s*(?:About|Join)\s+(?<name>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,2})\s*$|\bat\s+(?<name>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,2})(?=[\s,!:.?]|$)", RegexOptions.Multiline)]
    private static partial Regex About();

    [GeneratedRegex(@"(?:^|\n|[.!?]\s+)\s*(?<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:는|은|이|가)\s", RegexOptions.Multiline)]
    private static partial Regex KoreanSubject();

    [GeneratedRegex(@"(?<name>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,2})\s+is\s+(?:a|an|the)\s", RegexOptions.Multiline)]
    private static partial Regex EnglishSubject();

    [GeneratedRegex(@"[.!?다요]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[ \t]*(?:[-*•·▪◦]\s*)?(?:company(?: name)?|employer|organi[sz]ation|회사명?|기업명?|기관명)[ \t]*[:：][ \t]*(?<name>[^\n|,(]{2,40}?)[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CompanyLabel();
}
