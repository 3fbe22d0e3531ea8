namespace LoopCoach.Core.Tests;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
/// <remarks>The reference seeds beside the checkout are found by <see cref="Seeds"/>, shared with the CLI tests.</remarks>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
