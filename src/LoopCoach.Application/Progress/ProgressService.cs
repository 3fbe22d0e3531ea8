using LoopCoach.Application.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage.Sessions;

namespace LoopCoach.Application.Progress;

/// <summary>
/// Progress over time: the owner's finished and paused mock loops, each measured when it was answered (the measures
/// are kept with every answer), put together by Core's <see cref="ProgressBuilder"/>. A running session is left out
/// (it may be under way in another terminal), and so is one with no answer yet.
/// </summary>
public sealed class ProgressService(LoopService loops, Engines engines)
{
    /// <summary>Each competency's level per session and each session's fillers, speaking time and "I"/"we", oldest first.</summary>
    public ProgressReport Report()
    {
        var measured = new List<MeasuredSession>();
        // One small row per session: no transcript or debrief is read, however many sessions there are.
        foreach (var row in loops.Measures())
        {
            // A session answered before the measures were kept is measured once, here, and kept.
            var (progress, names) = row.Measured ?? loops.MeasureOnce(row.Id);
            measured.Add(new MeasuredSession(
                progress with
                {
                    Id = row.Id,
                    Finished = row.Status == SessionStatus.Finished,
                    StartedAt = row.CreatedAt,
                    Date = row.LastAnswerAt,
                },
                names));
        }

        return ProgressBuilder.Build(measured, engines.Content.Frameworks);
    }
}
