using LoopCoach.Application.Postings;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Application.Prep;

/// <summary>Which competencies to prepare: a saved posting's, a framework's, or (neither given) the Amazon principles.</summary>
public sealed record PrepTarget(long? Posting = null, string? Framework = null);

/// <summary>The coverage of the competencies by the bank's stories.</summary>
public sealed record Coverage(IReadOnlyList<string> Competencies, IReadOnlyList<(long Id, StoryContent Story)> Stories, CoverageReport Report);

/// <summary>The stories assigned to the slots of a loop.</summary>
public sealed record Assignment(LoopPlan Plan, LoopAssignment Slots, IReadOnlyList<(long Id, StoryContent Story)> Stories);

/// <summary>From a posting and the bank to a plan: coverage, story assignment, and the day-by-day preparation.</summary>
public sealed class PrepService(
    IStoryStore stories,
    PostingService postings,
    ISessionStore sessions,
    IRetroStore retros,
    Engines engines,
    TimeProvider clock)
{
    /// <summary>The framework prepared for when neither a posting nor a framework is given.</summary>
    public const string DefaultFramework = "amazon-lp";

    /// <summary>The loop template a plan practises with and <see cref="Assign"/> plans when given none.</summary>
    public const string DefaultLoopTemplate = "amazon-loop";

    /// <summary>The competencies to prepare for <paramref name="target"/>.</summary>
    public IReadOnlyList<string> Competencies(PrepTarget target) => target.Posting is { } id
        ? postings.Get(id).Competencies
        : [.. engines.Content.Frameworks.Get(target.Framework ?? DefaultFramework).Competencies.Select(c => c.Id)];

    /// <summary>Which story covers which competency, and the gaps.</summary>
    public Coverage Coverage(PrepTarget target, Language language)
    {
        var competencies = Competencies(target);
        var bank = Bank();
        return new Coverage(competencies, bank, CoverageBuilder.Build(competencies, bank, Fit(), engines.Content.Frameworks, engines.Content.StoryPrompts, language));
    }

    /// <summary>
    /// The best story for each slot of a loop, no story told twice: the loop of a saved session, or a loop planned
    /// from <paramref name="template"/> (by default <see cref="DefaultLoopTemplate"/>; the posting's competencies
    /// when one is given).
    /// </summary>
    public Assignment Assign(long? session, LoopTemplate? template, long? posting, int seed, Language language)
    {
        var plan = session is { } id
            ? sessions.Get(id).Plan
            : posting is { } p
                ? PostingPlan(p, template, seed, language)
                : LoopPlanner.Plan(template ?? engines.Content.GetTemplate(DefaultLoopTemplate), null, language, seed, engines.Content.Frameworks, engines.Content.Questions);
        var bank = Bank();
        return new Assignment(plan, StoryAssigner.Assign(plan, bank, Fit(), engines.Content.Frameworks, language), bank);
    }

    /// <summary>
    /// A loop for a saved posting: of <paramref name="template"/>, else the one its stages call for, over its
    /// competencies chosen by weight within the template's limits (never more than it holds).
    /// </summary>
    private LoopPlan PostingPlan(long posting, LoopTemplate? template, int seed, Language language)
    {
        var saved = postings.Get(posting);
        var facts = PostingLoop.Read(saved.Posting.Id, saved.Analysis, saved.Posting.Text);
        var chosen = template ?? engines.Content.GetTemplate(facts.Template);
        var ids = PostingLoop.FitTo(chosen, facts.Ranked, saved.Competencies.Count, engines.Content.Frameworks);
        return LoopPlanner.Plan(chosen, ids, language, seed, engines.Content.Frameworks, engines.Content.Questions) with { Posting = posting, Company = facts.Company };
    }

    /// <summary>The day-by-day plan from today to <paramref name="interview"/> for a saved posting.</summary>
    public PrepPlan Plan(long posting, DateOnly interview, Language language)
    {
        var saved = postings.Get(posting);
        var facts = PostingLoop.Read(saved.Posting.Id, saved.Analysis, saved.Posting.Text);
        var template = engines.Content.GetTemplate(facts.Template);
        var competencies = saved.Competencies;
        var bank = Bank();
        var report = CoverageBuilder.Build(competencies, bank, Fit(), engines.Content.Frameworks, engines.Content.StoryPrompts, language);
        var check = engines.StoryCheck;
        var inputs = new PlanInputs
        {
            Competencies = competencies,
            Gaps = report.Gaps,
            StoriesWithoutNumbers = [.. bank.Where(s => check.Check(s.Story, ThisMonth).Any(w => w.Code == WeakSpotCode.NoNumber)).Select(s => (s.Id, s.Story.Title))],
            // Real questions first, and of those the ones on the posting's competencies first.
            RealQuestions = [.. retros.SeenQuestions().OrderBy(q => q.Competency is { } c && competencies.Contains(c) ? 0 : 1).Select(q => q.Text)],
            Template = template.Id,
            TemplateName = template.Name[language],
            Posting = posting,
            Company = facts.Company,
            Stages = saved.Analysis.StageDetails,
        };
        return PrepPlanner.Plan(inputs, Today, interview, engines.Content.Frameworks, engines.Content.Messages, language);
    }

    /// <summary>The plan as an iCalendar file, stamped now, each task's command written by <paramref name="command"/>.</summary>
    public string Calendar(PrepPlan plan, Language language, Func<PlanTask, string?> command) =>
        PrepPlanner.ToIcs(plan, engines.Content.Messages, language, clock.GetUtcNow(), command);

    private List<(long Id, StoryContent Story)> Bank() => [.. stories.List().Select(s => (s.Id, s.Content))];

    private StoryFit Fit() => engines.Fit(ThisMonth);

    private YearMonth ThisMonth => YearMonth.Of(clock.GetUtcNow());

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
