using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Postings;

/// <summary>
/// Reads a job posting in Korean or English, in whatever layout: its role and company, its sections, the
/// strengths it names, the Amazon principles and generic competencies it leans on (each with the sentence that
/// supports it), must-haves and nice-to-haves, the hiring stages in order, and its keywords. What it cannot find
/// it says, rather than guess.
/// </summary>
/// <param name="lexicon">The words sections, requirements and stages are found by.</param>
/// <param name="classifier">Maps the posting's sentences to competencies.</param>
public sealed partial class PostingAnalyzer(PostingLexicon lexicon, QuestionClassifier classifier)
{
    /// <summary>The longest posting read, in characters.</summary>
    public const int MaxPostingLength = 100_000;

    private readonly PostingLexicon _lexicon = lexicon;
    private readonly QuestionClassifier _classifier = classifier;
    private readonly StageVocabulary _vocabulary = new(lexicon);
    private readonly HashSet<string> _common = new(lexicon.StopKeywords.En.Concat(lexicon.StopKeywords.Ko), StringComparer.Ordinal);

    /// <summary>Analyses <paramref name="posting"/>. Empty or over-long text is an input error.</summary>
    public PostingAnalysis Analyze(string posting)
    {
        var text = Markup().Replace(TextInput.Normalize(posting), m => Blank(m.Value));
        if (text.Trim().Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "posting.empty");
        }

        if (text.Length > MaxPostingLength)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "posting.too-long", MaxPostingLength, text.Length);
        }

        var lines = Lines(text);
        var sections = FindSections(text, lines);
        var (role, titleCompany) = FindTitle(lines, sections);
        var company = CleanCompany(CompanyFinder.Find(text, lines, sections, _vocabulary, _common)) ?? CleanCompany(titleCompany);
        var requirements = FindRequirements(text, lines, sections);
        var strengths = new StrengthReader(_lexicon, _vocabulary, _classifier).Read(lines, sections);
        var body = sections.Where(s => s.Kind is SectionKind.Role or SectionKind.Responsibilities or SectionKind.Requirements or SectionKind.Preferred).ToList();
        // With no section about the job, the whole text but its notes, legal text and benefits.
        var aside = sections.Where(s => s.Kind is SectionKind.Notes or SectionKind.Benefits).ToList();
        var sentences = (body.Count == 0 ? [TextSpan.Of(text, 0, text.Length)] : body.Select(s => s.Span))
            .SelectMany(span => TextSegmenter.Sentences(span.Text).Select(s => (Text: s.Text, At: span.Start + s.Start)))
            .Where(s => !aside.Any(a => s.At >= a.Span.Start && s.At < a.Span.End))
            .Select(s => s.Text)
            .Where(s => s.Length >= 8 && !_vocabulary.IsPolicy(s))
            .ToList();
        var stages = new StageReader(_vocabulary).Read(text, sections);
        var notFound = new List<PostingPart>();
        if (role is null) notFound.Add(PostingPart.Role);
        if (company is null) notFound.Add(PostingPart.Company);
        if (sections.Count == 0) notFound.Add(PostingPart.Sections);
        if (requirements.Count == 0) notFound.Add(PostingPart.Requirements);
        if (stages.Count == 0) notFound.Add(PostingPart.Stages);

        return new PostingAnalysis
        {
            Language = TextSegmenter.DetectLanguage(text),
            Role = role,
            Company = company,
            Sections = sections,
            Strengths = strengths,
            Principles = Map(sentences, "amazon-lp", 4),
            Generic = Map(sentences, "generic", 3),
            Requirements = requirements,
            StageDetails = stages,
            Keywords = Keywords(text),
            NotFound = notFound,
        };
    }

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start && text[start..i].Trim().Length > 0)
                {
                    lines.Add(TextSpan.Of(text, start, i));
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private List<PostingSection> FindSections(string text, List<TextSpan> lines)
    {
        var headings = new List<(SectionKind Kind, TextSpan Line)>();
        foreach (var line in lines)
        {
            // A heading is a short line that is neither a list item nor a sentence; ■ and □ decorate headings too.
            // A label with its value after the colon ("나. 접수방법: 전자우편", "Location: Remote") is content, not a heading.
            var trimmed = line.Text.Trim();
            // An FAQ's question heads its answer ("Q: What does the interview process look like?").
            var question = FaqQuestion().Match(trimmed);
            if (question.Success)
            {
                trimmed = trimmed[question.Length..].Trim();
            }
            else if (trimmed.Length > 60 || (Bullet().IsMatch(trimmed) && trimmed[0] is not ('#' or '■' or '□')) || trimmed[^1] is '.' or '!' or '?' or '。'
                || LabelWithValue().IsMatch(trimmed))
            {
                continue;
            }

            // An English heading word stands near the start ("Here's how our process works"); deep inside a line
            // ("Coach other engineers on the team") it is content.
            var lower = trimmed.ToLowerInvariant();
            var kind = _lexicon.Sections
                .Select(s => (s.Key, Match: s.Value.En.Concat(s.Value.Ko).Where(w => lower.Contains(w, StringComparison.Ordinal) && NearStart(lower, w)).Max(w => (int?)w.Length)))
                .Where(s => s.Match is not null)
                .OrderByDescending(s => s.Match)
                .Select(s => (SectionKind?)s.Key)
                .FirstOrDefault();
            // "[제출 서류]", "■ 유의사항": a heading that names a notice ends what came before; what follows is notes.
            var notice = kind is null && DecoratedHeading().Match(trimmed) is { Success: true } decorated && _vocabulary.IsNoticeLabel(decorated.Groups["inner"].Value.Replace(" ", "", StringComparison.Ordinal));
            if (notice)
            {
                kind = SectionKind.Notes;
            }

            // Inside a process, a line naming a stage ("Skills Assessment") is a stage, not a new section.
            var inProcess = headings.Count > 0 && headings[^1].Kind == SectionKind.Process;
            if (kind is not null && (notice || !(inProcess && kind != SectionKind.Process && _vocabulary.NamesStage(trimmed))))
            {
                headings.Add((kind.Value, line));
            }
        }

        var sections = new List<PostingSection>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Line.End;
            var end = i + 1 < headings.Count ? headings[i + 1].Line.Start : text.Length;
            sections.Add(new PostingSection(headings[i].Kind, headings[i].Line.Text.Trim().TrimStart('#', ' '), TextSpan.Of(text, start, end)));
        }

        return sections;
    }

    /// <summary>
    /// The role (and, when the title line carries it, the company) from the posting's first line:
    /// "Growth Marketer (경력 3년 이상)" → Growth Marketer; "핀그릿 | Data Analyst" → Data Analyst at 핀그릿;
    /// "동림식품 2025년 하반기 경력사원 채용 (SCM 기획)" → SCM 기획 at 동림식품.
    /// </summary>
    private static (string? Role, string? Company) FindTitle(List<TextSpan> lines, List<PostingSection> sections)
    {
        var first = lines.FirstOrDefault()?.Text.Trim().TrimStart('#', ' ').Trim();
        if (first is null || first.Length > 80 || sections.Any(s => s.Heading == first) || first.EndsWith('.') || first.EndsWith('다'))
        {
            return (null, null);
        }

        if (first.Contains("채용", StringComparison.Ordinal) && TrailingParenthesis().Match(first) is { Success: true } hiring)
        {
            return (hiring.Groups["inner"].Value.Trim(), first.Split(' ')[0]);
        }

        var parts = first.Split([" | ", " | ", " · ", " — "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var role = TrailingParenthesis().Replace(parts[^1], "").Trim();
        return (role.Length > 0 ? role : parts[^1], parts.Length > 1 ? parts[0] : null);
    }

    private List<Requirement> FindRequirements(string text, List<TextSpan> lines, List<PostingSection> sections)
    {
        var found = new List<Requirement>();
        var nice = _lexicon.NiceToHave.En.Concat(_lexicon.NiceToHave.Ko).ToList();
        var must = _lexicon.MustHave.En.Concat(_lexicon.MustHave.Ko).ToList();
        var asking = sections.Where(s => s.Kind is SectionKind.Requirements or SectionKind.Preferred).ToList();
        if (asking.Count > 0)
        {
            var askingSpans = asking.ConvertAll(s => s.Span);
            foreach (var line in lines.Where(l => SortedSpans.WithinAny(askingSpans, l)))
            {
                var section = asking[SortedSpans.IndexContaining(askingSpans, line)];
                var item = Bullet().Replace(line.Text.Trim(), "").Trim();
                if (item.Length < 4)
                {
                    continue;
                }

                var lower = item.ToLowerInvariant();
                var isNice = section.Kind == SectionKind.Preferred || nice.Any(w => lower.Contains(w, StringComparison.Ordinal));
                found.Add(new Requirement(item, !isNice, line));
            }

            return found;
        }

        // No requirement section: take the sentences that say what is required or what is a plus.
        foreach (var sentence in TextSegmenter.Sentences(text))
        {
            var lower = sentence.Text.ToLowerInvariant();
            var isNice = nice.Any(w => lower.Contains(w, StringComparison.Ordinal));
            var isMust = must.Any(w => lower.Contains(w, StringComparison.Ordinal));
            if (isNice || isMust)
            {
                found.Add(new Requirement(sentence.Text, !isNice, sentence));
            }
        }

        return found;
    }

    private List<MappedCompetency> Map(IReadOnlyList<string> sentences, string framework, int top)
    {
        var totals = new Dictionary<string, (double Score, string Evidence, double Best)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var score in _classifier.Classify(sentence, framework, 2).Where(s => s.Score > 0))
            {
                var current = totals.GetValueOrDefault(score.Id, (0, sentence, 0));
                totals[score.Id] = (current.Score + score.Score, score.Score > current.Best ? sentence : current.Evidence, Math.Max(current.Best, score.Score));
            }
        }

        return [.. totals.OrderByDescending(t => t.Value.Score).ThenBy(t => t.Key, StringComparer.Ordinal).Take(top)
            .Select(t => new MappedCompetency(t.Key, Math.Round(t.Value.Score, 4), t.Value.Evidence))];
    }

    private List<string> Keywords(string text)
    {
        var stop = new HashSet<string>(_lexicon.StopKeywords.En.Concat(_lexicon.StopKeywords.Ko), StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var tokens = TextSegmenter.Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            string key;
            if (word.Any(TextSegmenter.IsHangul))
            {
                key = Particle().Replace(word, "");
                if (key.Length < 2)
                {
                    continue;
                }
            }
            else
            {
                key = word.All(char.IsUpper) && word.Length >= 2 ? word : word.ToLowerInvariant();
                if (key.Length < 4 && !word.All(char.IsUpper))
                {
                    continue;
                }
            }

            if (stop.Contains(key.ToLowerInvariant()) || key.All(char.IsDigit))
            {
                continue;
            }

            var current = counts.TryGetValue(key, out var seen) ? seen : (Count: 0, First: i);
            counts[key] = (current.Count + 1, current.First);
        }

        return [.. counts.Where(c => c.Value.Count >= 2).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(12).Select(c => c.Key)];
    }

    // "[채용] 오늘의식탁", "채용] 오늘의식탁", "브릭스노트 채용", "[Hiring]": a board's tag and the word "hiring" are not the
    // company's name.
    private static string? CleanCompany(string? company)
    {
        if (company is null)
        {
            return null;
        }

        var name = CompanyTag().Replace(company.Trim(), "").Trim();
        name = HiringWord().Replace(name, "").Trim();
        return name.Length == 0 || HiringOnly().IsMatch(name) ? null : name;
    }

    [GeneratedRegex(@"^(?:\[[^\[\]]{1,12}\]|[^\[\]\s]{1,12}\])\s*")]
    private static partial Regex CompanyTag();

    [GeneratedRegex(@"\s+(?:채용(?:\s*공고)?|공고|recruiting|hiring|careers|jobs)$", RegexOptions.IgnoreCase)]
    private static partial Regex HiringWord();

    [GeneratedRegex(@"^(?:채용|공고|채용공고|hiring|recruiting|careers|jobs|we'?re hiring)$", RegexOptions.IgnoreCase)]
    private static partial Regex HiringOnly();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□✓✔➤>]|\d{1,2}[.)]|[①-⑳])\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:\[(?<inner>[^\[\]]{2,20})\]|【(?<inner>[^【】]{2,20})】|[■□▣◆◇●]\s*(?<inner>.{2,20}))$")]
    private static partial Regex DecoratedHeading();

    [GeneratedRegex(@"^q\s*[.:：]\s*(?=.{4,80}\?$)", RegexOptions.IgnoreCase)]
    private static partial Regex FaqQuestion();

    // A bilingual heading gives the English in brackets ("📮 지원 과정 (Hiring process)"): the words before it are
    // counted from the bracket, and only words with letters count (not "📮").
    private static bool NearStart(string lower, string word)
    {
        if (word.Any(TextSegmenter.IsHangul))
        {
            return true;
        }

        var before = lower[..lower.IndexOf(word, StringComparison.Ordinal)];
        before = before[(before.LastIndexOf('(') + 1)..];
        return before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) <= 3;
    }

    // "접수기간: 2025. 3. 4. ~ 3. 17.", "Location: Remote": a label and its value on one line.
    [GeneratedRegex(@"^[^:：]{1,25}[:：]\s*\S.{3,}$")]
    private static partial Regex LabelWithValue();

    [GeneratedRegex(@"\s*[(\[](?<inner>[^()\[\]]*)[)\]]\s*$")]
    private static partial Regex TrailingParenthesis();

    // Web pages pasted with their markup left in ("<p>", "&nbsp;", "&lt;"): each becomes spaces of the same length
    // (a line break for <br>, <p> and <li>, an item mark for <li>), so that spans still point into the posting.
    private static string Blank(string markup)
    {
        var lower = markup.ToLowerInvariant();
        var first = lower switch
        {
            "&lt;" => "<",
            "&gt;" => ">",
            "&amp;" => "&",
            _ when lower.StartsWith("<li", StringComparison.Ordinal) => "-",
            _ when lower.StartsWith("<br", StringComparison.Ordinal) || lower.StartsWith("</p", StringComparison.Ordinal) || lower.StartsWith("</li", StringComparison.Ordinal) => "\n",
            _ => " ",
        };
        return first + new string(' ', markup.Length - 1);
    }

    [GeneratedRegex(@"</?(?:p|br|li|ul|ol|strong|b|em|i|span|div|h[1-6])\b[^>]{0,40}>|&(?:nbsp|lt|gt|amp|quot|#39);", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"(?:으로|에서|에게|까지|부터|이나|이며|이고|하는|하고|해서|합니다|입니다|은|는|이|가|을|를|의|에|로|과|와|도|만|및)$")]
    private static partial Regex Particle();
}
