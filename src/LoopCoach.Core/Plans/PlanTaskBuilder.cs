using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Plans;

/// <summary>
/// The tasks of a prep plan: what must be done, most important first, and the rehearsals that fill the days left
/// over. Each task's text comes from <c>plan.task.*</c> in the plan's language.
/// </summary>
internal sealed class PlanTaskBuilder(PlanInputs inputs, FrameworkCatalog frameworks, Messages messages, Language language)
{
    /// <summary>How many real questions one rehearsal takes.</summary>
    private const int RealQuestionsPerTask = 3;

    /// <summary>
    /// What the plan must hold, in this order: the posting's own steps before the interview (an assignment, a
    /// test, a phone screen), the stories no story covers yet, the questions real interviewers asked, the
    /// self-introduction, numbers for weak stories, mock loops in the posting's format two competencies at a time,
    /// questions to ask.
    /// </summary>
    public IEnumerable<PlanTask> Required()
    {
        foreach (var stage in inputs.Stages)
        {
            foreach (var task in StageTasks(stage))
            {
                yield return task;
            }
        }

        foreach (var gap in inputs.Gaps)
        {
            var prompt = gap.StoriesToWrite.FirstOrDefault() ?? gap.Name;
            yield return new PlanTask(PlanTaskKind.WriteStory, T(PlanTaskKind.WriteStory.MessageKey(), gap.Name, prompt)) { Competency = gap.Competency };
        }

        foreach (var chunk in inputs.RealQuestions.Take(RealQuestionsPerTask * 3).Chunk(RealQuestionsPerTask))
        {
            yield return new PlanTask(PlanTaskKind.RealQuestions, T(PlanTaskKind.RealQuestions.MessageKey(), string.Join(" / ", chunk)));
        }

        yield return Motivation();

        foreach (var (id, title) in inputs.StoriesWithoutNumbers)
        {
            yield return new PlanTask(PlanTaskKind.AddNumbers, T(PlanTaskKind.AddNumbers.MessageKey(), title)) { StoryId = id };
        }

        foreach (var pair in inputs.Competencies.Chunk(2))
        {
            yield return new PlanTask(PlanTaskKind.Practise, T(PlanTaskKind.Practise.MessageKey(), string.Join(", ", pair.Select(Name)))) { Template = inputs.Template, Competencies = pair, Posting = inputs.Posting };
        }

        yield return new PlanTask(PlanTaskKind.PrepareQuestions, T(PlanTaskKind.PrepareQuestions.MessageKey()));
    }

    /// <summary>
    /// Rehearsals for the days the required tasks leave empty, in turn and without end: a whole mock loop in the
    /// posting's format, the questions real interviewers asked (or, with none, the self-introduction), the stories
    /// aloud against the clock, the weakest pair of competencies again.
    /// </summary>
    public IEnumerable<PlanTask> Fillers()
    {
        var pairs = inputs.Competencies.Chunk(2).ToList();
        for (var round = 0; ; round++)
        {
            yield return new PlanTask(PlanTaskKind.Practise, T("plan.task.mock-loop", inputs.TemplateName ?? inputs.Template))
            {
                Template = inputs.Template,
                Posting = inputs.Posting,
                Competencies = inputs.Posting is null ? inputs.Competencies : [],
            };
            yield return inputs.RealQuestions.Count > 0
                ? new PlanTask(PlanTaskKind.RealQuestions, T(PlanTaskKind.RealQuestions.MessageKey(), string.Join(" / ", inputs.RealQuestions.Skip(round * RealQuestionsPerTask % Math.Max(1, inputs.RealQuestions.Count)).Concat(inputs.RealQuestions).Take(RealQuestionsPerTask))))
                : Motivation();
            yield return new PlanTask(PlanTaskKind.Rehearse, T(PlanTaskKind.Rehearse.MessageKey()));
            if (pairs.Count > 0)
            {
                var pair = pairs[(pairs.Count - 1 - (round % pairs.Count) + pairs.Count) % pairs.Count];
                yield return new PlanTask(PlanTaskKind.Practise, T("plan.task.practise-again", string.Join(", ", pair.Select(Name)))) { Template = inputs.Template, Competencies = pair, Posting = inputs.Posting };
            }
        }
    }

    private PlanTask Motivation() =>
        new(PlanTaskKind.Motivation, inputs.Company is { Length: > 0 } company ? T("plan.task.motivation-company", company) : T(PlanTaskKind.Motivation.MessageKey()));

    /// <summary>The tasks that prepare one of the posting's steps; none for the steps a mock loop or nothing prepares.</summary>
    private IEnumerable<PlanTask> StageTasks(HiringStage stage)
    {
        var keys = stage.Kind switch
        {
            StageKind.Assignment => ["plan.task.stage.assignment-read", "plan.task.stage.assignment-draft", "plan.task.stage.assignment-present"],
            StageKind.OnlineTest => ["plan.task.stage.test-format", "plan.task.stage.test-practice"],
            StageKind.PhoneOrVideo => new[] { "plan.task.stage.phone" },
            _ => [],
        };
        return keys.Select(key => new PlanTask(PlanTaskKind.Stage, T(key, stage.Name)) { Stage = stage, Template = stage.Kind == StageKind.PhoneOrVideo ? "phone-screen" : null });
    }

    private string Name(string id) => frameworks.FindCompetency(id)?.Name[language] ?? id;

    private string T(string key, params object?[] args) => messages.Get(language, key, args);
}
