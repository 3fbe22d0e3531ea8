using LoopCoach.Core.Errors;

namespace LoopCoach.Core.Frameworks;

/// <summary>The frameworks available to one run: the built-in ones and any the user loaded from files.</summary>
public sealed class FrameworkCatalog
{
    private readonly Dictionary<string, Competency> _competencies = new(StringComparer.Ordinal);

    internal FrameworkCatalog(IReadOnlyList<Framework> frameworks)
    {
        Frameworks = frameworks;
        foreach (var competency in frameworks.SelectMany(f => f.Competencies))
        {
            _competencies.TryAdd(competency.Id, competency);
        }
    }

    /// <summary>The frameworks, built-in first, in load order.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>Every competency of every framework.</summary>
    public IEnumerable<Competency> Competencies => _competencies.Values;

    /// <summary>The framework with this id, or null.</summary>
    public Framework? Find(string id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>The framework with this id; a <see cref="ErrorKind.NotFound"/> error when there is none.</summary>
    public Framework Get(string id) =>
        Find(id) ?? throw new LoopCoachException(ErrorKind.NotFound, "framework.not-found", id, string.Join(", ", Frameworks.Select(f => f.Id)));

    /// <summary>The competency with this id, or null.</summary>
    public Competency? FindCompetency(string id) => _competencies.GetValueOrDefault(id);

    /// <summary>
    /// The competency ids that stand for <paramref name="id"/> when looking for questions or stories:
    /// the id itself, then the ids it is related to (a posting's "실행력" reaches "bias-for-action").
    /// </summary>
    public IReadOnlyList<string> Expand(string id)
    {
        var result = new List<string> { id };
        if (_competencies.TryGetValue(id, out var competency))
        {
            result.AddRange(competency.Related.Where(r => !result.Contains(r)));
        }

        return result;
    }
}
