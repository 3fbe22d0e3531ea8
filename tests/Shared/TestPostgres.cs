using LoopCoach.Storage;
using Npgsql;

namespace LoopCoach.Tests;

/// <summary>
/// The throw-away PostgreSQL server scripts/test.sh starts (connection string in <c>LOOPCOACH_TEST_POSTGRES</c>),
/// and a schema of its own for each test. Without the variable the PostgreSQL cases skip, saying why; under CI they
/// fail instead, since CI must run them.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "LOOPCOACH_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL cases need a server: LOOPCOACH_TEST_POSTGRES is unset (scripts/test.sh starts one)";

    /// <summary>The server's connection string; skips the test (fails it under CI) when there is none.</summary>
    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is unset: scripts/test.sh must start PostgreSQL for CI.");
        }

        Skip.If(true, SkipReason);
        return "";
    }

    /// <summary>A new empty schema on the test server, as the connection string of a database that uses only it.</summary>
    public static TestSchema NewSchema() => new(RequireServer());

    /// <summary>A new empty database on the test server (for tests that start processes of their own).</summary>
    public static TestSchema NewDatabase() => new(RequireServer(), database: true);
}

/// <summary>A schema (or a database) that exists for one test and is dropped after it.</summary>
internal sealed class TestSchema : IDisposable
{
    private readonly string _server;
    private readonly string _name = "t_" + Guid.NewGuid().ToString("N")[..16];
    private readonly bool _database;

    public TestSchema(string server, bool database = false)
    {
        _server = server;
        _database = database;
        Execute(server, database ? $"CREATE DATABASE {_name}" : $"CREATE SCHEMA {_name}");
        var builder = new NpgsqlConnectionStringBuilder(server);
        if (database)
        {
            builder.Database = _name;
        }
        else
        {
            builder.SearchPath = _name;
        }

        ConnectionString = builder.ConnectionString;
    }

    public string ConnectionString { get; }

    public DatabaseTarget Target => DatabaseTarget.Postgres(ConnectionString);

    public void Dispose()
    {
        // Connections of this test still in Npgsql's pool would keep a database in use.
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute(_server, _database ? $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)" : $"DROP SCHEMA IF EXISTS {_name} CASCADE");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
