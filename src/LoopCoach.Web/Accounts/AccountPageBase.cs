using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Components;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// What the account, coach and admin pages share: Identity's managers, the signed-in account and its role, and a
/// way to answer "not found" (404) whenever a page is not for this user, so that nothing says whether it exists.
/// </summary>
public abstract class AccountPageBase : PageBase
{
    [Inject]
    public required UserManager<Account> Users { get; set; }

    [Inject]
    public required SignInManager<Account> SignIns { get; set; }

    [Inject]
    public required WebSettings Settings { get; set; }

    /// <summary>True when the page shows "not found" instead of itself.</summary>
    protected bool Hidden { get; private set; }

    /// <summary>What went wrong with the form, in the user's language.</summary>
    protected string? Problem { get; private set; }

    /// <summary>The signed-in user's id; empty when no one is signed in.</summary>
    protected string UserId => HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    protected bool IsCoach => HttpContext?.User.IsInRole(Roles.Coach) == true;

    protected bool IsAdmin => HttpContext?.User.IsInRole(Roles.Admin) == true;

    /// <summary>Shows "not found" with status 404.</summary>
    protected void Hide()
    {
        Hidden = true;
        SetStatus(StatusCodes.Status404NotFound);
    }

    /// <summary>Hides the page unless accounts are on (and, when given, the user has <paramref name="role"/>).</summary>
    protected bool Allowed(string? role = null)
    {
        if (!Settings.Accounts || (role is not null && HttpContext?.User.IsInRole(role) != true))
        {
            Hide();
            return false;
        }

        return true;
    }

    /// <summary>Shows <paramref name="key"/>'s message above the form, with status 400 unless told otherwise.</summary>
    protected void Fail(string key, params object?[] args) => FailWith(StatusCodes.Status400BadRequest, key, args);

    protected void FailWith(int status, string key, params object?[] args)
    {
        Problem = Words.Text(key, args);
        SetStatus(status);
    }

    /// <summary>Identity's refusal, said with our messages (its own are English only).</summary>
    protected void Fail(IdentityResult result)
    {
        var error = result.Errors.FirstOrDefault();
        switch (error?.Code)
        {
            case nameof(IdentityErrorDescriber.PasswordTooShort):
                Fail("account.error.password-too-short", 10);
                break;
            case nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars):
                Fail("account.error.password-too-plain");
                break;
            case nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName):
                FailWith(StatusCodes.Status409Conflict, "account.error.email-taken");
                break;
            case nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName):
                Fail("account.error.email-invalid");
                break;
            case nameof(IdentityErrorDescriber.PasswordMismatch):
                Fail("account.error.wrong-current-password");
                break;
            default:
                Fail("account.error.failed");
                break;
        }
    }

    /// <summary>The signed-in account, read afresh.</summary>
    protected Account? SignedInAccount() => UserId.Length == 0 ? null : Request.Accounts.FindById(UserId);

    /// <summary>Whether <paramref name="password"/> and <paramref name="again"/> are a usable new password; says why not.</summary>
    protected async Task<bool> CheckNewPassword(Account account, string? password, string? again)
    {
        if (string.IsNullOrEmpty(password) || password != again)
        {
            Fail("account.error.passwords-differ");
            return false;
        }

        foreach (var validator in Users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(Users, account, password);
            if (!result.Succeeded)
            {
                Fail(result);
                return false;
            }
        }

        return true;
    }

    /// <summary>A path of this site to go back to; anything else (another site) becomes the home page.</summary>
    protected static string LocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/";
}
