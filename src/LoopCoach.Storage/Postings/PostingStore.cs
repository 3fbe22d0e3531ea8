using System.Data.Common;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Postings;

/// <summary>A saved posting: its text as pasted (the analysis is recomputed from it, so it improves with LoopCoach).</summary>
public sealed record StoredPosting(long Id, Guid Uid, string Title, string Company, string Text, DateTimeOffset CreatedAt);

/// <summary>The postings one owner has analysed.</summary>
public interface IPostingStore
{
    /// <summary>Saves a posting's text with the title and company found in it.</summary>
    StoredPosting Add(string title, string company, string text);

    /// <summary>The posting with this id; a not-found error when there is none (or it is someone else's).</summary>
    StoredPosting Get(long id);

    /// <summary>Every posting, newest first.</summary>
    IReadOnlyList<StoredPosting> List();
}

/// <summary>The postings in SQLite.</summary>
public sealed class PostingStore(LoopCoachDatabase database, TimeProvider clock, Owner owner) : IPostingStore
{
    /// <summary>The local user's postings.</summary>
    public PostingStore(LoopCoachDatabase database, TimeProvider clock)
        : this(database, clock, Owner.Local)
    {
    }

    /// <inheritdoc />
    public StoredPosting Add(string title, string company, string text) => Get(database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "INSERT INTO postings (owner_id, uid, title, company, text, created_at) VALUES (@owner, @uid, @title, @company, @text, @now) RETURNING id");
        command.AddParameter("@owner", owner.Id);
        command.AddParameter("@uid", Guid.NewGuid().ToString());
        command.AddParameter("@title", title);
        command.AddParameter("@company", company);
        command.AddParameter("@text", text);
        command.AddParameter("@now", Timestamps.Format(Timestamps.Now(clock)));
        return (long)command.ExecuteScalar()!;
    }));

    /// <inheritdoc />
    public StoredPosting Get(long id) =>
        Query(id).FirstOrDefault() ?? throw new LoopCoachException(ErrorKind.NotFound, "posting.not-found", id);

    /// <inheritdoc />
    public IReadOnlyList<StoredPosting> List() => Query(null);

    private List<StoredPosting> Query(long? id) => database.Read(() =>
    {
        using var command = database.Command(null, $"SELECT id, uid, title, company, text, created_at FROM postings WHERE owner_id = @owner {(id is null ? "" : "AND id = @id")} ORDER BY id DESC");
        command.AddParameter("@owner", owner.Id);
        if (id is not null)
        {
            command.AddParameter("@id", id.Value);
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
