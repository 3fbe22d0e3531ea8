using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LoopCoach.Web.Accounts;

/// <summary>
/// Accounts on a shared server: ASP.NET Core Identity over <see cref="AccountStore"/>, a cookie, every page and API
/// behind sign-in, and sign-in attempts limited per address. Identity is wired whether or not accounts are on (the
/// account pages need its services to say so); only with accounts on is anything refused.
/// </summary>
public static class AccountsWeb
{
    /// <summary>The configuration key that turns accounts on.</summary>
    public const string AccountsKey = "LoopCoach:Accounts";

    /// <summary>How many sign-in attempts one address may send a minute (<c>LoopCoach:SignInsPerMinute</c>), counted across every node.</summary>
    public const string SignInsPerMinuteKey = "LoopCoach:SignInsPerMinute";

    /// <summary>
    /// How many password hashes one node computes at once (<c>LoopCoach:PasswordChecksAtOnce</c>); by default half its
    /// cores, at least one. The rest wait their turn in order, without holding a thread.
    /// </summary>
    public const string PasswordChecksAtOnceKey = "LoopCoach:PasswordChecksAtOnce";

    // The forms that hash or check a password: PBKDF2 is slow on purpose (about 50 ms of one core each here).
    private static readonly string[] PasswordPaths = ["/account/register", SignInPath, "/account/password", "/account/reset", "/account/delete"];

    /// <summary>Where a visitor who is not signed in is sent.</summary>
    public const string SignInPath = "/account/signin";

    /// <summary>Whether configuration (or <c>LOOPCOACH_ACCOUNTS</c>) turns accounts on.</summary>
    public static bool Enabled(IConfiguration configuration) =>
        IsTrue(configuration[AccountsKey]) || IsTrue(Environment.GetEnvironmentVariable("LOOPCOACH_ACCOUNTS"));

    private static bool IsTrue(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    public static WebApplicationBuilder AddLoopCoachAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Before Identity's own (which it adds only when none is there): its normaliser throws on text that is not
        // valid Unicode (a noncharacter typed into the e-mail box was a 500).
        services.AddScoped<ILookupNormalizer, TolerantLookupNormalizer>();
        services.AddIdentityCore<Account>(o =>
            {
                // Length over character classes (NIST SP 800-63B): a long passphrase in Korean or English is welcome.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.User.AllowedUserNameCharacters = null!;
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<AccountUserStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaims>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = "/not-found";
            o.Cookie.Name = "loopcoach-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            var redirect = o.Events.OnRedirectToLogin;
            // The API answers 401 rather than sending a program to a sign-in page.
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                return redirect(context);
            };
        });
        // A changed password or a deleted account ends the other cookies within a minute, on every node.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        // Read when the options are first built, so a host's (or a test's) settings added after this call still count.
        services.AddOptions<AuthorizationOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            if (Enabled(configuration))
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration, WebSettings, TimeProvider>((o, configuration, settings, clock) =>
        {
            var perMinute = int.TryParse(configuration[SignInsPerMinuteKey], out var configured) && configured > 0 ? configured : 10;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The attempts are counted in the database, so N nodes behind a load balancer allow an address the same
            // number a minute as one node does (a limit in each node's memory would allow N times as many).
            var signIns = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(SignInPath)
                    ? RateLimitPartition.Get(
                        // Keys differ from the no-limit partition's: a partition is cached by its key alone.
                        "signin:" + context.Connection.RemoteIpAddress,
                        key => new SharedSignInLimiter(settings.Database, clock, key, perMinute))
                    : RateLimitPartition.GetNoLimiter("other"));
            // Two hundred people registering in the same minute would otherwise hash on every core at once, and every
            // mock-loop answer on the node would wait behind them; in a queue, the hashing takes a share of the CPU
            // and the answers keep theirs. One partition key, so one queue for the whole node.
            var atOnce = int.TryParse(configuration[PasswordChecksAtOnceKey], out var limit) && limit > 0 ? limit : Math.Max(1, Environment.ProcessorCount / 2);
            var passwords = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && PasswordPaths.Any(p => context.Request.Path.StartsWithSegments(p))
                    ? RateLimitPartition.GetConcurrencyLimiter("passwords", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = atOnce,
                        QueueLimit = 10_000,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("other"));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(signIns, passwords);
            o.OnRejected = async (rejected, cancellation) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var words = new WebLanguage(new HttpContextAccessor { HttpContext = rejected.HttpContext });
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(words["account.error.too-many-attempts"], cancellation);
            };
        });
        return builder;
    }

    /// <summary>Sign-in checks before the pages and the API; the sign-out and export endpoints.</summary>
    public static WebApplication UseLoopCoachAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseFormNotFound();
        return app;
    }

    public static IEndpointRouteBuilder MapLoopCoachAccounts(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/signout", SignOut).WithName("SignOut").WithSummary("Ends the session of this browser.");
        account.MapGet("/export", Export).WithName("ExportAccount").WithSummary("Everything of the signed-in user's as one JSON file, the file of `loopcoach export` (GET /api/export).");
        app.MapGet("/coach/assignments/{id:long}.csv", AssignmentCsv).WithName("AssignmentCsv").WithSummary("A coach's assignment, per candidate and competency, as CSV (UTF-8 with BOM).");
        return app;
    }

    /// <summary>The CSV of one of the signed-in coach's assignments; anyone else, and any other id, gets "not found".</summary>
    private static IResult AssignmentCsv(long id, HttpContext context, RequestApp request, WebSettings settings, WebLanguage words)
    {
        var coachId = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (!settings.Accounts || coachId is null || !context.User.IsInRole(Roles.Coach) || request.Assignments.OfCoach(coachId, id) is null)
        {
            return TypedResults.Text(words["web.notfound.text"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var report = AssignmentReport.Open(request, coachId, id, words.Language);
        string Name(string competency) => request.Content.Frameworks.FindCompetency(competency)?.Name[words.Language] ?? competency;
        return TypedResults.File(report.Csv(words, Name), "text/csv; charset=utf-8", $"assignment-{id}.csv");
    }

    private static async Task<IResult> SignOut(HttpContext context, [FromForm] string? back)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : SignInPath);
    }

    private static IResult Export(RequestApp request) => Api.BankApi.Export(request);
}

/// <summary>
/// Identity's upper-case lookup key, for any text a person may type: text that is not valid Unicode (a noncharacter,
/// a lone surrogate) cannot be Unicode-normalised, so it is upper-cased as it is. It matches no account, and the
/// forms' own checks refuse it as an e-mail address.
/// </summary>
internal sealed class TolerantLookupNormalizer : ILookupNormalizer
{
    public string? NormalizeName(string? name) => Key(name);

    public string? NormalizeEmail(string? email) => Key(email);

    private static string? Key(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return text.Normalize().ToUpperInvariant();
        }
        catch (ArgumentException)
        {
            return text.ToUpperInvariant();
        }
    }
}
