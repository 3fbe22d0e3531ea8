using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>
/// Finds the strengths a posting says it seeks, and only those: named lines ("실행력 - …", "Ownership: …") in a
/// section about whom it seeks (requirements, 인재상, "what we look for"); a values line that names its values
/// ("핵심가치 : 생명 존중 · 정직 · 배움"); and qualities asked for in passing in a requirement line or a sentence about
/// whom it seeks ("성실하고 책임감 있는 분", "We want people who … are versatile"). Notes, legal and policy text, benefits,
/// preferred lists, descriptions of the company's own culture ("much of our collaboration is async") and labels such
/// as "Please note:" are never read as strengths. Each strength maps to competencies by meaning first — the quality
/// its name holds (팀워크 → Earn Trust and teamwork) — and by the classifier only when its name holds none.
/// </summary>
public sealed partial class StrengthReader(PostingLexicon lexicon, StageVocabulary vocabulary, QuestionClassifier classifier)
{
    /// <summary>The strengths <paramref name="lines"/> name, given the posting's <paramref name="sections"/>.</summary>
    public List<ExplicitStrength> Read(IReadOnlyList<TextSpan> lines, IReadOnlyList<PostingSection> sections)
    {
        var strengths = new List<ExplicitStrength>();
        var qualities = new HashSet<string>(StringComparer.Ordinal);
        var sectionSpans = sections.Select(s => s.Span).ToList();
        foreach (var line in lines)
        {
            // Sections follow one another without overlapping: the one holding a line is found by binary search.
            var index = SortedSpans.IndexContaining(sectionSpans, line);
            var section = index < 0 ? null : sections[index];
            var text = line.Text.Trim();

            // "평가내용: 직무 수행능력, 의사소통 능력, 공직윤리 등", "We assess: …": what the selection judges is sought.
            if (Assessed().Match(text) is { Success: true } assessed)
            {
                foreach (var (quality, label, word, _) in Qualities(assessed.Groups["items"].Value))
                {
                    if (qualities.Add(quality.Id))
                    {
                        Add(new ExplicitStrength(label, text, Map(quality, word)));
                    }
                }

                continue;
            }

            if (vocabulary.IsPolicy(text) || section?.Kind is SectionKind.Benefits or SectionKind.Preferred or SectionKind.Notes || IsNice(text))
            {
                continue;
            }

            // "Ability to: explain data to non-technical staff; manage competing deadlines": each ability asked is sought.
            if (Abilities().Match(text) is { Success: true } abilities)
            {
                foreach (var item in abilities.Groups["items"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(i => i.Length >= 4))
                {
                    Add(new ExplicitStrength(item.TrimEnd('.'), text, Nearest(item, text)));
                }

                continue;
            }

            var seekingSection = section is not null && (section.Kind == SectionKind.Requirements || Seeking().IsMatch(section.Heading.ToLowerInvariant()));
            // Under a plain requirements heading a "name: …" line is a field ("Education: …", "Skill in: …") unless its
            // name is a quality; under 인재상, values or "what we look for" its name is what is sought.
            var named = seekingSection ? NamedStrength().Match(text) : Match.Empty;
            if (named.Success && (Seeking().IsMatch(section!.Heading.ToLowerInvariant()) || Qualities(named.Groups["name"].Value).Any()) && Named(named) is { } strength)
            {
                Add(strength);
                continue;
            }

            if (ValuesLine().Match(text) is { Success: true } values)
            {
                var items = ValueSeparator().Split(values.Groups["items"].Value).Select(v => v.Trim(' ', '.', '·')).Where(v => v.Length > 0).ToList();
                if (items.Count >= 2 && items.All(v => v.Length <= 12 && v.Split(' ').Length <= 3))
                {
                    foreach (var item in items)
                    {
                        Add(new ExplicitStrength(item, text, Nearest(item, text)));
                    }

                    continue;
                }
            }

            // Qualities asked for in passing: in a requirement line, or in a sentence about whom the posting seeks.
            // A requirement line's clauses about the company itself ("much of our collaboration is async") are not
            // asked of the candidate; in a sentence about whom it seeks, what follows "… who" is.
            // A line asking for an experience or a knowledge ("PyTorch 기반 모델 학습 경험", "Experience with …") names a
            // skill, not a quality: its words ("학습", "leadership") are the subject of that experience.
            var asked = seekingSection
                ? Experience().IsMatch(Bullet().Replace(text, "").Trim()) ? [] : [text]
                : TextSegmenter.Sentences(text).Select(s => SeekingSentence().Match(s.Text.ToLowerInvariant()) is { Success: true } m ? s.Text[(m.Index + m.Length)..] : null).OfType<string>();
            foreach (var clause in asked)
            {
                // A quality the line names outright ("… 끝까지 가져가는 ownership") is the one asked; one read from a verb or
                // an adverb ("스스로", "independently") that means the same as a named one is that same ask, not another.
                var found = Qualities(clause).ToList();
                found = [.. found.Where(q => !q.Derived || !found.Any(n => !n.Derived && n.Quality.Competencies.Intersect(q.Quality.Competencies).Any()))];

                foreach (var (quality, label, word, _) in found)
                {
                    if (qualities.Add(quality.Id))
                    {
                        Add(new ExplicitStrength(label, text, Map(quality, word)));
                    }
                }
            }
        }

        return strengths;

        void Add(ExplicitStrength strength)
        {
            if (!strengths.Any(s => s.Name.Equals(strength.Name, StringComparison.OrdinalIgnoreCase)))
            {
                strengths.Add(strength);
                foreach (var (quality, _, _, _) in Qualities(strength.Name))
                {
                    qualities.Add(quality.Id);
                }
            }
        }
    }

    private ExplicitStrength? Named(Match match)
    {
        var name = match.Groups["name"].Value.Trim();
        var description = match.Groups["description"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // An FAQ's "A:" is no name; a phrase saying what is not wanted ("Not polished prose — just …") is not sought.
        if (name.Any(char.IsDigit) || words > 4 || name.EndsWith(')') || vocabulary.IsNoticeLabel(name) || IsNice(name)
            || name.Count(char.IsLetter) < 2 || NotWanted().IsMatch(name))
        {
            return null;
        }

        return new ExplicitStrength(name, description, Nearest(name, description));
    }

    /// <summary>The competencies a strength means: those of the quality its name holds, else the classifier's nearest.</summary>
    private List<MappedCompetency> Nearest(string name, string description)
    {
        if (Qualities(name).FirstOrDefault() is ({ } quality, _, var word, _))
        {
            return Map(quality, word);
        }

        var text = name + " " + description;
        return [.. classifier.Classify(text, "amazon-lp", 2)
            .Concat(classifier.Classify(text, "generic", 1))
            .Select(s => new MappedCompetency(s.Id, s.Score, description) { Reasons = classifier.SharedFeatures(text, s.Id, 3) })];
    }

    // Principles first, so that a posting's competencies stay principles where one fits.
    private static List<MappedCompetency> Map(Quality quality, string word) =>
        [.. quality.Competencies.Select(id => new MappedCompetency(id, 1, word) { Reasons = [word] })];

    /// <summary>
    /// The qualities <paramref name="text"/> names, in order, each with the name to show for it, the word that named it,
    /// and whether it was read from a verb or an adverb (<c>word=label</c>) rather than named.
    /// </summary>
    private IEnumerable<(Quality Quality, string Label, string Word, bool Derived)> Qualities(string text)
    {
        var lower = text.ToLowerInvariant();
        return lexicon.Qualities
            .SelectMany(q => q.Words.En.Concat(q.Words.Ko).Select(w => (Quality: q, Word: w.Split('=')[0], Label: w.Contains('=', StringComparison.Ordinal) ? w.Split('=')[1] : w.Split('=')[0], Derived: w.Contains('=', StringComparison.Ordinal))))
            .Select(m => (m.Quality, m.Label, m.Word, m.Derived, At: StageVocabulary.At(lower, m.Word)))
            .Where(m => m.At >= 0 && !Ours().IsMatch(lower[..m.At]))
            // A quality named outright ("협력인") is shown by its own word, even after a phrase that implies it ("함께 성장하는").
            .GroupBy(m => m.Quality.Id)
            .Select(g => (First: g.Min(m => m.At), Best: g.OrderBy(m => m.Derived).ThenBy(m => m.At).ThenByDescending(m => m.Word.Length).First()))
            .OrderBy(g => g.First)
            .Select(g => (g.Best.Quality, g.Best.Label, g.Best.Word, g.Best.Derived));
    }

    private bool IsNice(string text)
    {
        var lower = text.ToLowerInvariant();
        return lexicon.NiceToHave.En.Concat(lexicon.NiceToHave.Ko).Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□✓✔➤]\s*)?(?:ability|abilities|able)\s+to\s*[:：]\s*(?<items>.+;.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abilities();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□✓✔➤]\s*)?(?<name>[^–—:：()\n]{1,24}?)\s*(?:\s[-–—]\s|[:：])\s*(?<description>.{10,})$")]
    private static partial Regex NamedStrength();

    // A heading about whom the posting seeks: 인재상, 핵심가치, "what we look for", "이런 분을 찾습니다", values.
    [GeneratedRegex(@"인재상|핵심\s*가치|찾습니다|찾아요|찾고\s*있|함께하고\s*싶은|이런\s*분|\bvalues?\b|look(?:ing)? for|who you are|about you")]
    private static partial Regex Seeking();

    [GeneratedRegex(@"^[\s\p{So}#*\[【]*(?<label>[^:：\n]{0,20}(?:핵심\s*가치|인재상|가치관|values|principles))[\]】\s]*[:：]\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ValuesLine();

    [GeneratedRegex(@"\s*[·,/|•ㆍ]\s*")]
    private static partial Regex ValueSeparator();

    // A sentence about whom the posting seeks, up to where the qualities begin: "we want people who …", "people who do
    // well here …", "you'll need to be …", "you are …", "we expect you to …", "…분을 찾습니다", "…분을 만나고 싶습니다".
    [GeneratedRegex(@"\bwe (?:want|seek|hire|look for|are looking for|'re looking for|’re looking for|value) (?:people|someone|engineers|candidates|colleagues|teammates|a [\w\- ]{1,30}?) who\b|\byou are (?:a |an )?(?:someone|person) who\b|\b(?:people|those|candidates|engineers) who (?:do well|thrive|succeed|excel|fit in)(?: here| with us| on our team)?\b|\byou(?:'ll| will|’ll)? (?:need|have) to be\b|\byou should be\b|\bwe expect you to\b|\bthe ideal candidate (?:is|has)\b|^(?:-\s*)?you are\b|분을\s*(?:찾|모십|모시|기다|만나)|인재를\s*(?:찾|원|모십)")]
    private static partial Regex SeekingSentence();

    // What the selection judges: "평가내용: …", "평가 요소 : …", "We assess: …", "We evaluate …".
    [GeneratedRegex(@"^[\s\p{So}\-•·○ㅇ]*(?:[가-하][.)]\s*)?(?:평가\s*(?:내용|요소|항목|기준)|심사\s*(?:내용|기준)|what we (?:assess|evaluate)|we (?:assess|evaluate)|assessed on|evaluation criteria)\s*[:：]?\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Assessed();

    // A requirement item that asks for an experience or a knowledge: "… 경험", "…에 대한 이해", "Experience with …".
    [GeneratedRegex(@"(?:경험|경력|이해|지식|학위)(?:이\s*있는\s*분|자|을\s*가진\s*분)?$|^(?:experience|knowledge|familiarity|understanding|\d+\+?\s*years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Experience();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦●○■□✓✔➤]\s*)+")]
    private static partial Regex Bullet();

    // A quality the company says it has itself ("much of our collaboration is async"), not one it asks for.
    [GeneratedRegex(@"(?:\b(?:our|we|we're|we’re)\s+(?:\w+\s+)?|(?:우리|저희|당사)의?\s+(?:[가-힣]+\s+)?)$")]
    private static partial Regex Ours();

    [GeneratedRegex(@"^(?:not|no|never|without)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NotWanted();
}
