namespace LoopCoach.Core.Analysis;

/// <summary>
/// Questions about spans sorted by their start, answered by binary search: which findings lie in which sentence
/// costs the logarithm of their number, not their number, so the analysis stays near-linear in the answer's length.
/// </summary>
public static class SortedSpans
{
    /// <summary>Whether a span of <paramref name="sorted"/> (sorted by start, not overlapping) lies inside <paramref name="outer"/>.</summary>
    public static bool AnyWithin(IReadOnlyList<TextSpan> sorted, TextSpan outer)
    {
        for (var i = FirstStartingAtOrAfter(sorted, outer.Start); i < sorted.Count && sorted[i].Start < outer.End; i++)
        {
            if (sorted[i].End <= outer.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="inner"/> lies inside one of <paramref name="disjoint"/> (sorted by start, not overlapping).</summary>
    public static bool WithinAny(IReadOnlyList<TextSpan> disjoint, TextSpan inner) => IndexContaining(disjoint, inner) >= 0;

    /// <summary>The index of the span of <paramref name="disjoint"/> (sorted by start, not overlapping) that holds <paramref name="inner"/>, or -1.</summary>
    public static int IndexContaining(IReadOnlyList<TextSpan> disjoint, TextSpan inner)
    {
        var next = FirstStartingAtOrAfter(disjoint, inner.Start + 1);
        return next > 0 && disjoint[next - 1].Contains(inner) ? next - 1 : -1;
    }

    /// <summary>The index of the first span of <paramref name="sorted"/> that starts at or after <paramref name="position"/>.</summary>
    private static int FirstStartingAtOrAfter(IReadOnlyList<TextSpan> sorted, int position)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
