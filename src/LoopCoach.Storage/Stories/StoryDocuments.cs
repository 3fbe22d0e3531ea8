using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Stories;

namespace LoopCoach.Storage.Stories;

/// <summary>
/// A story as JSON shows it: in <c>--json</c> output and in export files. A public contract: fields are added,
/// never renamed. <see cref="History"/> is present only in export files.
/// </summary>
public sealed record StoryDocument
{
    /// <summary>The bank's number for the story.</summary>
    public long Id { get; init; }

    /// <summary>Stable id that survives export and import.</summary>
    public Guid Uid { get; init; }

    /// <summary>Current version number.</summary>
    public int Version { get; init; }

    /// <summary>Short name of the story.</summary>
    public required string Title { get; init; }

    /// <summary>S.</summary>
    public string Situation { get; init; } = "";

    /// <summary>T.</summary>
    public string Task { get; init; } = "";

    /// <summary>A.</summary>
    public string Action { get; init; } = "";

    /// <summary>R.</summary>
    public string Result { get; init; } = "";

    /// <summary>Lesson learned.</summary>
    public string Lesson { get; init; } = "";

    /// <summary>Numbers behind the result.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];

    /// <summary>When it happened, <c>YYYY-MM</c>.</summary>
    public YearMonth? When { get; init; }

    /// <summary>The candidate's role then.</summary>
    public string Role { get; init; } = "";

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Competency ids.</summary>
    public IReadOnlyList<string> Competencies { get; init; } = [];

    /// <summary>First saved.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Current version saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When deleted; null while in the bank.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>What follow-ups will expose in the story (<c>stories show</c> only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StoryWeakSpot>? WeakSpots { get; init; }

    /// <summary>Every version, oldest first (export files only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StoryVersionDocument>? History { get; init; }

    /// <summary>The document of a stored story, with its history when given.</summary>
    public static StoryDocument From(StoredStory story, IReadOnlyList<StoryVersion>? history = null) => new()
    {
        Id = story.Id,
        Uid = story.Uid,
        Version = story.Version,
        Title = story.Content.Title,
        Situation = story.Content.Situation,
        Task = story.Content.Task,
        Action = story.Content.Action,
        Result = story.Content.Result,
        Lesson = story.Content.Lesson,
        Metrics = story.Content.Metrics,
        When = story.Content.When,
        Role = story.Content.Role,
        Tags = story.Content.Tags,
        Competencies = story.Content.Competencies,
        CreatedAt = story.CreatedAt,
        UpdatedAt = story.UpdatedAt,
        DeletedAt = story.DeletedAt,
        History = history?.Select(StoryVersionDocument.From).ToList(),
    };

    /// <summary>The content fields of this document.</summary>
    public StoryContent ToContent() => new()
    {
        Title = Title,
        Situation = Situation,
        Task = Task,
        Action = Action,
        Result = Result,
        Lesson = Lesson,
        Metrics = Metrics,
        When = When,
        Role = Role,
        Tags = Tags,
        Competencies = Competencies,
    };
}

/// <summary>One version of a story in an export file or in <c>stories history --json</c>.</summary>
public sealed record StoryVersionDocument
{
    /// <summary>Version number.</summary>
    public int Version { get; init; }

    /// <summary>When it was saved.</summary>
    public DateTimeOffset SavedAt { get; init; }

    /// <summary>Why: created, edited, restored, imported.</summary>
    public StoryChange Change { get; init; }

    /// <summary>The content then.</summary>
    public required StoryContent Story { get; init; }

    /// <summary>The document of a version.</summary>
    public static StoryVersionDocument From(StoryVersion version) =>
        new() { Version = version.Version, SavedAt = version.SavedAt, Change = version.Change, Story = version.Content };

    /// <summary>The version this document describes.</summary>
    public StoryVersion ToVersion() => new(Version, SavedAt, Change, Story);
}

/// <summary>The whole story bank in one file: what <c>stories export</c> writes and <c>stories import</c> reads.</summary>
public sealed record StoryBankDocument
{
    /// <summary>The value of <see cref="Format"/> in every LoopCoach story export.</summary>
    public const string FormatName = "loopcoach.stories";

    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Always <c>loopcoach.stories</c>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The file format's version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>When the file was written.</summary>
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>Every story, deleted ones included, with history.</summary>
    public IReadOnlyList<StoryDocument> Stories { get; init; } = [];
}

/// <summary>The JSON settings for story documents: camelCase, enums as lower-case strings, Hangul written as is.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(StoryBankDocument))]
[JsonSerializable(typeof(StoryDocument))]
[JsonSerializable(typeof(List<StoryDocument>))]
[JsonSerializable(typeof(List<StoryVersionDocument>))]
[JsonSerializable(typeof(StoryContent))]
[JsonSerializable(typeof(List<Metric>))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class StoryJsonContext : JsonSerializerContext;

/// <summary>The settings for writing story documents for people and other programs.</summary>
public static class StoryJson
{
    /// <summary>
    /// Options over <see cref="StoryJsonContext"/> that write Korean as Korean (the default escapes every
    /// non-ASCII character) and enums in lower case.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(StoryJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = StoryJsonContext.Default,
    };
}
