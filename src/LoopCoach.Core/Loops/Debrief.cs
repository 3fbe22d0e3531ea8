using LoopCoach.Core.Analysis;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Loops;

/// <summary>What a follow-up got out of the candidate: the gap aimed at and what the story gained.</summary>
/// <param name="Gap">The gap the follow-up aimed at.</param>
/// <param name="Question">The follow-up as asked.</param>
/// <param name="Answer">The candidate's answer.</param>
/// <param name="Changes">What the story gained (empty when nothing changed).</param>
public sealed record ProbeOutcome(string Gap, string Question, string Answer, IReadOnlyList<ProbeChange> Changes);

/// <summary>The evidence heard for one competency, and why it is judged so.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Name">Its name in the loop's language.</param>
/// <param name="Level">How strong the evidence is.</param>
/// <param name="Reasons">The findings behind the level, in the loop's language.</param>
/// <param name="Quotes">The candidate's words the level rests on.</param>
/// <param name="Probes">The follow-ups asked and what they brought.</param>
/// <param name="Passes">How many questions on it the candidate passed.</param>
/// <param name="ReusedStory">Whether the story had already been told to another interviewer.</param>
public sealed record CompetencyEvidence(
    string Competency,
    string Name,
    EvidenceLevel Level,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<ProbeOutcome> Probes,
    int Passes,
    bool ReusedStory)
{
    /// <summary>
    /// What to say to make the story strong, built from the candidate's own words where it can be (null when it is
    /// strong already): the missing part first, then a number for the result, then the candidate's own part.
    /// </summary>
    public string? Fix { get; init; }
}

/// <summary>One interviewer's side of the debrief.</summary>
public sealed record InterviewerDebrief(
    int Index,
    string Name,
    string Role,
    int Minutes,
    int SecondsUsed,
    IReadOnlyList<CompetencyEvidence> Competencies,
    IReadOnlyList<string> CandidateQuestions,
    IReadOnlyList<TurnNote> Notes);

/// <summary>The bar-raiser view across the loop.</summary>
/// <param name="Signal">A summary of the levels, never alone.</param>
/// <param name="Strong">Competencies with strong evidence.</param>
/// <param name="Weak">Competencies with weak evidence.</param>
/// <param name="NoEvidence">Competencies with none (passed, or not reached in time).</param>
/// <param name="ReusedStories">How many stories were told to more than one interviewer.</param>
/// <param name="Text">The summary in a few sentences, in the loop's language.</param>
public sealed record LoopSummary(LoopSignal Signal, IReadOnlyList<string> Strong, IReadOnlyList<string> Weak, IReadOnlyList<string> NoEvidence, int ReusedStories, string Text)
{
    /// <summary>How each interview held in another language than the loop's went (the English round of a Korean loop).</summary>
    public IReadOnlyList<LanguageRound> LanguageRounds { get; init; } = [];
}

/// <summary>How an interview held in another language than the loop's went.</summary>
/// <param name="Interviewer">The interviewer's index.</param>
/// <param name="Name">The interviewer's name.</param>
/// <param name="Language">The language they spoke.</param>
/// <param name="Competencies">How many competencies they owned.</param>
/// <param name="Adequate">How many of those got adequate or strong evidence.</param>
/// <param name="Answers">How many answers the candidate gave them (passes left out).</param>
/// <param name="InLanguage">How many of those answers were in their language.</param>
public sealed record LanguageRound(int Interviewer, string Name, Language Language, int Competencies, int Adequate, int Answers, int InLanguage);

/// <summary>The debrief of a loop: per interviewer and per competency, then across the loop.</summary>
public sealed record LoopDebrief(IReadOnlyList<InterviewerDebrief> Interviewers, LoopSummary Summary);

/// <summary>Builds the debrief from a session's turns. Every level is backed by findings and quotes.</summary>
public static class DebriefBuilder
{
    /// <summary>
    /// The debrief of the turns of <paramref name="plan"/> so far (a paused session gets a partial one): each story
    /// is judged again, whole, by <paramref name="analyzer"/>; competencies are named from <paramref name="frameworks"/>
    /// and the summary is written with <paramref name="messages"/>.
    /// </summary>
    /// <param name="earlier">
    /// The debrief of every turn but the last, when the caller has it (the one saved with the answer before): the
    /// evidence of each competency the last turn did not touch is taken from it as it is, since a competency's
    /// evidence is made of its own turns alone, and only the story the last answer belongs to is judged again. The
    /// debrief is the same as without it.
    /// </param>
    public static LoopDebrief Build(LoopPlan plan, IReadOnlyList<Turn> turns, IReadOnlyList<int> secondsUsed, AnswerAnalyzer analyzer, FrameworkCatalog frameworks, Messages messages, LoopDebrief? earlier = null)
    {
        var language = plan.Language;
        string T(string key, params object?[] args) => messages.Get(language, key, args);

        var interviewers = new List<InterviewerDebrief>();
        foreach (var interviewer in plan.Interviewers)
        {
            var own = turns.Where(t => t.Prompt.Interviewer == interviewer.Index).ToList();
            var evidence = interviewer.Competencies
                .Select((c, k) => Unchanged(earlier, interviewer.Index, k, c, turns) ?? Evidence(c, turns, analyzer, frameworks, messages, language))
                .ToList();
            interviewers.Add(new InterviewerDebrief(
                interviewer.Index,
                interviewer.Name,
                interviewer.Role,
                interviewer.Minutes,
                secondsUsed.Count > interviewer.Index ? secondsUsed[interviewer.Index] : 0,
                evidence,
                [.. own.Where(t => t.Prompt.Kind == TurnKind.Closing && !AnswerIntent.IsNoQuestions(t.Answer)).Select(t => t.Answer)],
                [.. own.SelectMany(t => t.Notes)]));
        }

        var all = interviewers.SelectMany(i => i.Competencies).ToList();
        var strong = all.Where(e => e.Level == EvidenceLevel.Strong).Select(e => e.Name).ToList();
        var weak = all.Where(e => e.Level == EvidenceLevel.Weak).Select(e => e.Name).ToList();
        var none = all.Where(e => e.Level == EvidenceLevel.None).Select(e => e.Name).ToList();
        var good = all.Count(e => e.Level is EvidenceLevel.Strong or EvidenceLevel.Adequate);
        var signal = all.Count == 0 ? LoopSignal.Weak : good >= 0.75 * all.Count && none.Count == 0 ? LoopSignal.Strong : good >= 0.5 * all.Count ? LoopSignal.Mixed : LoopSignal.Weak;
        var reused = turns.Count(t => t.Notes.Any(n => n.Code == TurnNoteCode.StoryReused));
        // "only 0 of 2" is said as "none of the 2".
        var sentences = new List<string> { T(good == 0 && signal == LoopSignal.Weak ? "debrief.signal.weak-none" : signal.MessageKey(), good, all.Count) };
        if (strong.Count > 0)
        {
            sentences.Add(T("debrief.summary.strong", string.Join(", ", strong)));
        }

        if (weak.Count > 0)
        {
            sentences.Add(T("debrief.summary.weak", string.Join(", ", weak)));
        }

        if (none.Count > 0)
        {
            sentences.Add(T("debrief.summary.none", string.Join(", ", none)));
        }

        if (reused > 0)
        {
            sentences.Add(T("debrief.summary.reused", reused));
        }

        var avoid = turns.SelectMany(t => t.Notes).Count(n => n.Code == TurnNoteCode.AvoidTopic);
        if (avoid > 0)
        {
            sentences.Add(T("debrief.summary.avoid", avoid));
        }

        var rounds = LanguageRounds(plan, turns, interviewers);
        foreach (var round in rounds)
        {
            var name = T("debrief.language." + round.Language.Code());
            sentences.Add(T("debrief.summary.other-language", round.Name, name, round.Adequate, round.Competencies, round.InLanguage, round.Answers));
            if (round.InLanguage < round.Answers)
            {
                sentences.Add(T("debrief.summary.other-language-switch", name));
            }
        }

        return new LoopDebrief(interviewers, new LoopSummary(signal, strong, weak, none, reused, string.Join(" ", sentences)) { LanguageRounds = rounds });
    }

    /// <summary>
    /// The evidence of <paramref name="competency"/> (the <paramref name="position"/>th of interviewer
    /// <paramref name="interviewer"/>) in <paramref name="earlier"/>, the debrief of every turn but the last, when the
    /// last turn changed nothing it is made of: the same passes, the same telling and the same follow-ups to it.
    /// Null when it must be judged again (or when <paramref name="earlier"/> is not a debrief of this plan).
    /// </summary>
    private static CompetencyEvidence? Unchanged(LoopDebrief? earlier, int interviewer, int position, string competency, IReadOnlyList<Turn> turns)
    {
        if (earlier is null || turns.Count == 0
            || interviewer >= earlier.Interviewers.Count || earlier.Interviewers[interviewer] is not { } before || before.Index != interviewer
            || position >= before.Competencies.Count || before.Competencies[position] is not { } evidence || evidence.Competency != competency)
        {
            return null;
        }

        var last = turns[^1];
        if (last.Prompt.Kind is not (TurnKind.Main or TurnKind.Probe))
        {
            return evidence;
        }

        var previous = new ListPrefix<Turn>(turns, turns.Count - 1);
        return InputsOf(previous, competency) == InputsOf(turns, competency) ? evidence : null;
    }

    /// <summary>What the evidence of <paramref name="competency"/> is made of: the passes, the telling judged and how many turns told it.</summary>
    private static (int Passes, int? Telling, int Told) InputsOf(IReadOnlyList<Turn> turns, string competency)
    {
        var main = TellingOf(turns, competency);
        return (
            turns.Count(t => t.Prompt.Kind == TurnKind.Main && t.Prompt.Competency == competency && t.Skipped),
            main?.Seq,
            main is null ? 0 : StoryOf(turns, main.Seq).Count);
    }

    /// <summary>The first <paramref name="count"/> items of a list, without a copy.</summary>
    private sealed class ListPrefix<T>(IReadOnlyList<T> items, int count) : IReadOnlyList<T>
    {
        public T this[int index] => index < count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The interviews held in another language than the loop's: the evidence they heard, and how many answers were in their language.</summary>
    private static List<LanguageRound> LanguageRounds(LoopPlan plan, IReadOnlyList<Turn> turns, IReadOnlyList<InterviewerDebrief> debriefs)
    {
        var rounds = new List<LanguageRound>();
        foreach (var interviewer in plan.Interviewers.Where(i => i.Language is { } own && own != plan.Language))
        {
            var language = interviewer.Language!.Value;
            var answers = turns.Where(t => t.Prompt.Interviewer == interviewer.Index && !t.Skipped && t.Analysis is not null).ToList();
            var wanted = language == Language.En ? AnswerLanguage.En : AnswerLanguage.Ko;
            var evidence = debriefs[interviewer.Index].Competencies;
            rounds.Add(new LanguageRound(
                interviewer.Index,
                interviewer.Name,
                language,
                evidence.Count,
                evidence.Count(e => e.Level is EvidenceLevel.Strong or EvidenceLevel.Adequate),
                answers.Count,
                answers.Count(t => t.Analysis!.Language == wanted)));
        }

        return rounds;
    }

    private static CompetencyEvidence Evidence(string competency, IReadOnlyList<Turn> turns, AnswerAnalyzer analyzer, FrameworkCatalog frameworks, Messages messages, Language language)
    {
        var name = frameworks.FindCompetency(competency)?.Name[language] ?? competency;
        var passes = turns.Count(t => t.Prompt.Kind == TurnKind.Main && t.Prompt.Competency == competency && t.Skipped);
        var main = TellingOf(turns, competency);
        if (main is null)
        {
            var reason = passes > 0 ? messages.Get(language, "debrief.passed", passes) : messages.Get(language, "debrief.not-reached");
            return new CompetencyEvidence(competency, name, EvidenceLevel.None, [reason], [], [], passes, false);
        }

        var story = StoryOf(turns, main.Seq);
        var probes = new List<ProbeOutcome>();
        // Read in the debrief's language, whatever language the answer was in: the reasons and the fix sit beside
        // the debrief's own words.
        var before = main.Analysis is { } analysed && analysed.MessageLanguage == language
            ? analysed
            : analyzer.Analyze(new AnswerRequest { Text = main.Answer, Competency = competency, MessageLanguage = language });
        var text = main.Answer;
        foreach (var probe in story.Skip(1))
        {
            if (probe.Skipped)
            {
                probes.Add(new ProbeOutcome(probe.Prompt.Gap ?? "", probe.Prompt.Text, probe.Answer, [ProbeChange.Passed]));
                continue;
            }

            text += "\n" + probe.Answer;
            var after = analyzer.Analyze(new AnswerRequest { Text = text, Competency = competency, MessageLanguage = language });
            probes.Add(new ProbeOutcome(probe.Prompt.Gap ?? "", probe.Prompt.Text, probe.Answer, Changes(before, after)));
            before = after;
        }

        var final = before;
        var level = Level(final);
        var reasons = final.Findings
            .Where(f => f.Severity is Severity.Problem or Severity.Warning or Severity.Strength && !f.Code.IsAboutLength())
            .Select(f => f.Message)
            .ToList();
        var quotes = final.Findings
            .Where(f => f.Severity == Severity.Strength && f.Code is FindingCode.ResultQuantified or FindingCode.OwnershipClear or FindingCode.StarComplete)
            .SelectMany(f => f.Spans)
            .Select(s => s.Text)
            .Distinct()
            .Take(3)
            .ToList();
        if (quotes.Count == 0)
        {
            quotes = [.. final.Sentences.Take(1).Select(s => s.Text)];
        }

        return new CompetencyEvidence(competency, name, level, reasons, quotes, probes, passes, main.Notes.Any(n => n.Code == TurnNoteCode.StoryReused))
        {
            Fix = level == EvidenceLevel.Strong ? null : Fix(final, messages, language),
        };
    }

    /// <summary>The one sentence to add next, quoting the candidate where the fix hangs on what they said.</summary>
    private static string Fix(AnswerAnalysis story, Messages messages, Language language)
    {
        static string Quote(IReadOnlyList<TextSpan> spans) => Shorten(spans.Count > 0 ? spans[^1].Text : "");
        var star = story.Star;
        if (!star.Action.Present)
        {
            return messages.Get(language, "debrief.fix.action");
        }

        // When "we" did everything, the candidate's own part comes before the result: it is what is being hired.
        if (story.Findings.Any(f => f.Code is FindingCode.OwnershipWeHeavy or FindingCode.OwnershipNoPersonalAction))
        {
            return messages.Get(language, "debrief.fix.ownership", Quote(star.Action.Spans));
        }

        if (!star.Result.Present)
        {
            return messages.Get(language, "debrief.fix.result", Quote(star.Action.Spans));
        }

        if (!story.QuantifiedResult)
        {
            return messages.Get(language, "debrief.fix.number", Quote(star.Result.Spans));
        }

        return story.Findings.Any(f => f.Code == FindingCode.RelevanceLow)
            ? messages.Get(language, "debrief.fix.relevance")
            : messages.Get(language, "debrief.fix.result", Quote(star.Action.Spans));
    }

    /// <summary>A quoted sentence cut at a word near 80 characters.</summary>
    private static string Shorten(string sentence)
    {
        var text = sentence.Trim().TrimEnd('.', '。', '!', '?');
        if (text.Length <= 80)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 80);
        return text[..(cut > 40 ? cut : 80)] + "…";
    }

    /// <summary>The main question whose story the debrief judges for <paramref name="competency"/>: the last one answered; null when every one was passed.</summary>
    public static Turn? TellingOf(IReadOnlyList<Turn> turns, string competency) =>
        turns.LastOrDefault(t => t.Prompt.Kind == TurnKind.Main && t.Prompt.Competency == competency && !t.Skipped);

    /// <summary>
    /// The turns that told the story begun at main question <paramref name="seq"/>: that turn and the follow-ups after
    /// it, up to the next main question. Empty when <paramref name="seq"/> is not a main question.
    /// </summary>
    public static IReadOnlyList<Turn> StoryOf(IReadOnlyList<Turn> turns, int seq)
    {
        var main = turns.FirstOrDefault(t => t.Seq == seq && t.Prompt.Kind == TurnKind.Main);
        return main is null
            ? []
            : [main, .. turns.SkipWhile(t => t.Seq != seq).Skip(1).TakeWhile(t => t.Prompt.Kind == TurnKind.Probe)];
    }

    /// <summary>strong: action and a measured result, owned, on topic; adequate: action and result; weak: otherwise.</summary>
    public static EvidenceLevel Level(AnswerAnalysis analysis)
    {
        var hasCore = analysis.Star.Action.Present && analysis.Star.Result.Present;
        var owned = !analysis.Findings.Any(f => f.Code is FindingCode.OwnershipWeHeavy or FindingCode.OwnershipNoPersonalAction);
        var onTopic = !analysis.Findings.Any(f => f.Code == FindingCode.RelevanceLow);
        return hasCore && analysis.QuantifiedResult && owned && onTopic ? EvidenceLevel.Strong : hasCore ? EvidenceLevel.Adequate : EvidenceLevel.Weak;
    }

    private static List<ProbeChange> Changes(AnswerAnalysis before, AnswerAnalysis after)
    {
        var changes = new List<ProbeChange>();
        foreach (var part in Enum.GetValues<StarPart>())
        {
            if (!before.Star[part].Present && after.Star[part].Present)
            {
                changes.Add(DebriefCodes.Added(part));
            }
        }

        if (!before.QuantifiedResult && after.QuantifiedResult)
        {
            changes.Add(ProbeChange.ResultQuantified);
        }

        if (after.Ownership.PersonalActions.Count > before.Ownership.PersonalActions.Count)
        {
            changes.Add(ProbeChange.OwnershipClearer);
        }

        return changes;
    }
}
