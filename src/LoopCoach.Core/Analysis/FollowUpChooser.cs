using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Analysis;

/// <summary>A follow-up chosen for a story: the gap it aims at and how it is asked.</summary>
/// <param name="Gap">The gap (see <see cref="Gaps"/>).</param>
/// <param name="Key">Which phrasing of the library it is (<c>result.3</c>, <c>result.result-stated.0</c>, <c>dive-deep-where-to-look.1</c>), so that a session never asks it twice.</param>
/// <param name="Text">The follow-up as asked.</param>
public sealed record FollowUp(string Gap, string Key, string Text);

/// <summary>
/// Chooses the next follow-up on a story (the main answer and the follow-up answers so far, analysed together):
/// only a gap the story leaves open, in the order an interviewer drills, and never a phrasing the session has
/// already used. Pure: the story's analysis, the competency, what was asked and a seeded draw decide.
/// </summary>
public sealed class FollowUpChooser
{
    private readonly ProbeLibrary _probes;

    /// <summary>Chooses among the follow-ups of <paramref name="probes"/>.</summary>
    public FollowUpChooser(ProbeLibrary probes) => _probes = probes;

    /// <summary>
    /// The gaps <paramref name="story"/> leaves open, in the order they are asked: no action at all; the
    /// candidate's own part when none is theirs (before the result, when "we" dominates); no result; what the
    /// competency is about (<see cref="ProbeLibrary.Intents"/>); a result without a number; no setting; no
    /// lesson where one is expected; then the question's own follow-ups that are still open. Each comes with the
    /// intent it is asked for, if any.
    /// </summary>
    public IReadOnlyList<(string Gap, ProbeIntent? Intent)> OpenGaps(AnswerAnalysis story, string? competency, IReadOnlyList<string> questionProbes)
    {
        var star = story.Star;
        var lower = story.Text.ToLowerInvariant();
        var open = new List<(string Gap, ProbeIntent? Intent)>();
        void Add(string gap, ProbeIntent? intent = null)
        {
            if (!open.Any(o => o.Gap == gap))
            {
                open.Add((gap, intent));
            }
        }

        if (!star.Action.Present)
        {
            Add(Gaps.Actions);
        }

        if (IsOpen(Gaps.Role, story, lower))
        {
            Add(Gaps.Role);
        }

        if (!star.Result.Present)
        {
            Add(Gaps.Result);
        }

        foreach (var intent in _probes.Intents.Where(i => competency is not null && i.Competencies.Contains(competency)))
        {
            if (!Mentions(lower, intent.Covered))
            {
                Add(intent.Gap, intent);
            }
        }

        if (IsOpen(Gaps.Result, story, lower))
        {
            Add(Gaps.Result);
        }

        if (IsOpen(Gaps.Context, story, lower))
        {
            Add(Gaps.Context);
        }

        if (!star.Lesson.Present && story.Findings.Any(f => f.Code == FindingCode.StarMissingLesson && f.Severity == Severity.Warning))
        {
            Add(Gaps.Lesson);
        }

        foreach (var gap in questionProbes.Where(g => IsOpen(g, story, lower)))
        {
            Add(gap);
        }

        return open;
    }

    /// <summary>
    /// Whether <paramref name="story"/> leaves <paramref name="gap"/> open. The measured gaps are read from the
    /// analysis: context without a setting, actions without an action, role when no action is plainly the
    /// candidate's own (and there is an action, or "we" dominates), result without a result stated with a number,
    /// lesson without a lesson. The others are open until the story uses a word of the probe's
    /// <see cref="Probe.Covered"/> list.
    /// </summary>
    public bool IsOpen(string gap, AnswerAnalysis story) => IsOpen(gap, story, story.Text.ToLowerInvariant());

    /// <summary>Whether <paramref name="story"/> still leaves out what <paramref name="intent"/> asks for.</summary>
    public static bool IsOpen(ProbeIntent intent, AnswerAnalysis story) => !Mentions(story.Text.ToLowerInvariant(), intent.Covered);

    /// <summary>
    /// The next follow-up: the first open gap not yet asked about in this story (<paramref name="askedGaps"/>)
    /// that still has a phrasing the session has not used (<paramref name="usedPhrasings"/>), drawn with
    /// <paramref name="draw"/> (a seeded source: it gives a number below its argument). Null when nothing is left.
    /// </summary>
    public FollowUp? Choose(AnswerAnalysis story, string? competency, IReadOnlyList<string> questionProbes, IReadOnlyCollection<string> askedGaps, IReadOnlyCollection<string> usedPhrasings, Language language, Func<int, int> draw)
    {
        foreach (var (gap, intent) in OpenGaps(story, competency, questionProbes))
        {
            if (askedGaps.Contains(gap))
            {
                continue;
            }

            var pool = intent is not null
                ? Unused(intent.Id, intent.Phrasings[language], usedPhrasings)
                : Pool(_probes.Get(gap), story, language, usedPhrasings);
            if (pool.Count > 0)
            {
                var (key, text) = pool[draw(pool.Count)];
                return new FollowUp(gap, key, text);
            }
        }

        return null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> follow-ups worth asking on <paramref name="story"/>, one per open gap in the
    /// order <see cref="OpenGaps"/> gives, each phrased by <paramref name="seed"/>: what <c>analyze</c> suggests, from
    /// the same reading of the story a mock loop drills with.
    /// </summary>
    public IReadOnlyList<FollowUp> Suggest(AnswerAnalysis story, string? competency, IReadOnlyList<string> questionProbes, Language language, int count, int seed)
    {
        var suggestions = new List<FollowUp>();
        foreach (var (gap, intent) in OpenGaps(story, competency, questionProbes).Take(count))
        {
            var pool = intent is not null ? Unused(intent.Id, intent.Phrasings[language], []) : Pool(_probes.Get(gap), story, language, []);
            if (pool.Count > 0)
            {
                var (key, text) = pool[(seed + suggestions.Count) % pool.Count];
                suggestions.Add(new FollowUp(gap, key, text));
            }
        }

        return suggestions;
    }

    /// <summary>The key of the phrasing <paramref name="text"/> in <paramref name="language"/>, if the library has it.</summary>
    public string? KeyOf(string text, Language language)
    {
        foreach (var probe in _probes)
        {
            var all = Unused(probe.Gap, probe.Phrasings[language], []).Concat(probe.Variants.SelectMany(v => Unused(VariantId(probe, v), v.Phrasings[language], [])));
            if (all.FirstOrDefault(p => p.Text == text) is { Key: { } key })
            {
                return key;
            }
        }

        return _probes.Intents.SelectMany(i => Unused(i.Id, i.Phrasings[language], [])).FirstOrDefault(p => p.Text == text).Key;
    }

    private bool IsOpen(string gap, AnswerAnalysis story, string lower)
    {
        var star = story.Star;
        return gap switch
        {
            Gaps.Context => !star.Situation.Present,
            Gaps.Actions => !star.Action.Present,
            Gaps.Role => story.Ownership.PersonalActions.Count == 0 && (star.Action.Present || IsWeHeavy(story)),
            Gaps.Result => !(star.Result.Present && story.QuantifiedResult),
            Gaps.Lesson => !star.Lesson.Present,
            _ => !Mentions(lower, _probes.Get(gap).Covered),
        };
    }

    /// <summary>The phrasings that fit the story and are unused, those written for its state first.</summary>
    private static List<(string Key, string Text)> Pool(Probe probe, AnswerAnalysis story, Language language, IReadOnlyCollection<string> used)
    {
        var fitting = probe.Variants
            .Where(v => v.When switch
            {
                StoryState.WeHeavy => IsWeHeavy(story),
                _ => story.Star.Result.Present && !story.QuantifiedResult,
            })
            .SelectMany(v => Unused(VariantId(probe, v), v.Phrasings[language], used))
            .ToList();
        return fitting.Count > 0 ? fitting : Unused(probe.Gap, probe.Phrasings[language], used);
    }

    private static List<(string Key, string Text)> Unused(string id, IReadOnlyList<string> phrasings, IReadOnlyCollection<string> used) =>
        [.. phrasings.Select((text, i) => (Key: $"{id}.{i}", Text: text)).Where(p => !used.Contains(p.Key))];

    private static string VariantId(Probe probe, ProbeVariant variant) => probe.Gap + "." + Codes<StoryState>.Of(variant.When);

    private static bool IsWeHeavy(AnswerAnalysis story) => story.Findings.Any(f => f.Code == FindingCode.OwnershipWeHeavy);

    private static bool Mentions(string lower, LocalizedList words) => words.En.Concat(words.Ko).Any(w => PhraseMatcher.Occurs(lower, w));
}
