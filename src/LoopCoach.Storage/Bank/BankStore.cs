using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using LoopCoach.Core;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Bank;

/// <summary>
/// Everything one owner has, out and in: stories with their history, postings, mock loops with every answer, retry
/// and measure, retrospectives and the questions seen in real interviews. What is not the owner's alone stays out:
/// invitations, a coach's comments and assignments belong to the coach's account on this server, and a plan's ticks
/// live in the browser. An import is one transaction: all of it is saved, or nothing.
/// </summary>
public sealed class BankStore(LoopCoachDatabase database, FrameworkCatalog frameworks, TimeProvider clock, Owner owner)
{
    /// <summary>
    /// Runs between reading the stories and reading the rest of an export: a test writes there, from another
    /// connection, to show that the export still reads one moment of the database.
    /// </summary>
    internal Action? BetweenReads { get; init; }

    /// <summary>
    /// The owner's whole bank, read in one snapshot (a read transaction on SQLite, repeatable read on PostgreSQL): a
    /// story or an answer saved while the export runs is either wholly in the file or wholly out of it.
    /// </summary>
    public BankDocument Export() => database.Snapshot(tx => ExportIn(tx, Timestamps.Now(clock)));

    /// <summary>The owner's whole bank as <paramref name="tx"/> sees it: a server backup reads every owner in one snapshot.</summary>
    internal BankDocument ExportIn(DbTransaction tx, DateTimeOffset exportedAt)
    {
        var stories = new StoryStore(database, frameworks, clock, owner).ExportIn(tx, exportedAt).Stories;
        BetweenReads?.Invoke();
        return new BankDocument
        {
            ExportedAt = exportedAt,
            Stories = stories,
            Postings = Rows(tx, "SELECT uid, title, company, text, created_at FROM postings WHERE owner_id = @owner ORDER BY id", r => new BankPosting
            {
                Uid = Guid.Parse(r.GetString(0)),
                Title = r.GetString(1),
                Company = r.GetString(2),
                Text = r.GetString(3),
                CreatedAt = Timestamps.Parse(r.GetString(4)),
            }),
            Sessions = Sessions(tx),
            Retros = Rows(tx, "SELECT uid, data, created_at, updated_at FROM retros WHERE owner_id = @owner ORDER BY id", r => new BankRetro
            {
                Uid = Guid.Parse(r.GetString(0)),
                Retro = Element(r.GetString(1)),
                CreatedAt = Timestamps.Parse(r.GetString(2)),
                UpdatedAt = Timestamps.Parse(r.GetString(3)),
            }),
            SeenQuestions = Rows(tx, """
                SELECT q.text, q.language, q.competency, q.times, q.first_seen, q.last_seen, r.uid
                FROM seen_questions q LEFT JOIN retros r ON r.id = q.last_retro AND r.owner_id = q.owner_id
                WHERE q.owner_id = @owner ORDER BY q.id
                """, r => new BankSeenQuestion
            {
                Text = r.GetString(0),
                Language = r.GetString(1),
                Competency = r.IsDBNull(2) ? null : r.GetString(2),
                Times = r.GetInt32(3),
                FirstSeen = Timestamps.Parse(r.GetString(4)),
                LastSeen = Timestamps.Parse(r.GetString(5)),
                LastRetro = r.IsDBNull(6) ? null : Guid.Parse(r.GetString(6)),
            }),
        };
    }

    /// <summary>
    /// Takes a bank file in, in one transaction (kept only when <paramref name="commit"/>; a dry run reports and
    /// keeps nothing). Stories follow <c>stories import</c>: a new one is added with its history, one already here
    /// gets the file's text as a new version when it differs. A posting, loop or retrospective already here (by its
    /// uid) is left as it is; a question seen before keeps the larger count and the wider span of dates.
    /// </summary>
    public BankImportReport Import(BankDocument document, bool commit = true)
    {
        LoopCoachException.ThrowIfAny(BankImport.Check(document, frameworks, YearMonth.Of(Timestamps.Now(clock))), "import.invalid");
        return database.InTransaction(tx => ImportIn(tx, document, commit), commit);
    }

    /// <summary>The import of a checked document inside <paramref name="tx"/>: a server restore takes every owner's in one transaction.</summary>
    internal BankImportReport ImportIn(DbTransaction tx, BankDocument document, bool commit = true)
    {
        var stories = new StoryStore(database, frameworks, clock, owner).ImportIn(tx, new StoryBankDocument { ExportedAt = document.ExportedAt, Stories = document.Stories });
        var postings = Count(document.Postings, p => Insert(tx, "postings", p.Uid, uid => Scalar(tx,
            "INSERT INTO postings (owner_id, uid, title, company, text, created_at) VALUES (@owner, @uid, @title, @company, @text, @created) RETURNING id",
            c => c.AddParameter("@uid", uid).AddParameter("@title", p.Title).AddParameter("@company", p.Company).AddParameter("@text", p.Text).AddParameter("@created", Timestamps.Format(p.CreatedAt)))!.Value) is not null);
        var sessions = Count(document.Sessions, s => Insert(tx, "sessions", s.Uid, uid => InsertSession(tx, uid, s)) is not null);
        var retroIds = new Dictionary<Guid, long>();
        var retros = Count(document.Retros, r =>
        {
            var added = Insert(tx, "retros", r.Uid, uid => InsertRetro(tx, uid, r));
            retroIds[r.Uid] = added ?? Existing(tx, "retros", r.Uid)!.Value;
            return added is not null;
        });
        var seen = SeenQuestions(tx, document.SeenQuestions, retroIds);
        return new BankImportReport
        {
            Stories = new BankCount(stories.Added.Count, stories.Updated.Count, stories.Unchanged.Count),
            Postings = postings,
            Sessions = sessions,
            Retros = retros,
            SeenQuestions = seen,
            DryRun = !commit,
        };
    }

    private static BankCount Count<T>(IReadOnlyList<T> items, Func<T, bool> add)
    {
        var added = items.Count(add);
        return new BankCount(added, 0, items.Count - added);
    }

    /// <summary>
    /// Adds a row the owner does not have yet (by its uid, or the uid it was given when first imported here); its
    /// new id, or null when it is here already. A uid is unique across every owner: when another owner has it (the
    /// same file taken into two accounts), this owner's copy gets a uid derived from both, the same each time, so
    /// importing the file again adds nothing.
    /// </summary>
    private long? Insert(DbTransaction tx, string table, Guid uid, Func<string, long> insert)
    {
        if (Existing(tx, table, uid) is not null)
        {
            return null;
        }

        var taken = Scalar(tx, $"SELECT count(*) FROM {table} WHERE uid = @uid", c => c.AddParameter("@uid", uid.ToString())) > 0;
        return insert((taken ? Derived(uid) : uid).ToString());
    }

    private long? Existing(DbTransaction tx, string table, Guid uid) =>
        Scalar(tx, $"SELECT min(id) FROM {table} WHERE owner_id = @owner AND uid IN (@uid, @derived)",
            c => c.AddParameter("@uid", uid.ToString()).AddParameter("@derived", Derived(uid).ToString()));

    private Guid Derived(Guid uid) => owner.CopyOf(uid);

    private long InsertSession(DbTransaction tx, string uid, BankSession session)
    {
        var id = Scalar(tx, """
            INSERT INTO sessions (owner_id, uid, template, plan, status, state, debrief, progress, created_at, updated_at)
            VALUES (@owner, @uid, @template, @plan, @status, @state, @debrief, @progress, @created, @updated) RETURNING id
            """, c => c.AddParameter("@uid", uid).AddParameter("@template", session.Template).AddParameter("@plan", session.Plan.GetRawText())
                .AddParameter("@status", session.Status.ToLowerInvariant()).AddParameter("@state", Raw(session.State)).AddParameter("@debrief", Raw(session.Debrief))
                .AddParameter("@progress", Raw(session.Progress)).AddParameter("@created", Timestamps.Format(session.CreatedAt)).AddParameter("@updated", Timestamps.Format(session.UpdatedAt)))!.Value;
        foreach (var turn in session.Turns)
        {
            Scalar(tx, """
                INSERT INTO session_turns (session_id, seq, interviewer, kind, question, question_id, competency, gap, answer, created_at, data)
                VALUES (@id, @seq, @interviewer, @kind, @question, @questionId, @competency, @gap, @answer, @created, @data)
                """, c => c.AddParameter("@id", id).AddParameter("@seq", turn.Seq).AddParameter("@interviewer", turn.Interviewer).AddParameter("@kind", turn.Kind.ToLowerInvariant())
                    .AddParameter("@question", turn.Question).AddParameter("@questionId", turn.QuestionId).AddParameter("@competency", turn.Competency).AddParameter("@gap", turn.Gap)
                    .AddParameter("@answer", turn.Answer).AddParameter("@created", Timestamps.Format(turn.CreatedAt)).AddParameter("@data", Raw(turn.Data)));
        }

        foreach (var retry in session.Retries)
        {
            Scalar(tx, """
                INSERT INTO session_retries (session_id, seq, attempt, answer, analysis, created_at)
                VALUES (@id, @seq, @attempt, @answer, @analysis, @created)
                """, c => c.AddParameter("@id", id).AddParameter("@seq", retry.Seq).AddParameter("@attempt", retry.Attempt).AddParameter("@answer", retry.Answer)
                    .AddParameter("@analysis", retry.Analysis.GetRawText()).AddParameter("@created", Timestamps.Format(retry.CreatedAt)));
        }

        return id;
    }

    private long InsertRetro(DbTransaction tx, string uid, BankRetro retro)
    {
        var read = retro.Retro.Deserialize(RetroJsonContext.Default.Retrospective)!;
        return Scalar(tx, """
            INSERT INTO retros (owner_id, uid, company, position, held_on, data, created_at, updated_at)
            VALUES (@owner, @uid, @company, @position, @held, @data, @created, @updated) RETURNING id
            """, c => c.AddParameter("@uid", uid).AddParameter("@company", read.Company).AddParameter("@position", read.Position)
                .AddParameter("@held", read.HeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddParameter("@data", retro.Retro.GetRawText())
                .AddParameter("@created", Timestamps.Format(retro.CreatedAt)).AddParameter("@updated", Timestamps.Format(retro.UpdatedAt)))!.Value;
    }

    private BankCount SeenQuestions(DbTransaction tx, IReadOnlyList<BankSeenQuestion> questions, Dictionary<Guid, long> retroIds)
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var question in questions)
        {
            var retro = question.LastRetro is { } uid ? retroIds[uid] : (long?)null;
            using var find = database.Command(tx, "SELECT times, first_seen, last_seen FROM seen_questions WHERE owner_id = @owner AND text = @text");
            find.AddParameter("@owner", owner.Id).AddParameter("@text", question.Text);
            (int Times, DateTimeOffset First, DateTimeOffset Last)? here = null;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    here = (reader.GetInt32(0), Timestamps.Parse(reader.GetString(1)), Timestamps.Parse(reader.GetString(2)));
                }
            }

            if (here is null)
            {
                Scalar(tx, """
                    INSERT INTO seen_questions (owner_id, text, language, competency, times, first_seen, last_seen, last_retro)
                    VALUES (@owner, @text, @language, @competency, @times, @first, @last, @retro)
                    """, c => c.AddParameter("@text", question.Text).AddParameter("@language", question.Language).AddParameter("@competency", question.Competency)
                        .AddParameter("@times", question.Times).AddParameter("@first", Timestamps.Format(question.FirstSeen)).AddParameter("@last", Timestamps.Format(question.LastSeen)).AddParameter("@retro", retro));
                added++;
                continue;
            }

            var (times, first, last) = here.Value;
            var later = Timestamps.Parse(Timestamps.Format(question.LastSeen)) > last;
            if (question.Times <= times && Timestamps.Parse(Timestamps.Format(question.FirstSeen)) >= first && !later)
            {
                unchanged++;
                continue;
            }

            Scalar(tx, $"""
                UPDATE seen_questions SET times = @times, first_seen = @first, last_seen = @last{(later ? ", last_retro = @retro" : "")}
                WHERE owner_id = @owner AND text = @text
                """, c => c.AddParameter("@text", question.Text).AddParameter("@times", Math.Max(times, question.Times))
                    .AddParameter("@first", Timestamps.Format(question.FirstSeen < first ? question.FirstSeen : first))
                    .AddParameter("@last", Timestamps.Format(later ? question.LastSeen : last)).AddParameter("@retro", retro));
            updated++;
        }

        return new BankCount(added, updated, unchanged);
    }

    private BankSession[] Sessions(DbTransaction tx)
    {
        var turns = Rows(tx, """
            SELECT t.session_id, t.seq, t.interviewer, t.kind, t.question, t.question_id, t.competency, t.gap, t.answer, t.data, t.created_at
            FROM session_turns t JOIN sessions s ON s.id = t.session_id WHERE s.owner_id = @owner ORDER BY t.session_id, t.seq
            """, r => (Session: r.GetInt64(0), Turn: new BankTurn
        {
            Seq = r.GetInt32(1),
            Interviewer = r.GetInt32(2),
            Kind = r.GetString(3),
            Question = r.GetString(4),
            QuestionId = r.IsDBNull(5) ? null : r.GetString(5),
            Competency = r.IsDBNull(6) ? null : r.GetString(6),
            Gap = r.IsDBNull(7) ? null : r.GetString(7),
            Answer = r.GetString(8),
            Data = r.IsDBNull(9) ? null : Element(r.GetString(9)),
            CreatedAt = Timestamps.Parse(r.GetString(10)),
        })).ToLookup(t => t.Session, t => t.Turn);
        var retries = Rows(tx, """
            SELECT r.session_id, r.seq, r.attempt, r.answer, r.analysis, r.created_at
            FROM session_retries r JOIN sessions s ON s.id = r.session_id WHERE s.owner_id = @owner ORDER BY r.session_id, r.seq, r.attempt
            """, r => (Session: r.GetInt64(0), Retry: new BankRetry
        {
            Seq = r.GetInt32(1),
            Attempt = r.GetInt32(2),
            Answer = r.GetString(3),
            Analysis = Element(r.GetString(4)),
            CreatedAt = Timestamps.Parse(r.GetString(5)),
        })).ToLookup(t => t.Session, t => t.Retry);
        return Rows(tx, "SELECT id, uid, template, status, plan, state, debrief, progress, created_at, updated_at FROM sessions WHERE owner_id = @owner ORDER BY id", r => new BankSession
        {
            Uid = Guid.Parse(r.GetString(1)),
            Template = r.GetString(2),
            Status = r.GetString(3),
            Plan = Element(r.GetString(4)),
            State = r.IsDBNull(5) ? null : Element(r.GetString(5)),
            Debrief = r.IsDBNull(6) ? null : Element(r.GetString(6)),
            Progress = r.IsDBNull(7) ? null : Element(r.GetString(7)),
            CreatedAt = Timestamps.Parse(r.GetString(8)),
            UpdatedAt = Timestamps.Parse(r.GetString(9)),
            Turns = [.. turns[r.GetInt64(0)]],
            Retries = [.. retries[r.GetInt64(0)]],
        });
    }

    private T[] Rows<T>(DbTransaction tx, string sql, Func<DbDataReader, T> read)
    {
        using var command = database.Command(tx, sql);
        command.AddParameter("@owner", owner.Id);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return [.. rows];
    }

    private long? Scalar(DbTransaction tx, string sql, Action<DbCommand> bind)
    {
        using var command = database.Command(tx, sql);
        if (sql.Contains("@owner", StringComparison.Ordinal))
        {
            command.AddParameter("@owner", owner.Id);
        }

        bind(command);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string? Raw(JsonElement? element) =>
        element is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } value ? value.GetRawText() : null;
}
