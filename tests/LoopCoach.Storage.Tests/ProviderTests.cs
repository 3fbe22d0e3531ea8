using LoopCoach.Core.Errors;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.KeyRing;
using LoopCoach.Storage.Postgres;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests;

/// <summary>The provider tests on a SQLite file.</summary>
public sealed class ProviderOnSqliteTests() : ProviderTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ProviderOnPostgresTests() : ProviderTests(DatabaseKind.Postgres)
{
    [SkippableFact]
    public void Open_SeveralNodesAtOnceOnAnEmptyDatabase_MigrateItOnce()
    {
        using var schema = TestPostgres.NewSchema();
        // Each a connection string of its own (another application name), as another process would have: none of
        // them has seen the schema checked yet.
        var nodes = Enumerable.Range(0, 4).Select(i => DatabaseTarget.Postgres(schema.ConnectionString + $";Application Name=node{i}")).ToList();

        Parallel.ForEach(nodes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, node =>
        {
            using var database = LoopCoachDatabase.Open(node);
            new StoryStore(database, Core.Content.ContentCatalog.BuiltIn.Frameworks, TimeProvider.System).Add(new() { Title = node.Value[^5..] });
        });

        using var check = LoopCoachDatabase.Open(schema.Target);
        Assert.Equal(SchemaMigrator.Latest, check.SchemaVersion);
        Assert.Equal(4, new StoryStore(check, Core.Content.ContentCatalog.BuiltIn.Frameworks, TimeProvider.System).List().Count);
    }

    [SkippableFact]
    public void DataProtectionKeys_SavedByOneNode_AreReadByAnother()
    {
        var clock = TimeProvider.System;
        using var one = LoopCoachDatabase.Open(Bank.Target());
        using var other = LoopCoachDatabase.Open(Bank.Target());

        new DataProtectionKeyStore(one, clock).Add(new StoredKey("key-1", "<key id=\"1\" />"));
        new DataProtectionKeyStore(one, clock).Add(new StoredKey("key-2", "<key id=\"2\" />"));

        Assert.Equal(["key-1", "key-2"], new DataProtectionKeyStore(other, clock).All().Select(k => k.FriendlyName));
        Assert.Equal("<key id=\"2\" />", new DataProtectionKeyStore(other, clock).All()[1].Xml);
    }
}

/// <summary>What must come out the same whichever database is under the stores.</summary>
public abstract class ProviderTests(DatabaseKind kind) : IDisposable
{
    private protected TestBank Bank { get; } = new(kind);

    public void Dispose()
    {
        Bank.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Open_NewDatabase_IsAtTheLatestSchema()
    {
        Bank.Open().Add(new() { Title = "first" });

        using var database = LoopCoachDatabase.Open(Bank.Target());
        Assert.Equal(SchemaMigrator.Latest, database.SchemaVersion);
    }

    [SkippableFact]
    public void List_ByTagOrCompetency_FoldsCaseAndFindsKoreanTheSameWay()
    {
        var store = Bank.Open();
        var korean = store.Add(new() { Title = "온보딩 개선", Tags = ["온보딩", "Customer"], Competencies = ["Customer-Obsession"] });
        var english = store.Add(new() { Title = "Cut costs", Tags = ["COSTS"], Competencies = ["frugality"] });

        Assert.Equal([korean.Id], store.List(new StoryFilter { Tag = "온보딩" }).Select(s => s.Id));
        Assert.Equal([korean.Id], store.List(new StoryFilter { Tag = " customer " }).Select(s => s.Id));
        Assert.Equal([english.Id], store.List(new StoryFilter { Tag = "Costs" }).Select(s => s.Id));
        Assert.Equal([korean.Id], store.List(new StoryFilter { Competency = "CUSTOMER-OBSESSION" }).Select(s => s.Id));
        Assert.Equal(["customer-obsession"], store.Get(korean.Id).Content.Competencies);
        Assert.Empty(store.List(new StoryFilter { Tag = "온보" }));
    }

    [SkippableFact]
    public void SeenQuestions_CountTheSameTextTogether_AndTextsThatDifferOnlyInCaseApart()
    {
        using var database = LoopCoachDatabase.Open(Bank.Target());
        var retros = new RetroStore(database, Bank.Clock);
        RetroQuestion[] first = [new("Tell me about a time you failed.", false, null), new("갈등을 해결한 경험을 말씀해 주십시오.", false, null)];
        RetroQuestion[] second = [new("Tell me about a time you failed.", false, null), new("tell me about a time you failed.", false, null)];

        retros.Add(new Retrospective { Company = "A", Rounds = [new RetroRound(1, null, first, "", "")] });
        Bank.Clock.Advance(TimeSpan.FromMinutes(1));
        retros.Add(new Retrospective { Company = "B", Rounds = [new RetroRound(1, null, second, "", "")] });

        var seen = retros.SeenQuestions();
        Assert.Equal(
            [("Tell me about a time you failed.", 2, "en"), ("tell me about a time you failed.", 1, "en"), ("갈등을 해결한 경험을 말씀해 주십시오.", 1, "ko")],
            seen.Select(q => (q.Text, q.Times, q.Language)));
        Assert.Equal(Bank.Clock.Now, seen[0].LastSeen);
    }

    [SkippableFact]
    public void Import_KeepingItsIds_ThenAdd_TakesTheNextFreeId()
    {
        var source = Bank.Open(Path.Combine(Bank.Folder, "source.db"));
        var kept = Enumerable.Range(0, 3).Select(i => source.Add(new() { Title = $"story {i}" })).ToList();
        source.Delete(kept[0].Id);
        var export = source.Export();

        var target = Bank.Open();
        Assert.Equal(kept.Select(s => s.Id), target.Import(export).Added);
        var added = target.Add(new() { Title = "after the import" });

        Assert.True(added.Id > kept[^1].Id);
        Assert.Equal(4, target.List(new StoryFilter { IncludeDeleted = true }).Count);
    }

    [SkippableFact]
    public void Edit_FromSeveralConnectionsAtOnce_KeepsEveryVersionInOrder()
    {
        var story = Bank.Open().Add(new() { Title = "v1" });

        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            Bank.Open().Edit(story.Id, c => c with { Result = $"edit {i}" }));

        var history = Bank.Open().History(story.Id);
        Assert.Equal(Enumerable.Range(1, 7), history.Select(v => v.Version));
        Assert.Equal(6, history.Skip(1).Select(v => v.Content.Result).Distinct().Count());
    }

    private static Account MakeAccount(AccountStore accounts, string email, AccountRole role)
    {
        var account = new Account { Id = Guid.NewGuid().ToString(), Email = email, NormalizedEmail = Account.Normalize(email), SecurityStamp = "s", Role = role };
        accounts.Create(account);
        return account;
    }

    [SkippableFact]
    public void Assignments_ReadThroughAStandingInvitation_CountAttempts_AndGoWithTheCoachsAccount()
    {
        Bank.Open();
        using var database = LoopCoachDatabase.Open(Bank.Target());
        var accounts = new AccountStore(database, Bank.Clock);
        var assignments = new AssignmentStore(database, Bank.Clock);
        var coach = MakeAccount(accounts, "coach@example.com", AccountRole.Coach);
        var jiwoo = MakeAccount(accounts, "지우@example.com", AccountRole.Candidate);
        var minho = MakeAccount(accounts, "minho@example.com", AccountRole.Candidate);
        var stranger = MakeAccount(accounts, "stranger@example.com", AccountRole.Candidate);
        var code = accounts.Invite(jiwoo.Id, new Sharing(Sessions: true, Stories: false));
        Assert.True(accounts.Redeem(coach.Id, code));
        Assert.True(accounts.Redeem(coach.Id, accounts.Invite(minho.Id, new Sharing(Sessions: false, Stories: true))));

        var refused = Assert.Throws<LoopCoachException>(() => assignments.Create(coach.Id, "amazon-loop", "ko", 3, new DateOnly(2026, 12, 1), 2, [jiwoo.Id, stranger.Id]));
        Assert.Equal(ErrorKind.NotFound, refused.Kind);
        Assert.Empty(assignments.OfCoach(coach.Id));
        var id = assignments.Create(coach.Id, "amazon-loop", "ko", 3, new DateOnly(2026, 12, 1), 2, [jiwoo.Id, minho.Id]);
        long session;
        using (var insert = database.Command(null, "INSERT INTO sessions (owner_id, uid, template, plan, status, created_at, updated_at) VALUES (@owner, 'u1', 'amazon-loop', '{}', 'running', 'x', 'x') RETURNING id"))
        {
            insert.AddParameter("@owner", jiwoo.Id);
            session = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(assignments.Link(id, jiwoo.Id, session));

        var mine = Assert.Single(assignments.OfCandidate(jiwoo.Id));
        Assert.Equal((id, "coach@example.com", 1, new DateOnly(2026, 12, 1)), (mine.Assignment.Id, mine.Assignment.CoachEmail, mine.Used, mine.Assignment.DueOn));
        Assert.True(mine.IsOpen(new DateOnly(2026, 12, 1)));
        Assert.False(mine.IsOpen(new DateOnly(2026, 12, 2)));
        Assert.Empty(assignments.OfCandidate(stranger.Id));
        Assert.Null(assignments.OfCandidate(stranger.Id, id));
        Assert.Null(assignments.OfCoach(stranger.Id, id));
        var seen = assignments.Candidates(assignments.OfCoach(coach.Id, id)!);
        Assert.Equal([("minho@example.com", false, 0), ("지우@example.com", true, 1)], seen.Select(c => (c.Email, c.SharesSessions, c.Sessions.Count)));

        long second;
        using (var insert = database.Command(null, "INSERT INTO sessions (owner_id, uid, template, plan, status, created_at, updated_at) VALUES (@owner, 'u2', 'amazon-loop', '{}', 'running', 'x', 'x') RETURNING id"))
        {
            insert.AddParameter("@owner", jiwoo.Id);
            second = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using (var third = database.Command(null, "INSERT INTO sessions (owner_id, uid, template, plan, status, created_at, updated_at) VALUES (@owner, 'u3', 'amazon-loop', '{}', 'running', 'x', 'x') RETURNING id"))
        {
            third.AddParameter("@owner", jiwoo.Id);
            var thirdId = Convert.ToInt64(third.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(assignments.Link(id, jiwoo.Id, second));
            Assert.False(assignments.Link(id, jiwoo.Id, thirdId)); // two attempts allowed, both used
        }

        Assert.Equal(2, assignments.OfCandidate(jiwoo.Id, id)!.Used);
        Assert.True(accounts.Withdraw(jiwoo.Id, code));
        Assert.Equal(["minho@example.com"], assignments.Candidates(assignments.OfCoach(coach.Id, id)!).Select(c => c.Email));
        Assert.Empty(assignments.OfCandidate(jiwoo.Id));

        Assert.True(accounts.Delete(coach.Id));
        Assert.Empty(assignments.OfCandidate(minho.Id));
        using var left = database.Command(null, "SELECT (SELECT count(*) FROM assignments) + (SELECT count(*) FROM assignment_candidates) + (SELECT count(*) FROM assignment_sessions)");
        Assert.Equal(0L, Convert.ToInt64(left.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public void Assignments_ChangedAndDeletedByTheirCoachOnly_KeepAPostingsPlan_AndLeaveTheCandidatesLoops()
    {
        Bank.Open();
        using var database = LoopCoachDatabase.Open(Bank.Target());
        var accounts = new AccountStore(database, Bank.Clock);
        var assignments = new AssignmentStore(database, Bank.Clock);
        var coach = MakeAccount(accounts, "coach@example.com", AccountRole.Coach);
        var other = MakeAccount(accounts, "other-coach@example.com", AccountRole.Coach);
        var jiwoo = MakeAccount(accounts, "지우@example.com", AccountRole.Candidate);
        var minho = MakeAccount(accounts, "minho@example.com", AccountRole.Candidate);
        Assert.True(accounts.Redeem(coach.Id, accounts.Invite(jiwoo.Id, new Sharing(Sessions: true, Stories: false))));
        Assert.True(accounts.Redeem(coach.Id, accounts.Invite(minho.Id, new Sharing(Sessions: true, Stories: false))));
        var plan = new Core.Loops.LoopPlan { Template = "phone-screen", Format = Core.Loops.LoopFormat.Loop, Framework = "amazon-lp", Language = Core.Localization.Language.Ko, Seed = 5, Interviewers = [], Company = "한빛" };
        var id = assignments.Create(coach.Id, "phone-screen", "ko", 5, new DateOnly(2026, 12, 1), 1, [jiwoo.Id], plan, "백엔드 개발자 · 한빛");
        long session;
        using (var insert = database.Command(null, "INSERT INTO sessions (owner_id, uid, template, plan, status, created_at, updated_at) VALUES (@owner, 'u1', 'phone-screen', '{}', 'running', 'x', 'x') RETURNING id"))
        {
            insert.AddParameter("@owner", jiwoo.Id);
            session = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(assignments.Link(id, jiwoo.Id, session));

        Assert.False(assignments.Update(other.Id, id, new AssignmentChange(Attempts: 9)));
        Assert.Throws<LoopCoachException>(() => assignments.Update(coach.Id, id, new AssignmentChange(Attempts: 0)));
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<LoopCoachException>(() => assignments.Update(coach.Id, id, new AssignmentChange(CandidateIds: [MakeAccount(accounts, "stranger@example.com", AccountRole.Candidate).Id]))).Kind);
        Assert.True(assignments.Update(coach.Id, id, new AssignmentChange(DueOn: new DateOnly(2026, 12, 20), Attempts: 3, CandidateIds: [jiwoo.Id, minho.Id])));

        var changed = assignments.OfCoach(coach.Id, id)!;
        Assert.Equal((new DateOnly(2026, 12, 20), 3, "백엔드 개발자 · 한빛", "한빛"), (changed.DueOn, changed.Attempts, changed.Title, changed.Plan?.Company));
        Assert.Equal([("minho@example.com", 0), ("지우@example.com", 1)], assignments.Candidates(changed).Select(c => (c.Email, c.Sessions.Count)));
        Assert.False(assignments.Delete(other.Id, id));
        Assert.True(assignments.Delete(coach.Id, id));
        Assert.Null(assignments.OfCoach(coach.Id, id));
        Assert.Empty(assignments.OfCandidate(jiwoo.Id));
        using var left = database.Command(null, "SELECT (SELECT count(*) FROM assignment_candidates) + (SELECT count(*) FROM assignment_sessions), (SELECT count(*) FROM sessions)");
        using var reader = left.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((0L, 1L), (Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
