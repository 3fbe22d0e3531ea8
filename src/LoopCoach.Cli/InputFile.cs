using LoopCoach.Core.Errors;

namespace LoopCoach.Cli;

/// <summary>
/// The one way the CLI reads a file the user names. Only a saved file is read: a folder, a device, a pipe or a
/// file of the operating system (under /dev, /proc, /sys) is refused by what it is; a link is followed and the file
/// it leads to is judged; the size is checked before reading and again while reading, so nothing larger than the
/// limit is ever held in memory.
/// </summary>
internal static class InputFile
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>
    /// The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/>; every refusal is an error that names
    /// the file.
    /// </summary>
    public static byte[] ReadBytes(string path, int maxBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.path-empty");
        }

        try
        {
            if (Directory.Exists(path))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "file.is-folder", path);
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new LoopCoachException(ErrorKind.NotFound, "file.not-found", path);
            }

            if (info.LinkTarget is not null)
            {
                // The size that matters is the target's, not the link's.
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
                if (!info.Exists)
                {
                    throw new LoopCoachException(ErrorKind.NotFound, "file.not-found", path);
                }
            }

            var full = Path.GetFullPath(info.FullName);
            if (!OperatingSystem.IsWindows() && (SystemFolders.Any(f => full.StartsWith(f, StringComparison.Ordinal)) || !UnixFileType.IsRegularFile(full)))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "file.not-regular", path);
            }

            if (info.Length > maxBytes)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "input.too-large", path, maxBytes / 1024);
            }

            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Core.TextInput.ReadAtMost(stream, maxBytes, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.unreadable", [path, e.Message], [], e);
        }
    }

}
