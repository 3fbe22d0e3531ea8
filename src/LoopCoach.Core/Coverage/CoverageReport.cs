using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Coverage;

/// <summary>One row of the coverage matrix: a competency, every story's fit for it, and the best.</summary>
public sealed record CoverageRow(string Competency, string Name, Fit? Best, IReadOnlyDictionary<long, double> Scores, bool Covered);

/// <summary>A competency no story serves well, and the stories to write for it.</summary>
public sealed record CoverageGap(string Competency, string Name, IReadOnlyList<string> StoriesToWrite);

/// <summary>Competencies × stories.</summary>
public sealed record CoverageReport(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps);

/// <summary>Builds the coverage of a set of competencies by the story bank.</summary>
public static class CoverageBuilder
{
    /// <summary>A best fit below this leaves the competency uncovered.</summary>
    public const double CoveredThreshold = 0.35;

    /// <summary>
    /// The coverage of <paramref name="competencies"/> by <paramref name="stories"/>, the gaps said as stories to
    /// write (from <paramref name="storyPrompts"/>, by competency id).
    /// </summary>
    public static CoverageReport Build(
        IReadOnlyList<string> competencies,
        IReadOnlyList<(long Id, StoryContent Story)> stories,
        StoryFit fit,
        FrameworkCatalog frameworks,
        IReadOnlyDictionary<string, LocalizedList> storyPrompts,
        Language language)
    {
        var rows = new List<CoverageRow>();
        var gaps = new List<CoverageGap>();
        foreach (var id in competencies)
        {
            var name = frameworks.FindCompetency(id)?.Name[language] ?? id;
            var fits = stories.Select(s => fit.Score(s.Id, s.Story, id, language)).ToList();
            var best = fits.Where(f => f.Score > 0).OrderByDescending(f => f.Score).ThenBy(f => f.StoryId).FirstOrDefault();
            var covered = best is not null && best.Score >= CoveredThreshold;
            rows.Add(new CoverageRow(id, name, best, fits.ToDictionary(f => f.StoryId, f => f.Score), covered));
            if (!covered)
            {
                gaps.Add(new CoverageGap(id, name, StoriesToWrite(id, frameworks, storyPrompts, language)));
            }
        }

        return new CoverageReport(rows, gaps);
    }

    /// <summary>The stories to write for <paramref name="competency"/>: its own prompts, else those of the competencies it is related to.</summary>
    public static IReadOnlyList<string> StoriesToWrite(string competency, FrameworkCatalog frameworks, IReadOnlyDictionary<string, LocalizedList> storyPrompts, Language language)
    {
        foreach (var id in frameworks.Expand(competency))
        {
            if (storyPrompts.TryGetValue(id, out var prompts))
            {
                return prompts[language];
            }
        }

        return [];
    }
}
