using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace LoopCoach.Cli.Tests;

/// <summary><c>loopcoach admin</c> and <c>loopcoach web --accounts</c>: the first admin of a shared server, from the real process.</summary>
public sealed partial class AdminCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void AdminCreate_SameAddressTwice_IsAConflict_AndAnUnknownRoleIsRefusedInKorean()
    {
        var first = _loopcoach.Run("admin", "create", "--email", "boss@example.com");
        var again = _loopcoach.Run("admin", "create", "--email", "BOSS@example.com");
        _loopcoach.Environment["LOOPCOACH_LANG"] = "ko";
        var badRole = _loopcoach.Run("admin", "create", "--email", "x@example.com", "--role", "chief");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(ResetLink(), first.Stdout.Trim().Split('\n')[^1]);
        Assert.Equal(6, again.ExitCode);
        Assert.Equal(4, badRole.ExitCode);
        Assert.Contains("'chief'는 없는 역할입니다.", badRole.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCreate_ThenWebWithAccounts_TheLinkSetsThePasswordAndTheAdminSignsIn()
    {
        var web = _loopcoach.Start("web", "--port", "0", "--accounts");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var address = Address().Match(await web.StandardOutput.ReadLineAsync(timeout.Token) ?? "").Value;
            Assert.NotEmpty(address);
            var created = _loopcoach.Run("admin", "create", "--email", "boss@example.com", "--url", address);
            Assert.True(created.ExitCode == 0, created.ToString());
            var link = created.Stdout.Trim().Split('\n')[^1];
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(address + "/api/stories", timeout.Token)).StatusCode);
            var set = await PostForm(http, link, "reset", new() { ["Password"] = "the admin's passphrase", ["Again"] = "the admin's passphrase" });
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            var signedIn = await PostForm(http, address + "/account/signin", "signin", new() { ["Email"] = "boss@example.com", ["Password"] = "the admin's passphrase" });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Contains("boss@example.com", await http.GetStringAsync(address + "/admin", timeout.Token), StringComparison.Ordinal);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    private static async Task<HttpResponseMessage> PostForm(HttpClient http, string url, string handler, Dictionary<string, string> fields)
    {
        var token = Token().Match(await http.GetStringAsync(url)).Groups[1].Value;
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = token;
        return await http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex(@"^http://127\.0\.0\.1:5080/account/reset\?token=[0-9a-f]{64}$")]
    private static partial Regex ResetLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
