using System.Diagnostics;

namespace LoopCoach.Cli.Tests;

/// <summary>
/// loopcoach running in a real terminal: a detached tmux session on its own server socket, typed into with
/// send-keys and read with capture-pane, as a person at a keyboard would use it.
/// </summary>
internal sealed class TerminalSession : IDisposable
{
    private readonly string _socket = "loopcoach-test-" + Guid.NewGuid().ToString("N")[..8];

    public TerminalSession(Loopcoach loopcoach, string language, params string[] args)
    {
        var environment = $"LANG={language} LOOPCOACH_DB='{loopcoach.DatabasePath}' HOME='{loopcoach.Folder}'";
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var command = $"env {environment} '{dotnet}' '{Loopcoach.Program}' {string.Join(' ', args)}; echo LOOPCOACH_EXIT=$?; sleep 60";
        Tmux("new-session", "-d", "-s", "main", "-x", "160", "-y", "60", command);
    }

    /// <summary>What the terminal shows now.</summary>
    public string Screen => Tmux("capture-pane", "-p", "-t", "main");

    /// <summary>Waits until the screen shows <paramref name="text"/> <paramref name="times"/> times (or more).</summary>
    public void WaitFor(string text, int times = 1)
    {
        var watch = Stopwatch.StartNew();
        while (Count(Screen, text) < times)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"'{text}' did not appear; the screen shows:\n{Screen}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Types <paramref name="text"/> and presses Enter.</summary>
    public void Type(string text)
    {
        if (text.Length > 0)
        {
            Tmux("send-keys", "-t", "main", "-l", text);
        }

        Tmux("send-keys", "-t", "main", "Enter");
    }

    /// <summary>Pastes several lines at once, as a terminal does when text is pasted, then presses Enter.</summary>
    public void Paste(params string[] lines)
    {
        Tmux("send-keys", "-t", "main", "-l", string.Join("\n", lines));
        Tmux("send-keys", "-t", "main", "Enter");
    }

    /// <summary>Answers the prompt labelled <paramref name="label"/> once it is on screen.</summary>
    public void Answer(string label, string text)
    {
        WaitFor(label);
        Type(text);
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is already gone.
        }
    }

    private static int Count(string screen, string text)
    {
        var count = 0;
        for (var at = screen.IndexOf(text, StringComparison.Ordinal); at >= 0; at = screen.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-u", "-L", _socket, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start; install it (scripts/test.sh does)");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
    }
}
