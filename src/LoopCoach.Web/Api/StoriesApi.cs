using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary>
/// A story's fields as a request gives them: the Story JSON shape without its ids and dates. On an edit a field left
/// out (null) keeps its value, as a flag left out does in <c>stories edit</c>; a list given replaces the whole list.
/// </summary>
public sealed record StoryInput
{
    public string? Title { get; init; }
    public string? Situation { get; init; }
    public string? Task { get; init; }
    public string? Action { get; init; }
    public string? Result { get; init; }
    public string? Lesson { get; init; }
    public string? Role { get; init; }

    /// <summary>YYYY-MM (also YYYY.MM, YYYY/MM, YYYY); an empty string clears it.</summary>
    public string? When { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Competencies { get; init; }
    public IReadOnlyList<Metric>? Metrics { get; init; }

    /// <summary><paramref name="current"/> with every given field applied; an unreadable date is an input error.</summary>
    public StoryContent ApplyTo(StoryContent current)
    {
        var story = current with
        {
            Title = Title ?? current.Title,
            Situation = Situation ?? current.Situation,
            Task = Task ?? current.Task,
            Action = Action ?? current.Action,
            Result = Result ?? current.Result,
            Lesson = Lesson ?? current.Lesson,
            Role = Role ?? current.Role,
            Tags = Tags ?? current.Tags,
            Competencies = Competencies ?? current.Competencies,
            Metrics = Metrics ?? current.Metrics,
        };
        if (When is { } when)
        {
            story = story with
            {
                When = when.Trim().Length == 0 ? null
                    : YearMonth.TryParse(when, out var month) ? month
                    : throw new LoopCoachException(ErrorKind.InvalidInput, "story.invalid", [1], [new Problem("when", "story.when-invalid", when)]),
            };
        }

        return story;
    }
}

/// <summary><c>/api/stories</c>: the story bank, as <c>loopcoach stories … --json</c>.</summary>
public static class StoriesApi
{
    public static void MapStories(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/stories");
        group.MapGet("/", List).WithName("ListStories").WithSummary("The stories, by number; deleted ones with deleted=true.");
        group.MapGet("/{id:long}", Get).WithName("GetStory").WithSummary("One story with its weak spots.");
        group.MapPost("/", Add).WithName("AddStory").WithSummary("Adds a story.");
        group.MapPatch("/{id:long}", Edit).WithName("EditStory").WithSummary("Changes the given fields; saves a new version.");
        group.MapDelete("/{id:long}", Delete).WithName("DeleteStory").WithSummary("Moves a story to the recycle bin.");
        group.MapPost("/{id:long}/undelete", Undelete).WithName("UndeleteStory").WithSummary("Brings a story back from the recycle bin.");
        group.MapPost("/check", Check).WithName("CheckStory").WithSummary("The weak spots of a story being written; nothing is saved.");
        group.MapGet("/{id:long}/history", History).WithName("StoryHistory").WithSummary("Every saved version, oldest first.");
        group.MapGet("/export", Export).WithName("ExportStories")
            .WithSummary("The whole bank as the export file of `stories export` (every version, deleted stories too), as a download.");
    }

    public static List<StoryDocument> List(RequestApp app, bool deleted = false, string? tag = null, string? competency = null) =>
        [.. app.App.Stories.List(new StoryFilter { IncludeDeleted = deleted, Tag = tag, Competency = competency }).Select(s => StoryDocument.From(s))];

    public static StoryDocument Get(long id, RequestApp app)
    {
        var (story, weakSpots) = app.App.Stories.Check(id);
        return StoryDocument.From(story) with { WeakSpots = weakSpots };
    }

    public static IResult Add(StoryInput story, RequestApp app)
    {
        var added = app.App.Stories.Add(story.ApplyTo(new StoryContent { Title = "" }));
        return TypedResults.Created($"/api/stories/{added.Id}", StoryDocument.From(added));
    }

    public static StoryDocument Edit(long id, StoryInput change, RequestApp app) =>
        StoryDocument.From(app.App.Stories.Edit(id, change.ApplyTo).Story);

    public static StoryDocument Delete(long id, RequestApp app) => StoryDocument.From(app.App.Stories.Delete(id));

    public static StoryDocument Undelete(long id, RequestApp app) => StoryDocument.From(app.App.Stories.Undelete(id));

    public static IReadOnlyList<StoryWeakSpot> Check(StoryInput story, RequestApp app) =>
        app.App.Stories.CheckDraft(story.ApplyTo(new StoryContent { Title = "" }));

    public static IResult Export(RequestApp app)
    {
        var day = app.App.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(app.App.Stories.ExportJson()), "application/json", $"loopcoach-stories-{day}.json");
    }

    public static List<StoryVersionDocument> History(long id, RequestApp app) => [.. app.App.Stories.History(id).Select(StoryVersionDocument.From)];
}
