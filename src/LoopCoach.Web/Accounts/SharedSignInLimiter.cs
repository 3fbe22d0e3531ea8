using System.Threading.RateLimiting;
using LoopCoach.Storage;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// The sign-in limit of one address as a rate limiter for ASP.NET Core's rate-limiting middleware, counting in the
/// database (<see cref="SignInAttemptStore"/>) so that every node behind a load balancer counts the same attempts.
/// It keeps nothing itself: the partitioned limiter may drop and rebuild it at any time.
/// </summary>
internal sealed class SharedSignInLimiter(DatabaseTarget database, TimeProvider clock, string address, int perMinute) : RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Nothing is held, so it may be dropped as soon as the partitioned limiter looks.
    public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

    public override RateLimiterStatistics? GetStatistics() => null;

    // The middleware asks here first; the count is taken (once per request) here.
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        using var opened = LoopCoachDatabase.OpenPooled(database);
        var attempts = new SignInAttemptStore(opened, clock);
        return attempts.TryAttempt(address, perMinute, Window) ? Lease.Acquired : new Lease(attempts.RetryAfter(address, Window));
    }

    // Asked only after the attempt above was refused: waiting would not change the count within this request, and a
    // second count would charge the address twice.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult<RateLimitLease>(new Lease(Window));

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public static Lease Acquired { get; } = new(null);

        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
