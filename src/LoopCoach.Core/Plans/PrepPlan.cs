using System.Globalization;
using System.Text;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Plans;

/// <summary>
/// One thing to do on a day of the plan, and what it applies to. How to do it (a command line, a link) is for each
/// front end to say from the kind and these arguments.
/// </summary>
/// <param name="Kind">What the task asks.</param>
/// <param name="Text">What to do, in the user's language.</param>
public sealed record PlanTask(PlanTaskKind Kind, string Text)
{
    /// <summary>The competency to write a story for (<see cref="PlanTaskKind.WriteStory"/>).</summary>
    public string? Competency { get; init; }

    /// <summary>The story whose result needs numbers (<see cref="PlanTaskKind.AddNumbers"/>).</summary>
    public long? StoryId { get; init; }

    /// <summary>The loop template to practise with (<see cref="PlanTaskKind.Practise"/>).</summary>
    public string? Template { get; init; }

    /// <summary>The competencies to practise (<see cref="PlanTaskKind.Practise"/>).</summary>
    public IReadOnlyList<string> Competencies { get; init; } = [];

    /// <summary>The posting a whole mock loop is run from (<see cref="PlanTaskKind.Practise"/> with no competencies named).</summary>
    public long? Posting { get; init; }

    /// <summary>The posting's stage a <see cref="PlanTaskKind.Stage"/> task prepares, and its kind.</summary>
    public HiringStage? Stage { get; init; }
}

/// <summary>A day of the plan.</summary>
public sealed record PlanDay(DateOnly Date, IReadOnlyList<PlanTask> Tasks);

/// <summary>A day-by-day preparation plan up to the interview.</summary>
public sealed record PrepPlan(DateOnly Today, DateOnly InterviewDate, IReadOnlyList<string> Competencies, IReadOnlyList<PlanDay> Days);

/// <summary>What the plan is made from.</summary>
public sealed record PlanInputs
{
    /// <summary>The competencies the interview will judge.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>Competencies no story covers yet, with the stories to write.</summary>
    public required IReadOnlyList<CoverageGap> Gaps { get; init; }

    /// <summary>Stories whose result has no number: (id, title).</summary>
    public IReadOnlyList<(long Id, string Title)> StoriesWithoutNumbers { get; init; } = [];

    /// <summary>Questions seen in real interviews, most frequent first.</summary>
    public IReadOnlyList<string> RealQuestions { get; init; } = [];

    /// <summary>The loop template to practise with.</summary>
    public string Template { get; init; } = "phone-screen";

    /// <summary>The template's name in the plan's language ("통합 인터뷰"), for the tasks' text.</summary>
    public string? TemplateName { get; init; }

    /// <summary>The saved posting the plan is for: its mock loops are run from it.</summary>
    public long? Posting { get; init; }

    /// <summary>The company, when the posting names it.</summary>
    public string? Company { get; init; }

    /// <summary>The posting's hiring stages: an assignment, a test or a phone screen among them becomes tasks to prepare it.</summary>
    public IReadOnlyList<HiringStage> Stages { get; init; } = [];
}

/// <summary>Spreads the preparation over the days before the interview: stories to write first, numbers to add, mock loops, questions to ask, a light last day.</summary>
public static class PrepPlanner
{
    /// <summary>The furthest interview date planned for.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The plan from <paramref name="today"/> to <paramref name="interview"/>; an interview date in the past is an input
    /// error. Every day before the interview has work, as much as the time left calls for (two tasks a day with two
    /// weeks or more, up to five in the last days); what does not fit is left out from the end of the list of what
    /// matters, and days the list does not fill get rehearsals: a mock loop in the posting's format, the
    /// self-introduction, the real questions, the stories aloud. The day before is light.
    /// </summary>
    public static PrepPlan Plan(PlanInputs inputs, DateOnly today, DateOnly interview, FrameworkCatalog frameworks, Messages messages, Language language)
    {
        if (interview < today)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "plan.date-past", interview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (interview.DayNumber - today.DayNumber > MaxDays)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "plan.date-far", MaxDays);
        }

        var builder = new PlanTaskBuilder(inputs, frameworks, messages, language);
        var interviewTask = new PlanTask(PlanTaskKind.Interview, messages.Get(language, PlanTaskKind.Interview.MessageKey()));
        var workDays = interview.DayNumber - today.DayNumber;
        if (workDays == 0)
        {
            // The interview is today: the few things that still help, then the interview.
            return new PrepPlan(today, interview, inputs.Competencies, [new PlanDay(interview, [.. builder.Required().Where(t => t.Kind is PlanTaskKind.Motivation or PlanTaskKind.RealQuestions).Take(2), interviewTask])]);
        }

        var perDay = TasksPerDay(workDays);
        // The last day before the interview is light: the review, and at most one thing more when time is short.
        var fullDays = workDays - 1;
        var capacity = fullDays * perDay + (workDays <= 2 ? perDay - 1 : 0);
        var required = builder.Required().Take(capacity).ToList();
        var forLast = Math.Max(0, required.Count - (fullDays * perDay));
        var spread = required.Count - forLast;
        var days = new List<PlanDay>();
        var fillers = builder.Fillers().GetEnumerator();
        var given = 0;
        for (var d = 0; d < workDays; d++)
        {
            var date = today.AddDays(d);
            var last = d == workDays - 1;
            // Fewer tasks than days: one a day from the start, the rehearsals after them, nearer the interview.
            var share = last ? required.Count - given
                : spread <= fullDays ? (d < spread ? 1 : 0)
                : (int)((long)(d + 1) * spread / fullDays) - given;
            var dayTasks = required.Skip(given).Take(Math.Max(0, share)).ToList();
            given += dayTasks.Count;
            if (dayTasks.Count == 0 && !last)
            {
                fillers.MoveNext();
                dayTasks.Add(fillers.Current);
            }

            if (last)
            {
                dayTasks.Add(new PlanTask(PlanTaskKind.Review, messages.Get(language, PlanTaskKind.Review.MessageKey())));
            }

            days.Add(new PlanDay(date, dayTasks));
        }

        days.Add(new PlanDay(interview, [interviewTask]));
        return new PrepPlan(today, interview, inputs.Competencies, days);
    }

    /// <summary>How many tasks a day holds with <paramref name="workDays"/> days left: fewer when there is time, more when there is not.</summary>
    public static int TasksPerDay(int workDays) => workDays switch
    {
        >= 14 => 2,
        >= 7 => 3,
        >= 3 => 4,
        _ => 5,
    };

    /// <summary>
    /// The plan as Markdown, one checkbox per task; <paramref name="howTo"/> gives the front end's way of doing a task
    /// (the CLI's command line), written after it as code.
    /// </summary>
    public static string ToMarkdown(PrepPlan plan, Messages messages, Language language, Func<PlanTask, string?>? howTo = null)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(messages.Get(language, "plan.title", plan.InterviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        foreach (var day in plan.Days)
        {
            md.AppendLine();
            md.Append("## ").AppendLine(day.Date.ToString("yyyy-MM-dd (ddd)", language == Language.Ko ? CultureInfo.GetCultureInfo("ko-KR") : CultureInfo.InvariantCulture));
            md.AppendLine();
            foreach (var task in day.Tasks)
            {
                md.Append("- [ ] ").Append(task.Text);
                if (howTo?.Invoke(task) is { } how)
                {
                    md.Append(" `").Append(how).Append('`');
                }

                md.AppendLine();
            }
        }

        return md.ToString();
    }

    /// <summary>
    /// The plan as an iCalendar file (RFC 5545): one all-day event a day, the tasks in its description, each followed
    /// by <paramref name="howTo"/>'s way of doing it in brackets. Lines end with CRLF and are folded at 75 octets, as
    /// calendar programs expect.
    /// </summary>
    public static string ToIcs(PrepPlan plan, Messages messages, Language language, DateTimeOffset now, Func<PlanTask, string?>? howTo = null)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LoopCoach//Prep plan//EN", "CALSCALE:GREGORIAN" };
        var stamp = now.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var day in plan.Days)
        {
            var date = day.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:loopcoach-{plan.InterviewDate:yyyyMMdd}-{date}@loopcoach");
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("DTSTART;VALUE=DATE:" + date);
            lines.Add("DTEND;VALUE=DATE:" + day.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            lines.Add("SUMMARY:" + Escape(messages.Get(language, day.Date == plan.InterviewDate ? "plan.event.interview" : "plan.event.prep", day.Tasks.Count)));
            lines.Add("DESCRIPTION:" + Escape(string.Join("\n", day.Tasks.Select(t => "- " + t.Text + (howTo?.Invoke(t) is { } how ? " (" + how + ")" : "")))));
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(l => Fold(l) + "\r\n"));
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line into pieces of at most 75 UTF-8 octets, never splitting a character.</summary>
    internal static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }
}
