using LoopCoach.Application.Loops;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Storage.Retros;

namespace LoopCoach.Application.Notes;

/// <summary>What to draft a note from, and what the candidate says to put in it instead.</summary>
public sealed record NoteRequest
{
    /// <summary>A mock loop session to draft from.</summary>
    public long? Session { get; init; }

    /// <summary>A retrospective of a real interview to draft from.</summary>
    public long? Retro { get; init; }

    /// <summary>The candidate's name.</summary>
    public string? Name { get; init; }

    /// <summary>The company, instead of the one found.</summary>
    public string? Company { get; init; }

    /// <summary>The position, instead of the one found.</summary>
    public string? Position { get; init; }

    /// <summary>The interviewers' names, instead of the ones found.</summary>
    public IReadOnlyList<string> Interviewers { get; init; } = [];
}

/// <summary>Thank-you and LinkedIn notes drafted from a mock session or a retrospective.</summary>
public sealed class NoteService(LoopService loops, IRetroStore retros, Engines engines, TimeProvider clock)
{
    /// <summary>Drafts a note of <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public Note Draft(NoteKind kind, NoteRequest request, Language language)
    {
        var found = Facts(request, language);
        var facts = found with
        {
            Candidate = request.Name ?? found.Candidate,
            Company = request.Company ?? found.Company,
            Position = request.Position ?? found.Position,
            Interviewers = request.Interviewers.Count > 0 ? request.Interviewers : found.Interviewers,
        };
        var writer = engines.Notes();
        return kind == NoteKind.ThankYou ? writer.ThankYou(facts, language, clock.GetUtcNow()) : writer.LinkedIn(facts, language);
    }

    private NoteFacts Facts(NoteRequest request, Language language)
    {
        if (request.Session is { } sessionId)
        {
            var session = loops.Get(sessionId);
            var evidence = session.Debrief.Interviewers.SelectMany(i => i.Competencies).ToList();
            return new NoteFacts
            {
                Interviewers = [.. session.Plan.Interviewers.Select(i => i.Name)],
                Topics = [.. evidence.Where(e => e.Level != EvidenceLevel.None).Select(e => e.Name).Take(3)],
                Strengths = [.. evidence.Where(e => e.Level is EvidenceLevel.Strong or EvidenceLevel.Adequate).OrderBy(e => e.Level == EvidenceLevel.Strong ? 0 : 1).Select(e => e.Name).Take(2)],
                InterviewEnded = session.UpdatedAt,
            };
        }

        if (request.Retro is { } retroId)
        {
            var stored = retros.Get(retroId);
            var topics = stored.Retro.Rounds.SelectMany(r => r.Questions).Select(q => q.Competency).OfType<string>()
                .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => engines.Content.Frameworks.FindCompetency(g.Key)?.Name[language] ?? g.Key).Take(3).ToList();
            var ended = stored.Retro.HeldOn is { } held ? new DateTimeOffset(held.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero) : stored.CreatedAt;
            return new NoteFacts { Company = stored.Retro.Company, Position = stored.Retro.Position, Topics = topics, InterviewEnded = ended };
        }

        throw new LoopCoachException(ErrorKind.InvalidInput, "notes.source-required");
    }
}
