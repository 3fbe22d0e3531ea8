using LoopCoach.Core.Analysis;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Progress;

/// <summary>
/// Builds the progress report from practised sessions. Every figure is read from what the session kept: the levels
/// from its debrief, fillers, words and "I"/"we" from the analysis of each answer, so progress never judges an
/// answer a second time or counts a word the analysis did not.
/// </summary>
public static class ProgressBuilder
{
    /// <summary>
    /// The report over <paramref name="sessions"/> (in any order; sessions without an answer are left out), with
    /// competency names from <paramref name="frameworks"/> (the debrief's own name when a framework is not loaded).
    /// </summary>
    public static ProgressReport Build(IEnumerable<PracticeSession> sessions, FrameworkCatalog frameworks) =>
        Build(sessions.Where(s => s.Turns.Count > 0).Select(Measure), frameworks);

    /// <summary>
    /// The report over sessions measured earlier (in any order): what a bank keeps per session, so drawing progress
    /// reads no transcript. Gives the same report as measuring the sessions themselves.
    /// </summary>
    public static ProgressReport Build(IEnumerable<MeasuredSession> sessions, FrameworkCatalog frameworks)
    {
        var ordered = sessions
            .Where(s => s.Progress.Answers > 0)
            .OrderBy(s => s.Progress.Date)
            .ThenBy(s => s.Progress.Id)
            .ToList();

        var order = new List<string>();
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var points = new Dictionary<string, List<LevelPoint>>(StringComparer.Ordinal);
        foreach (var (session, named) in ordered)
        {
            foreach (var level in session.Levels)
            {
                if (!points.TryGetValue(level.Competency, out var line))
                {
                    points[level.Competency] = line = [];
                    order.Add(level.Competency);
                    var own = named.GetValueOrDefault(level.Competency, level.Competency);
                    names[level.Competency] = frameworks.FindCompetency(level.Competency)?.Name ?? new LocalizedText(own, own);
                }

                line.Add(new LevelPoint(session.Id, session.Date, level.Level));
            }
        }

        var competencies = order.Select(c => new CompetencyProgress(c, names[c], points[c])).ToList();
        return new ProgressReport([.. ordered.Select(s => s.Progress)], competencies, SpeakingRate.OfAnalysis);
    }

    /// <summary>The height of a level on a chart: none 0, weak 1, adequate 2, strong 3.</summary>
    public static int Score(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Strong => 3,
        EvidenceLevel.Adequate => 2,
        EvidenceLevel.Weak => 1,
        _ => 0,
    };

    /// <summary>
    /// One session's measures, with the debrief's names of the competencies it reached: what a bank keeps with each
    /// answer so that progress is drawn without reading a transcript.
    /// </summary>
    public static MeasuredSession Measure(PracticeSession session)
    {
        var analysed = session.Turns.Where(t => t.Analysis is not null).Select(t => t.Analysis!).ToList();
        var words = analysed.Sum(a => a.WordCount);
        var fillers = analysed.Sum(a => a.Fillers.Count);
        var i = analysed.Sum(a => a.Ownership.I);
        var we = analysed.Sum(a => a.Ownership.We);
        var reached = Reached(session.Debrief).ToList();
        return new MeasuredSession(new SessionProgress
        {
            Id = session.Id,
            Template = session.Template,
            Language = session.Language,
            Finished = session.Finished,
            Date = session.Date,
            StartedAt = session.StartedAt,
            Answers = session.Turns.Count,
            Words = words,
            Fillers = fillers,
            FillersPer100Words = words == 0 ? null : Math.Round(fillers * 100.0 / words, 2),
            // The same estimate the interview's clock counts: the analysis's where there is one, else the words' own.
            SpeakingSeconds = session.Turns.Sum(t => t.Analysis?.EstimatedSeconds ?? AnswerAnalyzer.SpeakingSeconds(t.Answer)),
            Ownership = new OwnershipBalance(i, we, i + we == 0 ? null : Math.Round((double)i / (i + we), 2)),
            Levels = [.. reached.Select(e => new CompetencyLevel(e.Competency, e.Level))],
        }, reached.ToDictionary(e => e.Competency, e => e.Name, StringComparer.Ordinal));
    }

    /// <summary>
    /// The competencies the session got to: a story was told, or every question on it was passed (level none). One not
    /// reached before the session was paused or its time ran out says nothing either way, so it is left out.
    /// </summary>
    private static IEnumerable<CompetencyEvidence> Reached(LoopDebrief debrief) =>
        debrief.Interviewers
            .SelectMany(i => i.Competencies)
            .Where(e => e.Level != EvidenceLevel.None || e.Passes > 0)
            .DistinctBy(e => e.Competency);
}
