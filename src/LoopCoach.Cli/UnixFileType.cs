using System.Runtime.InteropServices;

namespace LoopCoach.Cli;

/// <summary>
/// What kind of file a path names on Linux and macOS: .NET tells a folder from a file but not a pipe (FIFO), a
/// device or a socket from a saved file, and opening a pipe waits for a writer forever. The runtime's own native
/// library answers, with the <c>stat</c> it uses for <see cref="File.Exists(string)"/>.
/// </summary>
internal static partial class UnixFileType
{
    // The file-type bits of the runtime's FileStatus.Mode (its own constants, the same on every Unix).
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>
    /// Whether <paramref name="path"/> (links followed) is a saved file; true also when the runtime cannot say, so
    /// that an unknown platform reads files as before.
    /// </summary>
    public static bool IsRegularFile(string path)
    {
        // FileStatus begins with two 32-bit fields, Flags and Mode; the buffer is larger than the whole struct.
        var status = new byte[256];
        try
        {
            return Stat(path, status) != 0 || (BitConverter.ToInt32(status, 4) & TypeMask) == RegularFile;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
