using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Loops;

/// <summary>
/// Plans a loop from a template: which interviewer owns which competencies. Every chosen competency is owned by
/// exactly one interviewer and each owns between their minimum and maximum. The same template, competencies,
/// language and seed always give the same plan.
/// </summary>
public static class LoopPlanner
{
    /// <summary>
    /// Plans <paramref name="template"/>. With no <paramref name="competencies"/>, the template's default number is
    /// drawn from its framework (of <paramref name="frameworks"/>), among those with <paramref name="questions"/> to ask.
    /// </summary>
    public static LoopPlan Plan(LoopTemplate template, IReadOnlyList<string>? competencies, Language language, int seed, FrameworkCatalog frameworks, QuestionBank questions)
    {
        var framework = frameworks.Get(template.FrameworkId);
        var random = new Random(seed);
        List<string> chosen;
        if (competencies is { Count: > 0 })
        {
            chosen = [.. competencies.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct()];
            foreach (var id in chosen.Where(id => frameworks.FindCompetency(id) is null))
            {
                throw new LoopCoachException(ErrorKind.NotFound, "competency.not-found", id);
            }
        }
        else
        {
            // Competencies with questions in the loop's language, drawn without repeats.
            var available = framework.Competencies
                .Select(c => c.Id)
                .Where(id => questions.Questions.Any(q => q.Language == language && q.Competencies.Contains(id)) || frameworks.FindCompetency(id)!.Related.Count > 0)
                .ToList();
            chosen = [.. Shuffle(available, random).Take(Math.Clamp(template.DefaultCompetencies, template.Interviewers.Count, template.MaxCompetencies))];
        }

        if (chosen.Count == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "loop.no-competencies");
        }

        if (chosen.Count > template.MaxCompetencies)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "loop.too-many-competencies", template.Id, template.MaxCompetencies, chosen.Count);
        }

        var order = Shuffle(chosen, random);
        var counts = Counts(template, order.Count);
        var interviewers = new List<PlannedInterviewer>();
        var next = 0;
        for (var i = 0; i < template.Interviewers.Count; i++)
        {
            var seat = template.Interviewers[i];
            interviewers.Add(new PlannedInterviewer
            {
                Index = i,
                Role = seat.Role,
                Name = seat.Name[language],
                Style = seat.Style[language],
                Minutes = template.Format == LoopFormat.Panel ? template.PanelMinutes : seat.Minutes,
                Depth = seat.Depth,
                Competencies = [.. order.Skip(next).Take(counts[i])],
            });
            next += counts[i];
        }

        return new LoopPlan
        {
            Template = template.Id,
            Format = template.Format,
            Framework = template.FrameworkId,
            Language = language,
            Seed = seed,
            Interviewers = interviewers,
            PanelMinutes = template.Format == LoopFormat.Panel ? template.PanelMinutes : 0,
        };
    }

    /// <summary>How many competencies each seat owns: its minimum (or fewer when there are not enough), then one more in turn up to its maximum.</summary>
    private static int[] Counts(LoopTemplate template, int total)
    {
        var seats = template.Interviewers;
        var counts = new int[seats.Count];
        var left = total;
        for (var i = 0; i < seats.Count && left > 0; i++)
        {
            counts[i] = Math.Min(seats[i].MinCompetencies, left);
            left -= counts[i];
        }

        while (left > 0)
        {
            var given = false;
            for (var i = 0; i < seats.Count && left > 0; i++)
            {
                if (counts[i] < seats[i].MaxCompetencies)
                {
                    counts[i]++;
                    left--;
                    given = true;
                }
            }

            if (!given)
            {
                break;
            }
        }

        return counts;
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
