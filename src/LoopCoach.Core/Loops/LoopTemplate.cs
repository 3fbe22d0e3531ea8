using System.Text.Json.Serialization;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Loops;

/// <summary>How the interviews of a loop are held.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LoopFormat>))]
public enum LoopFormat
{
    /// <summary>One interview after another, each interviewer alone with the candidate (Amazon loop).</summary>
    [JsonStringEnumMemberName("loop")]
    Loop,

    /// <summary>One session; the interviewers sit together and take turns (통합 인터뷰).</summary>
    [JsonStringEnumMemberName("panel")]
    Panel,
}

/// <summary>An interviewer seat in a template: who they are and how they interview.</summary>
/// <param name="Role">practitioner, hiring-manager, bar-raiser, team-lead, hr, recruiter… (free text, kebab-case).</param>
/// <param name="Name">The persona's name.</param>
/// <param name="Style">How they interview, in a sentence.</param>
/// <param name="Minutes">Their time box (for a panel, the panel's box is used).</param>
/// <param name="MinCompetencies">The fewest competencies they own in a plan.</param>
/// <param name="MaxCompetencies">The most competencies they own in a plan.</param>
/// <param name="Depth">How many rounds of follow-ups they drill on one story (a leader drills deeper).</param>
public sealed record InterviewerTemplate(string Role, LocalizedText Name, LocalizedText Style, int Minutes, int MinCompetencies, int MaxCompetencies, int Depth);

/// <summary>A kind of interview loop, as data (<c>content/loops/*.yaml</c> or a user's file).</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the loop is like.</param>
/// <param name="FrameworkId">The framework its competencies come from.</param>
/// <param name="Format">Separate interviews or one panel.</param>
/// <param name="DefaultCompetencies">How many competencies a plan covers when the user names none.</param>
/// <param name="PanelMinutes">The panel's shared time box (panel format only).</param>
/// <param name="Interviewers">The seats, in the order the candidate meets them.</param>
/// <param name="Source"><c>built-in</c> or the user's file.</param>
public sealed record LoopTemplate(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    string FrameworkId,
    LoopFormat Format,
    int DefaultCompetencies,
    int PanelMinutes,
    IReadOnlyList<InterviewerTemplate> Interviewers,
    string Source)
{
    /// <summary>The fewest competencies a plan of this template can hold.</summary>
    public int MinCompetencies => Interviewers.Sum(i => i.MinCompetencies);

    /// <summary>The most competencies a plan of this template can hold.</summary>
    public int MaxCompetencies => Interviewers.Sum(i => i.MaxCompetencies);
}
