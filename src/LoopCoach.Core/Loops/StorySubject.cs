using System.Globalization;
using System.Text;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Loops;

/// <summary>
/// What a story is about, as weighted features to tell the same story told twice from two stories of the same
/// field: named things (capitalised names, Latin names in Korean text, places) and the numbers it gives weigh
/// most; content words (English lower-cased and stemmed, Korean with particles and verb endings stripped) weigh
/// one each; years weigh as a word. Function words, fillers and the words every story shares ("team", "project",
/// "결과", "업무") are left out, and so are verbs in Korean, whose endings vary from one telling to the next.
/// </summary>
public static class StorySubject
{
    /// <summary>Weight of a named thing or a place.</summary>
    public const double NameWeight = 3;

    /// <summary>Weight of a number with its unit (12%, 3천만 원, 40,000 units).</summary>
    public const double NumberWeight = 3;

    /// <summary>Weight of a content word, a year or an acronym.</summary>
    public const double WordWeight = 1;

    /// <summary>The features of <paramref name="text"/> with their weights.</summary>
    public static Dictionary<string, double> Of(string text)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        var numbers = NumberFinder.Find(text);
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            if (number.Kind == NumberKind.Date)
            {
                Add(features, "d:" + new string([.. number.Span.Text.Where(char.IsAsciiDigit)]), WordWeight);
                continue;
            }

            // "5억 4천만 원" is one amount, however the finder splits it.
            var amount = number.Span.Text;
            while (n + 1 < numbers.Count && amount[^1] is '억' or '조' or '만' && numbers[n + 1].Kind != NumberKind.Date
                && string.IsNullOrWhiteSpace(text[numbers[n].Span.End..numbers[n + 1].Span.Start]))
            {
                n++;
                amount += numbers[n].Span.Text;
            }

            if (NumberKey(amount) is { Length: > 0 } key)
            {
                Add(features, "n:" + key, NumberWeight);
            }
        }

        var korean = TextSegmenter.DetectLanguage(text) != AnswerLanguage.En;
        foreach (var sentence in TextSegmenter.Sentences(text))
        {
            var tokens = TextSegmenter.Tokens(sentence.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i].Text;
                if (token.Any(char.IsDigit) || numbers.Any(n => n.Span.Start <= sentence.Start + tokens[i].Start && sentence.Start + tokens[i].End <= n.Span.End))
                {
                    continue;
                }

                if (token.Any(TextSegmenter.IsHangul))
                {
                    if (KoreanStem(token) is { } stem)
                    {
                        Add(features, (KoreanPlaces.Contains(stem) ? "p:" : "w:") + stem, KoreanPlaces.Contains(stem) ? NameWeight : WordWeight);
                    }

                    continue;
                }

                var lower = token.ToLowerInvariant().Replace('’', '\'');
                if (lower.Length < 2 || EnglishStopWords.Contains(lower) || EnglishFillers.Contains(lower))
                {
                    continue;
                }

                if (IsAcronym(token))
                {
                    Add(features, "w:" + lower, WordWeight);
                }
                else if (char.IsUpper(token[0]) && (korean || i > 0 && !Calendar.Contains(lower) || i == 0 && i + 1 < tokens.Count && char.IsUpper(tokens[i + 1].Text[0]) && tokens[i + 1].Text != "I"))
                {
                    Add(features, "p:" + lower, NameWeight);
                }
                else if (lower.Length >= 3 && !lower.Contains('\''))
                {
                    Add(features, "w:" + Stem(lower), WordWeight);
                }
            }
        }

        return features;
    }

    /// <summary>How much two tellings share what they are about: the cosine of their features, 0 to 1.</summary>
    public static double Similarity(string a, string b) => TextFeatures.Cosine(Of(a), Of(b));

    private static void Add(Dictionary<string, double> features, string key, double weight) =>
        features[key] = features.GetValueOrDefault(key) + weight;

    private static bool IsAcronym(string token) => token.Length >= 2 && token.Where(char.IsLetter).All(char.IsUpper) && token.Count(char.IsLetter) <= 5;

    /// <summary>"3천만 원" and "3,000만원" → "30000000원"; "12 percent" → "12%"; "40,000 units" → "40000unit".</summary>
    private static string NumberKey(string span)
    {
        var text = span.ToLowerInvariant().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        decimal total = 0, current = 0;
        var any = false;
        var unit = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                total += current;
                current = decimal.TryParse(text[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;
                any = true;
                continue;
            }

            // "40k", "1.5억", "3 million"; not the "m" of "minutes".
            var multiplier = Multipliers.FirstOrDefault(m => text.AsSpan(i).StartsWith(m.Word, StringComparison.Ordinal)
                && (m.Word[0] > '\u007f' || i + m.Word.Length == text.Length || !char.IsAsciiLetter(text[i + m.Word.Length])));
            if (multiplier.Word is not null && any)
            {
                current = (current == 0 ? 1 : current) * multiplier.Value;
                total += current;
                current = 0;
                i += multiplier.Word.Length;
                continue;
            }

            unit.Append(text[i]);
            i++;
        }

        if (!any)
        {
            return "";
        }

        var name = unit.ToString().Trim('$', '₩', '€', '£');
        name = name switch
        {
            "percent" or "퍼센트" or "프로" => "%",
            "won" or "krw" => "원",
            "dollars" or "usd" or "달러" or "불" => "$",
            "" when span.Contains('$', StringComparison.Ordinal) => "$",
            _ => name.EndsWith('s') && name.Length > 3 ? name[..^1] : name,
        };
        return (total + current).ToString(CultureInfo.InvariantCulture) + name;
    }

    private static readonly (string Word, decimal Value)[] Multipliers =
    [
        ("천만", 10_000_000m), ("백만", 1_000_000m), ("십만", 100_000m), ("조", 1_000_000_000_000m), ("억", 100_000_000m),
        ("만", 10_000m), ("천", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("thousand", 1_000m),
        ("bn", 1_000_000_000m), ("k", 1_000m), ("m", 1_000_000m),
    ];

    /// <summary>The noun a Korean word is about, or null for verbs, function words and the words every story shares.</summary>
    private static string? KoreanStem(string word)
    {
        var syllables = new string([.. word.Where(c => c is >= '\uAC00' and <= '\uD7A3')]);
        if (syllables.Length == 0 || KoreanStopWords.Contains(syllables))
        {
            return null;
        }

        // 정리했습니다, 도입하고, 개선돼서: the noun before 하다 / 되다 is what was done.
        foreach (var ending in HadaEndings)
        {
            if (syllables.Length > ending.Length && syllables.EndsWith(ending, StringComparison.Ordinal))
            {
                var verbStem = StripParticles(syllables[..^ending.Length]);
                return verbStem.Length >= 2 && !KoreanStopWords.Contains(verbStem) ? verbStem : null;
            }
        }

        // A past tense (줄었고, 올라갔습니다) or a verb ending (만들어서, 좋았는데) is a verb, not a subject.
        if (syllables.Skip(1).Any(c => (c - 0xAC00) % 28 == 20) || VerbEndings.Any(e => syllables.Length > e.Length && syllables.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        var stem = StripParticles(syllables);
        return stem.Length >= 2 && !KoreanStopWords.Contains(stem) ? stem : null;
    }

    private static string StripParticles(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Length - particle.Length >= 2 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }

        return word;
    }

    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ations", "ation", "ments", "ment", "ingly", "ing", "ies", "ied", "ed", "es", "ly", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    // Longest first, so that 에서는 goes before 는.
    private static readonly string[] Particles =
    [
        "에서부터", "으로부터", "에서는", "에게서", "으로는", "으로도", "으로서", "으로써", "에서도", "까지는", "부터는", "이라고", "이라는",
        "이랑은", "에서", "에게", "한테", "께서", "으로", "까지", "부터", "보다", "처럼", "마다", "이나", "이랑", "과의", "와의", "에는",
        "에도", "이라", "라고", "라는", "별로", "은", "는", "이", "가", "을", "를", "에", "로", "와", "과", "의", "도", "만", "랑", "별",
    ];

    private static readonly string[] HadaEndings =
    [
        "하였습니다", "했었습니다", "했습니다", "했었는데", "했어요", "했는데", "했지만", "했더니", "했으며", "했거든요", "했고", "했다", "했던",
        "했죠", "했을", "합니다", "해서", "해요", "하여", "하고", "하는", "하며", "하면", "하기", "하자", "하려고", "하도록", "해야",
        "되었습니다", "됐습니다", "됐어요", "되어서", "됐는데", "됐고", "됐다", "돼서", "되어", "되는", "되면", "되고", "된", "될",
        "시켰습니다", "시켰어요", "시켰고", "시켜서", "시키고",
    ];

    private static readonly string[] VerbEndings =
    [
        "니다", "어요", "아요", "여요", "에요", "예요", "네요", "죠", "는데", "는데요", "지만", "어서", "아서", "여서", "면서", "으며",
        "거든요", "잖아요", "려고", "도록", "게요", "겠고", "니까", "더니", "다가", "었던", "았던", "는지", "을지", "ㄹ지", "으니",
    ];

    private static readonly HashSet<string> KoreanStopWords = new(StringComparer.Ordinal)
    {
        "저", "제", "제가", "저는", "저희", "저희가", "저희는", "우리", "우리가", "그", "이", "그것", "이것", "것", "거", "수", "등", "때",
        "중", "후", "전", "더", "또", "좀", "잘", "못", "안", "많이", "조금", "약간", "정말", "진짜", "너무", "되게", "아주", "그냥",
        "사실", "일단", "이제", "막", "뭔가", "뭐", "음", "어", "아", "네", "예", "그래서", "그리고", "그런데", "근데", "하지만",
        "그러나", "그러니까", "그러면", "그럼", "그때", "당시", "처음", "처음엔", "처음에", "먼저", "다음", "이후", "이전", "결과",
        "결과적으로", "결국", "문제", "상황", "부분", "정도", "업무", "일", "팀", "팀장", "팀장님", "팀원", "팀원들", "회사", "프로젝트",
        "경험", "생각", "이런", "그런", "어떤", "같은", "모든", "다른", "여러", "및", "위해", "위해서", "대해", "대해서", "통해",
        "통해서", "관련", "때문", "때문에", "덕분", "덕분에", "바로", "계속", "다시", "이미", "아직", "작년", "올해", "지난", "이번",
        "가장", "거의", "전혀", "직접", "함께", "같이", "혼자", "다들", "모두", "그게", "이게", "저게", "그거", "이거", "여기", "거기",
        "그쪽", "이쪽", "얘기", "이야기", "말씀", "부분이", "쪽", "정말로", "특히", "보통", "항상", "매번", "요즘", "최근", "나중",
        "나중에", "사람", "사람들", "분들", "동료", "동료들", "담당", "담당자", "역할", "목표", "방법", "방식", "과정", "내용", "이유",
    };

    // Places a Korean story names: a story set in 부산 and one set in 대구 are two stories.
    private static readonly HashSet<string> KoreanPlaces = new(StringComparer.Ordinal)
    {
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "경기도", "강원", "강원도", "충북", "충남", "충청",
        "전북", "전남", "전라", "경북", "경남", "경상", "제주", "제주도", "수도권", "강남", "강북", "판교", "여의도", "성수", "홍대",
        "분당", "일산", "송도", "미국", "중국", "일본", "베트남", "싱가포르", "유럽", "동남아", "인도", "독일", "영국", "호주",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> EnglishFillers = new(StringComparer.Ordinal)
    {
        "um", "umm", "uh", "uhh", "er", "erm", "ah", "oh", "hmm", "like", "yeah", "okay", "ok", "basically", "literally",
        "actually", "honestly", "seriously", "totally", "anyway", "anyways", "right", "well", "so",
    };

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
        "was", "were", "are", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "that's", "these", "those",
        "you", "your", "i", "i'm", "i've", "i'd", "me", "my", "mine", "we", "we're", "we'd", "we've", "our", "ours", "us",
        "they", "they're", "them", "their", "he", "she", "his", "her", "him", "what", "when", "where", "which", "who",
        "whom", "how", "why", "did", "do", "does", "done", "doing", "had", "have", "has", "having", "can", "could", "would",
        "will", "should", "shall", "may", "might", "must", "if", "then", "there", "there's", "here", "than", "too", "very",
        "just", "also", "only", "even", "still", "really", "pretty", "quite", "maybe", "probably", "not", "no", "yes",
        "don't", "didn't", "wasn't", "weren't", "isn't", "aren't", "couldn't", "wouldn't", "won't", "can't", "about", "into",
        "out", "up", "down", "over", "under", "after", "before", "because", "while", "until", "since", "through", "during",
        "again", "once", "all", "any", "some", "each", "every", "both", "few", "more", "most", "other", "others", "such",
        "own", "same", "one", "ones", "lot", "lots", "thing", "things", "something", "anything", "everything", "nothing",
        "kind", "sort", "way", "know", "knew", "think", "thought", "mean", "meant", "guess", "said", "say", "says", "tell",
        "told", "get", "got", "gets", "getting", "go", "went", "going", "gone", "come", "came", "make", "made", "making",
        "take", "took", "taken", "give", "gave", "see", "saw", "seen", "look", "looked", "looking", "want", "wanted", "need",
        "needed", "try", "tried", "start", "started", "end", "ended", "keep", "kept", "put", "use", "used", "using", "work",
        "worked", "working", "help", "helped", "ask", "asked", "felt", "feel", "let", "able", "sure", "much", "many", "first",
        "last", "next", "new", "old", "big", "small", "good", "great", "bad", "better", "best", "whole", "time", "times",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "today", "now", "back", "around", "team", "teams",
        "project", "projects", "company", "job", "role", "manager", "colleague", "colleagues", "people", "person", "result",
        "results", "problem", "problems", "issue", "issues", "situation", "process", "goal", "task", "plan", "decision",
        "turned", "previous", "prior", "instead", "based", "roughly", "almost", "nearly",
        "approximately", "whatever", "someone", "somebody", "everyone", "anyone", "mostly", "usually", "always", "never",
        "ever", "already", "yet", "soon", "later", "earlier", "finally", "eventually", "quickly", "fine", "bit",
        "stuff", "ago", "number", "numbers",
    };
}
