using System.Net.Http;
using System.Text.RegularExpressions;

namespace LoopCoach.Cli.Tests;

/// <summary><c>loopcoach web</c>: the web app on the command's own bank, on loopback, saying where it listens.</summary>
public sealed partial class WebCommandTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public async Task Web_ServesTheSameBankAsTheCommands_OnLoopback()
    {
        var added = _loopcoach.Run("stories", "add", "--title", "온보딩 개선", "--action", "제가 체크리스트를 만들었습니다.");
        Assert.True(added.ExitCode == 0, added.ToString());

        using var web = _loopcoach.Start("web", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await web.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
            var address = Address().Match(line);
            if (!address.Success)
            {
                // Only now: reading standard error to its end waits for the process to end.
                web.Kill(entireProcessTree: true);
                Assert.Fail(line + await web.StandardError.ReadToEndAsync(timeout.Token));
            }

            Assert.StartsWith("http://127.0.0.1:", address.Value, StringComparison.Ordinal);

            using var http = new HttpClient();
            var stories = await http.GetStringAsync(address.Value + "/api/stories", timeout.Token);
            Assert.Contains("온보딩 개선", stories, StringComparison.Ordinal);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    [Fact]
    public void Web_APortOutOfRange_IsRefusedBeforeAnythingStarts()
    {
        var result = _loopcoach.Run("web", "--port", "70000");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("--port must be between 0 and 65535, not 70000.", result.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
