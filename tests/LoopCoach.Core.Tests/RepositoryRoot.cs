namespace LoopCoach.Core.Tests;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>
    /// The text of a reference seed by its number, from <c>shared/seeds</c> beside the checkout (as CI lays it out)
    /// or beside one of its parent folders.
    /// </summary>
    public static string Seed(string number)
    {
        for (var folder = new DirectoryInfo(Path).Parent; folder is not null; folder = folder.Parent)
        {
            var seeds = System.IO.Path.Combine(folder.FullName, "shared", "seeds");
            if (Directory.Exists(seeds) && Directory.GetFiles(seeds, number + "_*.txt").FirstOrDefault() is { } file)
            {
                return File.ReadAllText(file);
            }
        }

        throw new FileNotFoundException($"seed {number} not found in a shared/seeds folder beside {Path} or its parents");
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
