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
        // Under a heading that says whom the posting seeks ("■ 이런 분을 찾아요", "**We value**", "KEY COMPETENCIES"), each
        // item is a quality sought, unless it asks for an experience, a knowledge or a tool.
        var seekingList = false;
        foreach (var line in lines)
        {
            // Sections follow one another without overlapping: the one holding a line is found by binary search.
            var index = SortedSpans.IndexContaining(sectionSpans, line);
            var section = index < 0 ? null : sections[index];
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!ListItem().IsMatch(text))
            {
                // "이런 분이면 더 좋아요" heads a preferred list, not what is sought.
                seekingList = text.Length <= 40 && SeekingHeading().IsMatch(text) && !IsNice(text);
                if (seekingList)
                {
                    continue;
                }
            }
            else if (seekingList && !vocabulary.IsPolicy(text))
            {
                var item = KoreanPersonEnd().Replace(ListItem().Replace(text, "").Trim(), "").Trim(' ', '.', ';');
                // "- 도전 : 익숙함에 머무르지 않고 …": a named strength and what it means.
                if (NamedStrength().Match(text) is { Success: true } itemName && Named(itemName) is { } namedItem)
                {
                    Add(namedItem);
                }
                else if (item.Length is >= 4 and <= 200 && !SkillItem().IsMatch(item) && !Done().IsMatch(text))
                {
                    AddItem(item, text);
                }

                continue;
            }

            // "평가내용: 직무 수행능력, 의사소통 능력, 공직윤리 등", "We assess: …", "recruited against three competencies …:
            // Accountability (…), Collaboration (…)": what the selection judges is sought.
            if ((Assessed().Match(text) is { Success: true } listed ? listed : AssessedAgainst().Match(text)) is { Success: true } assessed)
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

            // "We hire people who stay calm when …, and who write down …", "…을 먼저 묻고, 일정을 끝까지 챙기는 분과 함께하고
            // 싶어요": a sentence that says whom the posting seeks names each quality as a clause; each clause is one,
            // shown by the quality it names when it names one ("who show leadership" → leadership). Such a paragraph may
            // stand under a preferred list's heading; what it says is still whom the posting seeks.
            if (!vocabulary.IsPolicy(text) && section?.Kind is not (SectionKind.Benefits or SectionKind.Notes) && !(section?.Kind == SectionKind.Preferred && Bullet().IsMatch(text)))
            {
                var described = DescribedPeople(text).Where(d => !IsNice(d.Sentence)).ToList();
                foreach (var (item, _, role) in described)
                {
                    // "a senior engineer who has scaled …, who can untangle …": after a role, the clauses describe the job;
                    // only a quality one of them names is sought.
                    if (!role || Qualities(item).Any())
                    {
                        AddItem(item, text);
                    }
                }

                if (described.Count > 0)
                {
                    continue;
                }
            }

            // "Our Values: Safety first · Ownership", "Our values, for the record: respect, …": the company's own values,
            // not what it seeks of a candidate.
            if (OwnValues().IsMatch(text))
            {
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

        // A quality described in the posting's words: shown by them, after the quality's name when they hold a quality
        // without naming it ("주도성 (스스로 우선순위를 세우는)"), and mapped by that quality's meaning.
        void AddItem(string item, string evidence)
        {
            // A quality named outright ("…끝까지 해내는 책임감") before one read from a verb or an adverb ("스스로"); an item
            // whose head is the quality's own word is that quality.
            if (Qualities(item).OrderBy(q => q.Derived).FirstOrDefault() is ({ } quality, var label, var word, var derived))
            {
                qualities.Add(quality.Id);
                var name = !derived && Squash(item).EndsWith(Squash(word), StringComparison.Ordinal) ? label
                    : Squash(item).Contains(Squash(label), StringComparison.Ordinal) ? item : $"{label} ({item})";
                Add(new ExplicitStrength(name, evidence, Map(quality, word)));
            }
            else
            {
                Add(new ExplicitStrength(item, evidence, Nearest(item, evidence)));
            }
        }

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

    /// <summary>
    /// The qualities a sentence about whom the posting seeks describes clause by clause: what follows "hires people who",
    /// "looking for someone who", "the ideal candidate is someone who", split at ", and who" and commas; what comes
    /// before "…분과 함께하고 싶어요", "…분을 찾습니다", "…분이면 충분합니다", split at "…고," (each verb read as "…는").
    /// A line asking for an experience, a notice or a policy never reaches here.
    /// </summary>
    private static List<(string Item, string Sentence, bool Role)> DescribedPeople(string line)
    {
        var items = new List<(string, string, bool)>();
        foreach (Match who in WhoClause().Matches(line))
        {
            var rest = line[(who.Index + who.Length)..];
            var end = SentenceStop().Match(rest);
            var clause = end.Success ? rest[..end.Index] : rest;
            // "who has scaled both a React frontend …": an experience asked for, not a quality.
            items.AddRange(WhoSplit().Split(clause)
                .Select(i => WhoLead().Replace(i.Trim(' ', ',', '.', ';', ':'), "").Trim(' ', ',', '.', ';', ':'))
                .Where(i => i.Split(' ').Length is >= 2 and <= 18 && !ThemSelves().IsMatch(i) && !HasDone().IsMatch(i))
                .Select(i => (i, who.Value + clause, who.Groups["role"].Success)));
        }

        foreach (Match person in KoreanPerson().Matches(line))
        {
            var clause = KoreanContext().Replace(person.Groups["items"].Value, "");
            items.AddRange(KoreanSplit().Split(clause)
                .Select(i => KoreanTopic().Replace(i.Trim(' ', ','), ""))
                .Select(i => i.EndsWith('고') && i.Length > 1 && i[^2] is >= '가' and <= '힣' ? i[..^1] + "는" : i)
                .Where(i => i.Count(TextSegmenter.IsHangul) >= 6 && i.Contains(' ', StringComparison.Ordinal))
                .Select(i => (i, person.Value, false)));
        }

        return [.. items.Select(i => (i.Item1.Length <= 100 ? i.Item1 : i.Item1[..100].TrimEnd(), i.Item2, i.Item3)).DistinctBy(i => i.Item1.ToLowerInvariant())];
    }

    private ExplicitStrength? Named(Match match)
    {
        var name = match.Groups["name"].Value.Trim();
        var description = match.Groups["description"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // An FAQ's "A:" is no name; a phrase saying what is not wanted ("Not polished prose — just …") is not sought.
        if (name.Any(char.IsDigit) || words > 4 || name.EndsWith(')') || vocabulary.IsNoticeLabel(name) || IsNice(name)
            || name.Count(char.IsLetter) < 2 || NotWanted().IsMatch(name) || BannerLabel().IsMatch(name)
            // "채용형 인턴 전산직 : 4명", "인턴 기간 : 3개월": a field and its quantity.
            || (description.Length > 0 && char.IsDigit(description[0])))
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

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

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

    // "hires people who", "we're looking for someone who", "looking for an engineer who", "we'd love to meet someone who",
    // "the ideal candidate is someone who", "you are someone who".
    [GeneratedRegex(@"\b(?:hires?|hiring|(?:are|'re|’re)\s+looking\s+for|looking\s+for|seek(?:s|ing)?|want|love\s+to\s+meet|(?:ideal\s+candidate|you)\s+(?:is|are|will\s+be))\s+(?:(?:people|someone|a\s+person|candidates|colleagues|teammates|engineers|(?<role>an?\s+[\w\-]+(?:\s+[\w\-]+)?))\s+)who\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WhoClause();

    // Where the sentence holding the clauses ends ("2 a.m." does not end it).
    [GeneratedRegex(@"(?<!\b[ap]\.m)[.!?](?=\s+[A-Z가-힣]|\s*$)")]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@",?\s+and\s+who\s+|,\s*who\s+|:\s*(?:people|someone|those)\s+who\s+|,\s*(?:and\s+)?(?=(?:is|are|can|asks?|stays?|raises?|writes?|keeps?|takes?|knows?|enjoys?|loves?|cares?|has|have|gets?|operates?|thinks?|explains?|communicates?|owns?|works?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSplit();

    [GeneratedRegex(@"^(?:who\s+)?(?:is|are|can|will|be)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WhoLead();

    [GeneratedRegex(@"^[\s\p{So}#*\[【]*(?:our\s+(?:core\s+)?(?:values|principles)|culture\s+code\b|(?:우리|저희)(?:의|가|\s*팀이)?\s*(?:지키는\s*)?(?:핵심\s*)?가치)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnValues();

    [GeneratedRegex(@"^(?:[-*•·▪◦●✓✔➤]|\d{1,2}[.)])\s*")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[\s\p{So}#*\[【■□▣▶]*(?:이런\s*분(?:을|과|이)|(?:함께하고\s*싶은|찾는|원하는)\s*(?:사람|분|인재|동료)|인재상|we\s+value\b|what\s+we\s+look\s+for|we(?:'re|’re|\s+are)\s+looking\s+for|(?:key\s+|core\s+)?competenc(?:y|ies)\b|who\s+you\s+are|about\s+you\b|the\s+ideal\s+candidate)", RegexOptions.IgnoreCase)]
    private static partial Regex SeekingHeading();

    // An item asking for an experience, a knowledge, a degree or a tool rather than a quality.
    [GeneratedRegex(@"경험|경력|지식|이해|능숙|익숙|학위|전공|자격증|본\s*분$|보신|해\s*본|[A-Za-z]{2,}.*[가-힣]|[가-힣].*[A-Za-z]{2,}|^(?:experience|knowledge|familiarity|understanding|proficien|degree|\d)|\bexperience\b|\byears?\b|\bdegree\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkillItem();

    // "…운영해 본 분", "…지켜 본 분": someone who has done a thing, an experience.
    [GeneratedRegex(@"(?:본|보신|봤던|했던)\s*분\.?$")]
    private static partial Regex Done();

    // "…맞출 수 있는 분", "…고쳐 보는 분": the person the item describes, dropped from its name.
    [GeneratedRegex(@"\s*(?:인\s*)?분(?:이면\s*좋겠어요|을\s*찾아요|이요)?[.!]?$")]
    private static partial Regex KoreanPersonEnd();

    // "Everyone at X is recruited against three competencies, …: Accountability (…), Collaboration (…)".
    [GeneratedRegex(@"\b(?:recruited|assessed|evaluated|judged|selected|interviewed)\s+(?:against|on|for)\b[^:：]{0,80}[:：]\s*(?<items>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AssessedAgainst();

    [GeneratedRegex(@"^(?:has|have|had)\s+(?:\w+ed|built|shipped|run|led|written|grown|done|worked|seen|taken|made|spent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasDone();

    // A label that names a banner or a heading, never a quality: "Our Values", "Culture Code", "What you'll do".
    [GeneratedRegex(@"^(?:our\s+|core\s+|company\s+)*(?:values|principles|culture(?:\s+code)?)$|^(?:what|who|how|why|where|when)\b|핵심\s*가치|인재상$", RegexOptions.IgnoreCase)]
    private static partial Regex BannerLabel();

    // A clause that describes the company, not the person sought ("we", "our").
    [GeneratedRegex(@"^(?:we|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThemSelves();

    // "…챙기는 분과 함께하고 싶어요", "…공유하는 분을 찾습니다", "…분이면 충분합니다": the description of the person before 분.
    [GeneratedRegex(@"(?<items>[^.!?。\n]{6,200}?[는은한던])\s*분(?:과\s*함께하고\s*싶|을\s*(?:찾|모시|모십|기다|만나)|이면\s*(?:충분|좋|좋겠|환영)|이라면\s*(?:좋|환영|충분))")]
    private static partial Regex KoreanPerson();

    // The reason or setting told before the description: "현장에서는 … 많기 때문에, ".
    [GeneratedRegex(@"^.*(?:때문에|니까|므로|라서|지만|는데|어도|아도|해도)\s*,?\s+")]
    private static partial Regex KoreanContext();

    // "…말하고, …", "…세우고 그 결과를 …": a verb joined by 고 ends a clause; a quotation ("모른다고 말하고") does not.
    [GeneratedRegex(@"(?<=[가-힣-[다라]]고)\s*,\s*|(?<=[가-힣-[다라]]고)\s+(?!싶|있|계|하는)|,\s+")]
    private static partial Regex KoreanSplit();

    [GeneratedRegex(@"^(?:우리는|저희는|우리\s*팀은|저희\s*팀은)\s+")]
    private static partial Regex KoreanTopic();

    [GeneratedRegex(@"^(?:not|no|never|without)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NotWanted();
}
