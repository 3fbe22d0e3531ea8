using LoopCoach.Application.Loops;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Retros;
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

    /// <summary>The time zone to give the send-by time in; the clock's local zone when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
}

/// <summary>Thank-you and LinkedIn notes drafted from a mock session or a retrospective.</summary>
public sealed class NoteService(LoopService loops, IRetroStore retros, Engines engines, TimeProvider clock)
{
    /// <summary>
    /// Drafts a note of <paramref name="kind"/> in <paramref name="language"/>: the first of <see cref="DraftAll"/>
    /// (the one to the interviewer named with <see cref="NoteRequest.Interviewers"/>, when one is).
    /// </summary>
    public Note Draft(NoteKind kind, NoteRequest request, Language language) => DraftAll(kind, request, language)[0];

    /// <summary>
    /// One note of <paramref name="kind"/> per interviewer, in <paramref name="language"/>: each cites that
    /// interviewer's own question and the story told to them, and praises only what the candidate showed them
    /// (never a competency passed on). The send-by time is in <see cref="NoteRequest.TimeZone"/>, else the clock's
    /// local zone, named. With <see cref="NoteRequest.Interviewers"/>: the notes to those of the loop's interviewers
    /// so named, or, when none is, the loop's interviewers renamed in order.
    /// </summary>
    public IReadOnlyList<Note> DraftAll(NoteKind kind, NoteRequest request, Language language)
    {
        var zone = request.TimeZone ?? clock.LocalTimeZone;
        var each = Facts(request, language);
        var named = request.Interviewers;
        if (named.Count > 0)
        {
            var matching = each.Where(f => f.Interviewers.Count == 1 && named.Contains(f.Interviewers[0])).ToList();
            each = matching.Count > 0 ? matching
                : each.Count == 1 && named.Count > 1 ? [each[0] with { Interviewers = named }]
                : [.. each.Select((f, i) => i < named.Count ? f with { Interviewers = [named[i]] } : f)];
        }

        var writer = engines.Notes();
        return [.. each.Select(found =>
        {
            var facts = found with
            {
                Candidate = request.Name ?? found.Candidate,
                Company = request.Company ?? found.Company,
                Position = request.Position ?? found.Position,
            };
            return kind == NoteKind.ThankYou ? writer.ThankYou(facts, language, clock.GetUtcNow(), zone) : writer.LinkedIn(facts, language, zone);
        })];
    }

    /// <summary>What each interviewer's note is drafted from: of a mock session, one per interviewer; of a retrospective, one per round with questions.</summary>
    private List<NoteFacts> Facts(NoteRequest request, Language language)
    {
        if (request.Session is { } sessionId)
        {
            var session = loops.Get(sessionId);
            return [.. session.Plan.Interviewers.Select(i => SessionFacts(session, i.Index))];
        }

        if (request.Retro is { } retroId)
        {
            var stored = retros.Get(retroId);
            var ended = stored.Retro.HeldOn is { } held ? new DateTimeOffset(held.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero) : stored.CreatedAt;
            var all = new NoteFacts
            {
                Company = stored.Retro.Company,
                Position = stored.Retro.Position,
                Topics = Topics(stored.Retro.Rounds.SelectMany(r => r.Questions), language),
                InterviewEnded = ended,
            };
            var rounds = stored.Retro.Rounds.Where(r => r.Questions.Count > 0).ToList();
            return rounds.Count == 0 ? [all] : [.. rounds.Select(r => all with
            {
                Topics = Topics(r.Questions, language),
                Questions = [.. r.Questions.Where(q => !q.FollowUp).Select(q => q.Text)],
            })];
        }

        throw new LoopCoachException(ErrorKind.InvalidInput, "notes.source-required");
    }

    /// <summary>
    /// What interviewer <paramref name="index"/> of <paramref name="session"/> heard: the questions the candidate
    /// answered (not passed), the story told for the first of them, and the competencies the candidate showed
    /// adequate or strong evidence for without passing on them.
    /// </summary>
    private static NoteFacts SessionFacts(SessionView session, int index)
    {
        var interviewer = session.Plan.Interviewers[index];
        var answered = session.Turns.Where(t => t.Prompt.Interviewer == index && t.Prompt.Kind == TurnKind.Main && !t.Skipped).ToList();
        var evidence = session.Debrief.Interviewers.FirstOrDefault(d => d.Index == index)?.Competencies ?? [];
        var shown = evidence.Where(e => e.Passes == 0 && e.Level != EvidenceLevel.None).ToList();
        var story = answered.Select(t => t.Analysis).OfType<LoopCoach.Core.Analysis.AnswerAnalysis>()
            .Select(a => a.Star.Result.Spans.FirstOrDefault() ?? a.Star.Action.Spans.FirstOrDefault())
            .FirstOrDefault(s => s is not null)?.Text;
        return new NoteFacts
        {
            Company = session.Plan.Company ?? "",
            Interviewers = [interviewer.Name],
            Questions = [.. answered.Select(t => t.Prompt.Text)],
            Story = story,
            Topics = [.. shown.Select(e => e.Name).Take(3)],
            Strengths = [.. shown.Where(e => e.Level is EvidenceLevel.Strong or EvidenceLevel.Adequate).OrderBy(e => e.Level == EvidenceLevel.Strong ? 0 : 1).Select(e => e.Name).Take(2)],
            InterviewEnded = session.UpdatedAt,
        };
    }

    private List<string> Topics(IEnumerable<RetroQuestion> questions, Language language) =>
        [.. questions.Select(q => q.Competency).OfType<string>()
            .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => engines.Content.Frameworks.FindCompetency(g.Key)?.Name[language] ?? g.Key).Take(3)];
}
