using System.Net;
using System.Text.RegularExpressions;
using LoopCoach.Storage.Accounts;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Web.Accounts;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LoopCoach.Web.Tests.Accounts;

/// <summary>The real web app with accounts on, over a real SQLite file in a temporary folder.</summary>
public sealed partial class AccountsApp : WebApplicationFactory<Program>
{
    public const string Password = "a long enough passphrase";

    private readonly int? _passwordChecksAtOnce;
    private readonly IPasswordHasher<Account>? _hasher;

    public AccountsApp(int signInsPerMinute = 1000, int? passwordChecksAtOnce = null, IPasswordHasher<Account>? hasher = null)
    {
        _passwordChecksAtOnce = passwordChecksAtOnce;
        _hasher = hasher;
        Folder = Directory.CreateTempSubdirectory("loopcoach-accounts-").FullName;
        DatabasePath = Path.Combine(Folder, "bank.db");
        SignInsPerMinute = signInsPerMinute;
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public int SignInsPerMinute { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebSettings.DatabaseKey, DatabasePath);
        builder.UseSetting(AccountsWeb.AccountsKey, "true");
        builder.UseSetting(AccountsWeb.SignInsPerMinuteKey, SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
        if (_passwordChecksAtOnce is { } atOnce)
        {
            builder.UseSetting(AccountsWeb.PasswordChecksAtOnceKey, atOnce.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (_hasher is { } hasher)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(hasher));
        }
    }

    /// <summary>An account made straight in the store, as <c>loopcoach admin create</c> makes one, with a password.</summary>
    public Account CreateAccount(string email, AccountRole role)
    {
        using var database = LoopCoachDatabase.Open(DatabasePath);
        var account = new Account { Id = Guid.NewGuid().ToString(), Email = email, NormalizedEmail = Account.Normalize(email), SecurityStamp = Guid.NewGuid().ToString(), Role = role };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
        new AccountStore(database, TimeProvider.System).Create(account);
        return account;
    }

    /// <summary>A browser (cookies kept, redirects not followed) signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedIn(string email, string password = Password)
    {
        var client = Browser();
        var response = await SignIn(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        await PostForm(client, "/account/signin", "signin", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Posts the form <paramref name="handler"/> of the page at <paramref name="path"/> with a token taken from <paramref name="tokenFrom"/>.</summary>
    public static async Task<HttpResponseMessage> PostForm(HttpClient client, string path, string handler, Dictionary<string, string> fields, string? tokenFrom = null) =>
        await client.PostAsync(path, await Form(client, handler, fields, tokenFrom ?? path));

    /// <summary>The form <paramref name="handler"/> filled with <paramref name="fields"/> and the token the page at <paramref name="tokenFrom"/> drew, ready to post.</summary>
    public static async Task<FormUrlEncodedContent> Form(HttpClient client, string handler, Dictionary<string, string> fields, string tokenFrom)
    {
        var page = await client.GetStringAsync(tokenFrom);
        var token = Token().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {tokenFrom}");
        var form = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token.Groups[1].Value };
        return new FormUrlEncodedContent(form);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
