namespace LoopCoach.Storage.Accounts;

/// <summary>What an account may do on a shared server.</summary>
public enum AccountRole
{
    /// <summary>Practises loops and keeps a story bank; the role of everyone who registers.</summary>
    Candidate,

    /// <summary>Sees, read-only, what candidates who invited them chose to share, and comments on debriefs.</summary>
    Coach,

    /// <summary>Creates coach accounts and issues password-reset links; sees no candidate content.</summary>
    Admin,
}

/// <summary>
/// One account on a shared server. Its <see cref="Id"/> is the <see cref="Owner"/> of every row it writes.
/// Mutable because ASP.NET Core Identity changes a user through its store one property at a time.
/// </summary>
public sealed class Account
{
    /// <summary>A GUID string, fixed for the account's life.</summary>
    public required string Id { get; init; }

    /// <summary>The e-mail address as the user typed it; it is also the sign-in name.</summary>
    public required string Email { get; set; }

    /// <summary>The address compared when signing in (upper-cased, invariant).</summary>
    public required string NormalizedEmail { get; set; }

    /// <summary>Identity's password hash; null until a password is set (an admin made by the command line).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes whenever the password does, which signs out every other cookie of the account.</summary>
    public required string SecurityStamp { get; set; }

    public AccountRole Role { get; set; } = AccountRole.Candidate;

    /// <summary>Failed sign-ins since the last success.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Until when signing in is refused after too many failures; null when it is not.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The owner of this account's rows.</summary>
    public Owner Owner => new(Id);

    /// <summary>How e-mail addresses are compared: the same rule as Identity's default lookup normalizer.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}

/// <summary>What a candidate shares through one invitation.</summary>
public sealed record Sharing(bool Sessions, bool Stories);

/// <summary>An invitation a candidate made: redeemed by a coach, or still waiting for one.</summary>
public sealed record Invitation(string Code, string CandidateId, string? CoachId, Sharing Shares, DateTimeOffset CreatedAt, DateTimeOffset? RedeemedAt);

/// <summary>A candidate as their coach sees them: who, and what they share.</summary>
public sealed record CoachedCandidate(string CandidateId, string Email, Sharing Shares);

/// <summary>A coach's comment beside a debrief.</summary>
public sealed record DebriefComment(string Id, long SessionId, string CoachEmail, string Text, DateTimeOffset CreatedAt);
