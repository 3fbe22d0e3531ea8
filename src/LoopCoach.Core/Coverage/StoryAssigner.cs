using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Coverage;

/// <summary>The stories chosen for one competency of one interviewer: a first choice and a backup, with why.</summary>
public sealed record SlotAssignment(int Interviewer, string InterviewerName, string Competency, string CompetencyName, Fit? First, Fit? Backup);

/// <summary>The stories for a whole loop.</summary>
/// <param name="Slots">One per (interviewer, competency), in the plan's order.</param>
/// <param name="TotalFit">The sum of the first choices' fits: the quantity the assignment maximises.</param>
public sealed record LoopAssignment(IReadOnlyList<SlotAssignment> Slots, double TotalFit);

/// <summary>
/// Gives every competency of every interviewer its best story so that no story is told twice in the loop: an
/// optimal assignment (maximum total fit, solved exactly), then a second one over the stories left for backups.
/// </summary>
public static class StoryAssigner
{
    /// <summary>Assigns <paramref name="stories"/> to the competencies of <paramref name="plan"/>.</summary>
    public static LoopAssignment Assign(LoopPlan plan, IReadOnlyList<(long Id, StoryContent Story)> stories, StoryFit fit, FrameworkCatalog frameworks, Language language)
    {
        var slots = plan.Interviewers.SelectMany(i => i.Competencies.Select(c => (Interviewer: i, Competency: c))).ToList();
        var fits = new Fit[slots.Count, stories.Count];
        var weights = new double[slots.Count, stories.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            for (var t = 0; t < stories.Count; t++)
            {
                fits[s, t] = fit.Score(stories[t].Id, stories[t].Story, slots[s].Competency, language);
                weights[s, t] = fits[s, t].Score;
            }
        }

        var first = Hungarian.MaximumWeight(weights);
        var backupWeights = (double[,])weights.Clone();
        foreach (var t in first.Where(t => t >= 0))
        {
            for (var s = 0; s < slots.Count; s++)
            {
                backupWeights[s, t] = 0;
            }
        }

        var backup = Hungarian.MaximumWeight(backupWeights);
        var result = slots.Select((slot, s) => new SlotAssignment(
            slot.Interviewer.Index,
            slot.Interviewer.Name,
            slot.Competency,
            frameworks.FindCompetency(slot.Competency)?.Name[language] ?? slot.Competency,
            first[s] >= 0 ? fits[s, first[s]] : null,
            backup[s] >= 0 ? fits[s, backup[s]] : null)).ToList();
        return new LoopAssignment(result, Math.Round(result.Sum(r => r.First?.Score ?? 0), 4));
    }
}
