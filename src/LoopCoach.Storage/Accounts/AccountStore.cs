using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Accounts;

/// <summary>
/// Accounts, password-reset links, invitations and coaches' comments. The SQL is written once for SQLite and
/// PostgreSQL (<c>@name</c> parameters, plain DbCommand calls), as the other stores' is.
/// </summary>
public sealed class AccountStore(LoopCoachDatabase database, TimeProvider clock)
{
    private const string Columns = "id, email, normalized_email, password_hash, security_stamp, role, failed_sign_ins, locked_until, created_at";

    /// <summary>How long an issued reset link works.</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(24);

    /// <summary>Adds <paramref name="account"/>; an address already in use is a conflict.</summary>
    public void Create(Account account) => database.InTransaction(tx =>
    {
        using var taken = database.Command(tx, "SELECT count(*) FROM accounts WHERE normalized_email = @normalized");
        Add(taken, "@normalized", account.NormalizedEmail);
        if (Convert.ToInt64(taken.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
        {
            throw new LoopCoachException(ErrorKind.Conflict, "account.error.email-taken", account.Email);
        }

        using var command = database.Command(tx, $"INSERT INTO accounts ({Columns}) VALUES (@id, @email, @normalized, @hash, @stamp, @role, @failed, @locked, @created)");
        Bind(command, account);
        Add(command, "@created", Timestamps.Format(account.CreatedAt == default ? Timestamps.Now(clock) : account.CreatedAt));
        command.ExecuteNonQuery();
        return true;
    });

    /// <summary>Saves every changeable field of <paramref name="account"/>.</summary>
    public void Update(Account account) => database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "UPDATE accounts SET email = @email, normalized_email = @normalized, password_hash = @hash, security_stamp = @stamp, role = @role, failed_sign_ins = @failed, locked_until = @locked WHERE id = @id");
        Bind(command, account);
        return command.ExecuteNonQuery();
    });

    public Account? FindById(string id) => database.Read(() => Find("id", id));

    /// <summary>The account with this address (normalized as <see cref="Account.Normalize"/> does), if any.</summary>
    public Account? FindByEmail(string normalizedEmail) => database.Read(() => Find("normalized_email", normalizedEmail));

    /// <summary>Every account, by address: what the admin sees (no content of anyone's).</summary>
    public IReadOnlyList<Account> List() => database.Read(() =>
    {
        using var command = database.Command(null, $"SELECT {Columns} FROM accounts ORDER BY normalized_email");
        return ReadAll(command, ReadAccount);
    });

    /// <summary>
    /// Deletes the account and everything it owns: stories and their versions, sessions and their turns, postings,
    /// retrospectives, seen questions, invitations, comments, assignments set and loops linked to one. All of it or none of it.
    /// </summary>
    public bool Delete(string id) => database.InTransaction(tx =>
    {
        string[] statements =
        [
            "DELETE FROM debrief_comments WHERE owner_id = @owner OR coach_id = @owner",
            "DELETE FROM assignment_sessions WHERE candidate_id = @owner OR assignment_id IN (SELECT id FROM assignments WHERE coach_id = @owner)",
            "DELETE FROM assignment_candidates WHERE candidate_id = @owner OR assignment_id IN (SELECT id FROM assignments WHERE coach_id = @owner)",
            "DELETE FROM assignments WHERE coach_id = @owner",
            "DELETE FROM session_retries WHERE session_id IN (SELECT id FROM sessions WHERE owner_id = @owner)",
            "DELETE FROM session_turns WHERE session_id IN (SELECT id FROM sessions WHERE owner_id = @owner)",
            "DELETE FROM sessions WHERE owner_id = @owner",
            "DELETE FROM story_versions WHERE story_id IN (SELECT id FROM stories WHERE owner_id = @owner)",
            "DELETE FROM stories WHERE owner_id = @owner",
            "DELETE FROM seen_questions WHERE owner_id = @owner",
            "DELETE FROM retros WHERE owner_id = @owner",
            "DELETE FROM postings WHERE owner_id = @owner",
            "DELETE FROM invitations WHERE candidate_id = @owner OR coach_id = @owner",
            "DELETE FROM account_resets WHERE account_id = @owner",
        ];
        foreach (var sql in statements)
        {
            using var command = database.Command(tx, sql);
            Add(command, "@owner", id);
            command.ExecuteNonQuery();
        }

        using var delete = database.Command(tx, "DELETE FROM accounts WHERE id = @owner");
        Add(delete, "@owner", id);
        return delete.ExecuteNonQuery() == 1;
    });

    /// <summary>
    /// A new one-time reset token for the account, valid for <see cref="ResetLifetime"/>; only its hash is stored,
    /// and earlier tokens of the account stop working.
    /// </summary>
    public string IssueReset(string accountId)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        database.InTransaction(tx =>
        {
            using var clear = database.Command(tx, "DELETE FROM account_resets WHERE account_id = @account");
            Add(clear, "@account", accountId);
            clear.ExecuteNonQuery();
            using var command = database.Command(tx, "INSERT INTO account_resets (token_hash, account_id, expires_at) VALUES (@hash, @account, @expires)");
            Add(command, "@hash", Hash(token));
            Add(command, "@account", accountId);
            Add(command, "@expires", (clock.GetUtcNow() + ResetLifetime).ToUnixTimeMilliseconds());
            return command.ExecuteNonQuery();
        });
        return token;
    }

    /// <summary>The account a reset token is for, if it is valid; a token works once.</summary>
    public string? RedeemReset(string token) => database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "DELETE FROM account_resets WHERE token_hash = @hash RETURNING account_id, expires_at");
        Add(command, "@hash", Hash(token));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var account = reader.GetString(0);
        return Long(reader, 1) > clock.GetUtcNow().ToUnixTimeMilliseconds() ? account : null;
    });

    /// <summary>Whether a reset token would work, without using it up (the reset page shows its form only then).</summary>
    public bool IsResetValid(string token) => database.Read(() =>
    {
        using var command = database.Command(null, "SELECT expires_at FROM account_resets WHERE token_hash = @hash");
        Add(command, "@hash", Hash(token));
        return command.ExecuteScalar() is { } expires and not DBNull
            && Convert.ToInt64(expires, CultureInfo.InvariantCulture) > clock.GetUtcNow().ToUnixTimeMilliseconds();
    });

    /// <summary>A new invitation of the candidate, sharing <paramref name="shares"/>; returns its code.</summary>
    public string Invite(string candidateId, Sharing shares)
    {
        var code = InvitationCode.New();
        database.InTransaction(tx =>
        {
            using var command = database.Command(tx, "INSERT INTO invitations (code, candidate_id, coach_id, share_sessions, share_stories, created_at) VALUES (@code, @candidate, NULL, @sessions, @stories, @now)");
            Add(command, "@code", code);
            Add(command, "@candidate", candidateId);
            Add(command, "@sessions", shares.Sessions ? 1 : 0);
            Add(command, "@stories", shares.Stories ? 1 : 0);
            Add(command, "@now", Timestamps.Format(Timestamps.Now(clock)));
            return command.ExecuteNonQuery();
        });
        return code;
    }

    /// <summary>The candidate's invitations, newest first.</summary>
    public IReadOnlyList<Invitation> Invitations(string candidateId) => database.Read(() =>
    {
        using var command = database.Command(null, "SELECT code, candidate_id, coach_id, share_sessions, share_stories, created_at, redeemed_at FROM invitations WHERE candidate_id = @candidate ORDER BY created_at DESC, code");
        Add(command, "@candidate", candidateId);
        return ReadAll(command, r => new Invitation(
            r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
            new Sharing(Long(r, 3) != 0, Long(r, 4) != 0),
            Timestamps.Parse(r.GetString(5)), r.IsDBNull(6) ? null : Timestamps.Parse(r.GetString(6))));
    });

    /// <summary>Withdraws one of the candidate's invitations: the coach sees nothing of it from now on.</summary>
    public bool Withdraw(string candidateId, string code) => database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "DELETE FROM invitations WHERE candidate_id = @candidate AND code = @code");
        Add(command, "@candidate", candidateId);
        Add(command, "@code", InvitationCode.Normalize(code));
        return command.ExecuteNonQuery() == 1;
    });

    /// <summary>A coach takes up an invitation; false when the code is unknown, withdrawn or already taken.</summary>
    public bool Redeem(string coachId, string code) => database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "UPDATE invitations SET coach_id = @coach, redeemed_at = @now WHERE code = @code AND coach_id IS NULL AND candidate_id <> @coach");
        Add(command, "@coach", coachId);
        Add(command, "@now", Timestamps.Format(Timestamps.Now(clock)));
        Add(command, "@code", InvitationCode.Normalize(code));
        return command.ExecuteNonQuery() == 1;
    });

    /// <summary>The candidates who invited the coach, with what each shares (several invitations add up).</summary>
    public IReadOnlyList<CoachedCandidate> Candidates(string coachId) => database.Read(() =>
    {
        using var command = database.Command(null, """
            SELECT a.id, a.email, max(i.share_sessions), max(i.share_stories)
            FROM invitations i JOIN accounts a ON a.id = i.candidate_id
            WHERE i.coach_id = @coach
            GROUP BY a.id, a.email
            ORDER BY a.email
            """);
        Add(command, "@coach", coachId);
        return ReadAll(command, r => new CoachedCandidate(r.GetString(0), r.GetString(1), new Sharing(Long(r, 2) != 0, Long(r, 3) != 0)));
    });

    /// <summary>What the candidate shares with the coach; null when the coach was not invited (or the invitation was withdrawn).</summary>
    public CoachedCandidate? Candidate(string coachId, string candidateId) =>
        Candidates(coachId).FirstOrDefault(c => c.CandidateId == candidateId);

    /// <summary>Keeps a coach's comment beside the owner's session.</summary>
    public DebriefComment Comment(string coachId, Owner owner, long sessionId, string text)
    {
        var id = Guid.NewGuid().ToString();
        var now = Timestamps.Now(clock);
        database.InTransaction(tx =>
        {
            using var command = database.Command(tx, "INSERT INTO debrief_comments (id, owner_id, session_id, coach_id, text, created_at) VALUES (@id, @owner, @session, @coach, @text, @now)");
            Add(command, "@id", id);
            Add(command, "@owner", owner.Id);
            Add(command, "@session", sessionId);
            Add(command, "@coach", coachId);
            Add(command, "@text", text);
            Add(command, "@now", Timestamps.Format(now));
            return command.ExecuteNonQuery();
        });
        return new DebriefComment(id, sessionId, FindById(coachId)?.Email ?? "", text, now);
    }

    /// <summary>The comments on the owner's session, oldest first.</summary>
    public IReadOnlyList<DebriefComment> Comments(Owner owner, long sessionId) => database.Read(() =>
    {
        using var command = database.Command(null, """
            SELECT c.id, c.session_id, a.email, c.text, c.created_at
            FROM debrief_comments c JOIN accounts a ON a.id = c.coach_id
            WHERE c.owner_id = @owner AND c.session_id = @session
            ORDER BY c.created_at, c.id
            """);
        Add(command, "@owner", owner.Id);
        Add(command, "@session", sessionId);
        return ReadAll(command, r => new DebriefComment(r.GetString(0), Long(r, 1), r.GetString(2), r.GetString(3), Timestamps.Parse(r.GetString(4))));
    });

    private Account? Find(string column, string value)
    {
        using var command = database.Command(null, $"SELECT {Columns} FROM accounts WHERE {column} = @value");
        Add(command, "@value", value);
        return ReadAll(command, ReadAccount).FirstOrDefault();
    }

    private static void Bind(DbCommand command, Account account)
    {
        Add(command, "@id", account.Id);
        Add(command, "@email", account.Email);
        Add(command, "@normalized", account.NormalizedEmail);
        Add(command, "@hash", account.PasswordHash);
        Add(command, "@stamp", account.SecurityStamp);
        Add(command, "@role", account.Role.ToString().ToLowerInvariant());
        Add(command, "@failed", account.FailedSignIns);
        Add(command, "@locked", account.LockedUntil?.ToUnixTimeMilliseconds());
    }

    private static Account ReadAccount(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Email = r.GetString(1),
        NormalizedEmail = r.GetString(2),
        PasswordHash = r.IsDBNull(3) ? null : r.GetString(3),
        SecurityStamp = r.GetString(4),
        Role = Enum.Parse<AccountRole>(r.GetString(5), ignoreCase: true),
        FailedSignIns = (int)Long(r, 6),
        LockedUntil = r.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(Long(r, 7)),
        CreatedAt = Timestamps.Parse(r.GetString(8)),
    };

    private static List<T> ReadAll<T>(DbCommand command, Func<DbDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // INTEGER is 32 bits on PostgreSQL and 64 on SQLite: read either as a long.
    private static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}

/// <summary>Invitation codes: twelve letters and digits that cannot be mistaken for one another, shown in groups of four.</summary>
public static class InvitationCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => new([.. Enumerable.Range(0, 12).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);

    /// <summary>A code as typed (any case, with or without dashes and spaces) as it is stored.</summary>
    public static string Normalize(string code) => new([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    /// <summary>A stored code as shown: <c>ABCD-EFGH-JKLM</c>.</summary>
    public static string Display(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));
}
