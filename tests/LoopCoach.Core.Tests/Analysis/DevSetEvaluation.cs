using System.Globalization;
using System.Text;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Stories;
using Xunit.Abstractions;

namespace LoopCoach.Core.Tests.Analysis;

/// <summary>
/// Measures the classifier and the answer analysis on the labelled dev set in DevSet/ (questions and answers
/// written for this purpose, none taken from the shipped bank) and prints precision, recall and accuracy per
/// language. The floors asserted here are below the measured figures (see the README) so that a change that
/// makes the engine clearly worse fails the build. Run with
/// <c>dotnet test tests/LoopCoach.Core.Tests --filter DevSetEvaluation --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class DevSetEvaluation(ITestOutputHelper output)
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    /// <remarks>
    /// questions.yaml was written by someone who had read the bank (to word its questions differently);
    /// questions-holdout.yaml by someone who had seen neither the bank nor the classifier, and it is never tuned on.
    /// questions-holdout2.yaml (stop 12, 64 + 64, written the same way and measured once when it arrived: en top-1
    /// 73.4 %, top-3 90.6 %; ko 81.2 %, 100 %) is the fresh one: questions-holdout.yaml's figures had been printed at
    /// many stops. The floors sit below the measured figures.
    /// </remarks>
    [Theory]
    [InlineData("questions.yaml", 150, 0.45, 0.65)]
    [InlineData("questions-holdout.yaml", 100, 0.75, 0.9)]
    [InlineData("questions-holdout2.yaml", 128, 0.65, 0.85)]
    public void Classifier_OnQuestionsItHasNeverSeen_RanksTheLabelledPrincipleHigh(string file, int minimum, double top1Floor, double top3Floor)
    {
        var questions = Load<List<LabelledQuestion>>(file);
        var bank = Content.Questions.Questions.Select(q => q.Text.Trim().ToLowerInvariant()).ToHashSet();
        Assert.True(questions.Count >= minimum, $"{questions.Count} labelled questions");
        Assert.DoesNotContain(questions, q => bank.Contains(q.Text.Trim().ToLowerInvariant()));

        var classifier = BuiltIn.Classifier;
        var report = new StringBuilder($"question classification on {file} (amazon-lp, top-1 = the first label or a second gold label)\n");
        var floors = new List<(string Language, double Top1, double Top3)>();
        foreach (var language in new[] { "en", "ko" })
        {
            var items = questions.Where(q => q.Language == language).ToList();
            var predictions = items.Select(q => (Gold: q.Competencies, Ranked: classifier.Classify(q.Text, "amazon-lp", 3).Select(s => s.Id).ToList())).ToList();
            var top1 = predictions.Count(p => p.Gold.Contains(p.Ranked[0])) / (double)items.Count;
            var top3 = predictions.Count(p => p.Ranked.Any(p.Gold.Contains)) / (double)items.Count;
            var competencies = items.SelectMany(q => q.Competencies).Distinct().ToList();
            var precision = competencies.Average(c =>
            {
                var predicted = predictions.Where(p => p.Ranked[0] == c).ToList();
                return predicted.Count == 0 ? 0 : predicted.Count(p => p.Gold.Contains(c)) / (double)predicted.Count;
            });
            var recall = competencies.Average(c =>
            {
                var gold = predictions.Where(p => p.Gold[0] == c).ToList();
                return gold.Count == 0 ? 0 : gold.Count(p => p.Ranked[0] == c) / (double)gold.Count;
            });
            report.AppendLine(CultureInfo.InvariantCulture, $"  {language}: n={items.Count} top-1 accuracy {top1:P1}, top-3 accuracy {top3:P1}, macro precision {precision:P1}, macro recall {recall:P1}");
            floors.Add((language, top1, top3));
        }

        output.WriteLine(report.ToString());
        Assert.All(floors, f =>
        {
            Assert.True(f.Top1 >= top1Floor, $"{f.Language} top-1 {f.Top1:P1}");
            Assert.True(f.Top3 >= top3Floor, $"{f.Language} top-3 {f.Top3:P1}");
        });
    }

    /// <remarks>
    /// answers.yaml guided the cue lists (its misses were read and the lists widened); answers-holdout.yaml was
    /// written afterwards by someone who saw neither, so its figures are the honest ones.
    /// </remarks>
    [Theory]
    [InlineData("answers.yaml", 60, 0.8)]
    [InlineData("answers-holdout.yaml", 30, 0.7)]
    public void Analyzer_OnLabelledAnswers_FindsStarPartsNumbersOwnershipAndLessons(string file, int minimum, double floor)
    {
        var answers = Load<List<LabelledAnswer>>(file);
        Assert.True(answers.Count >= minimum, $"{answers.Count} labelled answers");
        Assert.True(answers.Count(a => a.Language == "ko") >= minimum / 2);

        var analyzer = BuiltIn.Analyzer;
        var report = new StringBuilder($"answer analysis on {file} (precision / recall / accuracy per label)\n");
        foreach (var language in new[] { "en", "ko" })
        {
            var items = answers.Where(a => a.Language == language).ToList();
            var analyses = items.Select(a => (Gold: a.Labels, Found: analyzer.Analyze(new AnswerRequest { Text = a.Answer, Competency = a.Competency, ThisMonth = new YearMonth(2026, 11) }))).ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"  {language} (n={items.Count})");
            var accuracies = new List<double>();
            foreach (var (name, gold, found) in new (string, Func<Labels, bool>, Func<AnswerAnalysis, bool>)[]
            {
                ("situation", l => l.Situation, a => a.Star.Situation.Present),
                ("task", l => l.Task, a => a.Star.Task.Present),
                ("action", l => l.Action, a => a.Star.Action.Present),
                ("result", l => l.Result, a => a.Star.Result.Present),
                ("lesson", l => l.Lesson, a => a.Star.Lesson.Present),
                ("quantifiedResult", l => l.QuantifiedResult, a => a.QuantifiedResult),
            })
            {
                var tp = analyses.Count(x => gold(x.Gold) && found(x.Found));
                var fp = analyses.Count(x => !gold(x.Gold) && found(x.Found));
                var fn = analyses.Count(x => gold(x.Gold) && !found(x.Found));
                var accuracy = analyses.Count(x => gold(x.Gold) == found(x.Found)) / (double)analyses.Count;
                accuracies.Add(accuracy);
                report.AppendLine(CultureInfo.InvariantCulture, $"    {name,-17} precision {Ratio(tp, tp + fp)}, recall {Ratio(tp, tp + fn)}, accuracy {accuracy:P1}");
            }

            var ownership = analyses.Count(x => x.Gold.Ownership == Ownership(x.Found)) / (double)analyses.Count;
            report.AppendLine(CultureInfo.InvariantCulture, $"    {"ownership",-17} accuracy {ownership:P1} (i / we / mixed)");
            Assert.True(accuracies.Average() >= floor, $"{language} mean accuracy {accuracies.Average():P1}");
            Assert.True(ownership >= 0.6, $"{language} ownership accuracy {ownership:P1}");
        }

        output.WriteLine(report.ToString());
    }

    /// <summary>How the analysis reads ownership, in the labels' terms.</summary>
    internal static string Ownership(AnswerAnalysis analysis)
    {
        var (i, we) = (analysis.Ownership.I, analysis.Ownership.We);
        if (we >= 2 && we >= 2 * Math.Max(1, i))
        {
            return "we";
        }

        // Korean drops the subject: actions with no 저희 in them are the speaker's own.
        return i > we || (we == 0 && analysis.Ownership.PersonalActions.Count > 0) ? "i" : "mixed";
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

    private static T Load<T>(string file) => TestData.Yaml<T>(strict: true, "DevSet", file);

    public sealed class LabelledQuestion
    {
        public string Text { get; set; } = "";

        public string Language { get; set; } = "";

        public List<string> Competencies { get; set; } = [];
    }

    public sealed class LabelledAnswer
    {
        public string Id { get; set; } = "";

        public string Language { get; set; } = "";

        public string Competency { get; set; } = "";

        public string Question { get; set; } = "";

        public string Answer { get; set; } = "";

        public Labels Labels { get; set; } = new();
    }

    public sealed class Labels
    {
        public bool Situation { get; set; }

        public bool Task { get; set; }

        public bool Action { get; set; }

        public bool Result { get; set; }

        public bool Lesson { get; set; }

        public bool QuantifiedResult { get; set; }

        public string Ownership { get; set; } = "";
    }
}
