using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>
/// Finds the hiring stages sentences name, in the order they name them: "a short phone call", "서류 검토를 통과하시면
/// 실무진과 1차 면접을 봅니다", "처우를 협의하고", "meet the hiring manager". A stage is a noun phrase ending in a stage
/// word, read with the grammar of each language: in English a determiner, a plural or a qualifier before it ("will
/// call you" is a verb); in Korean the bare words before it, particles cut ("1차 실무진 면접에서"). Stages mentioned
/// again ("the exercise", "your final conversation"), generic mentions ("면접은 대면으로"), a word that only qualifies
/// the next noun ("면접 일정", "interview questions") and notice or policy sentences are skipped.
/// </summary>
public sealed partial class StageMentions(StageVocabulary vocabulary)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those", "each",
        "every", "one", "two", "three", "four", "five", "several", "some", "any", "another",
    };

    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal) { "the", "your", "their", "his", "her", "its", "this", "that", "these", "those" };

    // Words that end an English noun phrase when reading back from its head: verbs, prepositions, conjunctions.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "and", "or", "with", "to", "for", "of", "in", "on", "at", "by", "from", "after", "before", "then", "is", "are",
        "was", "were", "be", "been", "will", "would", "may", "might", "can", "could", "also", "set", "up", "join",
        "complete", "schedule", "arrange", "add", "meet", "have", "has", "do", "does", "you", "we", "they", "i", "it",
        "which", "who", "as", "into", "through", "includes", "include", "including", "via", "over", "about", "during",
        "start", "starts", "begin", "begins", "run", "runs", "hold", "holds", "invite", "invited", "pass", "passes", "get", "gets", "take", "takes",
    };

    // Qualifiers of size and tone, not part of a stage's name: "a short phone call" is a phone call.
    private static readonly HashSet<string> Size = new(StringComparer.Ordinal)
    {
        "short", "brief", "quick", "small", "long", "longer", "shorter", "friendly", "relaxed", "realistic", "informal",
        "casual", "simple", "next", "new", "further", "minute", "minutes", "min", "hour", "hours", "30-minute", "45-minute",
        "60-minute", "20-minute", "15-minute", "hour-long",
    };

    // Nouns that a stage word only qualifies: "interview questions", "면접 일정".
    private static readonly HashSet<string> Qualified = new(StringComparer.Ordinal)
    {
        "question", "questions", "process", "stage", "stages", "step", "steps", "time", "schedule", "feedback",
        "result", "results", "format", "day", "days", "slot", "slots", "invitation", "invite", "date", "letter",
        "rubric", "prep", "preparation", "guide",
    };

    private static readonly string[] Particles =
    [
        "에서는", "에서도", "으로는", "에서", "에는", "에게", "께서", "까지", "부터", "이나", "이며", "이고", "과의", "와의", "으로", "로는",
        "은", "는", "이", "가", "을", "를", "의", "에", "로", "과", "와", "도", "만", "및",
    ];

    // Korean words that stop the look-back for a stage's qualifiers: determiners, and endings of verbs and clauses.
    private static readonly HashSet<string> KoreanDeterminers = new(StringComparer.Ordinal) 
    {
        "일부", "모든", "각", "해당", "본", "이", "그", "다음", "전체", "이번", "약", "별도의", "두", "세", "이후", "이전", "먼저", "다시", "바로",
        "또는", "그리고", "및", "후", "전", "뒤", "한해", "통해", "위해", "대해", "따라", "함께", "직접", "각각", "이어", "이어서", "그다음",
    };

    /// <summary>
    /// The stage a list item written as a sentence opens with ("A 30-minute call with our talent partner", "A take-home
    /// assignment — a small piece of work", "1차 실무진 면접(직무 PT 포함)"), or null when it opens with something else
    /// ("Make sure your résumé …"): a bullet in a process is one step, named by its first words.
    /// </summary>
    public HiringStage? Leading(string item)
    {
        var first = Find([item]).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var opening = Token().Matches(item).Select(m => m.Value.ToLowerInvariant())
            .SkipWhile(w => Determiners.Contains(w) || Size.Contains(w) || w.All(char.IsDigit) || w.EndsWith("-minute", StringComparison.Ordinal) || w.EndsWith("-hour", StringComparison.Ordinal))
            .FirstOrDefault();
        // A Korean sentence whose subject or object is the stage ("서류 검토를 통과하시면", "레퍼런스 체크는 꼭 하지는
        // 않아요") tells about the step; a step written as an item ends its name without a particle.
        var last = first.Name.Split(' ')[^1];
        var end = item.IndexOf(last, StringComparison.OrdinalIgnoreCase) + last.Length;
        if (last.Any(TextSegmenter.IsHangul) && end < item.Length && end >= last.Length && TextSegmenter.IsHangul(item[end]))
        {
            return null;
        }

        var name = first.Name.Split(' ')[0].ToLowerInvariant();
        return opening is not null && (opening == name || (opening.Any(TextSegmenter.IsHangul) && opening.StartsWith(name, StringComparison.Ordinal))) ? first : null;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> says a step it names does not happen ("코딩 테스트 없음", "No take-home"): such
    /// a line in a list is no step.
    /// </summary>
    public bool Denies(string phrase)
    {
        var tokens = Token().Matches(phrase).Select(m => new Word(m.Value, m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length)).ToList();
        return tokens.Where((t, i) => (vocabulary.IsHead(t.Lower) || Stem(t.Text).Stem is not null) && Negated(tokens, i)).Any();
    }

    /// <summary>The stages <paramref name="sentences"/> name, in order, each once.</summary>
    public List<HiringStage> Find(IEnumerable<string> sentences)
    {
        var found = new List<HiringStage>();
        // The names found so far, as compared: a stage named again is looked up, not compared with every stage.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<(StageKind, string)>();
        foreach (var sentence in sentences)
        {
            if (vocabulary.IsPolicy(sentence))
            {
                continue;
            }

            // "1차 실무진 면접(직무 PT 포함)과 2차 경영진 면접": an aside is not part of the sentence's grammar.
            foreach (var clause in ClauseBreak().Split(Aside().Replace(sentence, "")).Where(c => c.Trim().Length > 0))
            {
                // "인성검사에서 부적격 판정을 받으면": a step named again by the head of its name is the same step.
                // The heads are kept as a set (each found name's last words), so a long text costs no comparison of
                // every mention with every stage found before it.
                var mentions = Mentions(clause, found, seen).Where(m => !heads.Contains((m.Stage.Kind, Squash(m.Stage.Name)))).ToList();
                MarkOptional(clause, mentions);
                found.AddRange(mentions.Select(m => m.Stage));
                foreach (var (stage, _) in mentions)
                {
                    var words = stage.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    for (var w = 1; w < words.Length; w++)
                    {
                        heads.Add((stage.Kind, Squash(string.Join(' ', words[w..]))));
                    }
                }
            }
        }

        return found;
    }

    // How far after a stage word its partner is looked for ("a call … with the hiring manager"), in characters.
    private const int FollowingWords = 300;

    private List<(HiringStage Stage, int At)> Mentions(string clause, List<HiringStage> before, HashSet<string> seen)
    {
        var tokens = Token().Matches(clause).Select(m => new Word(m.Value, m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length)).ToList();
        var texts = tokens.ConvertAll(t => t.Text);
        var mentions = new List<(HiringStage Stage, int At, int Head)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var stage = tokens[i].Text.Any(TextSegmenter.IsHangul) ? Korean(clause, tokens, texts, i) : English(clause, tokens, i, before.Concat(mentions.Select(m => m.Stage)));
            // "Do you run background checks? … contingent on a background check": one step, in the plural or not.
            if (stage is null || Negated(tokens, i) || !seen.Add(Squash(stage.Name).TrimEnd('s')))
            {
                continue;
            }

            // "a final round of three back-to-back virtual interviews": one step holding several interviews.
            // The stage's name may begin with a word that also stands before the previous stage ("a phone screen … a
            // phone interview"): then nothing lies between them to read.
            var between = mentions.Count > 0 ? (From: tokens[mentions[^1].Head].End, To: NameStart(clause, tokens, i, stage)) : (From: 0, To: 0);
            if (mentions.Count > 0 && between.To >= between.From && ContainerOf().Match(clause[between.From..between.To]).Success
                && mentions[^1].Stage.Kind == StageKind.Interview && stage.Kind == StageKind.Interview)
            {
                var container = mentions[^1].Stage;
                mentions[^1] = (new HiringStage(container.Name + " " + stage.Name, tokens[i].Lower.EndsWith('s') ? StageKind.Panel : StageKind.Interview, container.Optional), mentions[^1].At, i);
                continue;
            }

            // "Your first interview will be a phone call with a recruiter": the step named twice, the second time as it is.
            if (mentions.Count > 0 && between.To >= between.From && Copula().IsMatch(clause[between.From..between.To]))
            {
                mentions[^1] = (stage, mentions[^1].At, i);
                continue;
            }

            mentions.Add((stage, tokens[i].At, i));
        }

        // "then meet the hiring manager": a step named by whom it is with.
        if (mentions.Count == 0 && MeetVerb().Match(clause) is { Success: true } meet && vocabulary.Participant(meet.Groups["who"].Value) is { } who)
        {
            var name = ParticipantPhrase(meet.Groups["who"].Value, who);
            if (seen.Add(Squash(name).TrimEnd('s')))
            {
                mentions.Add((new HiringStage(name, StageKind.Interview, false), meet.Index, 0));
            }
        }

        return [.. mentions.Select(m => (m.Stage, m.At))];
    }

    // English words that say a step does not happen when they stand just before it ("We do not accept CVs", "there is
    // no take-home", "without a coding test"), and the verbs that make such a word about the candidate instead ("if you
    // don't pass the phone screen" still names the screen).
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "without", "nor", "don't", "doesn't", "won't", "isn't", "aren't", "cannot", "can't",
        "don’t", "doesn’t", "won’t", "isn’t", "aren’t", "can’t",
    };

    private static readonly HashSet<string> CandidateVerbs = new(StringComparer.Ordinal)
    {
        "pass", "passes", "passed", "clear", "clears", "complete", "completes", "advance", "advances", "past", "hear",
        "if", "unless", "until", "once", "who", "every", "all", "always", "only",
    };

    /// <summary>
    /// Whether the stage headed by token i is said not to happen: "별도의 코딩 테스트는 없습니다", "과제 전형은 진행하지
    /// 않습니다", "코딩 테스트는 따로 안 봐요", "We do not accept CVs", "There is no take-home", "a take-home is not part of
    /// the process". A step that may not happen ("진행하지 않을 수도", "not always") is optional, not negated.
    /// </summary>
    private static bool Negated(List<Word> tokens, int i)
    {
        if (tokens[i].Text.Any(TextSegmenter.IsHangul) || (i + 1 < tokens.Count && tokens[i + 1].Text.Any(TextSegmenter.IsHangul) && !tokens[i + 1].Text.Any(char.IsAsciiLetter)))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
            {
                var word = tokens[k].Text;
                var next = k + 1 < tokens.Count ? tokens[k + 1].Text : "";
                if (KoreanNone().IsMatch(word) || (word is "안" or "못" && next.Length > 0 && !next.StartsWith('수')))
                {
                    return true;
                }

                if (word.EndsWith('지') && KoreanNot().IsMatch(next) && !(k + 2 < tokens.Count && tokens[k + 2].Text is "수" or "수도" or "경우" or "경우도" or "경우가"))
                {
                    return true;
                }

                // "코딩 테스트는 따로 없습니다": an adverb may stand between the step and what is said of it.
                if (!KoreanAside().IsMatch(word) && !word.EndsWith('지'))
                {
                    return false;
                }
            }

            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            var word = tokens[k].Lower;
            if (CandidateVerbs.Contains(word))
            {
                break;
            }

            if (Negators.Contains(word) && !(k + 1 < tokens.Count && CandidateVerbs.Contains(tokens[k + 1].Lower)))
            {
                return true;
            }
        }

        // "A take-home is not part of our process", "take-homes aren't used".
        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (tokens[k].Lower is "not" or "never" or "isn't" or "aren't" or "isn’t" or "aren’t" or "won't" or "won’t")
            {
                return k + 1 < tokens.Count && NotPart().IsMatch(tokens[k + 1].Lower)
                    || (k + 2 < tokens.Count && tokens[k + 1].Lower == "be" && NotPart().IsMatch(tokens[k + 2].Lower));
            }
        }

        return false;
    }

    // Where the name of the stage headed by token i begins in the clause: at its first word, read back from the head.
    private static int NameStart(string clause, List<Word> tokens, int i, HiringStage stage)
    {
        var first = stage.Name.Split(' ')[0];
        for (var j = i; j >= 0; j--)
        {
            if (tokens[j].Text == first)
            {
                return tokens[j].At;
            }
        }

        return tokens[i].At;
    }

    private HiringStage? English(string clause, List<Word> tokens, int i, IEnumerable<HiringStage> before)
    {
        var head = tokens[i].Lower;
        // "interview questions" qualifies the questions; "take-home assignment" is one stage named by its last word.
        if (!vocabulary.IsHead(head) || (i + 1 < tokens.Count && !Apart(clause, tokens, i) && (Qualified.Contains(tokens[i + 1].Lower) || vocabulary.IsHead(tokens[i + 1].Lower))))
        {
            return null;
        }

        var modifiers = new List<string>();
        string? determiner = null;
        var j = i - 1;
        for (; j >= 0 && modifiers.Count < 3; j--)
        {
            var word = tokens[j].Lower;
            if (Determiners.Contains(word))
            {
                determiner = word;
                break;
            }

            if (Stops.Contains(word) || Apart(clause, tokens, j))
            {
                break;
            }

            // "a 30 minute call": the length, not a word of the name.
            if (word.All(char.IsDigit))
            {
                continue;
            }

            modifiers.Insert(0, tokens[j].Text);
        }

        var plural = head.EndsWith('s') && vocabulary.IsHead(head[..^1]);
        var kept = modifiers.Where(m => !Size.Contains(m.ToLowerInvariant())).ToList();
        // "the next call", "the second conversation", "the last conversation is with the founders": a step after the
        // one named before, not that one again ("after your final conversation" is the one named before).
        var next = modifiers.Any(m => OrdinalWord().IsMatch(m)
            || (m.ToLowerInvariant() is "last" or "final" && DescribedNext().IsMatch(clause[tokens[i].End..])));
        if (determiner is null && !plural && kept.Count == 0)
        {
            return null;
        }

        // "Once first interviews are complete": the steps named before, as a point in time.
        if (Completed().IsMatch(clause[tokens[i].End..]))
        {
            return null;
        }

        // "this is a coding exercise": an earlier stage described again.
        if (determiner is not null && j >= 2 && tokens[j - 1].Lower is "is" or "'s" && tokens[j - 2].Lower is "this" or "it" or "that" or "which")
        {
            return null;
        }

        var name = string.Join(' ', kept.Append(tokens[i].Text));
        if (determiner is not null && Definite.Contains(determiner) && !next && before.Any(s => s.Name.Contains(head.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "a brief call for you to meet the hiring manager" is the hiring manager call; "a final conversation with
        // our VP of Engineering" keeps whom it is with.
        // Whom a stage is with is said right after it: the words that follow are read up to a bound, so a clause of
        // many stage words costs its length times the bound, not its length squared.
        var after = clause[tokens[i].End..Math.Min(clause.Length, tokens[i].End + FollowingWords)];
        var with = WithWhom().Match(after);
        if (with.Success && vocabulary.Participant(with.Groups["who"].Value) is { } person)
        {
            name += " with " + ParticipantPhrase(with.Groups["who"].Value, person);
        }
        else if (kept.Count == 0 && vocabulary.Participant(after) is { } participant)
        {
            name = participant + " " + name;
        }

        var kind = vocabulary.KindOf(name);
        // "Our process has three conversations": how many steps there are, told before each is named.
        var counted = plural && kept.Count == 0 && determiner is "two" or "three" or "four" or "five" or "several" && !name.Contains(" with ", StringComparison.Ordinal);
        if (kind is null || counted || (kept.Count == 0 && kind == StageKind.Interview && !plural && determiner is null))
        {
            return null;
        }

        return new HiringStage(name, kind.Value, false);
    }

    private HiringStage? Korean(string clause, List<Word> words, List<string> tokens, int i)
    {
        var token = tokens[i];

        // "서류를 보고", "서류를 검토한 뒤", "이력서를 팀이 먼저 꼼꼼히 읽고": the documents reviewed, told with a verb
        // (the first verb after them; who reads and how may stand between).
        var topic = PapersTopic().Match(token);
        if ((ObjectOf(token) ?? (topic.Success ? topic.Groups["papers"].Value : null)) is { } reviewed
            && (vocabulary.KindOf(reviewed) == StageKind.DocumentReview || Papers().IsMatch(reviewed))
            && tokens.Skip(i + 1).Take(5).FirstOrDefault(t => ReviewVerb().IsMatch(t) || VerbEnding().IsMatch(t)) is { } reading && ReviewVerb().IsMatch(reading))
        {
            return new HiringStage(reviewed + " 검토", StageKind.DocumentReview, false);
        }

        // "첫 번째 만남에서는 팀원 두 명이 …", "두 번째 만남은 대표와의 자리로", "마지막 만남에는 … 구성원들이 들어옵니다":
        // a meeting counted in order is an interview, named by whom it is with.
        if (Meeting().IsMatch(token) && i > 0 && Ordinal().IsMatch(tokens[i - 1]))
        {
            return Meeting(clause, words, tokens, i);
        }

        // "서류 합격자에 한해", "서류 통과 후": the step the candidates have passed.
        if (i + 1 < tokens.Count && Passed().IsMatch(tokens[i + 1]) && IsBare(token) && vocabulary.KindOf(token) is { } passed && passed is not (StageKind.Application or StageKind.Final or StageKind.OfferTalk))
        {
            // "서류 검토 합격자에 한해": the words before it name the step with it, as before any stage word.
            var named = string.Join(' ', Qualifiers(clause, words, tokens, i).Append(token));
            return new HiringStage(passed == StageKind.DocumentReview && named == token && !token.EndsWith("전형", StringComparison.Ordinal) ? token + " 전형" : named, passed, false);
        }

        // "서류를 통과하면", "코딩 테스트를 통과하신 분께": the step passed, told with a verb.
        if (ObjectOf(token) is { } cleared && i + 1 < tokens.Count && PassVerb().IsMatch(tokens[i + 1]) && vocabulary.KindOf(cleared) is { } clearedKind
            && clearedKind is not (StageKind.Application or StageKind.Final or StageKind.OfferTalk) && (vocabulary.IsHead(cleared) || clearedKind == StageKind.DocumentReview))
        {
            return new HiringStage(string.Join(' ', Qualifiers(clause, words, tokens, i).Append(cleared)), clearedKind, false);
        }

        // "…을 거쳐 입사하게 됩니다": the hire told as a verb at the end of the process.
        if (Hired().IsMatch(token))
        {
            return new HiringStage(Hired().Match(token).Groups["noun"].Value, StageKind.Final, false);
        }

        // "대표와 편하게 대화하는 자리": a conversation with someone, with no stage word, is an interview with them.
        if (WithWhomKorean().Match(token) is { Success: true } with && vocabulary.Participant(with.Groups["who"].Value) is { } who
            && tokens.Skip(i + 1).Take(3).TakeWhile(t => Stem(t).Stem is null).Any(t => Conversation().IsMatch(t)))
        {
            return new HiringStage(who + " " + (clause.Contains("인터뷰", StringComparison.Ordinal) ? "인터뷰" : "면접"), StageKind.Interview, false);
        }
        var (stem, cut) = Stem(token);
        string name;
        if (stem is not null)
        {
            // "면접 일정", "검진 결과": the stage word only qualifies the next noun.
            if (!cut && i + 1 < tokens.Count && tokens[i + 1].Any(TextSegmenter.IsHangul) && tokens[i + 1] is not ("후" or "전" or "뒤" or "및" or "등" or "또는" or "혹은" or "내지")
                // "실무 면접 순으로 진행되며": the order the steps come in, not a noun the step qualifies.
                && !InOrder().IsMatch(tokens[i + 1]))
            {
                return null;
            }

            var modifiers = Qualifiers(clause, words, tokens, i);

            // "면접은 대면으로 진행합니다", "전형이 중단될 수": the process in general, not a stage.
            if (modifiers.Count == 0 && (stem == "전형" || stem == "면접" || stem == "인터뷰" || stem == "과정"))
            {
                return null;
            }

            name = string.Join(' ', modifiers.Append(stem));
        }
        else if (i > 0 && VerbalHead().Match(token) is { Success: true } verb && vocabulary.IsHead(verb.Groups["head"].Value) && ObjectOf(tokens[i - 1]) is { } obj)
        {
            // "처우를 협의하고": the object and the verbal noun make the stage.
            name = obj + " " + verb.Groups["head"].Value;
        }
        else
        {
            return null;
        }

        return vocabulary.KindOf(name) is { } kind && kind != StageKind.Application ? new HiringStage(name, kind, false) : null;
    }

    private HiringStage Meeting(string clause, List<Word> words, List<string> tokens, int i)
    {
        var final = tokens[i - 1] is "마지막" or "최종" ? "최종 " : "";
        var after = clause[words[i].End..];
        if (vocabulary.Participant(after) is not { } who)
        {
            var order = tokens[i - 1] == "번째" && i > 1 ? tokens[i - 2] + " 번째" : tokens[i - 1];
            return new HiringStage(order + " 인터뷰", StageKind.Interview, false);
        }

        // The participant's own word and the bare word before it ("데이터 팀원", "CS 구성원"); several people make a panel.
        var at = words.FindIndex(w => w.At >= words[i].End && w.Text.Contains(who, StringComparison.OrdinalIgnoreCase));
        var name = who;
        if (at > 0 && at - 1 > i && IsBare(tokens[at - 1]) && !Apart(clause, words, at - 1) && !Ordinal().IsMatch(tokens[at - 1]))
        {
            name = tokens[at - 1] + " " + who;
        }

        var several = at >= 0 && (PluralEnding().IsMatch(tokens[at][(tokens[at].IndexOf(who, StringComparison.OrdinalIgnoreCase) + who.Length)..]) || tokens.Skip(at + 1).Take(2).Any(t => Several().IsMatch(t)));
        return new HiringStage(name + " " + final + "인터뷰", several ? StageKind.Panel : StageKind.Interview, false);
    }

    // The word without its particle when it ends in a stage word ("임원면접에" → 임원면접), and whether a particle was cut.
    private (string? Stem, bool Cut) Stem(string token)
    {
        if (vocabulary.IsHead(token))
        {
            return (token, false);
        }

        foreach (var particle in Particles.Where(p => token.Length > p.Length && token.EndsWith(p, StringComparison.Ordinal)))
        {
            var stem = token[..^particle.Length];
            if (vocabulary.IsHead(stem))
            {
                return (stem, true);
            }

            foreach (var second in Particles.Where(p => stem.Length > p.Length && stem.EndsWith(p, StringComparison.Ordinal)))
            {
                if (vocabulary.IsHead(stem[..^second.Length]))
                {
                    return (stem[..^second.Length], true);
                }
            }
        }

        return (null, false);
    }

    // The bare words right before token i that qualify it ("1차 실무진 면접", "서류 검토 합격자"), at most two.
    private static List<string> Qualifiers(string clause, List<Word> words, List<string> tokens, int i)
    {
        var modifiers = new List<string>();
        for (var j = i - 1; j >= 0 && modifiers.Count < 2; j--)
        {
            if (!IsBare(tokens[j]) || Apart(clause, words, j))
            {
                break;
            }

            modifiers.Insert(0, tokens[j]);
        }

        return modifiers;
    }

    private static string? ObjectOf(string token) =>
        token.Length > 1 && (token.EndsWith('을') || token.EndsWith('를')) ? token[..^1] : null;

    // A word that may qualify a Korean stage: no particle, no verb ending, not a determiner ("1차", "실무진", "대면").
    private static bool IsBare(string token) =>
        !KoreanDeterminers.Contains(token)
        && !Particles.Any(p => token.Length > p.Length && token.EndsWith(p, StringComparison.Ordinal) && token.Any(TextSegmenter.IsHangul))
        && !VerbEnding().IsMatch(token);

    // Whether punctuation stands between word j and the next: "Recruiter call, hiring manager interview" are two.
    private static bool Apart(string clause, List<Word> words, int j) =>
        clause[words[j].End..words[j + 1].At].Any(c => !char.IsWhiteSpace(c));

    private void MarkOptional(string clause, List<(HiringStage Stage, int At)> mentions)
    {
        var cue = vocabulary.OptionalCue(clause);
        if (cue < 0 || mentions.Count == 0)
        {
            return;
        }

        var target = mentions.Where(m => m.At > cue).Select(m => (int?)mentions.IndexOf(m)).FirstOrDefault() ?? mentions.Count - 1;
        var stage = mentions[target].Stage;
        if (stage.Kind is not (StageKind.Final or StageKind.OfferTalk))
        {
            mentions[target] = (stage with { Optional = true }, mentions[target].At);
        }
    }

    private static string ParticipantPhrase(string text, string participant)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Determiners.Contains(w.ToLowerInvariant())).ToList();
        var end = words.FindIndex(w => w.Contains(participant.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));
        return string.Join(' ', words.Take(end < 0 ? words.Count : end + 1 + (end + 2 < words.Count && words[end + 1] == "of" ? 2 : 0)));
    }

    private sealed record Word(string Text, string Lower, int At, int End);

    /// <summary>Whether two stage names are the same stage written twice (spaces, case and punctuation ignored).</summary>
    internal static bool Same(string a, string b) => Squash(a) == Squash(b);

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s?\([^()]{0,60}\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s*(?:[;:]|,\s*(?:and\s+)?then\b|,\s+and\s+|\band then\b|\bafter that\b|(?<=[가-힣])[,，]\s*(?=[가-힣0-9]))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:meet|meets|speak with|talk with|talk to|chat with|sit down with)\s+(?<who>(?:the |your |our |a |an |one of |some of )*[\w\- ]{2,40}?)(?=\s+(?:to|for|about|and|who|,|\.)|[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetVerb();

    [GeneratedRegex(@"^(?:\s+(?:is|are|was|will be|takes place))?\s+with\s+(?<who>(?:[\w\-]+\s+){0,4}[\w\-]+?)(?=\s+(?:and|so|before|after|to|for|about|who|which|where)\b|[,.;:()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WithWhom();

    [GeneratedRegex(@"^\s*of\s+(?:(?:two|three|four|five|six|several|multiple|\d+)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerOf();

    // "없습니다", "없어요", "없고", "없이" — not "없으면", "없다면" (a condition).
    [GeneratedRegex(@"^없(?:습|어|고|으며|음|다$|이|는데|지만|구요|답니다)")]
    private static partial Regex KoreanNone();

    // "않습니다", "않아요", "않고", "않으며", "않음" — not "않을 수도", "않으면", "않는 경우".
    [GeneratedRegex(@"^않(?:습|아|고|으며|음|는다|았)")]
    private static partial Regex KoreanNot();

    // Words that may stand between a step and its negation: adverbs and a verb ending in 지 ("진행하지", "보지").
    [GeneratedRegex(@"^(?:따로|별도로|전혀|아예|굳이|더|현재|지금은|일절|원칙적으로)$")]
    private static partial Regex KoreanAside();

    [GeneratedRegex(@"^(?:만남|자리)(?:에서는|에서|에는|은|이|엔|$)")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"^(?:첫|번째|마지막|최종|\d+번째|\d차)$")]
    private static partial Regex Ordinal();

    // "들이", "분들과", "두 명이", "세 분이": more than one person.
    [GeneratedRegex(@"^(?:두|세|네|\d+)$|^(?:명|분)(?:이|과|와|께서)")]
    private static partial Regex Several();

    [GeneratedRegex(@"^(?:님)?(?:들|분들)")]
    private static partial Regex PluralEnding();

    [GeneratedRegex(@"^\s*(?:will be|would be|is|is usually|will usually be|is normally|is typically)\s+(?:a|an|the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Copula();

    [GeneratedRegex(@"^\s+(?:are|is|have been|has been)\s+(?:complete|completed|done|over|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Completed();

    [GeneratedRegex(@"^(?:통과|합격)(?:하면|하시면|한|하신|하셨|했|하고|후)")]
    private static partial Regex PassVerb();

    [GeneratedRegex(@"^(?:next|first|second|third|fourth|fifth)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalWord();

    [GeneratedRegex(@"^\s+(?:(?:normally|usually|typically|then|generally)\s+)?(?:is|will be|takes place|will take place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedNext();

    // The papers a candidate sends, which the team reads ("이력서를 … 읽고").
    [GeneratedRegex(@"^(?:이력서|지원서|자기소개서|경력기술서)$")]
    private static partial Regex Papers();

    // "보내 주신 이력서는 … 읽어 보고": the papers as the topic of the reading.
    [GeneratedRegex(@"^(?<papers>이력서|지원서|자기소개서|경력기술서)(?:는|은)$")]
    private static partial Regex PapersTopic();

    [GeneratedRegex(@"^순(?:으로|서|이|입|$)")]
    private static partial Regex InOrder();

    [GeneratedRegex(@"^(?:part|used|included|held|run|required|needed|necessary|happen|happening|a)$")]
    private static partial Regex NotPart();

    [GeneratedRegex(@"^(?:합격자|통과자|합격\s*후|통과\s*후|합격하신|통과하신|합격하면|통과하면)")]
    private static partial Regex Passed();

    [GeneratedRegex(@"^(?<noun>입사|임용|채용)(?:하게|하시게|되시게|하십니다|합니다|되십니다|됩니다)")]
    private static partial Regex Hired();

    [GeneratedRegex(@"^(?:보고|보신|본\s|검토|살펴|심사|확인하|읽)")]
    private static partial Regex ReviewVerb();

    [GeneratedRegex(@"^(?<who>[가-힣A-Za-z]{1,8}?)(?:님)?(?:와|과)$")]
    private static partial Regex WithWhomKorean();

    [GeneratedRegex(@"^(?:대화|이야기|얘기|면담|만나|만남|미팅|티타임|커피챗)")]
    private static partial Regex Conversation();

    [GeneratedRegex(@"^(?<head>[가-힣]{2,6}?)(?:하|합|해|했|한|할|된|되|됩|돼)")]
    private static partial Regex VerbalHead();

    [GeneratedRegex(@"(?:[가-힣](?:는|한|할|된|던|운)|하신|하실|[하이되]며|[하이되지]고|[해어아여]서|[가-힣]{2,}면|니다|한다|했다|이다|였다|[해어아세]요|게|지만|[쳐져혀])$")]
    private static partial Regex VerbEnding();
}
