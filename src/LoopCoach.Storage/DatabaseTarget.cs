namespace LoopCoach.Storage;

/// <summary>Which database LoopCoach works on: a SQLite file (one person, one machine) or a PostgreSQL server.</summary>
public enum DatabaseKind
{
    /// <summary>A SQLite file: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, named by an Npgsql connection string (<c>Host=…;Database=…</c>).</summary>
    Postgres,
}

/// <summary>A database to open: a SQLite file path, or a PostgreSQL connection string.</summary>
/// <param name="Kind">SQLite or PostgreSQL.</param>
/// <param name="Value">The file's full path, or the connection string.</param>
public sealed record DatabaseTarget(DatabaseKind Kind, string Value)
{
    /// <summary>The environment variable holding a PostgreSQL connection string; set, it wins over the SQLite file.</summary>
    public const string UrlVariable = "LOOPCOACH_DATABASE_URL";

    /// <summary>The configuration key of the connection string in <c>appsettings.json</c> (<c>ConnectionStrings:LoopCoach</c>).</summary>
    public const string ConnectionStringKey = "ConnectionStrings:LoopCoach";

    /// <summary>The SQLite file at <paramref name="path"/>.</summary>
    public static DatabaseTarget Sqlite(string path) => new(DatabaseKind.Sqlite, Path.GetFullPath(path));

    /// <summary>The PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static DatabaseTarget Postgres(string connectionString) => new(DatabaseKind.Postgres, connectionString.Trim());

    /// <summary>
    /// The database to use: the <c>--db</c> file when given; else the PostgreSQL connection string of
    /// <c>LOOPCOACH_DATABASE_URL</c> or of the configuration (<paramref name="configured"/>); else the SQLite
    /// file of <c>LOOPCOACH_DB</c> or the user's data folder, as <see cref="DataLocation.ResolveDatabasePath"/> says.
    /// </summary>
    public static DatabaseTarget Resolve(string? explicitPath, Func<string, string?> environment, string? configured = null)
    {
        if (string.IsNullOrWhiteSpace(explicitPath))
        {
            var url = environment(UrlVariable);
            if (!string.IsNullOrWhiteSpace(url))
            {
                return Postgres(url);
            }

            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Postgres(configured);
            }
        }

        return Sqlite(DataLocation.ResolveDatabasePath(explicitPath, environment));
    }

    /// <summary>
    /// How messages name the database: the file's path, or <c>postgresql://host:port/database</c> for a server
    /// (never the password or the rest of the connection string).
    /// </summary>
    public string Display => Kind == DatabaseKind.Sqlite ? Value : PostgresDisplay(Value);

    /// <inheritdoc />
    public override string ToString() => Display;

    private static string PostgresDisplay(string connectionString)
    {
        // Read by hand rather than with NpgsqlConnectionStringBuilder: naming the database must not load Npgsql.
        string? host = null, port = null, database = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals].Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            var value = part[(equals + 1)..].Trim();
            switch (key)
            {
                case "host" or "server":
                    host = value;
                    break;
                case "port":
                    port = value;
                    break;
                case "database" or "db":
                    database = value;
                    break;
            }
        }

        return $"postgresql://{host ?? "localhost"}{(port is null ? "" : ":" + port)}/{database ?? ""}";
    }
}
