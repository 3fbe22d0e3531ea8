using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Analysis;

/// <summary>A story ranked for a question, with the reasons.</summary>
/// <param name="StoryId">The story's id in the bank.</param>
/// <param name="Score">0 to 1: half competency fit, three tenths shared words, a fifth the story's own strength.</param>
/// <param name="Competencies">The story's competencies that the question asks about, best first.</param>
/// <param name="SharedTerms">Words the question and the story share.</param>
/// <param name="Strength">How ready the story is (see <see cref="StoryCheck.Strength"/>).</param>
public sealed record StoryMatch(long StoryId, double Score, IReadOnlyList<string> Competencies, IReadOnlyList<string> SharedTerms, double Strength);

/// <summary>
/// Answers "which story should I tell?": an index over the bank, built once, that ranks stories for any
/// question by how well their competencies fit it, the words they share with it, and how ready they are.
/// Built with an inverted index so that a question against 100,000 stories stays within milliseconds.
/// </summary>
public sealed class StoryMatcher
{
    private const double CompetencyWeight = 0.5;
    private const double TextWeight = 0.3;
    private const double StrengthWeight = 0.2;

    private readonly QuestionClassifier _classifier;
    private readonly long[] _ids;
    private readonly int[][] _competencies;
    private readonly double[] _strength;
    private readonly Dictionary<string, List<(int Story, float Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _competencyIndex = new(StringComparer.Ordinal);
    private readonly string[] _competencyIds;

    /// <summary>
    /// Indexes <paramref name="stories"/> (their current content) for matching against the competencies of
    /// <paramref name="frameworks"/>, which <paramref name="classifier"/> ranks for each question.
    /// </summary>
    public StoryMatcher(FrameworkCatalog frameworks, QuestionClassifier classifier, IReadOnlyList<(long Id, StoryContent Story, double Strength)> stories)
    {
        _classifier = classifier;
        _competencyIds = [.. frameworks.Competencies.Select(c => c.Id)];
        for (var i = 0; i < _competencyIds.Length; i++)
        {
            _competencyIndex[_competencyIds[i]] = i;
        }

        _ids = new long[stories.Count];
        _competencies = new int[stories.Count][];
        _strength = new double[stories.Count];
        for (var s = 0; s < stories.Count; s++)
        {
            var (id, story, strength) = stories[s];
            _ids[s] = id;
            _strength[s] = strength;
            _competencies[s] = [.. story.Competencies
                .SelectMany(c => frameworks.Expand(c))
                .Where(_competencyIndex.ContainsKey)
                .Select(c => _competencyIndex[c])
                .Distinct()];
            var features = TextFeatures.Of(string.Join(" ", story.Title, story.Situation, story.Task, story.Action, story.Result, string.Join(" ", story.Tags)));
            var length = Math.Sqrt(features.Values.Sum(v => v * v));
            foreach (var (feature, value) in features)
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings[feature] = list = [];
                }

                list.Add((s, (float)(value / length)));
            }
        }
    }

    /// <summary>The <paramref name="top"/> best stories for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<StoryMatch> Match(string question, int top = 5)
    {
        var fit = new double[_competencyIds.Length];
        var ranked = _classifier.Classify(question, "amazon-lp", top: 16);
        var best = ranked.Count == 0 ? 0 : ranked[0].Score;
        foreach (var score in ranked.Where(r => _competencyIndex.ContainsKey(r.Id)))
        {
            fit[_competencyIndex[score.Id]] = best == 0 ? 0 : score.Score / best;
        }

        var query = TextFeatures.Of(question);
        var queryLength = Math.Sqrt(query.Values.Sum(v => v * v));
        var text = new double[_ids.Length];
        foreach (var (feature, value) in query)
        {
            if (_postings.TryGetValue(feature, out var list))
            {
                var weight = value / queryLength;
                foreach (var (story, storyWeight) in list)
                {
                    text[story] += weight * storyWeight;
                }
            }
        }

        var scores = new double[_ids.Length];
        for (var s = 0; s < _ids.Length; s++)
        {
            var competencyFit = 0.0;
            foreach (var c in _competencies[s])
            {
                competencyFit = Math.Max(competencyFit, fit[c]);
            }

            scores[s] = (CompetencyWeight * competencyFit) + (TextWeight * Math.Min(1, text[s] * 2)) + (StrengthWeight * _strength[s]);
        }

        var order = TopIndexes(scores, top);
        return [.. order.Select(s => new StoryMatch(
            _ids[s],
            Math.Round(scores[s], 4),
            [.. _competencies[s].Where(c => fit[c] > 0.5).OrderByDescending(c => fit[c]).Select(c => _competencyIds[c])],
            SharedTerms(query, s),
            _strength[s]))];
    }

    private List<string> SharedTerms(Dictionary<string, double> query, int story) =>
        [.. query.Keys
            .Where(f => _postings.TryGetValue(f, out var list) && list.Exists(p => p.Story == story))
            .Where(f => !f.StartsWith("b:", StringComparison.Ordinal))
            .Select(f => f[2..])
            .Take(6)];

    private static int[] TopIndexes(double[] scores, int top)
    {
        // A bounded min-heap keeps this O(n log k) over a large bank; ties go to the earlier (older) story.
        var heap = new PriorityQueue<int, (double Score, int Negative)>();
        for (var i = 0; i < scores.Length; i++)
        {
            heap.Enqueue(i, (scores[i], -i));
            if (heap.Count > top)
            {
                heap.Dequeue();
            }
        }

        var result = new int[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }
}
