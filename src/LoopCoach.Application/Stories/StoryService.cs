using LoopCoach.Application.Loops;
using LoopCoach.Core;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Application.Stories;

/// <summary>A story with the weak spots an interviewer would find in it.</summary>
public sealed record CheckedStory(StoredStory Story, IReadOnlyList<StoryWeakSpot> WeakSpots);

/// <summary>A story ranked for a question.</summary>
public sealed record RankedStory(StoryMatch Match, StoredStory Story);

/// <summary>What mining a diary found, and the drafts saved to the bank.</summary>
public sealed record MinedDiary(IReadOnlyList<StoryDraft> Drafts, IReadOnlyList<StoredStory> Added);

/// <summary>A version of a story with what changed from the version before it (nothing for the first).</summary>
public sealed record ChangedVersion(StoryVersion Version, IReadOnlyList<FieldChange> Changes);

/// <summary>What an import did, or (for a dry run) would do.</summary>
public sealed record ImportOutcome(ImportReport Report, int StoriesRead, bool DryRun);

/// <summary>The story bank: writing, reading, history, export and import, weak spots, matching and diary mining.</summary>
public sealed class StoryService(IStoryStore store, Engines engines, TimeProvider clock)
{
    /// <summary>Validates and saves a new story.</summary>
    public StoredStory Add(StoryContent story) => store.Add(story);

    /// <summary>Applies <paramref name="change"/> to the story's current content and saves it as a new version when it differs.</summary>
    public StoryEdit Edit(long id, Func<StoryContent, StoryContent> change) => store.Edit(id, change);

    /// <summary>The stories matching <paramref name="filter"/>.</summary>
    public IReadOnlyList<StoredStory> List(StoryFilter? filter = null) => store.List(filter);

    /// <summary>One story.</summary>
    public StoredStory Get(long id) => store.Get(id);

    /// <summary>One story with its weak spots.</summary>
    public CheckedStory Check(long id)
    {
        var story = store.Get(id);
        return new CheckedStory(story, engines.StoryCheck.Check(story.Content, ThisMonth));
    }

    /// <summary>The weak spots of a story being written, before it is saved (nothing is stored).</summary>
    public IReadOnlyList<StoryWeakSpot> CheckDraft(StoryContent story) => engines.StoryCheck.Check(StoryRules.Normalize(story), ThisMonth);

    /// <summary>Every version of a story.</summary>
    public IReadOnlyList<StoryVersion> History(long id) => store.History(id);

    /// <summary>Saves an old version's content as a new version.</summary>
    public StoryEdit Restore(long id, int version) => store.Restore(id, version);

    /// <summary>Moves a story to the recycle bin.</summary>
    public StoredStory Delete(long id) => store.Delete(id);

    /// <summary>Brings a story back from the recycle bin.</summary>
    public StoredStory Undelete(long id) => store.Undelete(id);

    /// <summary>Removes a story in the recycle bin for good, with its history; a story not in the bin is refused.</summary>
    public StoredStory Purge(long id) => store.Purge(id);

    /// <summary>The whole bank, lossless.</summary>
    public StoryBankDocument Export() => store.Export();

    /// <summary>The whole bank as the JSON export file (what <see cref="Import"/> reads back).</summary>
    public string ExportJson() => System.Text.Json.JsonSerializer.Serialize(store.Export(), StoryJson.Options.GetTypeInfo(typeof(StoryBankDocument)));

    /// <summary>Every version of a story, oldest first, each with what changed from the one before (nothing for the first).</summary>
    public IReadOnlyList<ChangedVersion> HistoryWithChanges(long id)
    {
        var versions = store.History(id);
        return [.. versions.Select((v, i) => new ChangedVersion(v, i == 0 ? [] : StoryDiff.Changes(versions[i - 1].Content, v.Content)))];
    }

    /// <summary>The bank (without deleted stories) as Markdown for reading, in <paramref name="language"/>.</summary>
    public string ExportMarkdown(Language language) => StoryMarkdown.Render(store.List(), engines.Content.Frameworks, engines.Content.Messages, language);

    /// <summary>
    /// Reads an export file's bytes and imports it: every story is checked first and nothing is written unless all
    /// are valid. A dry run only checks.
    /// </summary>
    public ImportOutcome Import(ReadOnlySpan<byte> file, string source, bool dryRun)
    {
        var document = StoryImport.Parse(file, source);
        if (dryRun)
        {
            LoopCoachException.ThrowIfAny(StoryImport.Check(document, engines.Content.Frameworks, ThisMonth), "import.invalid");
            return new ImportOutcome(new ImportReport(), document.Stories.Count, DryRun: true);
        }

        return new ImportOutcome(store.Import(document), document.Stories.Count, DryRun: false);
    }

    /// <summary>The stories to tell for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<RankedStory> Match(string question, int top)
    {
        var text = TextInput.Normalize(question);
        if (text.Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "stories.match-empty");
        }

        var stories = store.List();
        var check = engines.StoryCheck;
        var matcher = new StoryMatcher(engines.Content.Frameworks, engines.Classifier, [.. stories.Select(s => (s.Id, s.Content, StoryCheck.Strength(check.Check(s.Content, ThisMonth))))]);
        return [.. matcher.Match(text, Math.Max(1, top)).Select(m => new RankedStory(m, stories.First(s => s.Id == m.StoryId)))];
    }

    /// <summary>
    /// Story drafts found in a diary; the drafts numbered in <paramref name="add"/> (1-based) are saved to the bank.
    /// An unknown number is an error and saves nothing.
    /// </summary>
    public MinedDiary Mine(string diary, string source, IReadOnlyCollection<int> add)
    {
        if (string.IsNullOrWhiteSpace(diary))
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source);
        }

        var drafts = new DiaryMiner(engines.Analyzer).Mine(diary);
        var unknown = add.Where(n => n < 1 || n > drafts.Count).ToList();
        if (unknown.Count > 0)
        {
            throw new LoopCoachException(ErrorKind.NotFound, "stories.draft-not-found", string.Join(", ", unknown), drafts.Count);
        }

        return new MinedDiary(drafts, [.. add.Distinct().Select(n => store.Add(drafts[n - 1].Story))]);
    }

    /// <summary>
    /// Saves the story told in a mock loop as a new story: the answer to main question <paramref name="turn"/> of
    /// the session and the answers to the follow-ups that drilled into it, sorted into situation, task, action,
    /// result and lesson. <paramref name="edit"/> may change any field before it is checked and saved; what the
    /// story still lacks shows in its weak spots.
    /// </summary>
    public StoredStory AddFromSession(SessionView session, int turn, Func<StoryContent, StoryContent>? edit = null)
    {
        var main = session.Turns.FirstOrDefault(t => t.Seq == turn);
        if (main is null || main.Prompt.Kind != TurnKind.Main || main.Skipped)
        {
            var stories = StoryTurns(session).ToList();
            throw stories.Count == 0
                ? new LoopCoachException(ErrorKind.NotFound, "stories.session-no-story", session.Id)
                : new LoopCoachException(ErrorKind.NotFound, "stories.session-turn-not-found", turn, session.Id, string.Join(", ", stories));
        }

        var told = session.Turns
            .SkipWhile(t => t.Seq != turn)
            .TakeWhile(t => t.Seq == turn || (t.Prompt.Kind == TurnKind.Probe && !t.Skipped))
            .Select(t => t.Answer);
        var text = string.Join("\n", told);
        var star = engines.Analyzer.FindStar(text);

        // A sentence that reads as two parts goes to the first of task, result, lesson, situation, action.
        var used = new HashSet<int>();
        var parts = new Dictionary<StarPart, string>();
        foreach (var part in new[] { StarPart.Task, StarPart.Result, StarPart.Lesson, StarPart.Situation, StarPart.Action })
        {
            parts[part] = string.Join(" ", star[part].Spans.Where(s => used.Add(s.Start)).Select(s => s.Text));
        }

        string Part(StarPart part) => parts[part];
        var draft = new StoryContent
        {
            Title = Title(main.Answer),
            Situation = Part(StarPart.Situation),
            Task = Part(StarPart.Task),
            Action = Part(StarPart.Action),
            Result = Part(StarPart.Result),
            Lesson = Part(StarPart.Lesson),
            Competencies = main.Prompt.Competency is { } competency && engines.Content.Frameworks.FindCompetency(competency) is not null ? [competency] : [],
        };
        if (draft.Situation.Length + draft.Task.Length + draft.Action.Length + draft.Result.Length == 0)
        {
            // Nothing was recognised as a part: keep the words as they were said rather than lose them.
            draft = draft with { Situation = text };
        }

        return store.Add(edit is null ? draft : edit(draft));
    }

    /// <summary>The turns of a session that told a story: answered main questions.</summary>
    private static IEnumerable<int> StoryTurns(SessionView session) =>
        session.Turns.Where(t => t.Prompt.Kind == TurnKind.Main && !t.Skipped).Select(t => t.Seq);

    /// <summary>A title from the first words of the story: its first sentence, cut at a word near 60 characters.</summary>
    private static string Title(string answer)
    {
        var first = TextSegmenter.Sentences(answer).FirstOrDefault()?.Text.Trim() ?? answer.Trim();
        if (first.Length <= 60)
        {
            return first.TrimEnd('.', '。');
        }

        var cut = first.LastIndexOf(' ', 60);
        return first[..(cut > 20 ? cut : 60)].TrimEnd(',', ' ') + "…";
    }

    private YearMonth ThisMonth => YearMonth.Of(clock.GetUtcNow());
}
