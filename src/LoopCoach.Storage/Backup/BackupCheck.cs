using System.Globalization;
using System.Text.Json;
using LoopCoach.Core;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Bank;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Backup;

/// <summary>
/// Reading and checking a backup before anything is written: every owner's bank as an import checks it, and every
/// link between the parts (an invitation's accounts, a comment's loop, an assignment's candidates) to something the
/// file holds. A file that passes restores whole; one that does not changes nothing.
/// </summary>
public static class BackupCheck
{
    /// <summary>The largest backup read, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024 * 1024;

    /// <summary>Parses a backup file; JSON that cannot be read is an error naming the line, the column and the path.</summary>
    public static ServerBackup Parse(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.too-large", source, MaxFileBytes / 1024 / 1024);
        }

        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source);
        }

        try
        {
            // Read as UTF-8 bytes, never as one string: a server's backup may be hundreds of megabytes.
            return JsonSerializer.Deserialize(bytes, BackupJsonContext.Default.ServerBackup)
                ?? throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path;
            throw new LoopCoachException(
                ErrorKind.InvalidInput,
                "backup.malformed",
                [source, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1],
                [new Problem(field, e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "import.json-wrong-type" : "bank.json-error")],
                e);
        }
    }

    /// <summary>Every problem in <paramref name="backup"/>, each with the JSON path of its value.</summary>
    public static IReadOnlyList<Problem> Check(ServerBackup backup, FrameworkCatalog frameworks, YearMonth thisMonth)
    {
        var problems = new List<Problem>();
        if (backup.Format != ServerBackup.FormatName)
        {
            problems.Add(backup.Format is BankDocument.FormatName or StoryBankDocument.FormatName
                ? new Problem("format", "backup.is-export", backup.Format)
                : new Problem("format", "backup.wrong-format", backup.Format ?? "", ServerBackup.FormatName));
            return problems;
        }

        if (backup.FormatVersion is < 1 or > ServerBackup.CurrentFormatVersion)
        {
            problems.Add(new Problem("formatVersion", "import.format-version", backup.FormatVersion, ServerBackup.CurrentFormatVersion));
            return problems;
        }

        if (!Lists(backup, problems))
        {
            return problems;
        }

        var accounts = Accounts(backup.Accounts, problems);
        var loops = Banks(backup.Banks, frameworks, thisMonth, problems);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < backup.Invitations.Count; i++)
        {
            var invitation = backup.Invitations[i];
            var path = $"invitations[{i}]";
            Unique(invitation.Code, path + ".code", codes, problems);
            Account(invitation.CandidateId, path + ".candidateId", accounts, problems);
            if (invitation.CoachId is not null)
            {
                Account(invitation.CoachId, path + ".coachId", accounts, problems);
            }
        }

        var comments = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < backup.Comments.Count; i++)
        {
            var comment = backup.Comments[i];
            var path = $"comments[{i}]";
            Unique(comment.Id, path + ".id", comments, problems);
            Account(comment.CoachId, path + ".coachId", accounts, problems);
            Loop(comment.OwnerId, comment.Session, path + ".session", loops, problems);
            Required(comment.Text, path + ".text", problems);
        }

        Assignments(backup.Assignments, accounts, loops, problems);

        for (var i = 0; i < backup.DataProtectionKeys.Count; i++)
        {
            Required(backup.DataProtectionKeys[i].Xml, $"dataProtectionKeys[{i}].xml", problems);
        }

        return problems;
    }

    private static HashSet<string> Accounts(IReadOnlyList<BackupAccount> accounts, List<Problem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            var path = $"accounts[{i}]";
            Unique(account.Id, path + ".id", ids, problems);
            Required(account.Email, path + ".email", problems);
            Unique(account.NormalizedEmail, path + ".normalizedEmail", emails, problems);
            Required(account.SecurityStamp, path + ".securityStamp", problems);
            if (!Enum.TryParse<AccountRole>(account.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(account.Role, out _))
            {
                problems.Add(new Problem(path + ".role", "backup.role", account.Role ?? ""));
            }
        }

        return ids;
    }

    // Every bank checked as an import checks it; the loops of each owner, for the comments and assignments that name them.
    private static Dictionary<string, HashSet<Guid>> Banks(IReadOnlyList<BackupBank> banks, FrameworkCatalog frameworks, YearMonth thisMonth, List<Problem> problems)
    {
        var loops = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
        var owners = new HashSet<string>(StringComparer.Ordinal);
        var everyLoop = new HashSet<Guid>();
        for (var i = 0; i < banks.Count; i++)
        {
            var path = $"banks[{i}]";
            var bank = banks[i];
            Unique(bank.Owner, path + ".owner", owners, problems);
            if (bank.Bank is null)
            {
                problems.Add(new Problem(path + ".bank", "content.field-missing"));
                continue;
            }

            var found = BankImport.Check(bank.Bank, frameworks, thisMonth);
            problems.AddRange(found.Select(p => p with { Field = $"{path}.bank.{p.Field}" }));
            if (found.Count > 0 || bank.Owner is null)
            {
                continue;
            }

            loops[bank.Owner] = [.. bank.Bank.Sessions.Select(s => s.Uid)];
            for (var s = 0; s < bank.Bank.Sessions.Count; s++)
            {
                // A uid is unique across the whole database: two owners with the same loop cannot both be restored as they were.
                if (!everyLoop.Add(bank.Bank.Sessions[s].Uid))
                {
                    problems.Add(new Problem($"{path}.bank.sessions[{s}].uid", "backup.duplicate"));
                }
            }
        }

        return loops;
    }

    private static void Assignments(IReadOnlyList<BackupAssignment> assignments, HashSet<string> accounts, Dictionary<string, HashSet<Guid>> loops, List<Problem> problems)
    {
        var ids = new HashSet<long>();
        var linked = new HashSet<Guid>();
        for (var i = 0; i < assignments.Count; i++)
        {
            var assignment = assignments[i];
            var path = $"assignments[{i}]";
            if (assignment.Id < 1 || !ids.Add(assignment.Id))
            {
                problems.Add(new Problem(path + ".id", assignment.Id < 1 ? "content.field-missing" : "backup.duplicate"));
            }

            Account(assignment.CoachId, path + ".coachId", accounts, problems);
            Required(assignment.Template, path + ".template", problems);
            if (assignment.Language is not ("ko" or "en"))
            {
                problems.Add(new Problem(path + ".language", "bank.language", assignment.Language ?? ""));
            }

            if (!DateOnly.TryParseExact(assignment.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add(new Problem(path + ".dueOn", "plan.date-invalid", assignment.DueOn ?? ""));
            }

            if (assignment.Attempts is < 1 or > AssignmentStore.MaxAttempts)
            {
                problems.Add(new Problem(path + ".attempts", "assignment.error.attempts", AssignmentStore.MaxAttempts));
            }

            if (assignment.Plan is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } plan && !Reads(plan))
            {
                problems.Add(new Problem(path + ".plan", "bank.unreadable"));
            }

            if (assignment.Candidates is null || assignment.Loops is null)
            {
                problems.Add(new Problem(path + (assignment.Candidates is null ? ".candidates" : ".loops"), "input.expected-list"));
                continue;
            }

            for (var c = 0; c < assignment.Candidates.Count; c++)
            {
                Account(assignment.Candidates[c], $"{path}.candidates[{c}]", accounts, problems);
            }

            for (var l = 0; l < assignment.Loops.Count; l++)
            {
                var loop = assignment.Loops[l];
                var loopPath = $"{path}.loops[{l}]";
                if (loop is null)
                {
                    problems.Add(new Problem(loopPath, "input.expected-entry"));
                    continue;
                }

                Account(loop.CandidateId, loopPath + ".candidateId", accounts, problems);
                Loop(loop.CandidateId, loop.Session, loopPath + ".session", loops, problems);
                if (!linked.Add(loop.Session))
                {
                    problems.Add(new Problem(loopPath + ".session", "backup.duplicate"));
                }
            }
        }
    }

    private static bool Reads(JsonElement plan)
    {
        try
        {
            return plan.ValueKind == JsonValueKind.Object && plan.Deserialize(SessionJsonContext.Default.LoopPlan) is not null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    // Every list present, and no entry of one null.
    private static bool Lists(ServerBackup backup, List<Problem> problems)
    {
        var before = problems.Count;
        DocumentLists.Check(problems, backup.Accounts, "accounts");
        DocumentLists.Check(problems, backup.Banks, "banks");
        DocumentLists.Check(problems, backup.Invitations, "invitations");
        DocumentLists.Check(problems, backup.Comments, "comments");
        DocumentLists.Check(problems, backup.Assignments, "assignments");
        DocumentLists.Check(problems, backup.DataProtectionKeys, "dataProtectionKeys");
        return problems.Count == before;
    }

    private static void Unique(string? value, string path, HashSet<string> seen, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new Problem(path, "content.field-missing"));
        }
        else if (!seen.Add(value))
        {
            problems.Add(new Problem(path, "backup.duplicate"));
        }
    }

    private static void Required(string? value, string path, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new Problem(path, "content.field-missing"));
        }
    }

    private static void Account(string? id, string path, HashSet<string> accounts, List<Problem> problems)
    {
        if (id is null || !accounts.Contains(id))
        {
            problems.Add(new Problem(path, "backup.unknown-account"));
        }
    }

    private static void Loop(string? owner, Guid uid, string path, Dictionary<string, HashSet<Guid>> loops, List<Problem> problems)
    {
        if (owner is null || !loops.TryGetValue(owner, out var theirs) || !theirs.Contains(uid))
        {
            problems.Add(new Problem(path, "backup.unknown-loop"));
        }
    }
}
