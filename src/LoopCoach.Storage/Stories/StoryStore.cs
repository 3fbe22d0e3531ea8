using System.Data.Common;
using System.Text.Json;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Stories;

/// <summary>What listing stories should include.</summary>
public sealed record StoryFilter
{
    /// <summary>Include deleted stories.</summary>
    public bool IncludeDeleted { get; init; }

    /// <summary>Only stories with this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Only stories showing this competency (or one it is related to).</summary>
    public string? Competency { get; init; }
}

/// <summary>The result of an edit: the story as it now is, and whether anything changed.</summary>
public sealed record StoryEdit(StoredStory Story, bool Changed);

/// <summary>One owner's story bank.</summary>
public interface IStoryStore
{
    /// <summary>Validates and saves a new story as version 1.</summary>
    StoredStory Add(StoryContent content);

    /// <summary>The story with this id (deleted ones too); a not-found error when there is none (or it is someone else's).</summary>
    StoredStory Get(long id);

    /// <summary>The stories matching <paramref name="filter"/>, by id.</summary>
    IReadOnlyList<StoredStory> List(StoryFilter? filter = null);

    /// <summary>Applies <paramref name="change"/> to the current content and saves the result as a new version, unless it is the same.</summary>
    StoryEdit Edit(long id, Func<StoryContent, StoryContent> change);

    /// <summary>Every version of the story, oldest first.</summary>
    IReadOnlyList<StoryVersion> History(long id);

    /// <summary>Saves version <paramref name="version"/>'s content as a new version.</summary>
    StoryEdit Restore(long id, int version);

    /// <summary>Moves the story to the recycle bin.</summary>
    StoredStory Delete(long id);

    /// <summary>Brings a deleted story back.</summary>
    StoredStory Undelete(long id);

    /// <summary>
    /// Removes a story in the recycle bin for good, with every version; returns it as it was. A story not in the bin is
    /// refused: only what the candidate first deleted can be destroyed.
    /// </summary>
    StoredStory Purge(long id);

    /// <summary>The whole bank with every version, deleted stories included: a lossless export.</summary>
    StoryBankDocument Export();

    /// <summary>Imports an export file in one transaction; nothing is written unless every story is valid.</summary>
    ImportReport Import(StoryBankDocument document);
}

/// <summary>
/// The candidate's story bank in SQLite. Every write is one transaction; every content change saves a version, and
/// deleting only marks the story, so nothing the candidate wrote is ever lost.
/// </summary>
public sealed class StoryStore : IStoryStore
{
    private const string Columns =
        "id, uid, version, title, situation, task, action, result, lesson, happened, role, metrics, tags, competencies, created_at, updated_at, deleted_at";

    private readonly LoopCoachDatabase _database;
    private readonly FrameworkCatalog _frameworks;
    private readonly TimeProvider _clock;
    private readonly Owner _owner;

    /// <summary>
    /// Creates the store of <paramref name="owner"/> (the local user when null) over an open database;
    /// <paramref name="frameworks"/> decides which competency ids are valid.
    /// </summary>
    public StoryStore(LoopCoachDatabase database, FrameworkCatalog frameworks, TimeProvider clock, Owner? owner = null)
    {
        _database = database;
        _frameworks = frameworks;
        _clock = clock;
        _owner = owner ?? Owner.Local;
    }

    /// <summary>Validates and saves a new story as version 1.</summary>
    public StoredStory Add(StoryContent content)
    {
        content = Validated(content);
        var now = Timestamps.Now(_clock);
        return _database.InTransaction(tx =>
        {
            var id = Insert(tx, null, Guid.NewGuid(), 1, content, now, now, null);
            InsertVersion(tx, id, new StoryVersion(1, now, StoryChange.Created, content));
            return Load(tx, id);
        });
    }

    /// <summary>The story with this id (deleted ones too); a not-found error when there is none.</summary>
    public StoredStory Get(long id) => _database.Read(() => Find(null, id) ?? throw NotFound(id));

    /// <summary>The stories matching <paramref name="filter"/>, by id.</summary>
    public IReadOnlyList<StoredStory> List(StoryFilter? filter = null)
    {
        filter ??= new StoryFilter();
        var wanted = filter.Competency is null ? null : _frameworks.Expand(filter.Competency.Trim().ToLowerInvariant());
        var tag = filter.Tag?.Trim().ToLowerInvariant();
        return _database.Read(() => Query(null, $"SELECT {Columns} FROM stories WHERE owner_id = @owner ORDER BY id", _ => { }))
            .Where(s => filter.IncludeDeleted || !s.IsDeleted)
            .Where(s => tag is null || s.Content.Tags.Contains(tag))
            .Where(s => wanted is null || s.Content.Competencies.Any(wanted.Contains))
            .ToList();
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current content and saves the result as a new version, unless
    /// it is the same. A deleted story must be undeleted before it is edited.
    /// </summary>
    public StoryEdit Edit(long id, Func<StoryContent, StoryContent> change) =>
        Save(id, current => change(current.Content), StoryChange.Edited);

    /// <summary>Every version of the story, oldest first.</summary>
    public IReadOnlyList<StoryVersion> History(long id) => _database.Read(() =>
    {
        _ = Find(null, id) ?? throw NotFound(id);
        return Versions(null, id);
    });

    /// <summary>Saves version <paramref name="version"/>'s content as a new version; the history keeps everything.</summary>
    public StoryEdit Restore(long id, int version) => Save(
        id,
        _ => (Versions(null, id).FirstOrDefault(v => v.Version == version)
              ?? throw new LoopCoachException(ErrorKind.NotFound, "story.version-not-found", id, version)).Content,
        StoryChange.Restored);

    /// <summary>Moves the story to the recycle bin; <see cref="Undelete"/> brings it back.</summary>
    public StoredStory Delete(long id) => SetDeleted(id, deleted: true);

    /// <summary>Brings a deleted story back.</summary>
    public StoredStory Undelete(long id) => SetDeleted(id, deleted: false);

    /// <inheritdoc />
    public StoredStory Purge(long id) => _database.InTransaction(tx =>
    {
        var story = Load(tx, id);
        if (!story.IsDeleted)
        {
            throw new LoopCoachException(ErrorKind.Conflict, "story.purge-not-deleted", id);
        }

        using (var versions = Command(tx, "DELETE FROM story_versions WHERE story_id = @id AND story_id IN (SELECT id FROM stories WHERE owner_id = @owner)"))
        {
            versions.AddParameter("@id", id);
            versions.ExecuteNonQuery();
        }

        using var row = Command(tx, "DELETE FROM stories WHERE id = @id AND owner_id = @owner AND deleted_at IS NOT NULL");
        row.AddParameter("@id", id);
        row.ExecuteNonQuery();
        return story;
    });

    /// <summary>The whole bank with every version, deleted stories included: a lossless export.</summary>
    public StoryBankDocument Export() => _database.Snapshot(tx => ExportIn(tx, Timestamps.Now(_clock)));

    /// <summary>The export as <paramref name="tx"/> sees the bank: a whole-bank export reads it in its own snapshot.</summary>
    internal StoryBankDocument ExportIn(DbTransaction tx, DateTimeOffset exportedAt)
    {
        // Two queries for the whole bank, not one more for each story's history.
        var stories = Query(tx, $"SELECT {Columns} FROM stories WHERE owner_id = @owner ORDER BY id", _ => { });
        var versions = AllVersions(tx);
        return new()
        {
            ExportedAt = exportedAt,
            Stories = [.. stories.Select(s => StoryDocument.From(s, versions.TryGetValue(s.Id, out var history) ? history : []))],
        };
    }

    /// <summary>
    /// Imports an export file in one transaction. A story whose uid is new is added with its history, dates and
    /// deletion state (keeping its id when that id is free). A story already in the bank is left alone when its
    /// content is the same, and otherwise gets the imported content as a new version, so no text is lost.
    /// </summary>
    public ImportReport Import(StoryBankDocument document)
    {
        var problems = StoryImport.Check(document, _frameworks, YearMonth.Of(Timestamps.Now(_clock)));
        LoopCoachException.ThrowIfAny(problems, "import.invalid");
        return _database.InTransaction(tx => ImportIn(tx, document));
    }

    /// <summary>The import of a checked document inside <paramref name="tx"/>: a whole-bank import runs it in its own transaction.</summary>
    internal ImportReport ImportIn(DbTransaction tx, StoryBankDocument document)
    {
        var now = Timestamps.Now(_clock);
        {
            var report = new ImportReport();
            foreach (var story in document.Stories)
            {
                var content = StoryRules.Normalize(story.ToContent());
                // Found by its uid, or by the uid its copy got when this file was taken in before (see Owner.CopyOf).
                var existing = Query(tx, $"SELECT {Columns} FROM stories WHERE owner_id = @owner AND uid IN (@uid, @copy) ORDER BY id", c => c.AddParameter("@uid", story.Uid.ToString()).AddParameter("@copy", _owner.CopyOf(story.Uid).ToString())).FirstOrDefault();
                if (existing is null)
                {
                    var idFree = story.Id > 0 && !Taken(tx, "id", story.Id);
                    // A uid is unique across every owner: another owner's copy of the same export keeps its own.
                    var uid = Taken(tx, "uid", story.Uid.ToString()) ? _owner.CopyOf(story.Uid) : story.Uid;
                    var history = story.History is { Count: > 0 } h
                        ? h.Select(v => v.ToVersion() with { Content = StoryRules.Normalize(v.Story) }).ToList()
                        : [new StoryVersion(story.Version, story.UpdatedAt, StoryChange.Imported, content)];
                    var id = Insert(tx, idFree ? story.Id : null, uid, history[^1].Version, content, story.CreatedAt, story.UpdatedAt, story.DeletedAt);
                    foreach (var version in history)
                    {
                        InsertVersion(tx, id, version);
                    }

                    report.Added.Add(id);
                }
                else if (existing.Content.SameAs(content))
                {
                    report.Unchanged.Add(existing.Id);
                }
                else
                {
                    var version = existing.Version + 1;
                    Update(tx, existing.Id, version, content, now);
                    InsertVersion(tx, existing.Id, new StoryVersion(version, now, StoryChange.Imported, content));
                    report.Updated.Add(existing.Id);
                }
            }

            return report;
        }
    }

    private StoryEdit Save(long id, Func<StoredStory, StoryContent> change, StoryChange kind)
    {
        var current = Get(id);
        if (current.IsDeleted)
        {
            throw new LoopCoachException(ErrorKind.Conflict, "story.is-deleted", id);
        }

        var content = Validated(change(current));
        if (content.SameAs(current.Content))
        {
            return new StoryEdit(current, Changed: false);
        }

        var now = Timestamps.Now(_clock);
        return _database.InTransaction(tx =>
        {
            // The version is numbered inside the write transaction: another process may have saved one since
            // `current` was read, and both edits must land, in order.
            var latest = Load(tx, id);
            if (latest.IsDeleted)
            {
                throw new LoopCoachException(ErrorKind.Conflict, "story.is-deleted", id);
            }

            if (content.SameAs(latest.Content))
            {
                return new StoryEdit(latest, Changed: false);
            }

            var version = latest.Version + 1;
            Update(tx, id, version, content, now);
            InsertVersion(tx, id, new StoryVersion(version, now, kind, content));
            return new StoryEdit(Load(tx, id), Changed: true);
        });
    }

    private StoredStory SetDeleted(long id, bool deleted)
    {
        var current = Get(id);
        if (current.IsDeleted == deleted)
        {
            throw new LoopCoachException(ErrorKind.Conflict, deleted ? "story.already-deleted" : "story.not-deleted", id);
        }

        return _database.InTransaction(tx =>
        {
            using var command = Command(tx, "UPDATE stories SET deleted_at = @at WHERE id = @id AND owner_id = @owner");
            command.AddParameter("@at", deleted ? Timestamps.Format(Timestamps.Now(_clock)) : DBNull.Value);
            command.AddParameter("@id", id);
            command.ExecuteNonQuery();
            return Load(tx, id);
        });
    }

    private StoryContent Validated(StoryContent content)
    {
        content = StoryRules.Normalize(content);
        LoopCoachException.ThrowIfAny(StoryRules.Validate(content, _frameworks, YearMonth.Of(Timestamps.Now(_clock))), "story.invalid");
        return content;
    }

    private long Insert(DbTransaction tx, long? id, Guid uid, int version, StoryContent content, DateTimeOffset created, DateTimeOffset updated, DateTimeOffset? deleted)
    {
        // The id column is named only when an import keeps a story's id: a NULL id is a new id on SQLite, an error on PostgreSQL.
        var idColumn = id is null ? "" : "id, ";
        var idValue = id is null ? "" : "@id, ";
        using var command = Command(tx, $"""
            INSERT INTO stories (owner_id, {idColumn}uid, version, title, situation, task, action, result, lesson, happened, role, metrics, tags, competencies, created_at, updated_at, deleted_at)
            VALUES (@owner, {idValue}@uid, @version, @title, @situation, @task, @action, @result, @lesson, @happened, @role, @metrics, @tags, @competencies, @created, @updated, @deleted)
            RETURNING id
            """);
        if (id is not null)
        {
            command.AddParameter("@id", id.Value);
        }

        command.AddParameter("@uid", uid.ToString());
        command.AddParameter("@created", Timestamps.Format(created));
        command.AddParameter("@deleted", deleted is null ? DBNull.Value : Timestamps.Format(deleted.Value));
        AddContent(command, version, content, updated);
        var inserted = (long)command.ExecuteScalar()!;
        if (id is not null)
        {
            _database.Dialect.AfterExplicitId(_database.Connection, tx, "stories");
        }

        return inserted;
    }

    private void Update(DbTransaction tx, long id, int version, StoryContent content, DateTimeOffset updated)
    {
        using var command = Command(tx, """
            UPDATE stories SET version = @version, title = @title, situation = @situation, task = @task, action = @action,
                result = @result, lesson = @lesson, happened = @happened, role = @role, metrics = @metrics, tags = @tags,
                competencies = @competencies, updated_at = @updated
            WHERE id = @id AND owner_id = @owner
            """);
        command.AddParameter("@id", id);
        AddContent(command, version, content, updated);
        command.ExecuteNonQuery();
    }

    private static void AddContent(DbCommand command, int version, StoryContent content, DateTimeOffset updated)
    {
        command.AddParameter("@version", version);
        command.AddParameter("@title", content.Title);
        command.AddParameter("@situation", content.Situation);
        command.AddParameter("@task", content.Task);
        command.AddParameter("@action", content.Action);
        command.AddParameter("@result", content.Result);
        command.AddParameter("@lesson", content.Lesson);
        command.AddParameter("@happened", content.When is { } when ? when.ToString() : DBNull.Value);
        command.AddParameter("@role", content.Role);
        command.AddParameter("@metrics", JsonSerializer.Serialize(content.Metrics.ToList(), StoryJsonContext.Default.ListMetric));
        command.AddParameter("@tags", JsonSerializer.Serialize(content.Tags.ToList(), StoryJsonContext.Default.ListString));
        command.AddParameter("@competencies", JsonSerializer.Serialize(content.Competencies.ToList(), StoryJsonContext.Default.ListString));
        command.AddParameter("@updated", Timestamps.Format(updated));
    }

    private void InsertVersion(DbTransaction tx, long id, StoryVersion version)
    {
        using var command = Command(tx, "INSERT INTO story_versions (story_id, version, saved_at, change, content) VALUES (@id, @version, @saved, @change, @content)");
        command.AddParameter("@id", id);
        command.AddParameter("@version", version.Version);
        command.AddParameter("@saved", Timestamps.Format(version.SavedAt));
        command.AddParameter("@change", version.Change.ToString().ToLowerInvariant());
        command.AddParameter("@content", JsonSerializer.Serialize(version.Content, StoryJsonContext.Default.StoryContent));
        command.ExecuteNonQuery();
    }

    private List<StoryVersion> Versions(DbTransaction? tx, long id)
    {
        using var command = Command(tx, "SELECT version, saved_at, change, content FROM story_versions WHERE story_id = @id ORDER BY version");
        command.AddParameter("@id", id);
        using var reader = command.ExecuteReader();
        var versions = new List<StoryVersion>();
        while (reader.Read())
        {
            versions.Add(ReadVersion(reader, 0));
        }

        return versions;
    }

    // Every version of every story of the owner, oldest first, by story.
    private Dictionary<long, List<StoryVersion>> AllVersions(DbTransaction tx)
    {
        using var command = Command(tx, "SELECT story_id, version, saved_at, change, content FROM story_versions WHERE story_id IN (SELECT id FROM stories WHERE owner_id = @owner) ORDER BY story_id, version");
        using var reader = command.ExecuteReader();
        var versions = new Dictionary<long, List<StoryVersion>>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!versions.TryGetValue(id, out var history))
            {
                versions[id] = history = [];
            }

            history.Add(ReadVersion(reader, 1));
        }

        return versions;
    }

    private static StoryVersion ReadVersion(DbDataReader reader, int first) => new(
        reader.GetInt32(first),
        Timestamps.Parse(reader.GetString(first + 1)),
        Enum.Parse<StoryChange>(reader.GetString(first + 2), ignoreCase: true),
        JsonSerializer.Deserialize(reader.GetString(first + 3), StoryJsonContext.Default.StoryContent)!);

    /// <summary>The story inside a write transaction, held (on PostgreSQL) until the write commits: the next version depends on it.</summary>
    private StoredStory Load(DbTransaction tx, long id) => Find(tx, id, _database.Dialect.ForUpdate) ?? throw NotFound(id);

    private StoredStory? Find(DbTransaction? tx, long id, string lockRow = "") =>
        Query(tx, $"SELECT {Columns} FROM stories WHERE owner_id = @owner AND id = @id{lockRow}", c => c.AddParameter("@id", id)).FirstOrDefault();

    /// <summary>Whether any owner's story already has this id or uid (both are unique across the database).</summary>
    private bool Taken(DbTransaction tx, string column, object value)
    {
        using var command = _database.Command(tx, $"SELECT count(*) FROM stories WHERE {column} = @value");
        command.AddParameter("@value", value);
        return (long)command.ExecuteScalar()! > 0;
    }

    private List<StoredStory> Query(DbTransaction? tx, string sql, Action<DbCommand> bind)
    {
        using var command = Command(tx, sql);
        bind(command);
        using var reader = command.ExecuteReader();
        var stories = new List<StoredStory>();
        while (reader.Read())
        {
            var content = new StoryContent
            {
                Title = reader.GetString(3),
                Situation = reader.GetString(4),
                Task = reader.GetString(5),
                Action = reader.GetString(6),
                Result = reader.GetString(7),
                Lesson = reader.GetString(8),
                When = reader.IsDBNull(9) ? null : YearMonth.TryParse(reader.GetString(9), out var when) ? when : null,
                Role = reader.GetString(10),
                Metrics = JsonSerializer.Deserialize(reader.GetString(11), StoryJsonContext.Default.ListMetric) ?? [],
                Tags = JsonSerializer.Deserialize(reader.GetString(12), StoryJsonContext.Default.ListString) ?? [],
                Competencies = JsonSerializer.Deserialize(reader.GetString(13), StoryJsonContext.Default.ListString) ?? [],
            };
            stories.Add(new StoredStory(
                reader.GetInt64(0),
                Guid.Parse(reader.GetString(1)),
                reader.GetInt32(2),
                content,
                Timestamps.Parse(reader.GetString(14)),
                Timestamps.Parse(reader.GetString(15)),
                reader.IsDBNull(16) ? null : Timestamps.Parse(reader.GetString(16))));
        }

        return stories;
    }

    /// <summary>A command with this store's owner bound, for every statement to filter or write by.</summary>
    private DbCommand Command(DbTransaction? tx, string sql)
    {
        var command = _database.Command(tx, sql);
        command.AddParameter("@owner", _owner.Id);
        return command;
    }

    private static LoopCoachException NotFound(long id) => new(ErrorKind.NotFound, "story.not-found", id);
}

/// <summary>What an import did, by story id.</summary>
public sealed class ImportReport
{
    /// <summary>Stories that were not in the bank.</summary>
    public List<long> Added { get; } = [];

    /// <summary>Stories in the bank that got the imported content as a new version.</summary>
    public List<long> Updated { get; } = [];

    /// <summary>Stories in the bank with the same content already.</summary>
    public List<long> Unchanged { get; } = [];
}
