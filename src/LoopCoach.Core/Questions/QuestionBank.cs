using System.Text;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Questions;

/// <summary>What to look for in the question bank; every criterion left null matches everything.</summary>
public sealed record QuestionQuery
{
    /// <summary>A competency id of any framework; a posting's competency also finds questions of its related ones.</summary>
    public string? Competency { get; init; }

    /// <summary>Only questions in this language.</summary>
    public Language? Language { get; init; }

    /// <summary>Only questions of this kind.</summary>
    public QuestionKind? Kind { get; init; }

    /// <summary>Words that must all occur in the question (case and Unicode form ignored).</summary>
    public string? Text { get; init; }
}

/// <summary>The shipped behavioural, motivation and method questions, searchable.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<string, string> _searchText;

    /// <summary>A bank of <paramref name="questions"/>, in their order.</summary>
    public QuestionBank(IReadOnlyList<Question> questions)
    {
        Questions = questions;
        _byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        _searchText = questions.ToDictionary(q => q.Id, q => Fold(q.Text), StringComparer.Ordinal);
    }

    /// <summary>Every question, in file order.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The questions matching <paramref name="query"/>. Questions whose primary competency is the one asked for
    /// come before those that only touch it; then bank order.
    /// </summary>
    public IReadOnlyList<Question> Find(QuestionQuery query, FrameworkCatalog frameworks)
    {
        // A competency with questions of its own gets exactly those; one without (a posting's strength, a user's
        // value) borrows the questions of the competencies it is related to.
        var wanted = query.Competency is null ? null
            : Questions.Any(q => q.Competencies.Contains(query.Competency)) ? [query.Competency]
            : frameworks.Expand(query.Competency);
        var terms = query.Text is null ? [] : Terms(query.Text);

        return Questions
            .Where(q => query.Language is null || q.Language == query.Language)
            .Where(q => query.Kind is null || q.Kind == query.Kind)
            .Where(q => wanted is null || q.Competencies.Any(wanted.Contains))
            .Where(q => terms.All(_searchText[q.Id].Contains))
            .OrderBy(q => wanted is null ? 0 : Rank(q, wanted))
            .ToList();
    }

    /// <summary>How many questions each competency has as its primary, per language.</summary>
    public IReadOnlyDictionary<(string Competency, Language Language), int> PrimaryCounts() =>
        Questions.GroupBy(q => (q.PrimaryCompetency, q.Language)).ToDictionary(g => g.Key, g => g.Count());

    private static int Rank(Question question, IReadOnlyList<string> wanted)
    {
        var index = wanted.IndexOf(question.PrimaryCompetency);
        return index >= 0 ? index : wanted.Count + 1;
    }

    /// <summary>Lower-cased, NFC-composed text so that "Customer" finds "customer" and decomposed Hangul finds composed.</summary>
    internal static string Fold(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private static string[] Terms(string text) =>
        Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
