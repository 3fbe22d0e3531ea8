using System.Text;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Storage;
using LoopCoach.Storage.Accounts;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Accounts;

/// <summary>One candidate's line of an assignment: the loops they started from it and, per competency, the best level reached.</summary>
/// <param name="Levels">Per competency id: <c>strong</c>, <c>mixed</c>, <c>weak</c> or <c>none</c>; empty when not practised.</param>
internal sealed record AssignmentLine(AssignedCandidate Candidate, IReadOnlyDictionary<string, string> Levels)
{
    public bool Practised => Candidate.Sessions.Count > 0;
}

/// <summary>
/// What a coach sees of an assignment: per candidate (only those who still invite the coach) and per competency of
/// the assigned loop, who practised and how it went. Levels only, read from each linked loop's debrief; no answer text.
/// </summary>
internal sealed record AssignmentReport(Assignment Assignment, string TemplateName, IReadOnlyList<string> Competencies, IReadOnlyList<AssignmentLine> Lines)
{
    /// <summary>The report of the coach's assignment <paramref name="id"/>; "not found" when it is not theirs.</summary>
    public static AssignmentReport Open(RequestApp request, string coachId, long id, Language language)
    {
        var assignment = request.Assignments.OfCoach(coachId, id) ?? throw new LoopCoachException(ErrorKind.NotFound, "coach.error.not-shared");
        var plan = PlanOf(request, assignment);
        var competencies = plan.Interviewers.SelectMany(i => i.Competencies).Distinct().ToList();
        var lines = new List<AssignmentLine>();
        foreach (var candidate in request.Assignments.Candidates(assignment))
        {
            var loops = request.AppOf(new Owner(candidate.CandidateId)).Loops;
            var best = new Dictionary<string, EvidenceLevel>();
            foreach (var session in candidate.Sessions)
            {
                foreach (var evidence in loops.Get(session).Debrief.Interviewers.SelectMany(i => i.Competencies))
                {
                    // The enum runs from strong to none: the smaller, the better.
                    if (!best.TryGetValue(evidence.Competency, out var level) || evidence.Level < level)
                    {
                        best[evidence.Competency] = evidence.Level;
                    }
                }
            }

            lines.Add(new AssignmentLine(candidate, candidate.Sessions.Count == 0 ? new Dictionary<string, string>()
                : competencies.ToDictionary(c => c, c => Code(best.TryGetValue(c, out var level) ? level : EvidenceLevel.None))));
        }

        return new AssignmentReport(assignment, NameOf(request, assignment, language), competencies, lines);
    }

    /// <summary>The loop every candidate of <paramref name="assignment"/> meets: the one planned from its posting, else its template's with its seed.</summary>
    public static LoopPlan PlanOf(RequestApp request, Assignment assignment) =>
        assignment.Plan ?? request.App.Loops.Plan(request.Content.GetTemplate(assignment.Template), [], Languages.TryParse(assignment.Language) ?? Language.En, assignment.Seed);

    /// <summary>What an assignment is called: its posting's title, else its template's name.</summary>
    public static string NameOf(RequestApp request, Assignment assignment, Language language) =>
        assignment.Title ?? request.Content.Templates.FirstOrDefault(t => t.Id == assignment.Template)?.Name[language] ?? assignment.Template;

    /// <summary>The four words a coach reads: adequate evidence is "mixed".</summary>
    public static string Code(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Strong => "strong",
        EvidenceLevel.Adequate => "mixed",
        EvidenceLevel.Weak => "weak",
        _ => "none",
    };

    /// <summary>
    /// The report as CSV in UTF-8 with a byte-order mark (so Excel reads Korean names): a header of candidate,
    /// attempts and the competencies' names, then a line per candidate with a level word per competency.
    /// </summary>
    public byte[] Csv(WebLanguage words, Func<string, string> competencyName)
    {
        var text = new StringBuilder();
        Line(text, [words["assignment.candidate"], words["assignment.attempts-used"], .. Competencies.Select(competencyName)]);
        foreach (var line in Lines)
        {
            Line(text, [
                line.Candidate.Email,
                words.Text("assignment.attempts-of", line.Candidate.Sessions.Count, Assignment.Attempts),
                .. Competencies.Select(c => line.Practised ? words["assignment.level." + line.Levels[c]] : words["assignment.not-practised"]),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field));
        text.Append("\r\n");
    }

    /// <summary>A field quoted when it must be, and never read by a spreadsheet as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
