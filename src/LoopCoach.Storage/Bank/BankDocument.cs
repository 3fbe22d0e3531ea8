using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Bank;

/// <summary>
/// Everything the database keeps for one owner, in one file: what <c>loopcoach export</c> and <c>GET /api/export</c>
/// write and <c>loopcoach import</c> and <c>POST /api/import</c> read. A public contract: fields are added, never
/// renamed. The stories are the stories export's (with every version); the rest carries each row as it is stored,
/// with the engine's own JSON (a session's plan, state, debrief and measures, a turn as it happened, a retry's
/// analysis, a retrospective) kept as it was written, so a later release reads an old loop the way it was run.
/// Row numbers are not part of it: the database that takes the file in gives its own; <c>uid</c>s link the parts.
/// </summary>
public sealed record BankDocument
{
    /// <summary>The value of <see cref="Format"/> in every full export.</summary>
    public const string FormatName = "loopcoach.bank";

    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Always <c>loopcoach.bank</c>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The file format's version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>When the file was written.</summary>
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>Every story, deleted ones included, with its history (the shape of <c>stories export</c>).</summary>
    public IReadOnlyList<StoryDocument> Stories { get; init; } = [];

    /// <summary>Saved job postings.</summary>
    public IReadOnlyList<BankPosting> Postings { get; init; } = [];

    /// <summary>Mock loops with every answer and every retry.</summary>
    public IReadOnlyList<BankSession> Sessions { get; init; } = [];

    /// <summary>Retrospectives of real interviews.</summary>
    public IReadOnlyList<BankRetro> Retros { get; init; } = [];

    /// <summary>The questions seen in real interviews, with how often.</summary>
    public IReadOnlyList<BankSeenQuestion> SeenQuestions { get; init; } = [];
}

/// <summary>A saved posting.</summary>
public sealed record BankPosting
{
    public Guid Uid { get; init; }
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A mock loop as stored: its plan, where it stands, its answers and its retries.</summary>
public sealed record BankSession
{
    public Guid Uid { get; init; }
    public string Template { get; init; } = "";

    /// <summary>running, paused or finished.</summary>
    public string Status { get; init; } = "";

    /// <summary>The loop's plan (interviewers, competencies, questions).</summary>
    public JsonElement Plan { get; init; }

    /// <summary>Where the interview engine stands; null for a loop saved before schema 5.</summary>
    public JsonElement? State { get; init; }

    /// <summary>The debrief as of the last answer.</summary>
    public JsonElement? Debrief { get; init; }

    /// <summary>The measures progress reads.</summary>
    public JsonElement? Progress { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public IReadOnlyList<BankTurn> Turns { get; init; } = [];
    public IReadOnlyList<BankRetry> Retries { get; init; } = [];
}

/// <summary>One answer of a loop, with the line it answered.</summary>
public sealed record BankTurn
{
    public int Seq { get; init; }
    public int Interviewer { get; init; }

    /// <summary>main, followup, …</summary>
    public string Kind { get; init; } = "";
    public string Question { get; init; } = "";
    public string? QuestionId { get; init; }
    public string? Competency { get; init; }
    public string? Gap { get; init; }
    public string Answer { get; init; } = "";

    /// <summary>The whole turn as it happened; null for a turn saved before schema 5.</summary>
    public JsonElement? Data { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A new attempt at a main question, kept beside the first answer.</summary>
public sealed record BankRetry
{
    public int Seq { get; init; }
    public int Attempt { get; init; }
    public string Answer { get; init; } = "";
    public JsonElement Analysis { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A retrospective of a real interview.</summary>
public sealed record BankRetro
{
    public Guid Uid { get; init; }

    /// <summary>The retrospective (company, position, date, rounds and questions).</summary>
    public JsonElement Retro { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A question seen in real interviews.</summary>
public sealed record BankSeenQuestion
{
    public string Text { get; init; } = "";

    /// <summary>ko or en.</summary>
    public string Language { get; init; } = "";
    public string? Competency { get; init; }
    public int Times { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; init; }

    /// <summary>The uid of the retrospective it was last seen in.</summary>
    public Guid? LastRetro { get; init; }
}

/// <summary>What an import did (or, on a dry run, would do), per kind of thing.</summary>
public sealed record BankImportReport
{
    /// <summary>Stories: added, updated (given the file's text as a new version), unchanged.</summary>
    public required BankCount Stories { get; init; }
    public required BankCount Postings { get; init; }
    public required BankCount Sessions { get; init; }
    public required BankCount Retros { get; init; }
    public required BankCount SeenQuestions { get; init; }
    public bool DryRun { get; init; }
}

/// <summary>How many were added, updated and already there.</summary>
public sealed record BankCount(int Added, int Updated, int Unchanged);

/// <summary>The JSON settings of bank files: camelCase, indented, Korean written as is.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(BankDocument))]
[JsonSerializable(typeof(BankImportReport))]
public sealed partial class BankJsonContext : JsonSerializerContext;

/// <summary>The settings for writing bank files for people and other programs.</summary>
public static class BankJson
{
    /// <summary>Options over <see cref="BankJsonContext"/> that write Korean as Korean and enums in lower case.</summary>
    public static JsonSerializerOptions Options { get; } = new(BankJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(BankJsonContext.Default, StoryJsonContext.Default),
    };
}
