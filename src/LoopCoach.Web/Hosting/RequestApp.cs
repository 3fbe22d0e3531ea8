using LoopCoach.Application;
using LoopCoach.Core.Content;
using LoopCoach.Storage;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Web.Hosting;

/// <summary>Where the web app's data and content come from, fixed when it starts.</summary>
public sealed record WebSettings
{
    /// <summary>The configuration key of the SQLite database path (<c>LoopCoach:Database</c>); set, it wins over a connection string.</summary>
    public const string DatabaseKey = "LoopCoach:Database";

    /// <summary>
    /// The database: the SQLite file the CLI uses, or the PostgreSQL database of <c>LOOPCOACH_DATABASE_URL</c> or
    /// <c>ConnectionStrings:LoopCoach</c>, which several web nodes share.
    /// </summary>
    public required DatabaseTarget Database { get; init; }

    /// <summary>The content the engines read: the built-in catalog unless the host adds framework files.</summary>
    public ContentCatalog Content { get; init; } = ContentCatalog.BuiltIn;

    /// <summary>
    /// Whether users sign in (<c>LoopCoach:Accounts</c>, <c>LOOPCOACH_ACCOUNTS</c>, <c>loopcoach web --accounts</c>):
    /// off, the one person at this machine owns everything, as in the CLI.
    /// </summary>
    public bool Accounts { get; init; }
}

/// <summary>
/// The application layer for one request: a <see cref="LoopCoachApp"/> over the shared engines, with a database
/// connection taken from the pool on first use and given back when the request ends. Nothing about the user is kept between requests, so
/// several web processes can serve one database.
/// </summary>
public sealed class RequestApp(WebSettings settings, Engines engines, TimeProvider clock, IHttpContextAccessor request) : IDisposable
{
    private LoopCoachDatabase? _database;
    private LoopCoachApp? _app;
    private AccountStore? _accounts;
    private AssignmentStore? _assignments;

    /// <summary>The use cases, for the signed-in user (with accounts off, the local user).</summary>
    public LoopCoachApp App => _app ??= AppOf(Owner);

    /// <summary>Whose data this request reads and writes: the signed-in account, or the local user when accounts are off.</summary>
    public Owner Owner => !settings.Accounts ? Owner.Local
        : request.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id ? new Owner(id)
        : throw new InvalidOperationException("A page that reads a user's data was reached without signing in.");

    /// <summary>Accounts, invitations and coaches' comments.</summary>
    public AccountStore Accounts => _accounts ??= new AccountStore(Database(), clock);

    /// <summary>Assignments coaches set and the loops started from them.</summary>
    public AssignmentStore Assignments => _assignments ??= new AssignmentStore(Database(), clock);

    /// <summary>Today, by the server's clock (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The use cases over another owner's rows: only for a coach, after the invitation was checked.</summary>
    internal LoopCoachApp AppOf(Owner owner) => new(engines, Database, clock, owner);

    /// <summary>The content the engines read.</summary>
    public ContentCatalog Content => settings.Content;

    public void Dispose() => _database?.Dispose();

    private LoopCoachDatabase Database() => _database ??= LoopCoachDatabase.OpenPooled(settings.Database);
}
