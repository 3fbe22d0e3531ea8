using System.Globalization;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Notes;

/// <summary>What a note is drafted from: a mock session's debrief or a real interview's retrospective.</summary>
public sealed record NoteFacts
{
    /// <summary>The company (may be empty).</summary>
    public string Company { get; init; } = "";

    /// <summary>The position (may be empty).</summary>
    public string Position { get; init; } = "";

    /// <summary>The interviewers' names, if known.</summary>
    public IReadOnlyList<string> Interviewers { get; init; } = [];

    /// <summary>What was discussed (competency names).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The strengths the candidate showed (competency names).</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>The candidate's name (a placeholder is used when empty).</summary>
    public string Candidate { get; init; } = "";

    /// <summary>When the interview ended: the 24-hour window starts here.</summary>
    public required DateTimeOffset InterviewEnded { get; init; }

    /// <summary>The questions this interviewer asked and the candidate answered (not the ones passed on), first asked first.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>A sentence of the story the candidate told this interviewer (its result, else what they did), if any.</summary>
    public string? Story { get; init; }
}

/// <summary>A drafted note, and the time to send it by.</summary>
/// <param name="Kind">Which note it is.</param>
/// <param name="Subject">The email subject (empty for LinkedIn).</param>
/// <param name="Body">The text to send.</param>
/// <param name="SendBy">24 hours after the interview.</param>
/// <param name="Reminder">The reminder of the window, in the note's language.</param>
public sealed record Note(NoteKind Kind, string Subject, string Body, DateTimeOffset SendBy, string Reminder)
{
    /// <summary>Who the note is to, when it is to one interviewer.</summary>
    public string? Interviewer { get; init; }

    /// <summary>The send-by time in the user's time zone.</summary>
    public DateTimeOffset SendByLocal { get; init; }

    /// <summary>The user's time zone, as its id ("Asia/Seoul").</summary>
    public string TimeZone { get; init; } = "UTC";
}

/// <summary>Drafts the thank-you email and the LinkedIn note from the templates in <c>content/templates/notes.yaml</c>.</summary>
/// <param name="templates">The note templates, keyed <c>section.name</c> (<c>thankYou.greeting</c>…).</param>
public sealed class NoteWriter(IReadOnlyDictionary<string, LocalizedText> templates)
{
    /// <summary>A thank-you note is expected within this time of the interview.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The thank-you email in <paramref name="language"/>: a formal register in Korean.</summary>
    public Note ThankYou(NoteFacts facts, Language language, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        string T(string key, params object?[] args) => Fill(key, language, args);
        var company = facts.Company.Length > 0 ? facts.Company : facts.Position;
        var position = facts.Position.Length > 0 ? facts.Position : facts.Company;
        var interviewer = facts.Interviewers.Count > 0 ? string.Join(", ", facts.Interviewers) : T("defaults.interviewer");
        var day = (now - facts.InterviewEnded).TotalHours < 12 ? T("defaults.today") : "";
        var parts = new List<string> { T("thankYou.greeting", interviewer), "", T("thankYou.opening", company, day).Replace("  ", " ", StringComparison.Ordinal).Trim() };
        // This interviewer's own question, and the story told to them; the topics only when the questions are not known.
        if (facts.Questions.Count > 0)
        {
            parts.Add(T("thankYou.question", Shorten(facts.Questions[0])));
        }
        else if (facts.Topics.Count > 0)
        {
            parts.Add(T("thankYou.topics", string.Join(", ", facts.Topics)));
        }

        if (facts.Story is { Length: > 0 } story)
        {
            parts.Add(T("thankYou.story", Shorten(story)));
        }

        if (facts.Strengths.Count > 0)
        {
            parts.Add(T("thankYou.strengths", string.Join(", ", facts.Strengths), position));
        }

        parts.Add(T("thankYou.closing"));
        parts.Add("");
        parts.Add(T("thankYou.signature", facts.Candidate.Length > 0 ? facts.Candidate : T("defaults.candidate")));
        var sendBy = facts.InterviewEnded + Window;
        return Zoned(new Note(NoteKind.ThankYou, T("thankYou.subject", position), string.Join("\n", parts), sendBy, Reminder(sendBy, language, zone)), facts, zone);
    }

    /// <summary>The LinkedIn connection note (under LinkedIn's 300 characters).</summary>
    public Note LinkedIn(NoteFacts facts, Language language, TimeZoneInfo? zone = null)
    {
        var interviewer = facts.Interviewers.Count > 0 ? facts.Interviewers[0] : Fill("defaults.interviewer", language);
        var body = Fill("linkedIn.text", language, interviewer, facts.Company.Length > 0 ? facts.Company : facts.Position);
        var sendBy = facts.InterviewEnded + Window;
        return Zoned(new Note(NoteKind.LinkedIn, "", body.Length <= 300 ? body : body[..300], sendBy, Reminder(sendBy, language, zone)), facts, zone);
    }

    /// <summary>
    /// The send-by time as the user reads it: in <paramref name="zone"/> (UTC when none is given), with the zone
    /// named and its offset, "2026-12-03 18:00 (Asia/Seoul, UTC+09:00)".
    /// </summary>
    public static string LocalTime(DateTimeOffset time, TimeZoneInfo? zone)
    {
        zone ??= TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var name = zone.Id is "Local" or "" ? zone.StandardName : zone.Id;
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} ({name}, UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private static Note Zoned(Note note, NoteFacts facts, TimeZoneInfo? zone) => note with
    {
        Interviewer = facts.Interviewers.Count == 1 ? facts.Interviewers[0] : null,
        SendByLocal = TimeZoneInfo.ConvertTime(note.SendBy, zone ?? TimeZoneInfo.Utc),
        TimeZone = (zone ?? TimeZoneInfo.Utc).Id,
    };

    /// <summary>A question or a sentence cut at a word near 100 characters, without its closing stop.</summary>
    private static string Shorten(string text)
    {
        text = text.Trim().TrimEnd('.', '。');
        if (text.Length <= 100)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 100);
        return text[..(cut > 50 ? cut : 100)] + "…";
    }

    private string Reminder(DateTimeOffset sendBy, Language language, TimeZoneInfo? zone) =>
        Fill("reminder.deadline", language, LocalTime(sendBy, zone));

    private string Fill(string key, Language language, params object?[] args)
    {
        var template = templates.TryGetValue(key, out var text) ? text[language] : key;
        return args.Length == 0 ? template : MessageFormat.Format(template, args);
    }
}
