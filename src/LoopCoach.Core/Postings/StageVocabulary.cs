using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Postings;

/// <summary>
/// The small closed word classes hiring steps are read with, in Korean and English: the words that make a phrase a
/// stage and of which kind, who a step is with, what marks a step optional, and what makes a sentence a notice or
/// policy rather than content. Shared by posting analysis and retrospective import.
/// </summary>
public sealed class StageVocabulary
{
    // When a phrase holds words of several kinds the first kind here wins: "전화 기술 인터뷰" is a phone interview,
    // "Take-home exercise" an assignment, "서류 확인" a check rather than a document review.
    private static readonly StageKind[] Precedence =
    [
        StageKind.Other, StageKind.Panel, StageKind.PhoneOrVideo, StageKind.Assignment, StageKind.OnlineTest,
        StageKind.OfferTalk, StageKind.Final, StageKind.DocumentReview, StageKind.Interview, StageKind.Application,
    ];

    private readonly PostingLexicon _lexicon;
    private readonly HashSet<string> _heads;

    /// <summary>The vocabulary of <paramref name="lexicon"/>.</summary>
    public StageVocabulary(PostingLexicon lexicon)
    {
        _lexicon = lexicon;
        var modifiers = Words(lexicon.StageModifiers).ToHashSet(StringComparer.Ordinal);
        _heads = [.. Precedence.Where(k => k != StageKind.Application)
            .SelectMany(k => Words(lexicon.StageKinds[k]))
            .Where(w => !w.Contains(' ', StringComparison.Ordinal) && !modifiers.Contains(w))];

        // The last word of an English stage of several words ("case study", "work sample") ends a stage in a sentence
        // too: "complete a written case study" names one, whose kind the whole phrase then decides.
        _heads.UnionWith(Precedence.Where(k => k != StageKind.Application)
            .SelectMany(k => lexicon.StageKinds[k].En)
            .Where(w => w.Contains(' ', StringComparison.Ordinal))
            .Select(w => w.Split(' ')[^1])
            .Where(w => !modifiers.Contains(w)));
    }

    /// <summary>
    /// The kind of stage <paramref name="phrase"/> names, or null when it names none: a phrase of several words
    /// ("reference check", "서류 확인", also written together in Korean: "입사지원", "합격자발표") decides first, then single words by precedence; a phrase with no stage word
    /// but a participant ("team afternoon") is an interview.
    /// </summary>
    public StageKind? KindOf(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        var multi = Precedence
            .SelectMany(kind => Words(_lexicon.StageKinds[kind]).Where(w => w.Contains(' ', StringComparison.Ordinal) && (Has(lower, w) || (w.Any(TextSegmenter.IsHangul) && Has(lower, w.Replace(" ", "", StringComparison.Ordinal))))).Select(w => (Kind: kind, Length: w.Length)))
            .OrderByDescending(m => m.Length)
            .FirstOrDefault();
        if (multi.Length > 0)
        {
            return multi.Kind;
        }

        foreach (var kind in Precedence)
        {
            if (Words(_lexicon.StageKinds[kind]).Any(w => Has(lower, w)))
            {
                return kind;
            }
        }

        return HasParticipant(lower) ? StageKind.Interview : null;
    }

    /// <summary>Whether <paramref name="phrase"/> has a word that names a stage (not only a participant).</summary>
    public bool NamesStage(string phrase) => KindOf(phrase) is not null && !(KindOf(phrase) == StageKind.Interview && !HasStageWord(phrase.ToLowerInvariant()));

    /// <summary>Whether <paramref name="text"/> names someone a step may be with (a team, a founder, 실무진).</summary>
    public bool HasParticipant(string text) => Words(_lexicon.Participants).Any(w => Has(text.ToLowerInvariant(), w));

    /// <summary>The first participant named in <paramref name="text"/>, as written there, or null.</summary>
    public string? Participant(string text)
    {
        var lower = text.ToLowerInvariant();
        return Words(_lexicon.Participants)
            .Select(w => (Word: w, At: At(lower, w)))
            .Where(m => m.At >= 0)
            .OrderBy(m => m.At)
            .ThenByDescending(m => m.Word.Length)
            .Select(m => text.Substring(m.At, m.Word.Length))
            .FirstOrDefault();
    }

    /// <summary>Where in <paramref name="text"/> the first word marking a step optional stands, or -1.</summary>
    public int OptionalCue(string text)
    {
        var lower = text.ToLowerInvariant();
        return Words(_lexicon.OptionalCues).Select(w => At(lower, w)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
    }

    /// <summary>Whether <paramref name="sentence"/> is notice, legal, EEO, benefit or policy text.</summary>
    public bool IsPolicy(string sentence) => Words(_lexicon.PolicyCues).Any(w => Has(sentence.ToLowerInvariant(), w));

    /// <summary>Whether <paramref name="label"/> introduces a note ("Please note", "참고", "급여").</summary>
    public bool IsNoticeLabel(string label)
    {
        var lower = label.Trim().TrimStart('#', '※', '*', ' ').TrimEnd(':', '：', ' ').ToLowerInvariant();
        return Words(_lexicon.NoticeLabels).Any(w => lower == w || (w.Any(TextSegmenter.IsHangul) && lower.EndsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether <paramref name="lower"/> holds <paramref name="word"/>: inside a word for Korean ("임원면접"), as a
    /// whole word or with a plural ending for English ("interviews", not "reviewer" for "review").
    /// </summary>
    public static bool Has(string lower, string word) => At(lower, word) >= 0;

    /// <summary>Where <paramref name="word"/> first stands in <paramref name="lower"/> by the rule of <see cref="Has"/>, or -1.</summary>
    public static int At(string lower, string word)
    {
        if (word.Any(TextSegmenter.IsHangul))
        {
            return lower.IndexOf(word, StringComparison.Ordinal);
        }

        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            var end = at + word.Length;
            var rest = lower[end..];
            var after = rest.Length == 0 || !char.IsLetterOrDigit(rest[0])
                || (rest[0] == 's' && (rest.Length == 1 || !char.IsLetterOrDigit(rest[1])))
                || (rest.StartsWith("es", StringComparison.Ordinal) && (rest.Length == 2 || !char.IsLetterOrDigit(rest[2])));
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (lower-case) can end a stage's name in a sentence: a stage word that is not
    /// only a qualifier ("call", "interviews", "면접", "인적성검사", "과제 전형"), or the Korean 전형.
    /// </summary>
    public bool IsHead(string word)
    {
        // Stage words written in capitals inside Korean text ("1차 Tech Interview를") are the same words.
        word = word.ToLowerInvariant();
        if (word.Any(TextSegmenter.IsHangul))
        {
            return word.EndsWith("전형", StringComparison.Ordinal) || _heads.Any(h => word.EndsWith(h, StringComparison.Ordinal));
        }

        return _heads.Contains(word) || (word.EndsWith('s') && _heads.Contains(word[..^1])) || (word.EndsWith("es", StringComparison.Ordinal) && _heads.Contains(word[..^2]));
    }

    private bool HasStageWord(string lower) => Precedence.Any(kind => Words(_lexicon.StageKinds[kind]).Any(w => Has(lower, w)));

    private static IEnumerable<string> Words(Localization.LocalizedList list) => list.En.Concat(list.Ko);
}
