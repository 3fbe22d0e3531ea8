namespace LoopCoach.Core.Tests;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The text of a reference seed in <c>../shared/seeds</c> (beside the checkout, as in CI), by its number.</summary>
    public static string Seed(string number)
    {
        var folder = System.IO.Path.Combine(Path, "..", "shared", "seeds");
        var file = Directory.Exists(folder) ? Directory.GetFiles(folder, number + "_*.txt").FirstOrDefault() : null;
        return file is null ? throw new FileNotFoundException($"seed {number} not found in {folder}") : File.ReadAllText(file);
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "LoopCoach.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LoopCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
