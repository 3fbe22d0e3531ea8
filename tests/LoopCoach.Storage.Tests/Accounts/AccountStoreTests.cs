using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests.Accounts;

/// <summary>The account store's tests on a SQLite file.</summary>
public sealed class AccountStoreOnSqliteTests() : AccountStoreTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class AccountStoreOnPostgresTests() : AccountStoreTests(DatabaseKind.Postgres);

public abstract class AccountStoreTests : IDisposable
{
    private readonly TestBank _bank;
    private readonly LoopCoachDatabase _database;
    private readonly AccountStore _accounts;

    protected AccountStoreTests(DatabaseKind kind)
    {
        _bank = new TestBank(kind);
        _database = LoopCoachDatabase.Open(_bank.Target());
        _accounts = new AccountStore(_database, _bank.Clock);
    }

    public void Dispose()
    {
        _database.Dispose();
        _bank.Dispose();
        GC.SuppressFinalize(this);
    }

    private Account Create(string email, AccountRole role = AccountRole.Candidate)
    {
        var account = new Account { Id = Guid.NewGuid().ToString(), Email = email, NormalizedEmail = Account.Normalize(email), SecurityStamp = "s", Role = role };
        _accounts.Create(account);
        return account;
    }

    [SkippableFact]
    public void Create_AddressAlreadyUsedInAnotherCase_IsAConflictAndKeepsOneAccount()
    {
        Create("jiwoo@example.com");

        var error = Assert.Throws<LoopCoachException>(() => Create("JIWOO@example.com"));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Single(_accounts.List());
    }

    [SkippableFact]
    public void RedeemReset_TokenWorksOnceAndNotAfterItExpires()
    {
        var account = Create("a@example.com");
        var token = _accounts.IssueReset(account.Id);

        Assert.True(_accounts.IsResetValid(token));
        Assert.Equal(account.Id, _accounts.RedeemReset(token));
        Assert.Null(_accounts.RedeemReset(token));

        var late = _accounts.IssueReset(account.Id);
        _bank.Clock.Advance(AccountStore.ResetLifetime + TimeSpan.FromMinutes(1));
        Assert.False(_accounts.IsResetValid(late));
        Assert.Null(_accounts.RedeemReset(late));
    }

    [SkippableFact]
    public void Invitation_RedeemedByOneCoach_SharesUntilWithdrawn()
    {
        var candidate = Create("candidate@example.com");
        var coach = Create("coach@example.com", AccountRole.Coach);
        var other = Create("other@example.com", AccountRole.Coach);
        var code = _accounts.Invite(candidate.Id, new Sharing(Sessions: true, Stories: false));

        Assert.True(_accounts.Redeem(coach.Id, InvitationCode.Display(code).ToLowerInvariant()));
        Assert.False(_accounts.Redeem(other.Id, code));
        Assert.Equal(new Sharing(true, false), _accounts.Candidate(coach.Id, candidate.Id)?.Shares);
        Assert.Null(_accounts.Candidate(other.Id, candidate.Id));

        Assert.True(_accounts.Withdraw(candidate.Id, code));
        Assert.Empty(_accounts.Candidates(coach.Id));
    }

    [SkippableFact]
    public void Delete_RemovesTheAccountWithItsStoriesAndLeavesOthersAlone()
    {
        var mine = Create("mine@example.com");
        var theirs = Create("theirs@example.com");
        var myStories = new StoryStore(_database, ContentCatalog.BuiltIn.Frameworks, _bank.Clock, mine.Owner);
        var theirStories = new StoryStore(_database, ContentCatalog.BuiltIn.Frameworks, _bank.Clock, theirs.Owner);
        var story = myStories.Add(new() { Title = "내 이야기" });
        myStories.Edit(story.Id, s => s with { Result = "20% faster" });
        theirStories.Add(new() { Title = "their story" });
        _accounts.Invite(mine.Id, new Sharing(true, true));

        Assert.True(_accounts.Delete(mine.Id));

        Assert.Null(_accounts.FindById(mine.Id));
        Assert.Empty(myStories.List(new StoryFilter { IncludeDeleted = true }));
        Assert.Empty(_accounts.Invitations(mine.Id));
        Assert.Equal(["their story"], theirStories.List().Select(s => s.Content.Title));
    }

    [SkippableFact]
    public void SignInAttempts_AreLimitedPerAddressOverASlidingMinute_AndRefusedOnesAreNotKept()
    {
        var attempts = new SignInAttemptStore(_database, _bank.Clock);
        var window = TimeSpan.FromMinutes(1);

        var first = Enumerable.Range(0, 4).Select(_ => attempts.TryAttempt("203.0.113.7", 3, window)).ToList();
        var other = attempts.TryAttempt("198.51.100.2", 3, window);
        _bank.Clock.Advance(TimeSpan.FromSeconds(59));
        var stillRefused = attempts.TryAttempt("203.0.113.7", 3, window);
        var wait = attempts.RetryAfter("203.0.113.7", window);
        _bank.Clock.Advance(TimeSpan.FromSeconds(2));
        var later = attempts.TryAttempt("203.0.113.7", 3, window);

        Assert.Equal([true, true, true, false], first);
        Assert.True(other);
        Assert.False(stillRefused);
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.True(later);
        // Only hashes of addresses are kept, and only the window's attempts.
        using var kept = _database.Command(null, "SELECT address FROM sign_in_attempts");
        using var reader = kept.ExecuteReader();
        var addresses = new List<string>();
        while (reader.Read())
        {
            addresses.Add(reader.GetString(0));
        }

        // Only the last attempt is still in its window; what is kept is a hash, not the address.
        Assert.Equal(64, Assert.Single(addresses).Length);
        Assert.DoesNotContain("203.0.113.7", addresses[0], StringComparison.Ordinal);
    }
}
