using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Analysis;

/// <summary>A competency and how well a text matches it (cosine similarity, 0 to 1).</summary>
public sealed record CompetencyScore(string Id, double Score);

/// <summary>
/// Ranks the competencies of a framework for a question text it has never seen, in Korean or English.
/// A transparent lexical model derived from the shipped content: each competency is a TF-IDF centroid of its
/// questions in the bank (primary ones weigh more), its names, descriptions and evidence, and its signal
/// keywords; a question is scored by cosine similarity. Chosen over a trained ML model because it needs no
/// training step, explains itself (the shared features are the reason), and its figures on the labelled dev
/// set are good enough to rank (see the README).
/// </summary>
public sealed class QuestionClassifier
{
    private const double PrimaryQuestionWeight = 1.0;
    private const double SecondaryQuestionWeight = 0.4;
    private const double DescriptionWeight = 1.0;
    private const double SignalWeight = 2.0;

    private readonly Dictionary<string, Dictionary<string, double>> _centroids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly FrameworkCatalog _frameworks;

    /// <summary>
    /// Builds the model for every competency of <paramref name="frameworks"/> from the <paramref name="questions"/>
    /// asked for it and the signal words of <paramref name="lexicon"/>.
    /// </summary>
    public QuestionClassifier(FrameworkCatalog frameworks, QuestionBank questions, AnalysisLexicon lexicon)
    {
        _frameworks = frameworks;
        var raw = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var competency in _frameworks.Competencies)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var question in questions.Questions.Where(q => q.Competencies.Contains(competency.Id)))
            {
                AddInto(vector, TextFeatures.Of(question.Text), question.PrimaryCompetency == competency.Id ? PrimaryQuestionWeight : SecondaryQuestionWeight);
            }

            foreach (var language in Languages.All)
            {
                AddInto(vector, TextFeatures.Of(competency.Name[language] + " " + competency.Description[language] + " " + string.Join(" ", competency.Evidence[language])), DescriptionWeight);
            }

            if (lexicon.Signals.TryGetValue(competency.Id, out var signals))
            {
                AddInto(vector, TextFeatures.Of(string.Join(" ", signals.En.Concat(signals.Ko))), SignalWeight);
            }

            raw[competency.Id] = vector;
        }

        // A competency with no questions of its own (a posting's strength, a user's value) borrows a share of its
        // related ones; those with questions keep their own profile sharp.
        foreach (var competency in _frameworks.Competencies.Where(c => !questions.Questions.Any(q => q.Competencies.Contains(c.Id))))
        {
            foreach (var related in competency.Related.Where(raw.ContainsKey))
            {
                AddInto(raw[competency.Id], raw[related], 0.3, snapshot: true);
            }
        }

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in raw.Values.SelectMany(v => v.Keys))
        {
            documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }

        foreach (var (feature, df) in documentFrequency)
        {
            _idf[feature] = Math.Log(1.0 + ((double)raw.Count / df));
        }

        foreach (var (id, vector) in raw)
        {
            _centroids[id] = Normalize(vector.ToDictionary(p => p.Key, p => p.Value * _idf[p.Key], StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The competencies of <paramref name="frameworkId"/> ranked for <paramref name="question"/>, best first,
    /// ties broken by the framework's order; at most <paramref name="top"/>.
    /// </summary>
    public IReadOnlyList<CompetencyScore> Classify(string question, string frameworkId = "amazon-lp", int top = 3)
    {
        var framework = _frameworks.Get(frameworkId);
        var query = Normalize(TextFeatures.Of(question)
            .Where(p => _idf.ContainsKey(p.Key))
            .ToDictionary(p => p.Key, p => p.Value * _idf[p.Key], StringComparer.Ordinal));
        return [.. framework.Competencies
            .Select((c, order) => (Score: new CompetencyScore(c.Id, Math.Round(Dot(query, _centroids[c.Id]), 4)), Order: order))
            .OrderByDescending(x => x.Score.Score)
            .ThenBy(x => x.Order)
            .Take(Math.Max(1, top))
            .Select(x => x.Score)];
    }

    /// <summary>The features a text shares with a competency, strongest first: the reason behind a score.</summary>
    public IReadOnlyList<string> SharedFeatures(string text, string competencyId, int top = 5) =>
        [.. TextFeatures.Of(text).Keys
            .Where(f => _centroids.TryGetValue(competencyId, out var c) && c.ContainsKey(f))
            .OrderByDescending(f => _centroids[competencyId][f])
            .Take(top)
            .Select(f => f[2..])];

    private static void AddInto(Dictionary<string, double> target, IReadOnlyDictionary<string, double> source, double weight, bool snapshot = false)
    {
        foreach (var (feature, value) in snapshot ? source.ToList() : source.AsEnumerable())
        {
            target[feature] = target.GetValueOrDefault(feature) + (value * weight);
        }
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> vector)
    {
        var length = Math.Sqrt(vector.Values.Sum(v => v * v));
        return length == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / length, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> small, Dictionary<string, double> large)
    {
        var sum = 0.0;
        foreach (var (feature, value) in small)
        {
            if (large.TryGetValue(feature, out var other))
            {
                sum += value * other;
            }
        }

        return sum;
    }
}
