using BenchmarkDotNet.Attributes;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Stories;

namespace LoopCoach.Benchmarks;

/// <summary>Target: one answer analysed in under 10 ms at p99 on one core.</summary>
[Config(typeof(BenchmarkConfig))]
public class AnalysisBenchmarks
{
    private AnswerAnalyzer _analyzer = null!;
    private string _english = "";
    private string _korean = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _analyzer = new AnswerAnalyzer(content.Lexicon, content.Frameworks, content.Probes, content.Messages);
        _english = Answers.EnglishWords(400);
        _korean = Answers.KoreanSyllables(600);
    }

    [Benchmark(Description = "analyze: 400-word English answer")]
    public AnswerAnalysis English400Words() =>
        _analyzer.Analyze(new AnswerRequest { Text = _english, Competency = "customer-obsession", ThisMonth = new YearMonth(2026, 11) });

    [Benchmark(Description = "analyze: 600-syllable Korean answer")]
    public AnswerAnalysis Korean600Syllables() =>
        _analyzer.Analyze(new AnswerRequest { Text = _korean, Competency = "customer-obsession", ThisMonth = new YearMonth(2026, 11) });
}
