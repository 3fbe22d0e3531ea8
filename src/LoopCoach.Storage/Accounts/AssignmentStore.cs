using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Accounts;

/// <summary>A loop a coach set for some of their candidates.</summary>
/// <param name="Seed">The plan's seed: the whole group meets the same competencies and questions.</param>
/// <param name="DueOn">The last day to practise it.</param>
/// <param name="Attempts">How many loops each candidate may start from it.</param>
/// <param name="Plan">The loop planned from a posting, the same for the whole group; null for a template's loop (planned from its seed).</param>
/// <param name="Title">What the posting was ("Backend engineer · Hanbit"); null for a template's loop.</param>
public sealed record Assignment(long Id, string CoachId, string CoachEmail, string Template, string Language, int Seed, DateOnly DueOn, int Attempts, DateTimeOffset CreatedAt, LoopPlan? Plan = null, string? Title = null);

/// <summary>What a coach may change of an assignment: a field left null keeps its value.</summary>
/// <param name="CandidateIds">The whole new list of candidates, each of whom must invite the coach.</param>
public sealed record AssignmentChange(DateOnly? DueOn = null, int? Attempts = null, IReadOnlyCollection<string>? CandidateIds = null);

/// <summary>An assignment as its candidate sees it: with how many attempts they used.</summary>
public sealed record CandidateAssignment(Assignment Assignment, int Used)
{
    /// <summary>Attempts left and the due date not passed.</summary>
    public bool IsOpen(DateOnly today) => Used < Assignment.Attempts && today <= Assignment.DueOn;
}

/// <summary>A candidate of an assignment as the coach sees them: who, whether they share sessions, and the loops they started from it.</summary>
public sealed record AssignedCandidate(string CandidateId, string Email, bool SharesSessions, IReadOnlyList<long> Sessions);

/// <summary>
/// Assignments: what a coach sets, for whom, and the loops started from it. Everything is read through a standing
/// invitation: a candidate who withdrew theirs is gone from the coach's assignments, and theirs from the candidate's home.
/// </summary>
public sealed class AssignmentStore(LoopCoachDatabase database, TimeProvider clock)
{
    private const string Columns = "SELECT a.id, a.coach_id, c.email, a.template, a.language, a.seed, a.due_on, a.attempts, a.created_at, a.plan, a.title";

    private const string Select = Columns + " FROM assignments a JOIN accounts c ON c.id = a.coach_id";

    /// <summary>The most attempts an assignment may allow.</summary>
    public const int MaxAttempts = 20;

    /// <summary>Sets an assignment for <paramref name="candidateIds"/>, each of whom must have invited the coach; returns its id.</summary>
    /// <param name="plan">The loop planned from a posting (its template and language are <paramref name="template"/> and <paramref name="language"/>); null for a template's loop.</param>
    /// <param name="title">What the posting was, to name the assignment by.</param>
    public long Create(string coachId, string template, string language, int seed, DateOnly dueOn, int attempts, IReadOnlyCollection<string> candidateIds, LoopPlan? plan = null, string? title = null) => database.InTransaction(tx =>
    {
        CheckAttempts(attempts);
        CheckCandidates(tx, coachId, candidateIds);
        using var insert = database.Command(tx, "INSERT INTO assignments (coach_id, template, language, seed, due_on, attempts, created_at, plan, title) VALUES (@coach, @template, @language, @seed, @due, @attempts, @now, @plan, @title) RETURNING id");
        insert.AddParameter("@coach", coachId).AddParameter("@template", template).AddParameter("@language", language).AddParameter("@seed", seed)
            .AddParameter("@due", dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddParameter("@attempts", attempts)
            .AddParameter("@now", Timestamps.Format(Timestamps.Now(clock)))
            .AddParameter("@plan", plan is null ? null : JsonSerializer.Serialize(plan, SessionJsonContext.Default.LoopPlan)).AddParameter("@title", title);
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        SetCandidates(tx, id, candidateIds);
        return id;
    });

    /// <summary>
    /// Changes the due date, the attempts or the candidates of one of the coach's assignments; false when it is not
    /// theirs. The loop itself (template, posting, language, seed) stays: the group already practising it meets the same
    /// one. Loops started from it stay linked, also those of a candidate taken off it (they reappear if put back).
    /// </summary>
    public bool Update(string coachId, long id, AssignmentChange change) => database.InTransaction(tx =>
    {
        // The row is held (on PostgreSQL) until the change commits: a start counting its attempts waits for it.
        using (var mine = database.Command(tx, "SELECT id FROM assignments WHERE id = @id AND coach_id = @coach" + database.Dialect.ForUpdate))
        {
            mine.AddParameter("@id", id).AddParameter("@coach", coachId);
            if (mine.ExecuteScalar() is null or DBNull)
            {
                return false;
            }
        }

        if (change.Attempts is { } attempts)
        {
            CheckAttempts(attempts);
        }

        if (change.CandidateIds is { } candidates)
        {
            CheckCandidates(tx, coachId, candidates);
        }

        using (var update = database.Command(tx, "UPDATE assignments SET due_on = coalesce(@due, due_on), attempts = coalesce(@attempts, attempts) WHERE id = @id"))
        {
            update.AddParameter("@due", change.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddParameter("@attempts", change.Attempts).AddParameter("@id", id);
            update.ExecuteNonQuery();
        }

        if (change.CandidateIds is { } chosen)
        {
            using var clear = database.Command(tx, "DELETE FROM assignment_candidates WHERE assignment_id = @id");
            clear.AddParameter("@id", id);
            clear.ExecuteNonQuery();
            SetCandidates(tx, id, chosen);
        }

        return true;
    });

    /// <summary>
    /// Deletes one of the coach's assignments with its candidates and its links to loops; false when it is not theirs.
    /// The loops themselves are the candidates' and stay, as plain practice.
    /// </summary>
    public bool Delete(string coachId, long id) => database.InTransaction(tx =>
    {
        // Written out rather than left to ON DELETE CASCADE: a SQLite connection opened without foreign keys on would leave the links.
        using var mine = database.Command(tx, "SELECT count(*) FROM assignments WHERE id = @id AND coach_id = @coach");
        mine.AddParameter("@id", id).AddParameter("@coach", coachId);
        if (Convert.ToInt64(mine.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        foreach (var sql in new[] { "DELETE FROM assignment_sessions WHERE assignment_id = @id", "DELETE FROM assignment_candidates WHERE assignment_id = @id", "DELETE FROM assignments WHERE id = @id" })
        {
            using var command = database.Command(tx, sql);
            command.AddParameter("@id", id);
            command.ExecuteNonQuery();
        }

        return true;
    });

    private static void CheckAttempts(int attempts)
    {
        if (attempts is < 1 or > MaxAttempts)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.attempts", MaxAttempts);
        }
    }

    // Every candidate must invite the coach: anyone else is "not found", as their id says nothing.
    private void CheckCandidates(DbTransaction tx, string coachId, IReadOnlyCollection<string> candidateIds)
    {
        if (candidateIds.Count == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "assignment.error.no-candidates");
        }

        foreach (var candidate in candidateIds)
        {
            using var check = database.Command(tx, "SELECT count(*) FROM invitations WHERE coach_id = @coach AND candidate_id = @candidate");
            check.AddParameter("@coach", coachId).AddParameter("@candidate", candidate);
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                throw new LoopCoachException(ErrorKind.NotFound, "coach.error.not-shared");
            }
        }
    }

    private void SetCandidates(DbTransaction tx, long id, IReadOnlyCollection<string> candidateIds)
    {
        foreach (var candidate in candidateIds.Distinct())
        {
            using var add = database.Command(tx, "INSERT INTO assignment_candidates (assignment_id, candidate_id) VALUES (@id, @candidate)");
            add.AddParameter("@id", id).AddParameter("@candidate", candidate);
            add.ExecuteNonQuery();
        }
    }

    /// <summary>The coach's assignments, newest first.</summary>
    public IReadOnlyList<Assignment> OfCoach(string coachId) => database.Read(() =>
    {
        using var command = database.Command(null, Select + " WHERE a.coach_id = @coach ORDER BY a.id DESC");
        command.AddParameter("@coach", coachId);
        return ReadAll(command, ReadAssignment);
    });

    /// <summary>One of the coach's assignments; null when it is not theirs.</summary>
    public Assignment? OfCoach(string coachId, long id) => database.Read(() =>
    {
        using var command = database.Command(null, Select + " WHERE a.coach_id = @coach AND a.id = @id");
        command.AddParameter("@coach", coachId).AddParameter("@id", id);
        return ReadAll(command, ReadAssignment).FirstOrDefault();
    });

    /// <summary>The candidates of the assignment who still invite its coach, by address, with the loops they started from it.</summary>
    public IReadOnlyList<AssignedCandidate> Candidates(Assignment assignment) => database.Read(() =>
    {
        using var command = database.Command(null, """
            SELECT p.id, p.email,
                   (SELECT max(i.share_sessions) FROM invitations i WHERE i.coach_id = @coach AND i.candidate_id = p.id)
            FROM assignment_candidates ac JOIN accounts p ON p.id = ac.candidate_id
            WHERE ac.assignment_id = @id
              AND EXISTS (SELECT 1 FROM invitations i WHERE i.coach_id = @coach AND i.candidate_id = p.id)
            ORDER BY p.email
            """);
        command.AddParameter("@id", assignment.Id).AddParameter("@coach", assignment.CoachId);
        var people = ReadAll(command, r => (Id: r.GetString(0), Email: r.GetString(1), Shares: Long(r, 2) != 0));
        using var sessions = database.Command(null, "SELECT candidate_id, session_id FROM assignment_sessions WHERE assignment_id = @id ORDER BY session_id");
        sessions.AddParameter("@id", assignment.Id);
        var started = ReadAll(sessions, r => (Candidate: r.GetString(0), Session: Long(r, 1))).ToLookup(s => s.Candidate, s => s.Session);
        return people.Select(p => new AssignedCandidate(p.Id, p.Email, p.Shares, [.. started[p.Id]])).ToList();
    });

    /// <summary>The assignments set for the candidate by coaches they still invite, by due date, with attempts used.</summary>
    public IReadOnlyList<CandidateAssignment> OfCandidate(string candidateId) => database.Read(() => ForCandidate(candidateId, null));

    /// <summary>One assignment of the candidate; null when it is not set for them (or its coach is no longer invited).</summary>
    public CandidateAssignment? OfCandidate(string candidateId, long id) => database.Read(() => ForCandidate(candidateId, id).FirstOrDefault());

    /// <summary>
    /// Links a loop the candidate started from the assignment to it, unless every attempt is used already (two
    /// starts at once, on two nodes): the assignment's row is locked while its attempts are counted. False when refused.
    /// </summary>
    public bool Link(long assignmentId, string candidateId, long sessionId) => database.InTransaction(tx =>
    {
        using var allowed = database.Command(tx, "SELECT attempts FROM assignments WHERE id = @id" + database.Dialect.ForUpdate);
        allowed.AddParameter("@id", assignmentId);
        var attempts = Convert.ToInt64(allowed.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
        using var used = database.Command(tx, "SELECT count(*) FROM assignment_sessions WHERE assignment_id = @id AND candidate_id = @candidate");
        used.AddParameter("@id", assignmentId).AddParameter("@candidate", candidateId);
        if (Convert.ToInt64(used.ExecuteScalar(), CultureInfo.InvariantCulture) >= attempts)
        {
            return false;
        }

        using var command = database.Command(tx, "INSERT INTO assignment_sessions (session_id, assignment_id, candidate_id, created_at) VALUES (@session, @id, @candidate, @now)");
        command.AddParameter("@session", sessionId).AddParameter("@id", assignmentId).AddParameter("@candidate", candidateId)
            .AddParameter("@now", Timestamps.Format(Timestamps.Now(clock)));
        return command.ExecuteNonQuery() == 1;
    });

    private List<CandidateAssignment> ForCandidate(string candidateId, long? id)
    {
        using var command = database.Command(null, Columns + """
            , (SELECT count(*) FROM assignment_sessions s WHERE s.assignment_id = a.id AND s.candidate_id = @candidate)
            FROM assignments a JOIN accounts c ON c.id = a.coach_id
            JOIN assignment_candidates ac ON ac.assignment_id = a.id AND ac.candidate_id = @candidate
            WHERE EXISTS (SELECT 1 FROM invitations i WHERE i.coach_id = a.coach_id AND i.candidate_id = @candidate)
            """ + (id is null ? "" : " AND a.id = @id") + " ORDER BY a.due_on, a.id");
        command.AddParameter("@candidate", candidateId);
        if (id is { } one)
        {
            command.AddParameter("@id", one);
        }

        return ReadAll(command, r => new CandidateAssignment(ReadAssignment(r), (int)Long(r, 11)));
    }

    private static Assignment ReadAssignment(DbDataReader r) => new(
        Long(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), (int)Long(r, 5),
        DateOnly.ParseExact(r.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture), (int)Long(r, 7), Timestamps.Parse(r.GetString(8)),
        r.IsDBNull(9) ? null : JsonSerializer.Deserialize(r.GetString(9), SessionJsonContext.Default.LoopPlan), r.IsDBNull(10) ? null : r.GetString(10));

    private static List<T> ReadAll<T>(DbCommand command, Func<DbDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static long Long(DbDataReader reader, int column) => reader.IsDBNull(column) ? 0 : Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
}
