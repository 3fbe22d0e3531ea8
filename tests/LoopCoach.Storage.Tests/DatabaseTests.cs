using LoopCoach.Core.Errors;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace LoopCoach.Storage.Tests;

public sealed class DatabaseTests : IDisposable
{
    private readonly TestBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void Open_DatabaseWrittenBySchemaVersion1_UpgradesAndKeepsEveryStory()
    {
        using (var old = LoopCoachDatabase.Open(_bank.Path, schema: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        Execute(_bank.Path, """
            INSERT INTO stories (uid, title, situation, action, result, happened, tags, competencies, metrics, created_at, updated_at)
            VALUES ('0b7f2a52-5f0e-4c55-9d2c-1c1b9d6c7a01', '물류 지연 대응', '성수기에 배송이 밀렸습니다.', '제가 우회 경로를 짰습니다.', '지연 건수가 40% 줄었습니다.',
                    '2022-11', '["물류"]', '["bias-for-action"]', '[{"value":40,"unit":"%","measures":"지연 감소"}]',
                    '2022-12-01T00:00:00.000Z', '2022-12-02T00:00:00.000Z');
            """);

        var store = _bank.Open();

        var story = Assert.Single(store.List());
        Assert.Equal("물류 지연 대응", story.Content.Title);
        Assert.Equal("2022-11", story.Content.When?.ToString());
        Assert.Equal(40m, story.Content.Metrics[0].Value);
        var version = Assert.Single(store.History(story.Id));
        Assert.True(version.Content.SameAs(story.Content));
        Assert.True(File.Exists(_bank.Path + ".v1.bak"), "a backup is taken before an upgrade");
        Assert.Equal(1L, Scalar(_bank.Path + ".v1.bak", "SELECT count(*) FROM stories"));
    }

    [Fact]
    public void Open_CorruptFile_IsAStorageErrorAndTheFileIsLeftAsItWas()
    {
        var bytes = "this is not a database, but it is someone's file"u8.ToArray();
        File.WriteAllBytes(_bank.Path, bytes);

        var error = Assert.Throws<LoopCoachException>(() => _bank.Open());

        Assert.Equal(ErrorKind.Storage, error.Kind);
        Assert.Equal("storage.corrupt", error.MessageKey);
        Assert.Equal(bytes, File.ReadAllBytes(_bank.Path));
    }

    [Fact]
    public void Open_FileFromANewerLoopCoach_IsRefusedUntouched()
    {
        Execute(_bank.Path, "CREATE TABLE future (x); PRAGMA user_version = 99;");

        var error = Assert.Throws<LoopCoachException>(() => _bank.Open());

        Assert.Equal("storage.newer-version", error.MessageKey);
        Assert.Equal(99L, Scalar(_bank.Path, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_AnotherProgramsDatabase_IsRefusedUntouched()
    {
        Execute(_bank.Path, "CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);");

        var error = Assert.Throws<LoopCoachException>(() => _bank.Open());

        Assert.Equal("storage.not-loopcoach", error.MessageKey);
        Assert.Equal(0L, Scalar(_bank.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'stories'"));
    }

    [Fact]
    public void Add_WhileAnotherProcessHoldsTheWriteLock_IsALockedErrorAndTheBankIsIntact()
    {
        var store = _bank.Open();
        store.Add(new() { Title = "first" });
        using var other = new SqliteConnection($"Data Source={_bank.Path};Pooling=False");
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        var error = Assert.Throws<LoopCoachException>(() => store.Add(new() { Title = "second" }));

        Assert.Equal("storage.locked", error.MessageKey);
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(["first"], store.List().Select(s => s.Content.Title));
    }

    [Fact]
    public void Edit_WhileAnotherProcessSavesAVersion_KeepsBothEditsInOrder()
    {
        var mine = _bank.Open();
        var theirs = _bank.Open();
        var id = mine.Add(new() { Title = "shared" }).Id;

        // Another process saves version 2 after this edit read version 1 and before it writes.
        var edit = mine.Edit(id, current =>
        {
            theirs.Edit(id, s => s with { Situation = "their edit" });
            return current with { Lesson = "my edit" };
        });

        Assert.Equal(3, edit.Story.Version);
        Assert.Equal(
            [(1, "", ""), (2, "their edit", ""), (3, "", "my edit")],
            mine.History(id).Select(v => (v.Version, v.Content.Situation, v.Content.Lesson)));
    }

    [Fact]
    public void Open_SameNewBankFromSeveralConnectionsAtOnce_CreatesItOnce()
    {
        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => _bank.Open().Add(new() { Title = $"story {i}" }));

        Assert.Equal(6, _bank.Open().List().Count);
        Assert.Equal((long)SchemaMigrator.Latest, Scalar(_bank.Path, "SELECT count(*) FROM SchemaVersions"));
    }

    [Fact]
    public void Open_Directory_IsAStorageError()
    {
        var error = Assert.Throws<LoopCoachException>(() => _bank.Open(_bank.Folder));

        Assert.Equal("storage.unreadable", error.MessageKey);
    }

    [Fact]
    public void DataLocation_PrefersTheFlagThenTheVariableThenXdg()
    {
        var environment = new Dictionary<string, string?> { ["HOME"] = "/home/ana", ["XDG_DATA_HOME"] = "/data/ana" };

        Assert.Equal("/tmp/flag.db", DataLocation.ResolveDatabasePath("/tmp/flag.db", k => environment.GetValueOrDefault(k)));
        Assert.Equal("/data/ana/loopcoach/loopcoach.db", DataLocation.ResolveDatabasePath(null, k => environment.GetValueOrDefault(k)));
        environment["LOOPCOACH_DB"] = "/srv/bank.db";
        Assert.Equal("/srv/bank.db", DataLocation.ResolveDatabasePath(null, k => environment.GetValueOrDefault(k)));
        environment.Remove("LOOPCOACH_DB");
        environment.Remove("XDG_DATA_HOME");
        Assert.Equal("/home/ana/.local/share/loopcoach/loopcoach.db", DataLocation.ResolveDatabasePath(null, k => environment.GetValueOrDefault(k)));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
