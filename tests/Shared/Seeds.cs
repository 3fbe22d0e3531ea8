namespace LoopCoach.Tests;

/// <summary>
/// The reference seeds (<c>000_*.txt</c> … <c>003_*.txt</c>): real documents the project was designed against. They
/// belong to the project's authors, not to the repository, so a clone does not have them. A test that reads one
/// skips, saying where it looked, when the seed is absent; the project's own fixtures (<see cref="Fixtures"/>) check
/// the same behaviour on every run.
/// </summary>
/// <remarks>
/// Looked for in the folder named by <c>LOOPCOACH_SEEDS</c> when that is set (and only there), else in a
/// <c>shared/seeds</c> folder beside the checkout or beside one of its parent folders, as CI lays it out.
/// This file is linked into every test project that reads seeds, so there is one way to find them.
/// </remarks>
internal static class Seeds
{
    /// <summary>The environment variable that points at the seeds folder.</summary>
    public const string EnvironmentVariable = "LOOPCOACH_SEEDS";

    private static readonly Lazy<IReadOnlyList<string>> Candidates = new(FindCandidates);

    /// <summary>The folders searched, in order.</summary>
    public static IReadOnlyList<string> SearchedFolders => Candidates.Value;

    /// <summary>
    /// The path of seed <paramref name="number"/> (<c>"001"</c>). When it is absent the calling
    /// <c>[SkippableFact]</c> is skipped with a reason that names the folders searched.
    /// </summary>
    public static string PathOf(string number)
    {
        return TryFind(number) ?? throw new SkipException($"reference seed {number} ({number}_*.txt) not found; looked in {Describe()}. "
            + $"Set {EnvironmentVariable} to the seeds folder to run this test.");
    }

    /// <summary>The text of seed <paramref name="number"/>, or a skip when it is absent (see <see cref="PathOf"/>).</summary>
    public static string Text(string number) => File.ReadAllText(PathOf(number));

    /// <summary>The path of seed <paramref name="number"/>, or null when none of the searched folders holds it.</summary>
    public static string? TryFind(string number) =>
        SearchedFolders
            .Where(Directory.Exists)
            .Select(folder => Directory.GetFiles(folder, number + "_*.txt").Order(StringComparer.Ordinal).FirstOrDefault())
            .FirstOrDefault(file => file is not null);

    private static string Describe() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 }
            ? $"{EnvironmentVariable}={SearchedFolders[0]}"
            : string.Join(", ", SearchedFolders) + $" ({EnvironmentVariable} is not set)";

    private static List<string> FindCandidates()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // An explicit folder that does not exist is a mistake to report, not a reason to skip quietly.
            var folder = Path.GetFullPath(configured);
            return Directory.Exists(folder)
                ? [folder]
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} is set to '{configured}', which is not a folder");
        }

        var candidates = new List<string>();
        for (var folder = CheckoutRoot().Parent; folder is not null; folder = folder.Parent)
        {
            candidates.Add(Path.Combine(folder.FullName, "shared", "seeds"));
        }

        return candidates;
    }

    /// <summary>The checkout the tests run from: the folder above the test output that holds LoopCoach.slnx.</summary>
    private static DirectoryInfo CheckoutRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LoopCoach.slnx")))
        {
            directory = directory.Parent;
        }

        return directory ?? throw new InvalidOperationException("LoopCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
