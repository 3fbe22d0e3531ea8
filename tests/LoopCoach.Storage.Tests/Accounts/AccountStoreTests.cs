using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Tests.Accounts;

public sealed class AccountStoreTests : IDisposable
{
    private readonly TestBank _bank = new();
    private readonly LoopCoachDatabase _database;
    private readonly AccountStore _accounts;

    public AccountStoreTests()
    {
        _database = LoopCoachDatabase.Open(_bank.Path);
        _accounts = new AccountStore(_database, _bank.Clock);
    }

    public void Dispose()
    {
        _database.Dispose();
        _bank.Dispose();
    }

    private Account Create(string email, AccountRole role = AccountRole.Candidate)
    {
        var account = new Account { Id = Guid.NewGuid().ToString(), Email = email, NormalizedEmail = Account.Normalize(email), SecurityStamp = "s", Role = role };
        _accounts.Create(account);
        return account;
    }

    [Fact]
    public void Create_AddressAlreadyUsedInAnotherCase_IsAConflictAndKeepsOneAccount()
    {
        Create("jiwoo@example.com");

        var error = Assert.Throws<LoopCoachException>(() => Create("JIWOO@example.com"));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Single(_accounts.List());
    }

    [Fact]
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

    [Fact]
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

    [Fact]
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
}
