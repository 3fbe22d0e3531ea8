using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Postings;

/// <summary>The words a posting is read by (<c>content/lexicons/postings.yaml</c>).</summary>
public sealed record PostingLexicon
{
    /// <summary>Heading words per section.</summary>
    public required IReadOnlyDictionary<SectionKind, LocalizedList> Sections { get; init; }

    /// <summary>Words that make a requirement line a must-have.</summary>
    public required LocalizedList MustHave { get; init; }

    /// <summary>Words that make a requirement line a nice-to-have.</summary>
    public required LocalizedList NiceToHave { get; init; }

    /// <summary>The words that make a short phrase a hiring stage, per kind of stage.</summary>
    public required IReadOnlyDictionary<StageKind, LocalizedList> StageKinds { get; init; }

    /// <summary>Words that qualify a stage without naming one alone ("phone", "전화").</summary>
    public required LocalizedList StageModifiers { get; init; }

    /// <summary>Who a step may be with (team, founder, 실무진…).</summary>
    public required LocalizedList Participants { get; init; }

    /// <summary>Words that mark a step optional ("if needed", "필요 시").</summary>
    public required LocalizedList OptionalCues { get; init; }

    /// <summary>Words of notice, legal, EEO, benefit and policy sentences.</summary>
    public required LocalizedList PolicyCues { get; init; }

    /// <summary>Labels that introduce a note rather than a strength ("Please note", "참고").</summary>
    public required LocalizedList NoticeLabels { get; init; }

    /// <summary>Qualities a posting may seek in passing, with the competencies each means.</summary>
    public required IReadOnlyList<Quality> Qualities { get; init; }

    /// <summary>Words never reported as keywords.</summary>
    public required LocalizedList StopKeywords { get; init; }
}

/// <summary>
/// A quality a posting may ask for ("책임감", "collaboration"): the words that name it, each either as written or
/// as <c>word=label</c> when the word is a verb or adverb, and the competencies it means, nearest first.
/// </summary>
public sealed record Quality(string Id, LocalizedList Words, IReadOnlyList<string> Competencies);
