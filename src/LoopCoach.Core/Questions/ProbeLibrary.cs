using System.Collections;

namespace LoopCoach.Core.Questions;

/// <summary>
/// The follow-up library (<c>content/probes.yaml</c>): one <see cref="Probe"/> per gap, in the order of
/// <see cref="Gaps.All"/>, and the <see cref="Intents"/> written for single competencies.
/// </summary>
public sealed class ProbeLibrary : IReadOnlyList<Probe>
{
    private readonly IReadOnlyList<Probe> _probes;

    internal ProbeLibrary(IReadOnlyList<Probe> probes, IReadOnlyList<ProbeIntent> intents)
    {
        _probes = probes;
        Intents = intents;
    }

    /// <summary>Follow-ups written for what one competency is about, each on a gap.</summary>
    public IReadOnlyList<ProbeIntent> Intents { get; }

    /// <summary>How many probes there are.</summary>
    public int Count => _probes.Count;

    /// <summary>The probe at <paramref name="index"/>.</summary>
    public Probe this[int index] => _probes[index];

    /// <summary>The probe that closes <paramref name="gap"/> (content validation makes sure there is one per gap).</summary>
    public Probe Get(string gap) => _probes.First(p => p.Gap == gap);

    /// <summary>The probe that closes <paramref name="gap"/>, or null for a gap the library does not know.</summary>
    public Probe? Find(string gap) => _probes.FirstOrDefault(p => p.Gap == gap);

    /// <inheritdoc/>
    public IEnumerator<Probe> GetEnumerator() => _probes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
