using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Storage.Bank;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Backup;

/// <summary>
/// Everything a server's database keeps, in one file: what <c>loopcoach admin backup</c> writes and <c>loopcoach admin
/// restore</c> reads. Provider-neutral, so a backup of a SQLite server restores into PostgreSQL and back. Each owner's
/// data is the whole-bank export (<see cref="BankDocument"/>, the file of <c>loopcoach export</c>); beside it is what
/// belongs to no one owner alone: the accounts, invitations, coaches' comments and assignments. A public contract:
/// fields are added, never renamed. It holds password hashes: keep it as you keep the database.
/// </summary>
public sealed record ServerBackup
{
    /// <summary>The value of <see cref="Format"/> in every backup.</summary>
    public const string FormatName = "loopcoach.backup";

    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Always <c>loopcoach.backup</c>.</summary>
    public string Format { get; init; } = FormatName;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The moment the backup read: every part is as the database was then.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>sqlite or postgres: where it was taken (it restores into either).</summary>
    public string Database { get; init; } = "";

    /// <summary>The schema version of the database it was taken from.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>Every account, with its password hash, role and lockout.</summary>
    public IReadOnlyList<BackupAccount> Accounts { get; init; } = [];

    /// <summary>Every owner's data: each account's, and the local user's on a bank used without accounts.</summary>
    public IReadOnlyList<BackupBank> Banks { get; init; } = [];

    public IReadOnlyList<BackupInvitation> Invitations { get; init; } = [];

    /// <summary>Coaches' comments on candidates' debriefs.</summary>
    public IReadOnlyList<BackupComment> Comments { get; init; } = [];

    public IReadOnlyList<BackupAssignment> Assignments { get; init; } = [];

    /// <summary>The web app's data-protection keys kept in the database (PostgreSQL only), so cookies signed before still work.</summary>
    public IReadOnlyList<BackupKey> DataProtectionKeys { get; init; } = [];
}

/// <summary>An account as stored.</summary>
public sealed record BackupAccount
{
    public string Id { get; init; } = "";
    public string Email { get; init; } = "";
    public string NormalizedEmail { get; init; } = "";

    /// <summary>Identity's password hash; null for an account whose password was never set.</summary>
    public string? PasswordHash { get; init; }
    public string SecurityStamp { get; init; } = "";

    /// <summary>candidate, coach or admin.</summary>
    public string Role { get; init; } = "";
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One owner's data.</summary>
public sealed record BackupBank
{
    /// <summary>The account id, or <c>local</c>.</summary>
    public string Owner { get; init; } = "";
    public BankDocument Bank { get; init; } = new();
}

/// <summary>An invitation a candidate made, taken up by a coach or not yet.</summary>
public sealed record BackupInvitation
{
    public string Code { get; init; } = "";
    public string CandidateId { get; init; } = "";
    public string? CoachId { get; init; }
    public bool ShareSessions { get; init; }
    public bool ShareStories { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RedeemedAt { get; init; }
}

/// <summary>A coach's comment beside a candidate's mock loop (named by its uid in the candidate's bank).</summary>
public sealed record BackupComment
{
    public string Id { get; init; } = "";
    public string OwnerId { get; init; } = "";
    public Guid Session { get; init; }
    public string CoachId { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>An assignment, with its candidates and the loops started from it.</summary>
public sealed record BackupAssignment
{
    /// <summary>Kept on restore, so links to it still work.</summary>
    public long Id { get; init; }
    public string CoachId { get; init; } = "";
    public string Template { get; init; } = "";
    public string Language { get; init; } = "";
    public int Seed { get; init; }

    /// <summary>YYYY-MM-DD.</summary>
    public string DueOn { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The loop planned from a posting, as stored; null for a template's loop.</summary>
    public JsonElement? Plan { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Candidates { get; init; } = [];
    public IReadOnlyList<BackupAssignedLoop> Loops { get; init; } = [];
}

/// <summary>A loop a candidate started from an assignment (named by its uid in the candidate's bank).</summary>
public sealed record BackupAssignedLoop
{
    public Guid Session { get; init; }
    public string CandidateId { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A data-protection key as ASP.NET Core wrote it.</summary>
public sealed record BackupKey
{
    public string FriendlyName { get; init; } = "";
    public string Xml { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>How much a backup holds: what <c>admin backup</c> wrote and <c>admin restore</c> restored.</summary>
public sealed record BackupCounts
{
    public int Accounts { get; init; }

    /// <summary>Owners' banks: one per account (empty or not), and the local user's when it holds data.</summary>
    public int Banks { get; init; }
    public int Stories { get; init; }
    public int Postings { get; init; }
    public int Sessions { get; init; }
    public int Answers { get; init; }
    public int Retros { get; init; }
    public int SeenQuestions { get; init; }
    public int Invitations { get; init; }
    public int Comments { get; init; }
    public int Assignments { get; init; }
    public int DataProtectionKeys { get; init; }

    /// <summary>The counts of <paramref name="backup"/>.</summary>
    public static BackupCounts Of(ServerBackup backup) => new()
    {
        Accounts = backup.Accounts.Count,
        Banks = backup.Banks.Count,
        Stories = backup.Banks.Sum(b => b.Bank.Stories.Count),
        Postings = backup.Banks.Sum(b => b.Bank.Postings.Count),
        Sessions = backup.Banks.Sum(b => b.Bank.Sessions.Count),
        Answers = backup.Banks.Sum(b => b.Bank.Sessions.Sum(s => s.Turns.Count)),
        Retros = backup.Banks.Sum(b => b.Bank.Retros.Count),
        SeenQuestions = backup.Banks.Sum(b => b.Bank.SeenQuestions.Count),
        Invitations = backup.Invitations.Count,
        Comments = backup.Comments.Count,
        Assignments = backup.Assignments.Count,
        DataProtectionKeys = backup.DataProtectionKeys.Count,
    };
}

/// <summary>What a restore did.</summary>
/// <param name="Replaced">True when the target held data and <c>--replace</c> removed it first.</param>
/// <param name="KeysSkipped">Data-protection keys in the file a SQLite target has no table for (its web app keeps keys in a folder).</param>
public sealed record RestoreReport(BackupCounts Counts, bool Replaced, int KeysSkipped);

/// <summary>The JSON settings of backup files: those of bank files (camelCase, indented).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ServerBackup))]
public sealed partial class BackupJsonContext : JsonSerializerContext;

/// <summary>The options backups are written and read with.</summary>
public static class BackupJson
{
    /// <summary>Korean written as Korean, as in bank files.</summary>
    public static JsonSerializerOptions Options { get; } = new(BackupJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(BackupJsonContext.Default, BankJsonContext.Default, StoryJsonContext.Default),
    };
}
