using System.Net;

namespace LoopCoach.Web.Tests.Accounts;

public sealed class AccountsOffTests : IDisposable
{
    private readonly WebApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/account/register")]
    [InlineData("/coach")]
    [InlineData("/admin")]
    public async Task AccountPages_OnTheOnePersonApp_AreNotFound(string path)
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Pages_OnTheOnePersonApp_NeedNoSignIn_AndShowNoSignInLink()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/stories");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("/account/signin", await page.Content.ReadAsStringAsync());
    }
}
