using System.Diagnostics;
using System.Text;

namespace LoopCoach.Fuzz.Tests;

/// <summary>
/// The nastiest inputs found so far, kept as files under <c>Corpus/</c> and given to the real <c>loopcoach</c>
/// process the way a user would: each is done or refused with a message (exit 0, 3 or 4), never "Something went wrong
/// inside" (exit 1) nor an abort (exit 134), and nothing any command prints afterwards carries an escape code.
/// The large inputs (floods of lines, combining marks, stages) are kept as <c>*.repeat</c> recipes — a prefix, a unit
/// repeated <c>count</c> times with <c>{i}</c> numbered from 0, a suffix — and written out whole before they are run.
/// </summary>
public sealed class CorpusThroughTheProgram : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-corpus-").FullName;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Corpus"), file));
        }

        return data;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_IsDoneOrRefused_AndNothingPrintedLaterCarriesAnEscapeCode(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", name);
        if (name.EndsWith(".repeat", StringComparison.Ordinal))
        {
            path = Expand(path, Path.Combine(_folder, Path.GetFileNameWithoutExtension(name)));
        }

        var kind = name.Split(Path.DirectorySeparatorChar)[0];
        var runs = kind switch
        {
            "text" => [Run(["analyze", "--file", path]), Run(["questions", "classify"], stdin: File.ReadAllBytes(path))],
            "posting" => [Run(["posting", "analyze", path]), Run(["posting", "list"]), Run(["posting", "show", "1"])],
            "retro" => [Run(["retro", "import", path]), Run(["retro", "show", "1"]), Run(["retro", "questions"])],
            "answers" => [Run(["loop", "run", "--seed", "1", "--answers", path]), Run(["loop", "run", "--seed", "1", "--answers", "-"], stdin: File.ReadAllBytes(path)), Run(["loop", "show", "1", "--markdown"]), Run(["loop", "list"])],
            "stories" => [Run(["stories", "import", path]), Run(["stories", "export", "--format", "markdown"])],
            "framework" => new[] { Run(["--framework-file", path, "frameworks", "list"]) },
            "template" => [Run(["loop", "plan", "--template", path, "--seed", "1"])],
            _ => throw new InvalidOperationException("a corpus folder without a command: " + kind),
        };

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode is 0 or 3 or 4, $"{name}: {run}");
            Assert.DoesNotContain("went wrong inside", run.Stderr, StringComparison.Ordinal);
            Assert.False(HasEscapeCode(run.Stdout), $"{name}: an escape code reached the output of {run}");
        }
    }

    /// <summary>Writes the input a <c>*.repeat</c> recipe describes to <paramref name="target"/>.</summary>
    private static string Expand(string recipe, string target)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(recipe));
        var root = json.RootElement;
        var unit = root.GetProperty("unit").GetString()!;
        var text = new StringBuilder(root.GetProperty("prefix").GetString());
        for (var i = 0; i < root.GetProperty("count").GetInt32(); i++)
        {
            text.Append(unit.Replace("{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        File.WriteAllText(target, text.Append(root.GetProperty("suffix").GetString()).ToString(), new UTF8Encoding(false));
        return target;
    }

    /// <summary>ESC, BEL or a C1 control: what a terminal would act on rather than show.</summary>
    private static bool HasEscapeCode(string text) => text.Any(c => c is '\u001b' or '\u0007' || c is >= '\u0080' and <= '\u009f');

    private Result Run(string[] args, byte[]? stdin = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Program);
        args.ToList().ForEach(start.ArgumentList.Add);
        foreach (var name in new[] { "LOOPCOACH_LANG", "LOOPCOACH_DEBUG", "LC_ALL", "LC_MESSAGES", "XDG_DATA_HOME" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = _folder;
        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment["LOOPCOACH_DB"] = Path.Combine(_folder, "bank.db");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("loopcoach did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program refused the input and exited before reading all of it.
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("loopcoach did not finish in 60 s: " + string.Join(' ', args));
        }

        return new Result(string.Join(' ', args), process.ExitCode, stdout.Result, stderr.Result);
    }

    private static readonly string Program = FindProgram();

    private static string FindProgram()
    {
        // The tests' own output is artifacts/bin/LoopCoach.Fuzz.Tests/<configuration>/; loopcoach sits beside it.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var program = Path.Combine(testOutput.Parent!.Parent!.FullName, "LoopCoach.Cli", testOutput.Name, "loopcoach.dll");
        return File.Exists(program) ? program : throw new FileNotFoundException("Build LoopCoach.Cli first", program);
    }

    private sealed record Result(string Command, int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"{Command}: exit {ExitCode}\n--- stderr\n{Stderr}";
    }
}
