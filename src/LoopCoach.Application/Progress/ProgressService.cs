using LoopCoach.Application.Loops;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage.Sessions;

namespace LoopCoach.Application.Progress;

/// <summary>
/// Progress over time: gathers the owner's finished and paused mock loops, with the turns and debrief each kept,
/// and has Core's <see cref="ProgressBuilder"/> measure them. A running session is left out (it may be under way in
/// another terminal), and so is one with no answer yet.
/// </summary>
public sealed class ProgressService(LoopService loops, Engines engines)
{
    /// <summary>Each competency's level per session and each session's fillers, speaking time and "I"/"we", oldest first.</summary>
    public ProgressReport Report()
    {
        var practised = new List<PracticeSession>();
        // Only paused and finished sessions with an answer are read: a bank of many running sessions costs nothing here.
        foreach (var record in loops.Practised())
        {
            if (record.Status == SessionStatus.Running || record.Turns.Count == 0)
            {
                continue;
            }

            // Kept whole since schema 5: read as stored. An older session is replayed once by the loop service (and kept).
            var (turns, debrief) = record.IsKept && record.Debrief is not null
                ? ([.. record.Turns.Select(t => t.Kept).OfType<Turn>()], record.Debrief)
                : Rebuilt(record.Id);
            practised.Add(new PracticeSession
            {
                Id = record.Id,
                Template = record.Plan.Template,
                Language = record.Plan.Language,
                Finished = record.Status == SessionStatus.Finished,
                StartedAt = record.CreatedAt,
                Date = record.Turns.Max(t => t.SavedAt),
                Turns = turns,
                Debrief = debrief,
            });
        }

        return ProgressBuilder.Build(practised, engines.Content.Frameworks);
    }

    private (IReadOnlyList<Turn> Turns, LoopDebrief Debrief) Rebuilt(long id)
    {
        var view = loops.Get(id);
        return (view.Turns, view.Debrief);
    }
}
