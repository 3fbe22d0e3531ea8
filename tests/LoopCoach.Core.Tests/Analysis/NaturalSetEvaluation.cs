using System.Globalization;
using System.Text;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Stories;
using Xunit.Abstractions;

namespace LoopCoach.Core.Tests.Analysis;

/// <summary>
/// Measures the answer analysis on answers worded the way people talk (DevSet/natural/: spoken transcripts with
/// fillers, 해요체 and 합쇼체, plain results, declines, numbers only in the actions), written by someone who did not see
/// the rules. natural-dev.yaml may guide changes; natural-holdout.yaml must never be tuned on. Prints per-part F1 per
/// language, for the main answer alone and for the answer with its follow-ups. The floors sit below the measured
/// figures, so that a change that makes the engine clearly worse on plain speech fails the build. Run with
/// <c>dotnet test tests/LoopCoach.Core.Tests --filter NaturalSetEvaluation --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class NaturalSetEvaluation(ITestOutputHelper output)
{
    private static readonly (string Name, Func<NaturalLabels, bool> Gold, Func<AnswerAnalysis, bool> Found)[] Parts =
    [
        ("situation", l => l.Situation, a => a.Star.Situation.Present),
        ("task", l => l.Task, a => a.Star.Task.Present),
        ("action", l => l.Action, a => a.Star.Action.Present),
        ("result", l => l.Result, a => a.Star.Result.Present),
        ("lesson", l => l.Lesson, a => a.Star.Lesson.Present),
        ("quantifiedResult", l => l.QuantifiedResult, a => a.QuantifiedResult),
    ];

    /// <summary>LOOPCOACH_EVAL_MISSES=1 lists the answers each part gets wrong (+ found but not there, - missed); dev files only.</summary>
    private static bool ShowMisses => Environment.GetEnvironmentVariable("LOOPCOACH_EVAL_MISSES") == "1";

    [Theory]
    [InlineData("natural-dev.yaml", 40)]
    [InlineData("natural-dev2.yaml", 24)]
    [InlineData("natural-dev3.yaml", 60)]
    [InlineData("natural-dev4.yaml", 100)]
    [InlineData("natural-dev5.yaml", 80)]
    [InlineData("natural-dev6.yaml", 40, false)]
    [InlineData("natural-holdout3.yaml", 60)]
    [InlineData("natural-holdout4.yaml", 80)]
    [InlineData("natural-holdout5.yaml", 80)]
    [InlineData("natural-holdout6.yaml", 80)]
    [InlineData("natural-holdout7.yaml", 80)]
    public void Analyzer_OnAnswersWordedAsPeopleTalk_ReportsF1PerPart(string file, int minimum, bool floored = true)
    {
        var items = TestData.Yaml<List<NaturalAnswer>>(strict: false, "DevSet", "natural", file);
        Assert.True(items.Count >= minimum, $"{items.Count} answers in {file}");

        var analyzer = BuiltIn.Analyzer;
        AnswerAnalysis Analyze(NaturalAnswer a, string text) =>
            analyzer.Analyze(new AnswerRequest { Text = text, Question = a.Question, Competency = a.Competency, ThisMonth = new YearMonth(2026, 12) });

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"answer analysis on natural/{file}: F1 (precision / recall)");
        var floors = new List<(string Language, double StarMacroF1, double ResultF1)>();
        foreach (var language in new[] { "en", "ko" })
        {
            var own = items.Where(a => a.Language == language).ToList();
            var main = own.Select(a => (Gold: a.Labels, Found: Analyze(a, a.Answer))).ToList();
            var merged = own.Where(a => a.FollowUps.Count > 0 && a.LabelsWithFollowUps is not null)
                .Select(a => (Gold: a.LabelsWithFollowUps!, Found: Analyze(a, string.Join("\n", [a.Answer, .. a.FollowUps.Select(f => f.Answer)])))).ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"  {language}: main answer alone (n={main.Count}); with follow-ups (n={merged.Count})");
            var starF1 = new List<double>();
            foreach (var (name, gold, found) in Parts)
            {
                var alone = Score(main, gold, found);
                var withFollowUps = Score(merged, gold, found);
                if (name is "situation" or "task" or "action" or "result")
                {
                    starF1.Add(alone.F1);
                }

                report.AppendLine(CultureInfo.InvariantCulture, $"    {name,-17} {alone}    with follow-ups {withFollowUps}");
                if (ShowMisses && !file.Contains("holdout", StringComparison.Ordinal))
                {
                    var misses = own.Zip(main).Where(x => gold(x.Second.Gold) != found(x.Second.Found))
                        .Select(x => (found(x.Second.Found) ? "+" : "-") + x.First.Id);
                    report.AppendLine(CultureInfo.InvariantCulture, $"      misses: {string.Join(' ', misses)}");
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"    STAR macro-F1     {starF1.Average():0.00}");
            if (own.Any(a => a.Numbers.Count > 0))
            {
                // Each labelled number: is it taken for a measure of the result exactly when its role is `result`?
                var numbers = own.Zip(main).SelectMany(x => NumberRoles(x.First, x.Second.Found)).ToList();
                report.AppendLine(CultureInfo.InvariantCulture, $"    number is a result measure {new PartScore(numbers.Count(n => n.Gold && n.Found), numbers.Count(n => !n.Gold && n.Found), numbers.Count(n => n.Gold && !n.Found))}  (n={numbers.Count})");
                if (ShowMisses && !file.Contains("holdout", StringComparison.Ordinal))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"      misses: {string.Join("; ", numbers.Where(n => n.Gold != n.Found).Select(n => $"{(n.Found ? "+" : "-")}{n.Id} \"{n.Text}\" ({n.Role})"))}");
                }
            }

            floors.Add((language, starF1.Average(), Score(main, l => l.Result, a => a.Star.Result.Present).F1));
        }

        output.WriteLine(report.ToString());
        if (!floored)
        {
            // A set written mostly of declines (natural-dev6: 12 of 20 a language): in a loop they are read as a pass
            // before any analysis, so the analyzer's parts on them are printed, not held to the floors of stories.
            return;
        }

        Assert.All(floors, f =>
        {
            Assert.True(f.StarMacroF1 >= 0.8, $"{f.Language} STAR macro-F1 {f.StarMacroF1:0.00}");
            Assert.True(f.ResultF1 >= 0.75, $"{f.Language} result F1 {f.ResultF1:0.00}");
        });
    }

    // The labelled numbers of an answer, each with whether the analysis took it for a measure of the result (it lies
    // inside the evidence of the "result is measured" finding).
    private static IEnumerable<(string Id, string Text, string Role, bool Gold, bool Found)> NumberRoles(NaturalAnswer answer, AnswerAnalysis found)
    {
        var measured = found.Findings.Where(f => f.Code == FindingCode.ResultQuantified).SelectMany(f => f.Spans).ToList();
        var cursor = 0;
        foreach (var number in answer.Numbers)
        {
            var at = answer.Answer.IndexOf(number.Text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            cursor = at + number.Text.Length;
            var end = at + number.Text.Length;
            yield return (answer.Id, number.Text, number.Role, number.Role == "result", measured.Any(s => s.Start < end && at < s.End));
        }
    }

    private static PartScore Score(List<(NaturalLabels Gold, AnswerAnalysis Found)> items, Func<NaturalLabels, bool> gold, Func<AnswerAnalysis, bool> found)
    {
        var tp = items.Count(x => gold(x.Gold) && found(x.Found));
        var fp = items.Count(x => !gold(x.Gold) && found(x.Found));
        var fn = items.Count(x => gold(x.Gold) && !found(x.Found));
        return new PartScore(tp, fp, fn);
    }

    private readonly record struct PartScore(int Tp, int Fp, int Fn)
    {
        public double Precision => Tp + Fp == 0 ? 1 : Tp / (double)(Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : Tp / (double)(Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{F1:0.00} ({Precision:0.00} / {Recall:0.00})");
    }

    public sealed class NaturalAnswer
    {
        public string Id { get; set; } = "";

        public string Language { get; set; } = "";

        public string Competency { get; set; } = "";

        public string Question { get; set; } = "";

        public string Answer { get; set; } = "";

        public NaturalLabels Labels { get; set; } = new();

        public List<FollowUp> FollowUps { get; set; } = [];

        public NaturalLabels? LabelsWithFollowUps { get; set; }

        public List<NumberLabel> Numbers { get; set; } = [];
    }

    public sealed class NumberLabel
    {
        public string Text { get; set; } = "";

        public string Role { get; set; } = "";
    }

    public sealed class FollowUp
    {
        public string Question { get; set; } = "";

        public string Answer { get; set; } = "";
    }

    public sealed class NaturalLabels
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
