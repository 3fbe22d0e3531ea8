using System.Globalization;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Analysis;

/// <summary>
/// Turns measurements into <see cref="Finding"/>s with their evidence and a one-line reason in the answer's
/// language. The thresholds live here, named, so that the README can state them.
/// </summary>
internal sealed class FindingWriter(Messages messages, Language language)
{
    /// <summary>More fillers than this per 100 words reads as rambling.</summary>
    public const double FillersPer100Words = 3;

    /// <summary>This many hedges or more make claims sound unsure.</summary>
    public const int HedgeLimit = 3;

    private readonly List<Finding> _findings = [];

    public IReadOnlyList<Finding> All => [.. _findings.OrderBy(f => f.Severity switch
    {
        Severity.Problem => 0,
        Severity.Warning => 1,
        Severity.Info => 2,
        _ => 3,
    })];

    public void Star(StarFindings star, bool lessonExpected)
    {
        var missing = 0;
        foreach (var (part, severity) in new[]
        {
            (StarPart.Situation, Severity.Warning),
            (StarPart.Task, Severity.Info),
            (StarPart.Action, Severity.Problem),
            (StarPart.Result, Severity.Problem),
        })
        {
            if (!star[part].Present)
            {
                missing++;
                Add(FindingCodes.Missing(part), severity, []);
            }
        }

        if (!star.Lesson.Present)
        {
            Add(FindingCode.StarMissingLesson, lessonExpected ? Severity.Warning : Severity.Info, []);
        }

        if (missing == 0)
        {
            Add(FindingCode.StarComplete, Severity.Strength, [star.Situation.Spans[0], star.Action.Spans[0], star.Result.Spans[^1]]);
        }

        if (!star.InOrder)
        {
            Add(FindingCode.StarOrder, Severity.Info, [.. star.Result.Spans.Take(1), .. star.Action.Spans.Take(1)]);
        }
    }

    public void Result(StarFindings star, IReadOnlyList<NumberMention> resultNumbers, IReadOnlyList<WordMatch> vague)
    {
        if (!star.Result.Present)
        {
            return;
        }

        if (resultNumbers.Count > 0)
        {
            Add(FindingCode.ResultQuantified, Severity.Strength, [.. resultNumbers.Select(n => n.Span)], string.Join(", ", resultNumbers.Select(n => n.Span.Text).Distinct(StringComparer.OrdinalIgnoreCase)));
        }
        else if (vague.Count > 0)
        {
            Add(FindingCode.ResultVague, Severity.Warning, [.. vague.Select(v => v.Span)], vague[0].Span.Text);
        }
        else
        {
            Add(FindingCode.ResultNotQuantified, Severity.Warning, star.Result.Spans);
        }
    }

    public void Ownership(IReadOnlyList<WordMatch> i, IReadOnlyList<WordMatch> we, IReadOnlyList<TextSpan> personalActions, bool hasAction)
    {
        if (we.Count >= 3 && we.Count > i.Count)
        {
            Add(FindingCode.OwnershipWeHeavy, Severity.Warning, [.. we.Select(w => w.Span)], we.Count, i.Count);
        }

        if (hasAction && personalActions.Count == 0)
        {
            Add(FindingCode.OwnershipNoPersonalAction, Severity.Warning, []);
        }
        else if (personalActions.Count >= 2)
        {
            Add(FindingCode.OwnershipClear, Severity.Strength, personalActions, personalActions.Count);
        }
    }

    public void Delivery(IReadOnlyList<WordMatch> fillers, IReadOnlyList<WordMatch> hedges, int words)
    {
        var per100 = words == 0 ? 0 : fillers.Count * 100.0 / words;
        if (fillers.Count >= 3 && per100 > FillersPer100Words)
        {
            Add(FindingCode.FillersMany, Severity.Warning, [.. fillers.Select(f => f.Span)], fillers.Count, per100.ToString("0.#", CultureInfo.InvariantCulture));
        }

        if (hedges.Count >= HedgeLimit)
        {
            Add(FindingCode.HedgesMany, Severity.Warning, [.. hedges.Select(h => h.Span)], hedges.Count);
        }
    }

    public void Length(int seconds, TextSpan whole)
    {
        if (seconds < AnswerAnalyzer.TooShortSeconds)
        {
            Add(FindingCode.LengthTooShort, Severity.Warning, [whole], seconds, AnswerAnalyzer.TooShortSeconds);
        }
        else if (seconds > AnswerAnalyzer.TooLongSeconds)
        {
            Add(FindingCode.LengthTooLong, Severity.Warning, [whole], seconds, AnswerAnalyzer.TooLongSeconds);
        }
        else
        {
            Add(FindingCode.LengthGood, Severity.Info, [whole], seconds);
        }
    }

    public void Relevance(string competencyName, IReadOnlyList<WordMatch> signals)
    {
        if (signals.Count == 0)
        {
            Add(FindingCode.RelevanceLow, Severity.Warning, [], competencyName);
        }
        else
        {
            Add(FindingCode.RelevanceSignals, Severity.Strength, [.. signals.Select(s => s.Span)], competencyName, string.Join(", ", signals.Select(s => s.Span.Text).Distinct().Take(5)));
        }
    }

    public void Old(int monthsAgo, TextSpan when) =>
        Add(FindingCode.RecencyOld, Severity.Info, [when], monthsAgo / 12);

    private void Add(FindingCode code, Severity severity, IReadOnlyList<TextSpan> spans, params object?[] args) =>
        _findings.Add(new Finding(code, severity, messages.Get(language, code.MessageKey(), args), spans));
}
