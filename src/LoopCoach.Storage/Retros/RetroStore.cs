using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Retros;

/// <summary>A saved retrospective.</summary>
public sealed record StoredRetro(long Id, Guid Uid, Retrospective Retro, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A question asked in a real interview, with how often it has come up.</summary>
public sealed record SeenQuestion(long Id, string Text, string Language, string? Competency, int Times, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>
/// One owner's retrospectives of real interviews, and the questions they record: every question joins the
/// owner's seen-question bank (counted when it comes up again), so that the next plan practises what real
/// interviewers ask.
/// </summary>
public interface IRetroStore
{
    /// <summary>Saves a retrospective and adds its questions to the seen-question bank, in one transaction.</summary>
    StoredRetro Add(Retrospective retro);

    /// <summary>The retrospective with this id; a not-found error when there is none (or it is someone else's).</summary>
    StoredRetro Get(long id);

    /// <summary>Every retrospective, newest first.</summary>
    IReadOnlyList<StoredRetro> List();

    /// <summary>The questions seen in real interviews, the most frequent first.</summary>
    IReadOnlyList<SeenQuestion> SeenQuestions();
}

/// <summary>The retrospectives and seen questions in SQLite.</summary>
public sealed class RetroStore(LoopCoachDatabase database, TimeProvider clock, Owner owner) : IRetroStore
{
    /// <summary>The local user's retrospectives.</summary>
    public RetroStore(LoopCoachDatabase database, TimeProvider clock)
        : this(database, clock, Owner.Local)
    {
    }

    /// <inheritdoc />
    public StoredRetro Add(Retrospective retro) => Get(database.InTransaction(tx =>
    {
        var now = Timestamps.Format(Timestamps.Now(clock));
        using var command = Command(tx, "INSERT INTO retros (owner_id, uid, company, position, held_on, data, created_at, updated_at) VALUES (@owner, @uid, @company, @position, @held, @data, @now, @now) RETURNING id");
        command.AddParameter("@owner", owner.Id);
        command.AddParameter("@uid", Guid.NewGuid().ToString());
        command.AddParameter("@company", retro.Company);
        command.AddParameter("@position", retro.Position);
        command.AddParameter("@held", retro.HeldOn is { } held ? held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        command.AddParameter("@data", JsonSerializer.Serialize(retro, RetroJsonContext.Default.Retrospective));
        command.AddParameter("@now", now);
        var id = (long)command.ExecuteScalar()!;
        foreach (var question in retro.Rounds.SelectMany(r => r.Questions))
        {
            using var seen = Command(tx, """
                INSERT INTO seen_questions (owner_id, text, language, competency, times, first_seen, last_seen, last_retro)
                VALUES (@owner, @text, @language, @competency, 1, @now, @now, @retro)
                ON CONFLICT(owner_id, text) DO UPDATE SET times = seen_questions.times + 1, last_seen = @now, last_retro = @retro
                """);
            seen.AddParameter("@owner", owner.Id);
            seen.AddParameter("@text", question.Text);
            seen.AddParameter("@language", TextSegmenter.DetectLanguage(question.Text) == AnswerLanguage.En ? "en" : "ko");
            seen.AddParameter("@competency", (object?)question.Competency ?? DBNull.Value);
            seen.AddParameter("@now", now);
            seen.AddParameter("@retro", id);
            seen.ExecuteNonQuery();
        }

        return id;
    }));

    /// <inheritdoc />
    public StoredRetro Get(long id) =>
        Query(id).FirstOrDefault() ?? throw new LoopCoachException(ErrorKind.NotFound, "retro.not-found", id);

    /// <inheritdoc />
    public IReadOnlyList<StoredRetro> List() => Query(null);

    /// <inheritdoc />
    public IReadOnlyList<SeenQuestion> SeenQuestions() => database.Read(() =>
    {
        using var command = Command(null, "SELECT id, text, language, competency, times, first_seen, last_seen FROM seen_questions WHERE owner_id = @owner ORDER BY times DESC, last_seen DESC, id");
        command.AddParameter("@owner", owner.Id);
        using var reader = command.ExecuteReader();
        var questions = new List<SeenQuestion>();
        while (reader.Read())
        {
            questions.Add(new SeenQuestion(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4), Timestamps.Parse(reader.GetString(5)), Timestamps.Parse(reader.GetString(6))));
        }

        return questions;
    });

    private List<StoredRetro> Query(long? id) => database.Read(() =>
    {
        using var command = Command(null, $"SELECT id, uid, data, created_at, updated_at FROM retros WHERE owner_id = @owner {(id is null ? "" : "AND id = @id")} ORDER BY id DESC");
        command.AddParameter("@owner", owner.Id);
        if (id is not null)
        {
            command.AddParameter("@id", id.Value);
        }

        using var reader = command.ExecuteReader();
        var retros = new List<StoredRetro>();
        while (reader.Read())
        {
            retros.Add(new StoredRetro(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), JsonSerializer.Deserialize(reader.GetString(2), RetroJsonContext.Default.Retrospective)!, Timestamps.Parse(reader.GetString(3)), Timestamps.Parse(reader.GetString(4))));
        }

        return retros;
    });

    private DbCommand Command(DbTransaction? tx, string sql) => database.Command(tx, sql);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Retrospective))]
internal sealed partial class RetroJsonContext : JsonSerializerContext;
