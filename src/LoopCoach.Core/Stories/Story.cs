using System.Text.Json.Serialization;

namespace LoopCoach.Core.Stories;

/// <summary>
/// What a candidate writes about one experience, in STAR form. Every edit saves a new version of this content.
/// </summary>
public sealed record StoryContent
{
    /// <summary>A short name the candidate recognises the story by (required).</summary>
    public required string Title { get; init; }

    /// <summary>S: the background: when, where, what was at stake.</summary>
    public string Situation { get; init; } = "";

    /// <summary>T: what the candidate had to achieve.</summary>
    public string Task { get; init; } = "";

    /// <summary>A: what the candidate did, step by step.</summary>
    public string Action { get; init; } = "";

    /// <summary>R: what came of it, ideally in numbers.</summary>
    public string Result { get; init; } = "";

    /// <summary>What the candidate learned or would do differently.</summary>
    public string Lesson { get; init; } = "";

    /// <summary>The numbers behind the result.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];

    /// <summary>When it happened (year and month), if known.</summary>
    public YearMonth? When { get; init; }

    /// <summary>The candidate's role at the time ("AM, 2년차", "team lead").</summary>
    public string Role { get; init; } = "";

    /// <summary>Free tags the candidate uses to find stories.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Competency ids the story shows, the strongest first.</summary>
    public IReadOnlyList<string> Competencies { get; init; } = [];

    /// <summary>Whether two contents hold the same text and values (records compare lists by reference).</summary>
    public bool SameAs(StoryContent other) =>
        Title == other.Title && Situation == other.Situation && Task == other.Task && Action == other.Action
        && Result == other.Result && Lesson == other.Lesson && When == other.When && Role == other.Role
        && Metrics.SequenceEqual(other.Metrics) && Tags.SequenceEqual(other.Tags)
        && Competencies.SequenceEqual(other.Competencies);
}

/// <summary>A number behind a story's result: "conversion rate: 12 %", "신규 고객: 30 명".</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit (%, 명, 원, days...), possibly empty.</param>
/// <param name="Measures">What it measures.</param>
public sealed record Metric(decimal Value, string Unit, string Measures);

/// <summary>Why a version of a story was saved.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StoryChange>))]
public enum StoryChange
{
    /// <summary>The first version.</summary>
    [JsonStringEnumMemberName("created")]
    Created,

    /// <summary>The candidate edited it.</summary>
    [JsonStringEnumMemberName("edited")]
    Edited,

    /// <summary>An earlier version was brought back.</summary>
    [JsonStringEnumMemberName("restored")]
    Restored,

    /// <summary>It came from an import file.</summary>
    [JsonStringEnumMemberName("imported")]
    Imported,
}

/// <summary>A story as the bank keeps it: its current content and its bookkeeping.</summary>
/// <param name="Id">The bank's number for it (what the CLI takes).</param>
/// <param name="Uid">A stable id that survives export and import.</param>
/// <param name="Version">The number of the current version (1 for a new story).</param>
/// <param name="Content">The current content.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When the current version was saved.</param>
/// <param name="DeletedAt">When it was deleted; null while it is in the bank. Deleted stories can be undeleted.</param>
public sealed record StoredStory(
    long Id,
    Guid Uid,
    int Version,
    StoryContent Content,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt)
{
    /// <summary>Whether the story is in the bank's recycle bin.</summary>
    public bool IsDeleted => DeletedAt is not null;
}

/// <summary>One saved version of a story.</summary>
/// <param name="Version">1 for the first, then one more per save.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="Change">Why it was saved.</param>
/// <param name="Content">The content as it was then.</param>
public sealed record StoryVersion(int Version, DateTimeOffset SavedAt, StoryChange Change, StoryContent Content);
