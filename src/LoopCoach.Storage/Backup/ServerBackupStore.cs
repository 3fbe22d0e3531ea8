using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using LoopCoach.Core;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Bank;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Backup;

/// <summary>
/// A whole server out and in: every account, every owner's bank (the whole-bank export of each), invitations,
/// comments, assignments and the data-protection keys. A backup reads in one snapshot; a restore writes in one
/// transaction into an empty database (or, asked to replace, one it empties first), so a bad file or a failure
/// half-way leaves the target as it was. Reset links and sign-in attempts are not kept: they last a day and a
/// minute, and a restored server starts without them.
/// </summary>
public sealed class ServerBackupStore(LoopCoachDatabase database, FrameworkCatalog frameworks, TimeProvider clock)
{
    // Every table with data, children before parents: what --replace empties.
    private static readonly string[] Tables =
    [
        "debrief_comments", "assignment_sessions", "assignment_candidates", "assignments", "session_retries", "session_turns", "sessions",
        "story_versions", "stories", "seen_questions", "retros", "postings", "invitations", "account_resets", "sign_in_attempts", "accounts",
    ];

    /// <summary>Everything in the database as of one moment.</summary>
    public ServerBackup Take() => database.Snapshot(tx =>
    {
        var now = Timestamps.Now(clock);
        var accounts = Rows(tx, "SELECT id, email, normalized_email, password_hash, security_stamp, role, failed_sign_ins, locked_until, created_at FROM accounts", r => new BackupAccount
        {
            Id = r.GetString(0),
            Email = r.GetString(1),
            NormalizedEmail = r.GetString(2),
            PasswordHash = r.IsDBNull(3) ? null : r.GetString(3),
            SecurityStamp = r.GetString(4),
            Role = r.GetString(5),
            FailedSignIns = (int)Long(r, 6),
            LockedUntil = r.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(Long(r, 7)),
            CreatedAt = Timestamps.Parse(r.GetString(8)),
        }).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var owners = Rows(tx, """
            SELECT id FROM accounts UNION SELECT owner_id FROM stories UNION SELECT owner_id FROM sessions
            UNION SELECT owner_id FROM postings UNION SELECT owner_id FROM retros UNION SELECT owner_id FROM seen_questions
            """, r => r.GetString(0)).Order(StringComparer.Ordinal).ToList();
        var banks = owners.Select(owner => new BackupBank { Owner = owner, Bank = new BankStore(database, frameworks, clock, new Owner(owner)).ExportIn(tx, now) }).ToList();
        // Where each loop stands in its owner's bank: the order a restore gives them again.
        var loopOrder = banks.SelectMany(b => b.Bank.Sessions.Select((s, i) => (s.Uid, i))).ToDictionary(x => x.Uid, x => x.i);
        var loops = Rows(tx, "SELECT x.assignment_id, s.uid, x.candidate_id, x.created_at FROM assignment_sessions x JOIN sessions s ON s.id = x.session_id", r => (Assignment: Long(r, 0), Loop: new BackupAssignedLoop
        {
            Session = Guid.Parse(r.GetString(1)),
            CandidateId = r.GetString(2),
            CreatedAt = Timestamps.Parse(r.GetString(3)),
        })).ToLookup(x => x.Assignment, x => x.Loop);
        var candidates = Rows(tx, "SELECT assignment_id, candidate_id FROM assignment_candidates", r => (Assignment: Long(r, 0), Candidate: r.GetString(1)))
            .ToLookup(x => x.Assignment, x => x.Candidate);
        return new ServerBackup
        {
            CreatedAt = now,
            Database = database.Target.Kind == DatabaseKind.Postgres ? "postgres" : "sqlite",
            SchemaVersion = database.SchemaVersion,
            Accounts = accounts,
            Banks = banks,
            Invitations = [.. Rows(tx, "SELECT code, candidate_id, coach_id, share_sessions, share_stories, created_at, redeemed_at FROM invitations", r => new BackupInvitation
            {
                Code = r.GetString(0),
                CandidateId = r.GetString(1),
                CoachId = r.IsDBNull(2) ? null : r.GetString(2),
                ShareSessions = Long(r, 3) != 0,
                ShareStories = Long(r, 4) != 0,
                CreatedAt = Timestamps.Parse(r.GetString(5)),
                RedeemedAt = r.IsDBNull(6) ? null : Timestamps.Parse(r.GetString(6)),
            }).OrderBy(i => i.Code, StringComparer.Ordinal)],
            Comments = [.. Rows(tx, "SELECT c.id, c.owner_id, s.uid, c.coach_id, c.text, c.created_at FROM debrief_comments c JOIN sessions s ON s.id = c.session_id", r => new BackupComment
            {
                Id = r.GetString(0),
                OwnerId = r.GetString(1),
                Session = Guid.Parse(r.GetString(2)),
                CoachId = r.GetString(3),
                Text = r.GetString(4),
                CreatedAt = Timestamps.Parse(r.GetString(5)),
            }).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)],
            Assignments = [.. Rows(tx, "SELECT id, coach_id, template, language, seed, due_on, attempts, created_at, plan, title FROM assignments ORDER BY id", r => new BackupAssignment
            {
                Id = Long(r, 0),
                CoachId = r.GetString(1),
                Template = r.GetString(2),
                Language = r.GetString(3),
                Seed = (int)Long(r, 4),
                DueOn = r.GetString(5),
                Attempts = (int)Long(r, 6),
                CreatedAt = Timestamps.Parse(r.GetString(7)),
                Plan = r.IsDBNull(8) ? null : Element(r.GetString(8)),
                Title = r.IsDBNull(9) ? null : r.GetString(9),
            }).Select(a => a with
            {
                Candidates = [.. candidates[a.Id].Order(StringComparer.Ordinal)],
                Loops = [.. loops[a.Id].OrderBy(l => l.CandidateId, StringComparer.Ordinal).ThenBy(l => loopOrder.GetValueOrDefault(l.Session))],
            })],
            DataProtectionKeys = database.Target.Kind == DatabaseKind.Postgres
                ? Rows(tx, "SELECT friendly_name, xml, created_at FROM data_protection_keys ORDER BY id", r => new BackupKey
                {
                    FriendlyName = r.GetString(0),
                    Xml = r.GetString(1),
                    CreatedAt = Timestamps.Parse(r.GetString(2)),
                })
                : [],
        };
    });

    /// <summary>
    /// Restores <paramref name="backup"/> in one transaction. A file with any problem is refused before anything is
    /// written; a database holding data is refused unless <paramref name="replace"/>, which empties it first (in the
    /// same transaction, so a failure keeps what was there).
    /// </summary>
    public RestoreReport Restore(ServerBackup backup, bool replace)
    {
        LoopCoachException.ThrowIfAny(BackupCheck.Check(backup, frameworks, YearMonth.Of(Timestamps.Now(clock))), "backup.invalid");
        return database.InTransaction(tx =>
        {
            var (accounts, rows) = Held(tx);
            var replaced = accounts + rows > 0;
            if (replaced && !replace)
            {
                throw new LoopCoachException(ErrorKind.Conflict, "backup.target-not-empty", database.Path, accounts, rows);
            }

            if (replaced)
            {
                foreach (var table in Tables)
                {
                    Execute(tx, $"DELETE FROM {table}", _ => { });
                }
            }

            foreach (var account in backup.Accounts)
            {
                Execute(tx, """
                    INSERT INTO accounts (id, email, normalized_email, password_hash, security_stamp, role, failed_sign_ins, locked_until, created_at)
                    VALUES (@id, @email, @normalized, @hash, @stamp, @role, @failed, @locked, @created)
                    """, c => c.AddParameter("@id", account.Id).AddParameter("@email", account.Email).AddParameter("@normalized", account.NormalizedEmail)
                        .AddParameter("@hash", account.PasswordHash).AddParameter("@stamp", account.SecurityStamp).AddParameter("@role", account.Role.ToLowerInvariant())
                        .AddParameter("@failed", account.FailedSignIns).AddParameter("@locked", account.LockedUntil?.ToUnixTimeMilliseconds())
                        .AddParameter("@created", Timestamps.Format(account.CreatedAt)));
            }

            foreach (var bank in backup.Banks)
            {
                new BankStore(database, frameworks, clock, new Owner(bank.Owner)).ImportIn(tx, bank.Bank);
            }

            foreach (var invitation in backup.Invitations)
            {
                Execute(tx, """
                    INSERT INTO invitations (code, candidate_id, coach_id, share_sessions, share_stories, created_at, redeemed_at)
                    VALUES (@code, @candidate, @coach, @sessions, @stories, @created, @redeemed)
                    """, c => c.AddParameter("@code", invitation.Code).AddParameter("@candidate", invitation.CandidateId).AddParameter("@coach", invitation.CoachId)
                        .AddParameter("@sessions", invitation.ShareSessions ? 1 : 0).AddParameter("@stories", invitation.ShareStories ? 1 : 0)
                        .AddParameter("@created", Timestamps.Format(invitation.CreatedAt)).AddParameter("@redeemed", invitation.RedeemedAt is { } at ? Timestamps.Format(at) : null));
            }

            foreach (var comment in backup.Comments)
            {
                Execute(tx, """
                    INSERT INTO debrief_comments (id, owner_id, session_id, coach_id, text, created_at)
                    VALUES (@id, @owner, @session, @coach, @text, @created)
                    """, c => c.AddParameter("@id", comment.Id).AddParameter("@owner", comment.OwnerId).AddParameter("@session", SessionId(tx, comment.OwnerId, comment.Session))
                        .AddParameter("@coach", comment.CoachId).AddParameter("@text", comment.Text).AddParameter("@created", Timestamps.Format(comment.CreatedAt)));
            }

            foreach (var assignment in backup.Assignments)
            {
                Execute(tx, """
                    INSERT INTO assignments (id, coach_id, template, language, seed, due_on, attempts, created_at, plan, title)
                    VALUES (@id, @coach, @template, @language, @seed, @due, @attempts, @created, @plan, @title)
                    """, c => c.AddParameter("@id", assignment.Id).AddParameter("@coach", assignment.CoachId).AddParameter("@template", assignment.Template)
                        .AddParameter("@language", assignment.Language).AddParameter("@seed", assignment.Seed).AddParameter("@due", assignment.DueOn)
                        .AddParameter("@attempts", assignment.Attempts).AddParameter("@created", Timestamps.Format(assignment.CreatedAt))
                        .AddParameter("@plan", assignment.Plan is { ValueKind: JsonValueKind.Object } plan ? plan.GetRawText() : null).AddParameter("@title", assignment.Title));
                foreach (var candidate in assignment.Candidates)
                {
                    Execute(tx, "INSERT INTO assignment_candidates (assignment_id, candidate_id) VALUES (@id, @candidate)",
                        c => c.AddParameter("@id", assignment.Id).AddParameter("@candidate", candidate));
                }

                foreach (var loop in assignment.Loops)
                {
                    Execute(tx, "INSERT INTO assignment_sessions (session_id, assignment_id, candidate_id, created_at) VALUES (@session, @id, @candidate, @created)",
                        c => c.AddParameter("@session", SessionId(tx, loop.CandidateId, loop.Session)).AddParameter("@id", assignment.Id)
                            .AddParameter("@candidate", loop.CandidateId).AddParameter("@created", Timestamps.Format(loop.CreatedAt)));
                }
            }

            if (backup.Assignments.Count > 0)
            {
                database.Dialect.AfterExplicitId(database.Connection, tx, "assignments");
            }

            var skipped = 0;
            foreach (var key in backup.DataProtectionKeys)
            {
                if (database.Target.Kind != DatabaseKind.Postgres)
                {
                    skipped++;
                    continue;
                }

                // A key the target has already (a restore into the server it was taken from) is not added twice.
                Execute(tx, """
                    INSERT INTO data_protection_keys (friendly_name, xml, created_at)
                    SELECT @name, @xml, @created WHERE NOT EXISTS (SELECT 1 FROM data_protection_keys WHERE xml = @xml)
                    """, c => c.AddParameter("@name", key.FriendlyName).AddParameter("@xml", key.Xml).AddParameter("@created", Timestamps.Format(key.CreatedAt)));
            }

            return new RestoreReport(BackupCounts.Of(backup), replaced, skipped);
        });
    }

    // What the target holds: accounts, and rows of anyone's data.
    private (long Accounts, long Rows) Held(DbTransaction tx)
    {
        using var command = database.Command(tx, """
            SELECT (SELECT count(*) FROM accounts),
                   (SELECT count(*) FROM stories) + (SELECT count(*) FROM sessions) + (SELECT count(*) FROM postings)
                 + (SELECT count(*) FROM retros) + (SELECT count(*) FROM seen_questions) + (SELECT count(*) FROM invitations)
                 + (SELECT count(*) FROM assignments) + (SELECT count(*) FROM debrief_comments)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Long(reader, 0), Long(reader, 1));
    }

    private long SessionId(DbTransaction tx, string owner, Guid uid)
    {
        using var command = database.Command(tx, "SELECT id FROM sessions WHERE owner_id = @owner AND uid = @uid");
        command.AddParameter("@owner", owner).AddParameter("@uid", uid.ToString());
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(DbTransaction tx, string sql, Action<DbCommand> bind)
    {
        using var command = database.Command(tx, sql);
        bind(command);
        command.ExecuteNonQuery();
    }

    private List<T> Rows<T>(DbTransaction tx, string sql, Func<DbDataReader, T> read)
    {
        using var command = database.Command(tx, sql);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // INTEGER is 32 bits on PostgreSQL and 64 on SQLite; count(*) is a bigint: read any of them as a long.
    private static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
