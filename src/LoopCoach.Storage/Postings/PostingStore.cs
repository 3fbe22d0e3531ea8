using LoopCoach.Core.Errors;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Postings;

/// <summary>A saved posting: its text as pasted (the analysis is recomputed from it, so it improves with LoopCoach).</summary>
public sealed record StoredPosting(long Id, Guid Uid, string Title, string Company, string Text, DateTimeOffset CreatedAt);

/// <summary>The postings the candidate has analysed.</summary>
public sealed class PostingStore(LoopCoachDatabase database, TimeProvider clock)
{
    /// <summary>Saves a posting's text with the title and company found in it.</summary>
    public StoredPosting Add(string title, string company, string text) => Get(database.InTransaction(tx =>
    {
        using var command = database.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO postings (uid, title, company, text, created_at) VALUES ($uid, $title, $company, $text, $now) RETURNING id";
        command.Parameters.AddWithValue("$uid", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$company", company);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$now", Timestamps.Format(Timestamps.Now(clock)));
        return (long)command.ExecuteScalar()!;
    }));

    /// <summary>The posting with this id; a not-found error when there is none.</summary>
    public StoredPosting Get(long id) =>
        Query("WHERE id = $id", id).FirstOrDefault() ?? throw new LoopCoachException(ErrorKind.NotFound, "posting.not-found", id);

    /// <summary>Every posting, newest first.</summary>
    public IReadOnlyList<StoredPosting> List() => Query("", null);

    private List<StoredPosting> Query(string where, long? id) => database.Read(() =>
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = $"SELECT id, uid, title, company, text, created_at FROM postings {where} ORDER BY id DESC";
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id.Value);
        }

        using var reader = command.ExecuteReader();
        var postings = new List<StoredPosting>();
        while (reader.Read())
        {
            postings.Add(new StoredPosting(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), Timestamps.Parse(reader.GetString(5))));
        }

        return postings;
    });
}
