using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LoopCoach.Application;
using LoopCoach.Cli.Rendering;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;
using Spectre.Console;

namespace LoopCoach.Cli;

/// <summary>
/// What one run of <c>loopcoach</c> works with: the user's language, where output goes, the content and the
/// database (both opened only when a command needs them).
/// </summary>
internal sealed class CliContext : IDisposable
{
    private readonly Func<string, string?> _environment;
    private ContentCatalog? _content;
    private LoopCoachDatabase? _database;
    private LoopCoachApp? _app;

    public CliContext(Language language, TextWriter output, TextWriter error, Stream input, bool interactive, Func<string, string?> environment, TimeProvider clock)
    {
        Language = language;
        Output = output;
        Error = error;
        Input = input;
        IsInteractive = interactive;
        _environment = environment;
        Clock = clock;
        Console = CreateConsole(output, interactive, width: 160);
        ErrorConsole = CreateConsole(error, interactive, width: 4096);
    }

    /// <summary>The language of messages (and the default language of questions).</summary>
    public Language Language { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Standard input, as bytes: commands decode it strictly as UTF-8.</summary>
    public Stream Input { get; }

    /// <summary>True when a person is at a terminal, so that commands may prompt.</summary>
    public bool IsInteractive { get; }

    public TimeProvider Clock { get; }

    /// <summary>Rendered output for people.</summary>
    public IAnsiConsole Console { get; }

    public IAnsiConsole ErrorConsole { get; }

    /// <summary>Set from the global <c>--json</c> flag.</summary>
    public bool Json { get; set; }

    /// <summary>Set from the global <c>--db</c> flag.</summary>
    public string? DatabaseFlag { get; set; }

    /// <summary>Set from the global <c>--framework-file</c> flags.</summary>
    public IReadOnlyList<string> FrameworkFiles { get; set; } = [];

    public Messages Messages => ContentCatalog.BuiltInMessages;

    /// <summary>The content, with the user's framework files added.</summary>
    public ContentCatalog Content => _content ??= FrameworkFiles.Count == 0
        ? ContentCatalog.BuiltIn
        : ContentCatalog.BuiltIn.WithFrameworks(FrameworkFiles.Select(ReadContentFile));

    /// <summary>
    /// The database: the <c>--db</c> file, else the PostgreSQL database of <c>LOOPCOACH_DATABASE_URL</c>, else the
    /// SQLite file of <c>LOOPCOACH_DB</c> or the user's data folder.
    /// </summary>
    public DatabaseTarget DatabaseTarget => DatabaseTarget.Resolve(DatabaseFlag, _environment);

    /// <summary>The database as messages name it: the file's path, or the server and database without credentials.</summary>
    public string DatabasePath => DatabaseTarget.Display;

    public LoopCoachDatabase Database => _database ??= LoopCoachDatabase.Open(DatabaseTarget);

    /// <summary>The use cases, for the local user of this machine; the database opens when one first needs it.</summary>
    public LoopCoachApp App => _app ??= new LoopCoachApp(Content, () => Database, Clock, Owner.Local);

    /// <summary>
    /// Reads standard input (or <paramref name="file"/>) as strict UTF-8, refusing more than
    /// <paramref name="maxBytes"/> bytes and binary data.
    /// </summary>
    public string ReadText(string? file, int maxBytes)
    {
        if (file is not null)
        {
            return Core.TextInput.ReadUtf8(ReadBytes(file, maxBytes), file);
        }

        if (IsInteractive)
        {
            ErrorConsole.MarkupLine("[grey]" + Markup.Escape(Text("cli.input.hint")) + "[/]");
        }

        var stdin = Text("cli.input.stdin");
        return Core.TextInput.ReadUtf8(Core.TextInput.ReadAtMost(Input, maxBytes, stdin), stdin);
    }

    /// <summary>The bytes of <paramref name="file"/>, read the one way every file is read (see <see cref="InputFile"/>).</summary>
    public static byte[] ReadBytes(string file, int maxBytes) => InputFile.ReadBytes(file, maxBytes);

    /// <summary>
    /// The loop template <paramref name="idOrFile"/> names: the user's own file when it ends in <c>.yaml</c> or
    /// <c>.yml</c>, else a built-in id.
    /// </summary>
    public LoopTemplate Template(string idOrFile)
    {
        idOrFile = idOrFile.Trim();
        return idOrFile.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || idOrFile.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? Content.ParseTemplate(ReadContentFile(idOrFile))
            : Content.GetTemplate(idOrFile);
    }

    /// <summary>Writes to a temporary file first and then moves it, so a failed write never leaves half a file.</summary>
    public static void WriteFile(string path, string text, bool newline = true)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, newline ? text + "\n" : text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.unwritable", [path, e.Message], [], e);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file first and then moves it, as <see cref="WriteFile(string, string, bool)"/> does.</summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.unwritable", [path, e.Message], [], e);
        }
    }

    /// <summary>
    /// The text of the user's framework or template file: named as typed in problems, recorded by its full path.
    /// A missing file, one over <see cref="ContentCatalog.MaxTextLength"/> bytes, or one that is not UTF-8 text is an
    /// error that names it.
    /// </summary>
    public static ContentText ReadContentFile(string path) =>
        new(path, Core.TextInput.ReadUtf8(InputFile.ReadBytes(path, ContentCatalog.MaxTextLength), path)) { Source = Path.GetFullPath(path) };

    /// <summary>A date written <c>YYYY-MM-DD</c>; anything else is an input error that quotes it.</summary>
    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new LoopCoachException(ErrorKind.InvalidInput, "plan.date-invalid", text);

    /// <summary>
    /// The time zone to show times in: <paramref name="flag"/> (<c>--tz</c>), else <c>LOOPCOACH_TZ</c>; null leaves it
    /// to the clock's local zone (which follows <c>TZ</c>). A zone that is not known is an input error that names it.
    /// </summary>
    public TimeZoneInfo? TimeZone(string? flag)
    {
        var id = string.IsNullOrWhiteSpace(flag) ? _environment("LOOPCOACH_TZ") : flag;
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "notes.tz-invalid", id.Trim());
        }
    }

    /// <summary>A message in the user's language, with the command line's hint (what to type next) when it has one.</summary>
    public string Text(string key, params object?[] args) => Messages.ForFrontEnd("cli", Language, key, args);

    /// <summary>Writes <paramref name="value"/> as indented JSON to standard output.</summary>
    public void WriteJson<T>(T value)
    {
        var typeInfo = (JsonTypeInfo<T>)CliJson.Options.GetTypeInfo(typeof(T));
        Output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
        Output.Flush();
    }

    public void Dispose() => _database?.Dispose();

    private static IAnsiConsole CreateConsole(TextWriter writer, bool interactive, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output is read by scripts and tests: a fixed width keeps tables stable and messages on one line.
            console.Profile.Width = width;
        }

        console.Profile.Encoding = Encoding.UTF8;
        return console;
    }
}
