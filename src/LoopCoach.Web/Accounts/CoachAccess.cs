using LoopCoach.Application;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// A coach's window on one candidate: the candidate's use cases, opened only when an invitation the candidate has
/// not withdrawn names this coach, and only for what it shares. Anything else is "not found", as a foreign id is.
/// </summary>
internal sealed record CoachView(CoachedCandidate Candidate, LoopCoachApp App)
{
    /// <summary>The candidate as <paramref name="coachId"/> may see them; throws "not found" when not invited.</summary>
    public static CoachView Open(RequestApp request, string coachId, string candidateId) =>
        request.Accounts.Candidate(coachId, candidateId) is { } candidate
            ? new CoachView(candidate, request.AppOf(new Storage.Owner(candidate.CandidateId)))
            : throw NotFound();

    /// <summary>The candidate's sessions, when shared.</summary>
    public LoopCoachApp Sessions => Candidate.Shares.Sessions ? App : throw NotFound();

    /// <summary>The candidate's story bank, when shared.</summary>
    public LoopCoachApp Stories => Candidate.Shares.Stories ? App : throw NotFound();

    private static LoopCoachException NotFound() => new(ErrorKind.NotFound, "coach.error.not-shared");
}
