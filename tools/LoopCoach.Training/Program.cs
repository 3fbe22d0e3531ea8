using System.Globalization;
using System.Text;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Loops;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

// Trains the number-role model (content/lexicons/number-roles.yaml): whether a number in an answer measures the outcome.
// Reads the labelled natural answers that may be tuned on (never a holdout file), takes each number's features from the
// analyser itself (AnswerAnalyzer.ReadNumbers, so training and use read the same features), and fits an L2-regularised
// logistic regression with ML.NET.
//
//   dotnet run --project tools/LoopCoach.Training -- cv                 # 5-fold cross-validation: rules vs model, per language
//   dotnet run --project tools/LoopCoach.Training -- write              # train on every tunable file, write the model
//
// A file's numbers are labelled by its `numbers` roles when it has them; otherwise a number is a result measure when
// the answer is labelled quantified and the number lies inside a labelled result span.
var root = FindRoot();
var folder = Path.Combine(root, "tests/LoopCoach.Core.Tests/DevSet/natural");
string[] tunable = ["natural-dev.yaml", "natural-dev2.yaml", "natural-dev3.yaml", "natural-dev4.yaml"];
var mode = args.FirstOrDefault() ?? "cv";
var l2 = args.Length > 1 ? float.Parse(args[1], CultureInfo.InvariantCulture) : 2f;

var catalog = ContentCatalog.BuiltIn;
if (mode.StartsWith("declines", StringComparison.Ordinal))
{
    var all = tunable.Where(f => File.Exists(Path.Combine(folder, f)))
        .SelectMany(f => Read(Path.Combine(folder, f)).Select(a => (File: f, Answer: a)))
        .ToList();
    // Each main answer, and each follow-up answer (never a decline), with the features the product reads.
    var examples = all.Select(x => (x.Answer.Id, x.Answer.Language, Text: x.Answer.Answer, x.Answer.Decline))
        .Select(e => (e.Id, e.Language, e.Text, e.Decline, FollowUp: false))
        .Concat(all.SelectMany(x => x.Answer.FollowUps.Select((f, i) => (Id: $"{x.Answer.Id}-f{i}", x.Answer.Language, Text: f.Answer, Decline: false, FollowUp: true))))
        .Select(e => (e.Id, e.Language, e.Decline, Rule: AnswerIntent.IsSkip(e.Text, e.FollowUp), Features: AnswerIntent.DeclineFeatures(e.Text)))
        .ToList();
    Console.WriteLine($"{examples.Count} answers ({examples.Count(e => e.Decline)} declines) from {string.Join(", ", all.Select(a => a.File).Distinct())}");
    if (mode == "declines-misses")
    {
        foreach (var e in examples.Where(e => e.Decline != e.Rule))
        {
            Console.WriteLine($"{e.Id} (decline: {e.Decline}) {string.Join(" ", e.Features)}");
        }

        return 0;
    }

    if (mode == "declines-fresh")
    {
        var last = all.Max(a => a.File)!;
        var lastIds = all.Where(a => a.File == last).Select(a => a.Answer.Id).ToHashSet(StringComparer.Ordinal);
        bool InLast(string id) => lastIds.Contains(id.Split("-f")[0]);
        var model = Fit([.. examples.Where(e => !InLast(e.Id)).Select(e => (e.Features, e.Decline))], l2);
        foreach (var language in new[] { "en", "ko" })
        {
            var subset = examples.Where(e => InLast(e.Id) && e.Language == language).ToList();
            Console.WriteLine($"{last} {language}: declines read rules {subset.Count(e => e.Decline && e.Rule)}/{subset.Count(e => e.Decline)} model {subset.Count(e => e.Decline && model.Says(e.Features))}"
                + $"   stories read as a pass: rules {subset.Count(e => !e.Decline && e.Rule)} model {subset.Count(e => !e.Decline && model.Says(e.Features))} of {subset.Count(e => !e.Decline)}");
        }

        return 0;
    }

    if (mode == "declines-cv")
    {
        const int folds = 5;
        var probability = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < folds; k++)
        {
            var model = Fit([.. examples.Where(e => Fold(e.Id, folds) != k).Select(e => (e.Features, e.Decline))], l2);
            foreach (var e in examples.Where(e => Fold(e.Id, folds) == k))
            {
                probability[e.Id] = model.Probability(e.Features);
            }
        }

        foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8 })
        {
            foreach (var language in new[] { "en", "ko" })
            {
                var subset = examples.Where(e => e.Language == language).ToList();
                Console.WriteLine($"θ={threshold} {language}: declines read rules {subset.Count(e => e.Decline && e.Rule)}/{subset.Count(e => e.Decline)} model {subset.Count(e => e.Decline && probability[e.Id] >= threshold)}"
                    + $"   stories read as a pass: rules {subset.Count(e => !e.Decline && e.Rule)} model {subset.Count(e => !e.Decline && probability[e.Id] >= threshold)} of {subset.Count(e => !e.Decline)}"
                    + $"   rule-or-model: {subset.Count(e => e.Decline && (e.Rule || probability[e.Id] >= threshold))} / {subset.Count(e => !e.Decline && (e.Rule || probability[e.Id] >= threshold))}"
                    + $"  [{string.Join(" ", subset.Where(e => e.Decline != (probability[e.Id] >= threshold)).Select(e => e.Id))}]");
            }
        }

        return 0;
    }

    var trained = Fit([.. examples.Select(e => (e.Features, e.Decline))], l2);
    WriteModel(Path.Combine(root, "content/lexicons/declines.yaml"), trained, [.. all.Select(a => a.File).Distinct()],
        ["# The learned decline model: whether an answer passes on the question (\"I can't think of one\", \"그런 경험은 아직",
         "# 없어요\", a pass with a reason or an offer of another story) or tells a story, however modestly it starts. Written by",
         "# tools/LoopCoach.Training from the labelled natural answers that may be tuned on; do not edit by hand",
         "# (`dotnet run --project tools/LoopCoach.Training -- declines-write`). With no weights, the rules decide alone."]);
    return 0;
}

var analyzer = new AnswerAnalyzer(catalog.Lexicon with { NumberRoles = null }, catalog.Frameworks, catalog.Probes, catalog.Messages);
var answers = tunable.Where(f => File.Exists(Path.Combine(folder, f)))
    .SelectMany(f => Read(Path.Combine(folder, f)).Select(a => (File: f, Answer: a)))
    .Where(x => !x.Answer.Decline)
    .Select(x => Case.Of(x.File, x.Answer, analyzer.ReadNumbers(x.Answer.Answer)))
    .ToList();
Console.WriteLine($"{answers.Count} answers, {answers.Sum(a => a.Numbers.Count)} numbers ({answers.Sum(a => a.Numbers.Count(n => n.Label))} result measures) from {string.Join(", ", answers.Select(a => a.File).Distinct())}");

if (mode == "fresh")
{
    // The last tunable file was never tuned on by the rules: train on the others, compare on it.
    var last = answers.Max(a => a.File)!;
    var model = Train([.. answers.Where(a => a.File != last)], l2);
    var subsetAll = answers.Where(a => a.File == last).ToList();
    foreach (var threshold in new[] { 0.3, 0.4, 0.5 })
    {
        var m = new LinearModel(model.Bias, threshold, model.Weights);
        foreach (var language in new[] { "en", "ko" })
        {
            var subset = subsetAll.Where(a => a.Language == language).ToList();
            Console.WriteLine($"{last} θ={threshold} {language}: quantified F1 rules {F1(subset, a => a.Numbers.Any(n => n.Reading.RuleMeasures))}  model {F1(subset, a => a.Numbers.Any(n => n.Reading.InResult && m.Says(n.Reading.Features)))}  model-anywhere {F1(subset, a => a.Numbers.Any(n => m.Says(n.Reading.Features)))}"
                + $"   numbers: rules {NumberF1(subset, (a, i) => a.Numbers[i].Reading.RuleMeasures)}  model {NumberF1(subset, (a, i) => a.Numbers[i].Reading.InResult && m.Says(a.Numbers[i].Reading.Features))}");
        }
    }

    return 0;
}

if (mode == "cv")
{
    var folds = 5;
    var predicted = new Dictionary<Case, bool[]>();
    for (var k = 0; k < folds; k++)
    {
        var train = answers.Where(a => Fold(a.Id, folds) != k).ToList();
        var model = Train(train, l2);
        foreach (var a in answers.Where(a => Fold(a.Id, folds) == k))
        {
            predicted[a] = [.. a.Numbers.Select(n => n.Reading.InResult && model.Says(n.Reading.Features))];
        }
    }

    foreach (var language in new[] { "en", "ko" })
    {
        var subset = answers.Where(a => a.Language == language).ToList();
        Console.WriteLine($"{language}: quantified F1 rules {F1(subset, a => a.Numbers.Any(n => n.Reading.RuleMeasures))}  model {F1(subset, a => predicted[a].Any(p => p))}"
            + $"   numbers: rules {NumberF1(subset, (a, i) => a.Numbers[i].Reading.RuleMeasures)}  model {NumberF1(subset, (a, i) => predicted[a][i])}");
    }

    return 0;
}

if (mode == "write")
{
    WriteModel(Path.Combine(root, "content/lexicons/number-roles.yaml"), Train(answers, l2), [.. answers.Select(a => a.File).Distinct()],
        ["# The learned number-role model: whether a number in an answer measures the outcome (\"cut from 40 to 12\",",
         "# \"within two days\") or plays another part (an amount in the actions, a finding, a team size, a date, a duration",
         "# that only says when). Written by tools/LoopCoach.Training from the labelled natural answers that may be tuned on;",
         "# do not edit by hand (`dotnet run --project tools/LoopCoach.Training -- write`). With no weights, the outcome rules decide alone."]);
    return 0;
}

Console.Error.WriteLine("usage: LoopCoach.Training cv|write|declines-cv|declines-write [L2]");
return 2;

static void WriteModel(string path, LinearModel model, IReadOnlyList<string> files, IReadOnlyList<string> header)
{
    var yaml = new StringBuilder();
    foreach (var line in header)
    {
        yaml.AppendLine(line);
    }

    yaml.AppendLine(CultureInfo.InvariantCulture, $"trainedOn: [{string.Join(", ", files)}]");
    yaml.AppendLine(CultureInfo.InvariantCulture, $"bias: {model.Bias:0.####}");
    yaml.AppendLine(CultureInfo.InvariantCulture, $"threshold: {model.Threshold:0.##}");
    yaml.AppendLine("weights:");
    var kept = model.Weights.Where(w => Math.Abs(w.Value) >= 0.0005).OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();
    foreach (var (feature, weight) in kept)
    {
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  \"{feature.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\": {weight:0.####}");
    }

    File.WriteAllText(path, yaml.ToString(), new UTF8Encoding(false));
    Console.WriteLine($"wrote {path}: {kept.Count} weights");
}

static LinearModel Train(List<Case> cases, float l2) =>
    Fit([.. cases.SelectMany(c => c.Numbers).Select(n => (n.Reading.Features, n.Label))], l2);

static LinearModel Fit(List<(IReadOnlyList<string> Features, bool Label)> examples, float l2)
{
    var index = examples.SelectMany(e => e.Features).Distinct().Order(StringComparer.Ordinal)
        .Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
    var rows = examples.Select(e => new Row
    {
        Label = e.Label,
        Features = Vector(e.Features, index),
    }).ToList();
    var ml = new MLContext(seed: 1);
    var schema = SchemaDefinition.Create(typeof(Row));
    schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, index.Count);
    var data = ml.Data.LoadFromEnumerable(rows, schema);
    var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
    {
        L1Regularization = 0,
        L2Regularization = l2,
    });
    var fitted = trainer.Fit(data);
    var linear = fitted.Model.SubModel;
    var weights = linear.Weights.ToArray();
    return new LinearModel(linear.Bias, 0.5, index.ToDictionary(p => p.Key, p => (double)weights[p.Value], StringComparer.Ordinal));
}

static float[] Vector(IReadOnlyList<string> features, Dictionary<string, int> index)
{
    var vector = new float[index.Count];
    foreach (var feature in features)
    {
        if (index.TryGetValue(feature, out var i))
        {
            vector[i] = 1;
        }
    }

    return vector;
}

static int Fold(string id, int folds) => (int)((uint)id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) % (uint)folds);

static string F1(List<Case> cases, Func<Case, bool> says)
{
    int tp = 0, fp = 0, fn = 0;
    foreach (var c in cases)
    {
        var s = says(c);
        tp += s && c.Quantified ? 1 : 0;
        fp += s && !c.Quantified ? 1 : 0;
        fn += !s && c.Quantified ? 1 : 0;
    }

    return Score(tp, fp, fn);
}

static string NumberF1(List<Case> cases, Func<Case, int, bool> says)
{
    int tp = 0, fp = 0, fn = 0;
    foreach (var c in cases)
    {
        for (var i = 0; i < c.Numbers.Count; i++)
        {
            var s = says(c, i);
            tp += s && c.Numbers[i].Label ? 1 : 0;
            fp += s && !c.Numbers[i].Label ? 1 : 0;
            fn += !s && c.Numbers[i].Label ? 1 : 0;
        }
    }

    return Score(tp, fp, fn);
}

static string Score(int tp, int fp, int fn)
{
    var p = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
    var r = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
    var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return string.Create(CultureInfo.InvariantCulture, $"{f:0.00} ({p:0.00}/{r:0.00})");
}

static List<Labelled> Read(string path) =>
    new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
        .Deserialize<List<Labelled>>(File.ReadAllText(path));

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "LoopCoach.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the LoopCoach repository.");
}

internal sealed class Row
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}

internal sealed class Labelled
{
    public string Id { get; set; } = "";

    public string Language { get; set; } = "";

    public string Answer { get; set; } = "";

    public bool Decline { get; set; }

    public LabelSet Labels { get; set; } = new();

    public Dictionary<string, List<string>> Spans { get; set; } = [];

    public List<NumberLabel>? Numbers { get; set; }

    public List<FollowUpAnswer> FollowUps { get; set; } = [];
}

internal sealed class FollowUpAnswer
{
    public string Answer { get; set; } = "";
}

internal sealed class LabelSet
{
    public bool QuantifiedResult { get; set; }
}

internal sealed class NumberLabel
{
    public string Text { get; set; } = "";

    public string Role { get; set; } = "";
}

internal sealed record LabelledNumber(NumberReading Reading, bool Label);

internal sealed record Case(string File, string Id, string Language, bool Quantified, IReadOnlyList<LabelledNumber> Numbers)
{
    public static Case Of(string file, Labelled answer, IReadOnlyList<NumberReading> readings)
    {
        var text = answer.Answer;
        List<(int Start, int End)> results;
        if (answer.Numbers is { } labels)
        {
            results = [];
            var cursor = 0;
            foreach (var label in labels)
            {
                var at = text.IndexOf(label.Text, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    at = text.IndexOf(label.Text, StringComparison.Ordinal);
                }

                if (at < 0)
                {
                    continue;
                }

                cursor = at + label.Text.Length;
                if (label.Role == "result")
                {
                    results.Add((at, at + label.Text.Length));
                }
            }
        }
        else
        {
            results = !answer.Labels.QuantifiedResult ? [] : [.. answer.Spans.GetValueOrDefault("result", [])
                .Select(s => text.IndexOf(s, StringComparison.Ordinal) is var at and >= 0 ? (at, at + s.Length) : (-1, -1))
                .Where(s => s.Item1 >= 0)];
        }

        // The analyser reads a cleaned text; both keep offsets for ordinary answers (no control characters).
        var numbers = readings.Select(r => new LabelledNumber(r, results.Any(s => r.Number.Span.Start < s.End && s.Start < r.Number.Span.End))).ToList();
        return new Case(file, answer.Id, answer.Language, answer.Labels.QuantifiedResult, numbers);
    }
}
