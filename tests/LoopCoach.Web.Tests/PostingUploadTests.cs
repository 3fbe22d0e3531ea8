using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LoopCoach.Web.Tests;

/// <summary>A posting uploaded as a file reads as if pasted, within the CLI's limit and with its message.</summary>
public sealed partial class PostingUploadTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public PostingUploadTests()
    {
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Upload_AMarkdownPosting_ShowsItsAnalysis()
    {
        var posting = Fixtures.Text(Fixtures.EnglishPosting);
        using var response = await _client.PostAsync("/posting", await Upload("posting.md", Encoding.UTF8.GetBytes(posting)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Competencies to prepare", html, StringComparison.Ordinal);
        Assert.Contains("Save this posting", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AFileOverTheLimit_SaysSoAsTheCliDoes_AndReadsNothing()
    {
        var huge = Encoding.UTF8.GetBytes(new string('a', 400_001));
        using var response = await _client.PostAsync("/posting", await Upload("huge.txt", huge));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("huge.txt is larger than the limit of 390 KB.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Competencies to prepare", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ABinaryFile_InKorean_SaysWhyInKorean()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/posting") { Content = await Upload("공고.txt", [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) };
        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("공고.txt", html, StringComparison.Ordinal);
    }

    private async Task<MultipartFormDataContent> Upload(string name, byte[] bytes)
    {
        var page = await _client.GetStringAsync("/posting");
        var content = new MultipartFormDataContent
        {
            { new StringContent("read"), "_handler" },
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(""), "Text" },
        };
        content.Add(new ByteArrayContent(bytes), "file", name);
        return content;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
