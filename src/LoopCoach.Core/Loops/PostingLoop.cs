using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Loops;

/// <summary>What a loop takes from a saved posting: its format, its competencies by weight, the company, and whether it asks for English.</summary>
public sealed record PostingLoopFacts
{
    /// <summary>The saved posting's number.</summary>
    public required long Posting { get; init; }

    /// <summary>The template that matches the posting's hiring stages.</summary>
    public required string Template { get; init; }

    /// <summary>Every competency the posting asks for, heaviest first (named strengths, then the principles its text leans on, then the rest).</summary>
    public required IReadOnlyList<string> Ranked { get; init; }

    /// <summary>The company, when the posting names it.</summary>
    public string? Company { get; init; }

    /// <summary>The words of a Korean posting that ask for English ("비즈니스 영어"), or null.</summary>
    public string? English { get; init; }
}

/// <summary>
/// A loop shaped like a posting's hiring process: the template from its stages, its competencies chosen by weight
/// within the template's limits, the company in the interviewers' words, and an English-speaking interviewer when a
/// Korean posting asks for English. Pure: takes the analysis and the templates, decides nothing else.
/// </summary>
public static partial class PostingLoop
{
    /// <summary>One sitting with a panel (통합 인터뷰, or a single interview).</summary>
    public const string PanelTemplate = "integrated-interview";

    /// <summary>Several interviews, one after another.</summary>
    public const string LoopTemplate = "amazon-loop";

    /// <summary>Only a phone or video call.</summary>
    public const string PhoneTemplate = "phone-screen";

    /// <summary>What a loop takes from <paramref name="analysis"/> of posting <paramref name="posting"/>, whose text is <paramref name="text"/>.</summary>
    public static PostingLoopFacts Read(long posting, PostingAnalysis analysis, string text) => new()
    {
        Posting = posting,
        Template = TemplateFor(analysis),
        Ranked = Ranked(analysis),
        Company = string.IsNullOrWhiteSpace(analysis.Company) ? null : analysis.Company.Trim(),
        English = analysis.Language == AnswerLanguage.En ? null : EnglishRequirement(text),
    };

    /// <summary>
    /// The template whose format matches the posting's stages: a 통합 인터뷰 or panel, or a single interview, is one
    /// panel; two interviews or more (or a loop, an onsite) are a loop; only a phone or video call is a phone screen.
    /// A posting that lists no interview gets a panel in Korean and a loop in English.
    /// </summary>
    public static string TemplateFor(PostingAnalysis analysis)
    {
        var stages = analysis.StageDetails;
        if (stages.Any(s => s.Kind == StageKind.Panel && PanelWords().IsMatch(s.Name)))
        {
            return PanelTemplate;
        }

        var inPerson = stages.Count(s => s.Kind is StageKind.Interview or StageKind.Panel);
        if (inPerson >= 2 || stages.Any(s => s.Kind == StageKind.Panel))
        {
            return LoopTemplate;
        }

        if (inPerson == 1)
        {
            return PanelTemplate;
        }

        if (stages.Any(s => s.Kind == StageKind.PhoneOrVideo))
        {
            return PhoneTemplate;
        }

        return analysis.Language == AnswerLanguage.En ? LoopTemplate : PanelTemplate;
    }

    /// <summary>The posting's competencies by weight: each named strength's nearest one, the principles by score, the strengths' other nearest ones, the generic competencies.</summary>
    public static IReadOnlyList<string> Ranked(PostingAnalysis analysis) =>
        [.. analysis.Strengths.Select(s => s.Nearest.FirstOrDefault()?.Id).OfType<string>()
            .Concat(analysis.Principles.OrderByDescending(p => p.Score).Select(p => p.Id))
            .Concat(analysis.Strengths.SelectMany(s => s.Nearest.Skip(1)).OrderByDescending(n => n.Score).Select(n => n.Id))
            .Concat(analysis.Generic.OrderByDescending(g => g.Score).Select(g => g.Id))
            .Distinct()];

    /// <summary>
    /// The competencies a loop of <paramref name="template"/> asks about: the heaviest of <paramref name="ranked"/>,
    /// as many as <paramref name="wanted"/> but never more than the template holds nor fewer than it needs; when the
    /// posting names too few, the template's framework fills the rest in its own order. Never an error.
    /// </summary>
    public static IReadOnlyList<string> FitTo(LoopTemplate template, IReadOnlyList<string> ranked, int wanted, FrameworkCatalog frameworks)
    {
        var count = Math.Clamp(wanted, Math.Max(1, template.MinCompetencies), Math.Max(1, template.MaxCompetencies));
        var known = ranked.Where(id => frameworks.FindCompetency(id) is not null).Distinct().ToList();
        var chosen = known.Take(Math.Min(wanted, count)).ToList();

        // Too few for the template: the posting's other competencies of the template's framework, then that
        // framework's own, never the motivation every interviewer opens with anyway.
        bool Fits(string id) => !chosen.Contains(id) && id != "motivation" && frameworks.FindCompetency(id)?.FrameworkId == template.FrameworkId;
        chosen.AddRange(known.Where(Fits).Take(count - chosen.Count));
        if (chosen.Count < count && frameworks.Find(template.FrameworkId) is { } framework)
        {
            chosen.AddRange(framework.Competencies.Select(c => c.Id).Where(Fits).Take(count - chosen.Count));
        }

        return chosen;
    }

    /// <summary>
    /// The words of a posting that ask for English in the interview or the work (영어 면접, 비즈니스 영어, 영어 가능자,
    /// "fluent English", "business-level English"…), or null when it does not.
    /// </summary>
    public static string? EnglishRequirement(string text)
    {
        var match = EnglishWords().Match(text);
        return match.Success ? match.Value.Trim() : null;
    }

    /// <summary>
    /// <paramref name="plan"/> with one interviewer who speaks English, the others keeping the plan's language: the
    /// hiring manager when there is one; in a panel, the member after the one who leads it; in a loop, the last
    /// (the leader, often from the regional office); in a one-person loop, that person.
    /// </summary>
    public static LoopPlan WithEnglishInterviewer(LoopPlan plan, LoopTemplate template)
    {
        if (plan.Language == Language.En || plan.Interviewers.Count == 0)
        {
            return plan;
        }

        var seats = plan.Interviewers;
        var index = seats.FirstOrDefault(i => i.Role == "hiring-manager")?.Index
            ?? (seats.Count == 1 ? 0 : plan.Format == LoopFormat.Panel ? 1 : seats.Count - 1);
        var seat = template.Interviewers[index];
        return plan with
        {
            Interviewers = [.. seats.Select(i => i.Index == index ? i with { Language = Language.En, Name = seat.Name[Language.En] } : i)],
        };
    }

    [GeneratedRegex(@"통합|패널|합동|panel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PanelWords();

    // Korean ways of asking for English, then English ones a Korean posting writes in its requirement lines.
    [GeneratedRegex(
        @"영어\s*(?:면접|인터뷰)|(?:비즈니스|업무|실무|원어민\s*수준의?)\s*영어|영어\s*(?:회화|커뮤니케이션|의사\s*소통|능통|능숙|가능|구사|소통|사용|으로\s*(?:진행|면접|의사소통|커뮤니케이션))|영어로\s*(?:진행|면접|의사소통|커뮤니케이션|소통|업무)|(?:fluent|fluency|proficient|proficiency|business[\s-]*level|business|native|working)\s+(?:in\s+)?english|english\s+(?:fluency|proficiency|interview|communication|speaking)|english\s*\((?:fluent|business|native)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();
}
