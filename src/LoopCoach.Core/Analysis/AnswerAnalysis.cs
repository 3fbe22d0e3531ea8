using System.Text.Json.Serialization;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Analysis;

/// <summary>What to analyse: the answer and, when known, the question and the competency it was asked for.</summary>
public sealed record AnswerRequest
{
    /// <summary>The answer as typed or transcribed.</summary>
    public required string Text { get; init; }

    /// <summary>The question asked, if known.</summary>
    public string? Question { get; init; }

    /// <summary>The competency the question was asked for, if known.</summary>
    public string? Competency { get; init; }

    /// <summary>Gap ids the question's own follow-ups close, tried after the gaps the answer leaves.</summary>
    public IReadOnlyList<string> QuestionProbes { get; init; } = [];

    /// <summary>The current month, to say how long ago the story happened; null leaves recency out.</summary>
    public YearMonth? ThisMonth { get; init; }

    /// <summary>
    /// The language the findings and follow-ups are written in; null writes them in the answer's own. A debrief
    /// read in Korean says what an English answer lacks in Korean.
    /// </summary>
    public Language? MessageLanguage { get; init; }
}

/// <summary>How much a finding matters.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>Something the answer does well.</summary>
    [JsonStringEnumMemberName("strength")]
    Strength,

    /// <summary>Worth knowing; not a weakness on its own.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Weakens the answer.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>A gap an interviewer will certainly probe.</summary>
    [JsonStringEnumMemberName("problem")]
    Problem,
}

/// <summary>One judgment about the answer, with the words of the answer it rests on and why, in the answer's language.</summary>
/// <param name="Code">The kind of finding (its code is documented in the README).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">One line saying why, in the answer's language.</param>
/// <param name="Spans">The evidence: where in the answer it was found (the whole answer for length).</param>
public sealed record Finding(FindingCode Code, Severity Severity, string Message, IReadOnlyList<TextSpan> Spans);

/// <summary>Whether a STAR part is there, and where.</summary>
public sealed record StarPartFinding(bool Present, IReadOnlyList<TextSpan> Spans);

/// <summary>The STAR parts of an answer.</summary>
public sealed record StarFindings(
    StarPartFinding Situation,
    StarPartFinding Task,
    StarPartFinding Action,
    StarPartFinding Result,
    StarPartFinding Lesson,
    bool InOrder)
{
    /// <summary>The finding for <paramref name="part"/>.</summary>
    public StarPartFinding this[StarPart part] => part switch
    {
        StarPart.Situation => Situation,
        StarPart.Task => Task,
        StarPart.Action => Action,
        StarPart.Result => Result,
        _ => Lesson,
    };
}

/// <summary>Who did the work, by the words: "I" against "we", and the actions plainly the candidate's own.</summary>
public sealed record OwnershipFindings(int I, int We, IReadOnlyList<TextSpan> PersonalActions);

/// <summary>A word or phrase found in the answer.</summary>
public sealed record WordMatch(string Word, TextSpan Span);

/// <summary>A follow-up the interviewer would ask next, aimed at a gap.</summary>
public sealed record ProbeSuggestion(string Gap, string Text);

/// <summary>The summary grade, and the findings it summarises.</summary>
public sealed record Readiness(ReadinessGrade Grade, IReadOnlyList<FindingCode> Basis);

/// <summary>Everything the analysis found in one answer. Every judgment is a <see cref="Finding"/> with evidence.</summary>
public sealed record AnswerAnalysis
{
    /// <summary>The answer's language.</summary>
    public required AnswerLanguage Language { get; init; }

    /// <summary>The language the messages are in.</summary>
    [JsonIgnore]
    public Language MessageLanguage { get; init; }

    /// <summary>The text analysed (control characters replaced by spaces); spans index into it.</summary>
    [JsonIgnore]
    public string Text { get; init; } = "";

    /// <summary>The sentences.</summary>
    public required IReadOnlyList<TextSpan> Sentences { get; init; }

    /// <summary>STAR parts and lesson.</summary>
    public required StarFindings Star { get; init; }

    /// <summary>Every number found.</summary>
    public required IReadOnlyList<NumberMention> Numbers { get; init; }

    /// <summary>Whether the result is stated with a number.</summary>
    public required bool QuantifiedResult { get; init; }

    /// <summary>I against we.</summary>
    public required OwnershipFindings Ownership { get; init; }

    /// <summary>Filler words.</summary>
    public required IReadOnlyList<WordMatch> Fillers { get; init; }

    /// <summary>Hedges.</summary>
    public required IReadOnlyList<WordMatch> Hedges { get; init; }

    /// <summary>Words (English) or eojeol (Korean, space-separated units) in the answer.</summary>
    public required int WordCount { get; init; }

    /// <summary>Hangul syllables in the answer.</summary>
    public required int Syllables { get; init; }

    /// <summary>Estimated speaking time: 150 English words or 270 Korean syllables a minute.</summary>
    public required int EstimatedSeconds { get; init; }

    /// <summary>The competency the answer was judged against, if any.</summary>
    public string? Competency { get; init; }

    /// <summary>Signals of that competency found in the answer.</summary>
    public required IReadOnlyList<WordMatch> CompetencySignals { get; init; }

    /// <summary>How many months ago the story happened, when the answer says.</summary>
    public int? MonthsAgo { get; init; }

    /// <summary>The judgments, strengths first, then by severity.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Up to three follow-ups aimed at the biggest gaps.</summary>
    public required IReadOnlyList<ProbeSuggestion> Probes { get; init; }

    /// <summary>A summary of the findings; never given without them.</summary>
    public required Readiness Readiness { get; init; }
}
