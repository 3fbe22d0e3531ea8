using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's view of <see cref="AccountStore"/>: the sign-in name is the e-mail address, and every
/// change is saved by <see cref="UpdateAsync"/> as Identity expects. One per request, over the request's connection.
/// </summary>
internal sealed class AccountUserStore(RequestApp request) :
    IUserPasswordStore<Account>,
    IUserSecurityStampStore<Account>,
    IUserLockoutStore<Account>,
    IUserEmailStore<Account>
{
    private AccountStore Accounts => request.Accounts;

    public Task<IdentityResult> CreateAsync(Account user, CancellationToken cancellationToken)
    {
        Accounts.Create(user);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> UpdateAsync(Account user, CancellationToken cancellationToken)
    {
        Accounts.Update(user);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> DeleteAsync(Account user, CancellationToken cancellationToken)
    {
        Accounts.Delete(user.Id);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<Account?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Accounts.FindById(userId));

    public Task<Account?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult(Accounts.FindByEmail(normalizedUserName));

    public Task<Account?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) => Task.FromResult(Accounts.FindByEmail(normalizedEmail));

    public Task<string> GetUserIdAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task SetUserNameAsync(Account user, string? userName, CancellationToken cancellationToken)
    {
        user.Email = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedUserNameAsync(Account user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetEmailAsync(Account user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    // There is no mail server: an address is never confirmed and nothing requires it to be.
    public Task<bool> GetEmailConfirmedAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task SetEmailConfirmedAsync(Account user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetNormalizedEmailAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(Account user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(Account user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(Account user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.LockedUntil);

    public Task SetLockoutEndDateAsync(Account user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockedUntil = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(++user.FailedSignIns);

    public Task ResetAccessFailedCountAsync(Account user, CancellationToken cancellationToken)
    {
        user.FailedSignIns = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.FailedSignIns);

    public Task<bool> GetLockoutEnabledAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(Account user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}

/// <summary>Puts the account's role in its cookie, so pages can tell a coach or an admin without reading the database.</summary>
internal sealed class AccountClaims(UserManager<Account> users, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new(System.Security.Claims.ClaimTypes.Role, Roles.Name(user.Role)));
        return identity;
    }
}

/// <summary>Role names as the cookie carries them.</summary>
public static class Roles
{
    public const string Candidate = "candidate";
    public const string Coach = "coach";
    public const string Admin = "admin";

    public static string Name(AccountRole role) => role switch
    {
        AccountRole.Coach => Coach,
        AccountRole.Admin => Admin,
        _ => Candidate,
    };
}
