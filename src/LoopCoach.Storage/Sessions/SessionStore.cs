using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using LoopCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;

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
public sealed record StoredTurn(int Seq, int Interviewer, TurnKind Kind, string Question, string? QuestionId, string? Competency, string? Gap, string Answer, DateTimeOffset SavedAt);

/// <summary>A stored session: its plan, its answers so far, and its status.</summary>
public sealed record SessionRecord(long Id, Guid Uid, LoopPlan Plan, SessionStatus Status, IReadOnlyList<StoredTurn> Turns, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// The mock loop sessions. Every answer is saved in its own transaction the moment it is given, so a quit or a
/// crash loses nothing; the engine is deterministic, so replaying the saved answers over the plan resumes it.
/// </summary>
public sealed class SessionStore(LoopCoachDatabase database, TimeProvider clock)
{
    /// <summary>Saves a new session for <paramref name="plan"/>.</summary>
    public SessionRecord Create(LoopPlan plan)
    {
        var now = Timestamps.Now(clock);
        var id = database.InTransaction(tx =>
        {
            using var command = Command(tx, "INSERT INTO sessions (uid, template, plan, status, created_at, updated_at) VALUES ($uid, $template, $plan, 'running', $now, $now) RETURNING id");
            command.Parameters.AddWithValue("$uid", Guid.NewGuid().ToString());
            command.Parameters.AddWithValue("$template", plan.Template);
            command.Parameters.AddWithValue("$plan", JsonSerializer.Serialize(plan, SessionJsonContext.Default.LoopPlan));
            command.Parameters.AddWithValue("$now", Timestamps.Format(now));
            return (long)command.ExecuteScalar()!;
        });
        return Get(id);
    }

    /// <summary>Saves one answer, and the session's new status, in one transaction.</summary>
    public void SaveTurn(long id, Turn turn, SessionStatus status) => database.InTransaction(tx =>
    {
        using var insert = Command(tx, """
            INSERT INTO session_turns (session_id, seq, interviewer, kind, question, question_id, competency, gap, answer, created_at)
            VALUES ($id, $seq, $interviewer, $kind, $question, $questionId, $competency, $gap, $answer, $now)
            """);
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$seq", turn.Seq);
        insert.Parameters.AddWithValue("$interviewer", turn.Prompt.Interviewer);
        insert.Parameters.AddWithValue("$kind", turn.Prompt.Kind.ToString().ToLowerInvariant());
        insert.Parameters.AddWithValue("$question", turn.Prompt.Text);
        insert.Parameters.AddWithValue("$questionId", (object?)turn.Prompt.QuestionId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$competency", (object?)turn.Prompt.Competency ?? DBNull.Value);
        insert.Parameters.AddWithValue("$gap", (object?)turn.Prompt.Gap ?? DBNull.Value);
        insert.Parameters.AddWithValue("$answer", turn.Answer);
        insert.Parameters.AddWithValue("$now", Timestamps.Format(Timestamps.Now(clock)));
        insert.ExecuteNonQuery();
        UpdateStatus(tx, id, status);
        return 0;
    });

    /// <summary>Sets the session's status.</summary>
    public void SetStatus(long id, SessionStatus status)
    {
        _ = Get(id);
        database.InTransaction(tx =>
        {
            UpdateStatus(tx, id, status);
            return 0;
        });
    }

    /// <summary>The session with this id; a not-found error when there is none.</summary>
    public SessionRecord Get(long id) => database.Read(() =>
    {
        using var command = Command(null, "SELECT id, uid, plan, status, created_at, updated_at FROM sessions WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new LoopCoachException(ErrorKind.NotFound, "loop.session-not-found", id);
        }

        var plan = JsonSerializer.Deserialize(reader.GetString(2), SessionJsonContext.Default.LoopPlan)!;
        return new SessionRecord(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), plan, ParseStatus(reader.GetString(3)), Turns(id), Timestamps.Parse(reader.GetString(4)), Timestamps.Parse(reader.GetString(5)));
    });

    /// <summary>Every session, newest first.</summary>
    public IReadOnlyList<SessionRecord> List() => database.Read(() =>
    {
        using var command = Command(null, "SELECT id FROM sessions ORDER BY id DESC");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.Select(Get).ToList();
    });

    private List<StoredTurn> Turns(long id)
    {
        using var command = Command(null, "SELECT seq, interviewer, kind, question, question_id, competency, gap, answer, created_at FROM session_turns WHERE session_id = $id ORDER BY seq");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var turns = new List<StoredTurn>();
        while (reader.Read())
        {
            turns.Add(new StoredTurn(
                reader.GetInt32(0),
                reader.GetInt32(1),
                Enum.Parse<TurnKind>(reader.GetString(2), ignoreCase: true),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                Timestamps.Parse(reader.GetString(8))));
        }

        return turns;
    }

    private void UpdateStatus(SqliteTransaction tx, long id, SessionStatus status)
    {
        using var command = Command(tx, "UPDATE sessions SET status = $status, updated_at = $now WHERE id = $id");
        command.Parameters.AddWithValue("$status", status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$now", Timestamps.Format(Timestamps.Now(clock)));
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var command = database.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static SessionStatus ParseStatus(string value) => Enum.Parse<SessionStatus>(value, ignoreCase: true);



}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoopPlan))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
