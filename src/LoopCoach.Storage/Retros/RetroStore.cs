using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Retros;

/// <summary>A saved retrospective.</summary>
public sealed record StoredRetro(long Id, Guid Uid, Retrospective Retro, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A question asked in a real interview, with how often it has come up.</summary>
public sealed record SeenQuestion(long Id, string Text, string Language, string? Competency, int Times, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>
/// Retrospectives of real interviews, and the questions they record: every question joins the seen-question
/// bank (counted when it comes up again), so that the next plan practises what real interviewers ask.
/// </summary>
public sealed class RetroStore(LoopCoachDatabase database, TimeProvider clock)
{
    /// <summary>Saves a retrospective and adds its questions to the seen-question bank, in one transaction.</summary>
    public StoredRetro Add(Retrospective retro) => Get(database.InTransaction(tx =>
    {
        var now = Timestamps.Format(Timestamps.Now(clock));
        using var command = Command(tx, "INSERT INTO retros (uid, company, position, held_on, data, created_at, updated_at) VALUES ($uid, $company, $position, $held, $data, $now, $now) RETURNING id");
        command.Parameters.AddWithValue("$uid", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$company", retro.Company);
        command.Parameters.AddWithValue("$position", retro.Position);
        command.Parameters.AddWithValue("$held", retro.HeldOn is { } held ? held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(retro, RetroJsonContext.Default.Retrospective));
        command.Parameters.AddWithValue("$now", now);
        var id = (long)command.ExecuteScalar()!;
        foreach (var question in retro.Rounds.SelectMany(r => r.Questions))
        {
            using var seen = Command(tx, """
                INSERT INTO seen_questions (text, language, competency, times, first_seen, last_seen, last_retro)
                VALUES ($text, $language, $competency, 1, $now, $now, $retro)
                ON CONFLICT(text) DO UPDATE SET times = times + 1, last_seen = $now, last_retro = $retro
                """);
            seen.Parameters.AddWithValue("$text", question.Text);
            seen.Parameters.AddWithValue("$language", TextSegmenter.DetectLanguage(question.Text) == AnswerLanguage.En ? "en" : "ko");
            seen.Parameters.AddWithValue("$competency", (object?)question.Competency ?? DBNull.Value);
            seen.Parameters.AddWithValue("$now", now);
            seen.Parameters.AddWithValue("$retro", id);
            seen.ExecuteNonQuery();
        }

        return id;
    }));

    /// <summary>The retrospective with this id; a not-found error when there is none.</summary>
    public StoredRetro Get(long id) =>
        Query("WHERE id = $id", id).FirstOrDefault() ?? throw new LoopCoachException(ErrorKind.NotFound, "retro.not-found", id);

    /// <summary>Every retrospective, newest first.</summary>
    public IReadOnlyList<StoredRetro> List() => Query("", null);

    /// <summary>The questions seen in real interviews, the most frequent first.</summary>
    public IReadOnlyList<SeenQuestion> SeenQuestions() => database.Read(() =>
    {
        using var command = Command(null, "SELECT id, text, language, competency, times, first_seen, last_seen FROM seen_questions ORDER BY times DESC, last_seen DESC, id");
        using var reader = command.ExecuteReader();
        var questions = new List<SeenQuestion>();
        while (reader.Read())
        {
            questions.Add(new SeenQuestion(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4), Timestamps.Parse(reader.GetString(5)), Timestamps.Parse(reader.GetString(6))));
        }

        return questions;
    });

    private List<StoredRetro> Query(string where, long? id) => database.Read(() =>
    {
        using var command = Command(null, $"SELECT id, uid, data, created_at, updated_at FROM retros {where} ORDER BY id DESC");
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id.Value);
        }

        using var reader = command.ExecuteReader();
        var retros = new List<StoredRetro>();
        while (reader.Read())
        {
            retros.Add(new StoredRetro(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), JsonSerializer.Deserialize(reader.GetString(2), RetroJsonContext.Default.Retrospective)!, Timestamps.Parse(reader.GetString(3)), Timestamps.Parse(reader.GetString(4))));
        }

        return retros;
    });

    private SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var command = database.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Retrospective))]
internal sealed partial class RetroJsonContext : JsonSerializerContext;
