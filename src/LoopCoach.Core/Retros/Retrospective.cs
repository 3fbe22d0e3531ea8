using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;

namespace LoopCoach.Core.Retros;

/// <summary>A question a real interviewer asked, labelled with what it probes.</summary>
/// <param name="Text">The question as the candidate wrote it down.</param>
/// <param name="FollowUp">Whether it was a follow-up (꼬리질문) on the previous answer.</param>
/// <param name="Competency">The Amazon principle it is nearest to; none for a motivation question.</param>
public sealed record RetroQuestion(string Text, bool FollowUp, string? Competency)
{
    /// <summary>Whether it probes a principle or the candidate's motivation (자기소개, 지원 동기).</summary>
    public QuestionLabelKind Kind { get; init; } = QuestionLabelKind.Principle;

    /// <summary>Whether the principle is a guess: a weak match, or another close behind.</summary>
    public bool LowConfidence { get; init; }

    /// <summary>The principle that came second, shown when the label is a guess.</summary>
    public string? RunnerUp { get; init; }
}

/// <summary>One interview of a real loop, as the candidate remembers it (복기).</summary>
/// <param name="Number">1 for the first interview.</param>
/// <param name="Role">practitioner, hiring-manager, leader, bar-raiser, hr… when known.</param>
/// <param name="Questions">What was asked, in order.</param>
/// <param name="HowItWent">How it felt and went.</param>
/// <param name="Reflection">What to do differently.</param>
public sealed record RetroRound(int Number, string? Role, IReadOnlyList<RetroQuestion> Questions, string HowItWent, string Reflection);

/// <summary>A retrospective of a real interview loop.</summary>
public sealed record Retrospective
{
    /// <summary>The company.</summary>
    public string Company { get; init; } = "";

    /// <summary>The position.</summary>
    public string Position { get; init; } = "";

    /// <summary>When the interviews were held, if known.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>The rounds, in order.</summary>
    public required IReadOnlyList<RetroRound> Rounds { get; init; }

    /// <summary>Whatever the text says before the first round (context, overall feelings).</summary>
    public string Notes { get; init; } = "";
}

/// <summary>
/// Reads a free-text retrospective written after a loop — "인터뷰1. 질문: - … 전반적인 느낌: …", "Round 2 (hiring
/// manager)", "1차 면접" — into rounds, questions (follow-ups marked) and how each went, and classifies every
/// question to the principle it probes.
/// </summary>
/// <param name="classifier">Finds the principle each question probes.</param>
/// <param name="lexicon">The words interview steps are named by (shared with posting analysis).</param>
public sealed partial class RetroImporter(QuestionClassifier classifier, Postings.PostingLexicon lexicon)
{
    /// <summary>The longest retrospective read, in characters.</summary>
    public const int MaxLength = 200_000;

    private readonly QuestionLabeler _labeler = new(classifier);
    private readonly RetroReader _reader = new(new Postings.StageVocabulary(lexicon));

    /// <summary>The retrospective in <paramref name="text"/>; an error when it holds no recognisable round or question.</summary>
    public Retrospective Import(string text, string company = "", string position = "", DateOnly? heldOn = null)
    {
        var normalized = TextInput.Normalize(text);
        if (normalized.Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "retro.empty");
        }

        if (normalized.Length > MaxLength)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "retro.too-long", MaxLength, normalized.Length);
        }

        normalized = RunTogether(normalized);
        var lines = normalized.Split('\n');
        var headings = lines.Select((line, i) => (Line: line.Trim(), Index: i)).Where(l => RoundHeading().IsMatch(l.Line)).ToList();
        var intro = string.Join("\n", lines.Take(headings.Count == 0 ? 0 : headings[0].Index)).Trim();
        var rounds = new List<RetroRound>();
        for (var r = 0; r < headings.Count; r++)
        {
            var end = r + 1 < headings.Count ? headings[r + 1].Index : lines.Length;
            var body = lines[(headings[r].Index + 1)..end];
            rounds.Add(Round(r + 1, RoleOf(headings[r].Line) ?? RoleFromIntro(intro, r, headings.Count), body));
        }

        // Numbered rounds with their questions listed: the notes format. Anything else is read as people write it.
        if (rounds.Count > 0 && rounds.Sum(r => r.Questions.Count) >= rounds.Count)
        {
            return new Retrospective { Company = company, Position = position, HeldOn = heldOn, Rounds = [.. rounds.Select(Chains)], Notes = intro };
        }

        var (drafts, notes) = _reader.Read(normalized);
        if (drafts.Count == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "retro.no-rounds");
        }

        var read = drafts.Select((d, i) => Chains(new RetroRound(
            i + 1,
            RoleOf(d.Opener),
            [.. d.Questions.Select(q => _labeler.Question(q.Text, q.FollowUp))],
            string.Join("\n", d.HowItWent).Trim(),
            string.Join("\n", d.Reflection).Trim()))).ToList();
        return new Retrospective { Company = company, Position = position, HeldOn = heldOn, Rounds = read, Notes = notes };
    }

    // "Round 1: DSA  i) … ii) …  Round 2: System Design  i) …": rounds a site ran together on one line are put back on
    // lines of their own, each numbered item ("i)", "ii)") a bullet under its round.
    private static string RunTogether(string text)
    {
        if (!text.Split('\n').Any(l => InlineRoundMark().Count(l) >= 2))
        {
            return text;
        }

        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var marks = InlineRoundMark().Matches(line);
            if (marks.Count < 2)
            {
                lines.Add(line);
                continue;
            }

            lines.Add(line[..marks[0].Index].Trim());
            for (var m = 0; m < marks.Count; m++)
            {
                var end = m + 1 < marks.Count ? marks[m + 1].Index : line.Length;
                var segment = line[marks[m].Index..end].Trim();
                var items = RomanItem().Matches(segment);
                lines.Add("");
                // "Round 4: Director  Same question as the HM …": two spaces end the round's name, as a line break would.
                var head = (items.Count >= 2 ? segment[..items[0].Index] : segment).Trim();
                var gap = head.IndexOf("  ", StringComparison.Ordinal);
                lines.Add(gap > 0 ? head[..gap] : head);
                if (gap > 0)
                {
                    lines.Add(head[gap..].Trim());
                }

                for (var i = 0; items.Count >= 2 && i < items.Count; i++)
                {
                    var stop = i + 1 < items.Count ? items[i + 1].Index : segment.Length;
                    lines.Add("- " + segment[(items[i].Index + items[i].Length)..stop].Trim());
                }
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"(?<=^|\s)(?:round|interview)\s+\d+\s*[:\-–—]|(?<=^|\s)\d+\s*차\s*(?:면접|인터뷰)?\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineRoundMark();

    [GeneratedRegex(@"(?<=^|\s)(?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+")]
    private static partial Regex RomanItem();

    // "프로젝트 소개 → 왜 그 DB를 골랐는지 → 다른 선택지는?": a chain of follow-ups written on one line; "꼬리질문: …" a
    // follow-up labelled as one.
    private RetroRound Chains(RetroRound round)
    {
        var questions = new List<RetroQuestion>();
        foreach (var question in round.Questions)
        {
            var links = ChainLink().Split(question.Text).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            for (var i = 0; i < links.Count; i++)
            {
                var text = FollowUpLabel().Replace(links[i], "").Trim();
                var followUp = (i == 0 ? question.FollowUp : true) || text.Length != links[i].Length;
                questions.Add(links.Count == 1 && text == question.Text ? question with { FollowUp = followUp } : _labeler.Question(text, followUp));
            }
        }

        return round with { Questions = questions };
    }

    private RetroRound Round(int number, string? role, IEnumerable<string> body)
    {
        var questions = new List<RetroQuestion>();
        var feeling = new List<string>();
        var reflection = new List<string>();
        List<string>? current = null;
        int? questionIndent = null;
        foreach (var raw in body)
        {
            var line = raw.Trim();
            if (line.Length == 0 || QuestionsLabel().IsMatch(line))
            {
                continue;
            }

            if (FeelingLabel().Match(line) is { Success: true } feelingMatch)
            {
                current = feeling;
                AddIfAny(current, line[(feelingMatch.Index + feelingMatch.Length)..]);
                continue;
            }

            if (ReflectionLabel().Match(line) is { Success: true } reflectionMatch)
            {
                current = reflection;
                AddIfAny(current, line[(reflectionMatch.Index + reflectionMatch.Length)..]);
                continue;
            }

            if (current is null && QuestionBullet().Match(line) is { Success: true } bullet)
            {
                var question = line[bullet.Length..].Trim();
                var indent = raw.Length - raw.TrimStart().Length;
                // A bullet set deeper than the question above it is a note under it (the answer given, "My solutions:"),
                // unless it is marked or asked as a follow-up ("Follow-up: what if …?", "then she asked me to …").
                if (questionIndent is { } above && indent > above && !FollowUpMark().IsMatch(question) && !question.EndsWith('?'))
                {
                    foreach (var asked in ReportedQuestions.Find(question, null))
                    {
                        questions.Add(_labeler.Question(asked.Text, true));
                    }

                    continue;
                }

                if (RetroReader.IsSitePrompt(question))
                {
                    feeling.Add(line);
                }
                else if (RetroReader.CommaListed(question) is { } listed)
                {
                    questions.AddRange(listed.Select(q => _labeler.Question(q.Text, q.FollowUp)));
                }
                else if (question.Length >= 3)
                {
                    var followUp = FollowUpMark().IsMatch(question) || (questionIndent is { } parent && indent > parent);
                    questions.Add(_labeler.Question(question, followUp));
                }

                questionIndent = questionIndent is { } top && indent > top ? top : indent;
                continue;
            }

            (current ?? feeling).Add(line);
        }

        return new RetroRound(number, role, questions, string.Join("\n", feeling).Trim(), string.Join("\n", reflection).Trim());
    }

    private static void AddIfAny(List<string> list, string text)
    {
        var trimmed = text.Trim(' ', ':', '：', '-');
        if (trimmed.Length > 0)
        {
            list.Add(trimmed);
        }
    }

    /// <summary>The role a heading names: "(리더 면접)", "Round 3 - hiring manager".</summary>
    internal static string? RoleOf(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("bar raiser", StringComparison.Ordinal) || lower.Contains("바 레이저", StringComparison.Ordinal) || lower.Contains("바레이저", StringComparison.Ordinal) => "bar-raiser",
            _ when lower.Contains("hiring manager", StringComparison.Ordinal) || lower.Contains("채용 매니저", StringComparison.Ordinal) || lower.Contains("팀장", StringComparison.Ordinal) => "hiring-manager",
            _ when lower.Contains("리더", StringComparison.Ordinal) || lower.Contains("leader", StringComparison.Ordinal) || lower.Contains("임원", StringComparison.Ordinal) || lower.Contains("director", StringComparison.Ordinal) => "leader",
            _ when lower.Contains("실무", StringComparison.Ordinal) || lower.Contains("practitioner", StringComparison.Ordinal) || lower.Contains("peer", StringComparison.Ordinal) => "practitioner",
            _ when lower.Contains("인사", StringComparison.Ordinal) || lower.Contains("hr", StringComparison.Ordinal) || lower.Contains("recruiter", StringComparison.Ordinal) => "hr",
            _ => null,
        };
    }

    // "총 3명의 실무자 그리고 마지막엔 리더": the rounds before the last are practitioners.
    private static string? RoleFromIntro(string intro, int round, int rounds) =>
        intro.Contains("실무자", StringComparison.Ordinal) || intro.Contains("practitioner", StringComparison.OrdinalIgnoreCase)
            ? round < rounds - 1 || !(intro.Contains("리더", StringComparison.Ordinal) || intro.Contains("leader", StringComparison.OrdinalIgnoreCase)) ? "practitioner" : "leader"
            : null;

    [GeneratedRegex(@"^(?:#+\s*)?(?:(?:인터뷰|면접|interview|round)\s*#?\d+|\d+\s*(?:차|번째)\s*(?:면접|인터뷰)|(?:first|second|third|fourth|fifth|final)\s+(?:interview|round))\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex RoundHeading();

    [GeneratedRegex(@"^(?:질문|questions?(?: asked)?)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionsLabel();

    [GeneratedRegex(@"^(?:전반적인\s*느낌|느낌|소감|분위기|how it went|impressions?|overall)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex FeelingLabel();

    [GeneratedRegex(@"^(?:아쉬운\s*점|반성|다음에는|배운\s*점|reflections?|lessons?|next time)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionLabel();

    [GeneratedRegex(@"^(?:[-*•ㆍ·▪◦]|\d{1,2}[.)])\s*")]
    private static partial Regex QuestionBullet();

    [GeneratedRegex(@"꼬리\s*질문|follow[- ]?up", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpMark();

    [GeneratedRegex(@"\s+(?:→|->|=>|➔|⇒)\s+")]
    private static partial Regex ChainLink();

    [GeneratedRegex(@"^(?:꼬리\s*질문|follow[- ]?up)\s*[:：)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpLabel();
}
