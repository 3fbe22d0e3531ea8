using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Progress;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Sessions;

/// <summary>Where a mock loop stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionStatus>))]
public enum SessionStatus
{
    /// <summary>Being run now (or the process running it died: resume it).</summary>
    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>Stopped by the candidate or out of scripted answers; can be resumed.</summary>
    [JsonStringEnumMemberName("paused")]
    Paused,

    /// <summary>Every interview is over.</summary>
    [JsonStringEnumMemberName("finished")]
    Finished,
}

/// <summary>A stored answer of a session, with the line it answered.</summary>
/// <param name="Kept">The whole turn as it happened; null for a turn saved by a release before schema 5.</param>
public sealed record StoredTurn(int Seq, int Interviewer, TurnKind Kind, string Question, string? QuestionId, string? Competency, string? Gap, string Answer, DateTimeOffset SavedAt, Turn? Kept);

/// <summary>A practised session as progress reads it: where it stands and its kept measures, without its turns.</summary>
/// <param name="LastAnswerAt">When its last answer was saved.</param>
/// <param name="Measured">Its measures as of its last answer; null for a session answered before schema 7.</param>
public sealed record SessionMeasures(long Id, SessionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset LastAnswerAt, MeasuredSession? Measured);

/// <summary>A new attempt at a main question of a session, kept beside the first answer.</summary>
/// <param name="Seq">The main question's turn.</param>
/// <param name="Attempt">1 for the first new attempt at that question.</param>
/// <param name="Analysis">The attempt's analysis as it was made.</param>
public sealed record StoredRetry(int Seq, int Attempt, string Answer, AnswerAnalysis Analysis, DateTimeOffset SavedAt);

/// <summary>A session as a list shows it: its plan and where it stands, without its turns.</summary>
public sealed record SessionSummary(long Id, LoopPlan Plan, SessionStatus Status, int Turns, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A stored session: its plan, its answers so far, where the engine stands, and the debrief so far.</summary>
/// <param name="State">Where the interview engine stands; null for a session saved before schema 5.</param>
/// <param name="Debrief">The debrief as of the last saved answer; null before the first answer or before schema 5.</param>
public sealed record SessionRecord(
    long Id,
    Guid Uid,
    LoopPlan Plan,
    SessionStatus Status,
    IReadOnlyList<StoredTurn> Turns,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    EngineState? State = null,
    LoopDebrief? Debrief = null)
{
    /// <summary>Whether every turn was kept whole (so nothing needs replaying to read it).</summary>
    public bool IsKept => State is not null && Turns.All(t => t.Kept is not null);
}

/// <summary>The mock loop sessions of one owner.</summary>
public interface ISessionStore
{
    /// <summary>Saves a new session for <paramref name="plan"/>, with the engine at its first line.</summary>
    SessionRecord Create(LoopPlan plan, EngineState state);

    /// <summary>
    /// Saves one answer, where the engine now stands, the debrief, the session's measures for progress and the new
    /// status, in one transaction; returns the session's new "updated at" as stored.
    /// </summary>
    DateTimeOffset SaveTurn(long id, Turn turn, EngineState state, LoopDebrief debrief, SessionStatus status, MeasuredSession? measured = null);

    /// <summary>Stores the measures of a session answered before schema 7 (measured once).</summary>
    void KeepMeasures(long id, MeasuredSession measured);

    /// <summary>
    /// The sessions practised so far (paused or finished with at least one answer) with their kept measures only:
    /// no turn, plan or debrief is read.
    /// </summary>
    IReadOnlyList<SessionMeasures> Measures();

    /// <summary>Stores the whole turns, state and debrief of a session saved by an older release (rebuilt once).</summary>
    void Keep(long id, IReadOnlyList<Turn> turns, EngineState state, LoopDebrief debrief);

    /// <summary>Sets the session's status.</summary>
    void SetStatus(long id, SessionStatus status);

    /// <summary>Keeps a new attempt at main question <paramref name="seq"/>, numbered after the earlier ones; the turn itself is untouched.</summary>
    StoredRetry AddRetry(long id, int seq, string answer, AnswerAnalysis analysis);

    /// <summary>Every new attempt made in the session, by question and attempt (none for someone else's session).</summary>
    IReadOnlyList<StoredRetry> Retries(long id);

    /// <summary>The session with this id; a not-found error when there is none (or it is someone else's).</summary>
    SessionRecord Get(long id);

    /// <summary>Every session, newest first.</summary>
    IReadOnlyList<SessionRecord> List();

    /// <summary>
    /// The sessions practised so far, newest first: those paused or finished with at least one answer, read whole.
    /// A running session's turns are not read: progress leaves it out.
    /// </summary>
    IReadOnlyList<SessionRecord> Practised();

    /// <summary>The newest sessions (at most <paramref name="limit"/>, all when null) without their turns: for lists.</summary>
    IReadOnlyList<SessionSummary> Summaries(int? limit = null);
}

/// <summary>
/// The mock loop sessions in SQLite. Every answer is saved in its own transaction the moment it is given, with
/// the whole turn, the engine's state and the debrief, so a quit or a crash loses nothing and reading a session
/// never re-runs it.
/// </summary>
public sealed class SessionStore(LoopCoachDatabase database, TimeProvider clock, Owner owner) : ISessionStore
{
    /// <summary>The local user's sessions.</summary>
    public SessionStore(LoopCoachDatabase database, TimeProvider clock)
        : this(database, clock, Owner.Local)
    {
    }

    /// <inheritdoc />
    public SessionRecord Create(LoopPlan plan, EngineState state)
    {
        var now = Timestamps.Now(clock);
        var id = database.InTransaction(tx =>
        {
            using var command = database.Command(tx, """
                INSERT INTO sessions (owner_id, uid, template, plan, status, state, created_at, updated_at)
                VALUES (@owner, @uid, @template, @plan, 'running', @state, @now, @now) RETURNING id
                """);
            command.AddParameter("@owner", owner.Id);
            command.AddParameter("@uid", Guid.NewGuid().ToString());
            command.AddParameter("@template", plan.Template);
            command.AddParameter("@plan", JsonSerializer.Serialize(plan, SessionJsonContext.Default.LoopPlan));
            command.AddParameter("@state", JsonSerializer.Serialize(state, SessionJsonContext.Default.EngineState));
            command.AddParameter("@now", Timestamps.Format(now));
            return (long)command.ExecuteScalar()!;
        });
        return Get(id);
    }

    /// <inheritdoc />
    public DateTimeOffset SaveTurn(long id, Turn turn, EngineState state, LoopDebrief debrief, SessionStatus status, MeasuredSession? measured = null)
    {
        try
        {
            return SaveTurnOnce(id, turn, state, debrief, status, measured);
        }
        catch (LoopCoachException e) when (e.InnerException is DbException { SqlState: "23505" })
        {
            // PostgreSQL: the other answer was being saved while this one looked; it waited for it and hit the turn's key.
            throw new LoopCoachException(ErrorKind.Conflict, "loop.answer-taken", [id], [], e);
        }
    }

    private DateTimeOffset SaveTurnOnce(long id, Turn turn, EngineState state, LoopDebrief debrief, SessionStatus status, MeasuredSession? measured) => database.InTransaction(tx =>
    {
        // Two answers to one question at once (two tabs, a double submit): the second finds the first saved and is
        // refused as a conflict, rather than failing on the turn's key as a database error.
        using (var taken = database.Command(tx, "SELECT COUNT(*) FROM session_turns WHERE session_id = @id AND seq >= @seq"))
        {
            taken.AddParameter("@id", id);
            taken.AddParameter("@seq", turn.Seq);
            if (Convert.ToInt64(taken.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                throw new LoopCoachException(ErrorKind.Conflict, "loop.answer-taken", id);
            }
        }

        InsertTurn(tx, id, turn);
        var updatedAt = UpdateSession(tx, id, status, state, debrief);
        if (measured is not null)
        {
            SetMeasures(tx, id, measured);
        }

        return updatedAt;
    });

    /// <inheritdoc />
    public void KeepMeasures(long id, MeasuredSession measured) => database.InTransaction(tx =>
    {
        SetMeasures(tx, id, measured);
        return 0;
    });

    /// <inheritdoc />
    public IReadOnlyList<SessionMeasures> Measures() => database.Read(() =>
    {
        // One row per session and no transcript: the cost grows with the number of sessions, not of answers.
        using var command = database.Command(null, """
            SELECT s.id, s.status, s.created_at, s.progress, (SELECT MAX(t.created_at) FROM session_turns t WHERE t.session_id = s.id) AS last_answer
            FROM sessions s
            WHERE s.owner_id = @owner AND s.status <> 'running' AND EXISTS (SELECT 1 FROM session_turns p WHERE p.session_id = s.id)
            ORDER BY s.id DESC
            """);
        command.AddParameter("@owner", owner.Id);
        using var rows = command.ExecuteReader();
        var measures = new List<SessionMeasures>();
        while (rows.Read())
        {
            measures.Add(new SessionMeasures(
                rows.GetInt64(0),
                Enum.Parse<SessionStatus>(rows.GetString(1), ignoreCase: true),
                Timestamps.Parse(rows.GetString(2)),
                Timestamps.Parse(rows.GetString(4)),
                rows.IsDBNull(3) ? null : JsonSerializer.Deserialize(rows.GetString(3), SessionJsonContext.Default.MeasuredSession)));
        }

        return measures;
    });

    /// <inheritdoc />
    public void Keep(long id, IReadOnlyList<Turn> turns, EngineState state, LoopDebrief debrief) => database.InTransaction(tx =>
    {
        foreach (var turn in turns)
        {
            using var command = database.Command(tx, "UPDATE session_turns SET data = @data WHERE session_id = @id AND seq = @seq");
            command.AddParameter("@data", JsonSerializer.Serialize(turn, SessionJsonContext.Default.Turn));
            command.AddParameter("@id", id);
            command.AddParameter("@seq", turn.Seq);
            command.ExecuteNonQuery();
        }

        using var session = database.Command(tx, "UPDATE sessions SET state = @state, debrief = @debrief WHERE id = @id AND owner_id = @owner");
        session.AddParameter("@state", JsonSerializer.Serialize(state, SessionJsonContext.Default.EngineState));
        session.AddParameter("@debrief", JsonSerializer.Serialize(debrief, SessionJsonContext.Default.LoopDebrief));
        session.AddParameter("@id", id);
        session.AddParameter("@owner", owner.Id);
        session.ExecuteNonQuery();
        return 0;
    });

    /// <inheritdoc />
    public void SetStatus(long id, SessionStatus status)
    {
        _ = Get(id);
        database.InTransaction(tx =>
        {
            UpdateSession(tx, id, status, null, null);
            return 0;
        });
    }

    /// <inheritdoc />
    public StoredRetry AddRetry(long id, int seq, string answer, AnswerAnalysis analysis)
    {
        _ = Get(id);
        var now = Timestamps.Now(clock);
        var attempt = database.InTransaction(tx =>
        {
            using var command = database.Command(tx, """
                INSERT INTO session_retries (session_id, seq, attempt, answer, analysis, created_at)
                SELECT @id, @seq, COALESCE(MAX(attempt), 0) + 1, @answer, @analysis, @now FROM session_retries WHERE session_id = @id AND seq = @seq
                RETURNING attempt
                """);
            command.AddParameter("@id", id);
            command.AddParameter("@seq", seq);
            command.AddParameter("@answer", answer);
            command.AddParameter("@analysis", JsonSerializer.Serialize(analysis, SessionJsonContext.Default.AnswerAnalysis));
            command.AddParameter("@now", Timestamps.Format(now));
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });
        return new StoredRetry(seq, attempt, answer, analysis, now);
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredRetry> Retries(long id)
    {
        return database.Read(() =>
        {
            // Joined to the session for its owner: someone else's session has no attempts to show, and the session
            // itself (read by the caller already) is not read again.
            using var command = database.Command(null, """
                SELECT r.seq, r.attempt, r.answer, r.analysis, r.created_at
                FROM session_retries r JOIN sessions s ON s.id = r.session_id
                WHERE r.session_id = @id AND s.owner_id = @owner
                ORDER BY r.seq, r.attempt
                """);
            command.AddParameter("@id", id);
            command.AddParameter("@owner", owner.Id);
            using var rows = command.ExecuteReader();
            var retries = new List<StoredRetry>();
            while (rows.Read())
            {
                retries.Add(new StoredRetry(
                    rows.GetInt32(0),
                    rows.GetInt32(1),
                    rows.GetString(2),
                    JsonSerializer.Deserialize(rows.GetString(3), SessionJsonContext.Default.AnswerAnalysis)!,
                    Timestamps.Parse(rows.GetString(4))));
            }

            return retries;
        });
    }

    /// <inheritdoc />
    public SessionRecord Get(long id) =>
        Query(id).FirstOrDefault() ?? throw new LoopCoachException(ErrorKind.NotFound, "loop.session-not-found", id);

    /// <inheritdoc />
    public IReadOnlyList<SessionRecord> List() => Query(null);

    /// <inheritdoc />
    public IReadOnlyList<SessionRecord> Practised() => Query(null, practised: true);

    /// <inheritdoc/>
    public IReadOnlyList<SessionSummary> Summaries(int? limit = null) => database.Read(() =>
    {
        // One query, no turn data read: a list of a thousand sessions costs what a list of ten does.
        using var command = database.Command(null, """
            SELECT s.id, s.plan, s.status, s.created_at, s.updated_at, CAST((SELECT COUNT(*) FROM session_turns t WHERE t.session_id = s.id) AS INTEGER)
            FROM sessions s WHERE s.owner_id = @owner ORDER BY s.id DESC LIMIT @limit
            """);
        Bind(command, null);
        command.AddParameter("@limit", limit ?? int.MaxValue); // no LIMIT -1 or NULL: each database reads one of them otherwise
        using var rows = command.ExecuteReader();
        var summaries = new List<SessionSummary>();
        while (rows.Read())
        {
            summaries.Add(new SessionSummary(
                rows.GetInt64(0),
                JsonSerializer.Deserialize(rows.GetString(1), SessionJsonContext.Default.LoopPlan)!,
                Enum.Parse<SessionStatus>(rows.GetString(2), ignoreCase: true),
                rows.GetInt32(5),
                Timestamps.Parse(rows.GetString(3)),
                Timestamps.Parse(rows.GetString(4))));
        }

        return summaries;
    });

    private List<SessionRecord> Query(long? id, bool practised = false) => database.Read(() =>
    {
        var oneSession = (id is null ? "" : "AND s.id = @id")
            + (practised ? " AND s.status <> 'running' AND EXISTS (SELECT 1 FROM session_turns p WHERE p.session_id = s.id)" : "");
        // Two queries whatever the number of sessions: the sessions, then all their turns.
        var turns = new Dictionary<long, List<StoredTurn>>();
        using (var command = database.Command(null, $"""
            SELECT t.session_id, t.seq, t.interviewer, t.kind, t.question, t.question_id, t.competency, t.gap, t.answer, t.created_at, t.data
            FROM session_turns t JOIN sessions s ON s.id = t.session_id
            WHERE s.owner_id = @owner {oneSession}
            ORDER BY t.session_id, t.seq
            """))
        {
            Bind(command, id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var sessionId = reader.GetInt64(0);
                if (!turns.TryGetValue(sessionId, out var list))
                {
                    turns[sessionId] = list = [];
                }

                list.Add(new StoredTurn(
                    reader.GetInt32(1),
                    reader.GetInt32(2),
                    Enum.Parse<TurnKind>(reader.GetString(3), ignoreCase: true),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.GetString(8),
                    Timestamps.Parse(reader.GetString(9)),
                    reader.IsDBNull(10) ? null : JsonSerializer.Deserialize(reader.GetString(10), SessionJsonContext.Default.Turn)));
            }
        }

        using var sessions = database.Command(null, $"SELECT s.id, s.uid, s.plan, s.status, s.created_at, s.updated_at, s.state, s.debrief FROM sessions s WHERE s.owner_id = @owner {oneSession} ORDER BY s.id DESC");
        Bind(sessions, id);
        using var rows = sessions.ExecuteReader();
        var records = new List<SessionRecord>();
        while (rows.Read())
        {
            var sessionId = rows.GetInt64(0);
            records.Add(new SessionRecord(
                sessionId,
                Guid.Parse(rows.GetString(1)),
                JsonSerializer.Deserialize(rows.GetString(2), SessionJsonContext.Default.LoopPlan)!,
                Enum.Parse<SessionStatus>(rows.GetString(3), ignoreCase: true),
                turns.TryGetValue(sessionId, out var own) ? own : [],
                Timestamps.Parse(rows.GetString(4)),
                Timestamps.Parse(rows.GetString(5)),
                rows.IsDBNull(6) ? null : JsonSerializer.Deserialize(rows.GetString(6), SessionJsonContext.Default.EngineState),
                rows.IsDBNull(7) ? null : JsonSerializer.Deserialize(rows.GetString(7), SessionJsonContext.Default.LoopDebrief)));
        }

        return records;
    });

    private void Bind(DbCommand command, long? id)
    {
        command.AddParameter("@owner", owner.Id);
        if (id is not null)
        {
            command.AddParameter("@id", id.Value);
        }
    }

    private void InsertTurn(DbTransaction tx, long id, Turn turn)
    {
        using var insert = database.Command(tx, """
            INSERT INTO session_turns (session_id, seq, interviewer, kind, question, question_id, competency, gap, answer, created_at, data)
            VALUES (@id, @seq, @interviewer, @kind, @question, @questionId, @competency, @gap, @answer, @now, @data)
            """);
        insert.AddParameter("@id", id);
        insert.AddParameter("@seq", turn.Seq);
        insert.AddParameter("@interviewer", turn.Prompt.Interviewer);
        insert.AddParameter("@kind", turn.Prompt.Kind.ToString().ToLowerInvariant());
        insert.AddParameter("@question", turn.Prompt.Text);
        insert.AddParameter("@questionId", (object?)turn.Prompt.QuestionId ?? DBNull.Value);
        insert.AddParameter("@competency", (object?)turn.Prompt.Competency ?? DBNull.Value);
        insert.AddParameter("@gap", (object?)turn.Prompt.Gap ?? DBNull.Value);
        insert.AddParameter("@answer", turn.Answer);
        insert.AddParameter("@now", Timestamps.Format(Timestamps.Now(clock)));
        insert.AddParameter("@data", JsonSerializer.Serialize(turn, SessionJsonContext.Default.Turn));
        insert.ExecuteNonQuery();
    }

    private void SetMeasures(DbTransaction tx, long id, MeasuredSession measured)
    {
        using var command = database.Command(tx, "UPDATE sessions SET progress = @progress WHERE id = @id AND owner_id = @owner");
        command.AddParameter("@progress", JsonSerializer.Serialize(measured, SessionJsonContext.Default.MeasuredSession));
        command.AddParameter("@id", id);
        command.AddParameter("@owner", owner.Id);
        command.ExecuteNonQuery();
    }

    private DateTimeOffset UpdateSession(DbTransaction tx, long id, SessionStatus status, EngineState? state, LoopDebrief? debrief)
    {
        var now = Timestamps.Now(clock);
        using var command = database.Command(tx, """
            UPDATE sessions SET status = @status, updated_at = @now,
                state = coalesce(@state, state), debrief = coalesce(@debrief, debrief)
            WHERE id = @id AND owner_id = @owner
            """);
        command.AddParameter("@status", status.ToString().ToLowerInvariant());
        command.AddParameter("@now", Timestamps.Format(now));
        command.AddParameter("@state", state is null ? DBNull.Value : JsonSerializer.Serialize(state, SessionJsonContext.Default.EngineState));
        command.AddParameter("@debrief", debrief is null ? DBNull.Value : JsonSerializer.Serialize(debrief, SessionJsonContext.Default.LoopDebrief));
        command.AddParameter("@id", id);
        command.AddParameter("@owner", owner.Id);
        command.ExecuteNonQuery();
        return now;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoopPlan))]
[JsonSerializable(typeof(Turn))]
[JsonSerializable(typeof(EngineState))]
[JsonSerializable(typeof(LoopDebrief))]
[JsonSerializable(typeof(MeasuredSession))]
[JsonSerializable(typeof(AnswerAnalysis))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
