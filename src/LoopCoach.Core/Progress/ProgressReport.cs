using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Progress;

/// <summary>One practised mock loop as progress reads it: what was said, and the debrief kept with it.</summary>
public sealed record PracticeSession
{
    /// <summary>The session's number.</summary>
    public required long Id { get; init; }

    /// <summary>The loop template it ran.</summary>
    public required string Template { get; init; }

    /// <summary>The loop's language.</summary>
    public required Language Language { get; init; }

    /// <summary>Whether every interview is over (else it is paused).</summary>
    public required bool Finished { get; init; }

    /// <summary>When the session was started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When its last answer was given: the date progress files it under.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Every exchange, as it happened.</summary>
    public required IReadOnlyList<Turn> Turns { get; init; }

    /// <summary>The debrief kept with the session.</summary>
    public required LoopDebrief Debrief { get; init; }
}

/// <summary>A competency's level in one session.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Level">The debrief's level: <c>none</c> here means every question on it was passed.</param>
public sealed record CompetencyLevel(string Competency, EvidenceLevel Level);

/// <summary>"I" against "we" in the candidate's answers, as the answer analysis counts them.</summary>
/// <param name="I">First-person singular forms (I, my, 제가, 저는…).</param>
/// <param name="We">First-person plural forms (we, our, 저희, 우리…).</param>
/// <param name="IShare">I / (I + we), from 0 to 1; null when neither was said.</param>
public sealed record OwnershipBalance(int I, int We, double? IShare);

/// <summary>The measures of one session.</summary>
public sealed record SessionProgress
{
    /// <summary>The session's number.</summary>
    public required long Id { get; init; }

    /// <summary>The loop template it ran.</summary>
    public required string Template { get; init; }

    /// <summary>The loop's language.</summary>
    public required Language Language { get; init; }

    /// <summary>Whether every interview is over (else it is paused).</summary>
    public required bool Finished { get; init; }

    /// <summary>When its last answer was given.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>When it was started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Answers given, passes included.</summary>
    public required int Answers { get; init; }

    /// <summary>Words (Korean: eojeol) in the analysed answers: openings, main answers and follow-ups.</summary>
    public required int Words { get; init; }

    /// <summary>Filler words in those answers.</summary>
    public required int Fillers { get; init; }

    /// <summary>Fillers per 100 words; null when nothing was analysed.</summary>
    public required double? FillersPer100Words { get; init; }

    /// <summary>The candidate's speaking time, estimated from the words of every answer (see <see cref="SpeakingRate"/>).</summary>
    public required int SpeakingSeconds { get; init; }

    /// <summary>"I" against "we".</summary>
    public required OwnershipBalance Ownership { get; init; }

    /// <summary>The level of each competency reached, in the loop's order (not reached ones are left out).</summary>
    public required IReadOnlyList<CompetencyLevel> Levels { get; init; }
}

/// <summary>One session's measures as a bank keeps them, with the names its debrief gave the competencies reached.</summary>
/// <param name="Progress">The measures.</param>
/// <param name="Names">Each reached competency's name as the debrief said it (used when no loaded framework has it).</param>
public sealed record MeasuredSession(SessionProgress Progress, IReadOnlyDictionary<string, string> Names);

/// <summary>One point of a competency's line: its level in one session.</summary>
/// <param name="Session">The session's number.</param>
/// <param name="Date">The session's date.</param>
/// <param name="Level">The level there.</param>
public sealed record LevelPoint(long Session, DateTimeOffset Date, EvidenceLevel Level);

/// <summary>A competency's level across sessions, oldest first.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Name">Its name in both languages.</param>
/// <param name="Points">One point per session that reached it.</param>
public sealed record CompetencyProgress(string Competency, LocalizedText Name, IReadOnlyList<LevelPoint> Points);

/// <summary>
/// How speaking time is obtained. LoopCoach records no clock time while a candidate speaks (answers are typed or
/// transcribed), so it is always estimated from the words at the analysis's speaking rates.
/// </summary>
/// <param name="Estimated">Always true: the time is estimated, not measured.</param>
/// <param name="EnglishWordsPerMinute">The English rate assumed.</param>
/// <param name="KoreanSyllablesPerMinute">The Korean rate assumed.</param>
public sealed record SpeakingRate(bool Estimated, int EnglishWordsPerMinute, int KoreanSyllablesPerMinute)
{
    /// <summary>The rates the answer analysis uses.</summary>
    public static SpeakingRate OfAnalysis { get; } = new(true, AnswerAnalyzer.EnglishWordsPerMinute, AnswerAnalyzer.KoreanSyllablesPerMinute);
}

/// <summary>Progress over time: each practised session's measures and each competency's levels, oldest first.</summary>
/// <param name="Sessions">Finished and paused sessions with at least one answer, oldest first.</param>
/// <param name="Competencies">Every competency reached in them, in the order first reached.</param>
/// <param name="SpeakingTime">How the speaking times were obtained.</param>
public sealed record ProgressReport(IReadOnlyList<SessionProgress> Sessions, IReadOnlyList<CompetencyProgress> Competencies, SpeakingRate SpeakingTime)
{
    /// <summary>Whether there is nothing to show yet.</summary>
    [JsonIgnore]
    public bool IsEmpty => Sessions.Count == 0;
}
