using LoopCoach.Core;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Postings;
using LoopCoach.Storage.Postings;

namespace LoopCoach.Application.Postings;

/// <summary>A saved posting with what it asks for.</summary>
/// <param name="Competencies">The competencies to prepare for it: its named strengths' nearest principles, then the principles its text leans on.</param>
public sealed record AnalyzedPosting(StoredPosting Posting, PostingAnalysis Analysis, IReadOnlyList<string> Competencies);

/// <summary>Job postings: read one for what it asks, keep it, and turn its named strengths into a framework.</summary>
public sealed class PostingService(IPostingStore store, Engines engines)
{
    /// <summary>The most competencies a posting brings into coverage and loops.</summary>
    public const int MaxCompetencies = 6;

    /// <summary>Analyses a posting's text and saves it.</summary>
    public AnalyzedPosting Analyze(string text)
    {
        text = TextInput.WithoutControlCharacters(TextInput.Normalize(text));
        var analysis = engines.Postings().Analyze(text);
        var stored = store.Add(analysis.Role ?? "", analysis.Company ?? "", TextInput.Normalize(text));
        return new AnalyzedPosting(stored, analysis, Competencies(analysis));
    }

    /// <summary>
    /// Analyses a posting's text without saving it (its id is 0), so that a person can read the analysis before
    /// keeping the posting with <see cref="Analyze"/>.
    /// </summary>
    public AnalyzedPosting Read(string text)
    {
        text = TextInput.WithoutControlCharacters(TextInput.Normalize(text));
        var analysis = engines.Postings().Analyze(text);
        var unsaved = new StoredPosting(0, Guid.Empty, analysis.Role ?? "", analysis.Company ?? "", text, DateTimeOffset.UnixEpoch);
        return new AnalyzedPosting(unsaved, analysis, Competencies(analysis));
    }

    /// <summary>A saved posting, analysed again (so it improves with LoopCoach).</summary>
    public AnalyzedPosting Get(long id)
    {
        var stored = store.Get(id);
        var analysis = engines.Postings().Analyze(stored.Text);
        return new AnalyzedPosting(stored, analysis, Competencies(analysis));
    }

    /// <summary>Every saved posting, newest first.</summary>
    public IReadOnlyList<StoredPosting> List() => store.List();

    /// <summary>The posting's named strengths as a framework file (YAML) the user can load.</summary>
    public string Framework(long id)
    {
        var posting = Get(id);
        return PostingFramework.ToYaml(posting.Posting.Id, posting.Analysis)
            ?? throw new LoopCoachException(ErrorKind.NotFound, "posting.no-strengths", posting.Posting.Id);
    }

    private static IReadOnlyList<string> Competencies(PostingAnalysis analysis) =>
        [.. analysis.Strengths.Select(s => s.Nearest.FirstOrDefault()?.Id).OfType<string>()
            .Concat(analysis.Principles.Select(p => p.Id))
            .Distinct()
            .Take(MaxCompetencies)];
}
