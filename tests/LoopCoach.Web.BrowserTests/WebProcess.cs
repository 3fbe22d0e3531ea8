using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LoopCoach.Web.BrowserTests;

/// <summary>
/// The real <c>loopcoach web</c> process on a free loopback port, over its own bank in a temporary folder; stopped
/// and removed when the tests are done.
/// </summary>
public sealed partial class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private System.Text.StringBuilder _log = new();

    private WebProcess(Process process, string folder, string address)
    {
        _process = process;
        Folder = folder;
        Address = address;
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public string Folder { get; }

    /// <summary>What the server wrote on standard error (its warnings), to explain a failed journey.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <c>loopcoach web</c> with <paramref name="options"/> (for example <c>--accounts</c>).</summary>
    public static async Task<WebProcess> StartAsync(params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("loopcoach-browser-").FullName;
        var start = Loopcoach(folder, ["web", "--port", "0", .. options]);
        var process = Process.Start(start) ?? throw new InvalidOperationException("loopcoach web did not start");
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningAt().Match(line) is { Success: true } match)
            {
                return new WebProcess(process, folder, match.Value) { _log = log };
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        throw new InvalidOperationException("loopcoach web ended without saying where it listens: " + log);
    }

    /// <summary>
    /// Runs another <c>loopcoach</c> command on the same bank (as its operator would, <c>admin create</c> for example)
    /// and returns what it printed, failing when it fails.
    /// </summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(Loopcoach(Folder, arguments)) ?? throw new InvalidOperationException("loopcoach did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"loopcoach {string.Join(' ', arguments)} ended with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    // The loopcoach built beside the tests, over the bank in folder, in a home of its own.
    private static ProcessStartInfo Loopcoach(string folder, IEnumerable<string> arguments)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var program = Path.Combine(testOutput.Parent!.Parent!.FullName, "LoopCoach.Cli", testOutput.Name, "loopcoach.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend(program).Concat(["--db", Path.Combine(folder, "bank.db")]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        start.Environment["XDG_DATA_HOME"] = folder;
        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment.Remove("LOOPCOACH_DATABASE_URL");
        return start;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningAt();
}
