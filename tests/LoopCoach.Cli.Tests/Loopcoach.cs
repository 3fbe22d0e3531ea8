using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace LoopCoach.Cli.Tests;

/// <summary>What one run of the real <c>loopcoach</c> process did.</summary>
internal sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    public JsonElement ErrorJson => JsonDocument.Parse(Stderr).RootElement.GetProperty("error");

    /// <summary>An export's JSON without its <c>exportedAt</c> time, for comparing two exports.</summary>
    public static string WithoutExportTime(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("exportedAt");
        return node.ToJsonString();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the built <c>loopcoach</c> as a separate process, the way a user does, with its database and home
/// folder in a temporary directory so that the tests never touch the real user's data.
/// </summary>
internal sealed class Loopcoach : IDisposable
{
    /// <summary>The built loopcoach.dll the tests run.</summary>
    public static readonly string Program = FindProgram();

    public Loopcoach()
    {
        Folder = Directory.CreateTempSubdirectory("loopcoach-cli-").FullName;
        DatabasePath = Path.Combine(Folder, "bank.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>Environment variables for the next runs; <c>LANG</c> is English unless a test says otherwise.</summary>
    public Dictionary<string, string?> Environment { get; } = new() { ["LANG"] = "en_US.UTF-8" };

    public RunResult Run(params string[] args) => RunWithInput(null, args);

    public RunResult RunWithInput(string? stdin, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("loopcoach did not finish in 60 s: " + string.Join(' ', args));
        }

        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts loopcoach and leaves it running, its standard input open for the test to write to.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "LOOPCOACH_LANG", "LOOPCOACH_DEBUG", "LC_ALL", "LC_MESSAGES", "XDG_DATA_HOME" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = Folder;
        start.Environment["LOOPCOACH_DB"] = DatabasePath;
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("loopcoach did not start");
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string FindProgram()
    {
        // The tests' own output is artifacts/bin/LoopCoach.Cli.Tests/<configuration>/; loopcoach sits beside it.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Name;
        var program = Path.Combine(testOutput.Parent!.Parent!.FullName, "LoopCoach.Cli", configuration, "loopcoach.dll");
        return File.Exists(program) ? program : throw new FileNotFoundException("Build LoopCoach.Cli first", program);
    }
}
