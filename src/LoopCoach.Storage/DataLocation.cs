namespace LoopCoach.Storage;

/// <summary>Where LoopCoach keeps its database when the user does not say.</summary>
public static class DataLocation
{
    /// <summary>The environment variable that names the database file.</summary>
    public const string DatabaseVariable = "LOOPCOACH_DB";

    /// <summary>The file name of the default database.</summary>
    public const string DatabaseFileName = "loopcoach.db";

    /// <summary>
    /// The database path: <paramref name="explicitPath"/> (the <c>--db</c> flag) if given, else
    /// <c>LOOPCOACH_DB</c>, else <c>loopcoach/loopcoach.db</c> in the user's data folder
    /// (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows,
    /// <c>~/Library/Application Support</c> on macOS).
    /// </summary>
    public static string ResolveDatabasePath(string? explicitPath, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = environment(DatabaseVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(DataFolder(environment), DatabaseFileName);
    }

    /// <summary>The folder LoopCoach keeps its data in.</summary>
    public static string DataFolder(Func<string, string?> environment)
    {
        string root;
        if (OperatingSystem.IsWindows())
        {
            root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(root, "LoopCoach");
        }

        var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Application Support", "LoopCoach");
        }

        var xdg = environment("XDG_DATA_HOME");
        root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".local", "share");
        return Path.Combine(root, "loopcoach");
    }
}
