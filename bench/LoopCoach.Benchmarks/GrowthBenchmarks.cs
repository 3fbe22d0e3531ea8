using System.Text;
using BenchmarkDotNet.Attributes;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Stories;

namespace LoopCoach.Benchmarks;

/// <summary>
/// Target: time grows no faster than n log n in the input. Each entry point reads the shapes that were quadratic
/// (thousands of short lines, one repeated heading, stage names, combining marks) at 1x, 10x and 100x: 100x is the
/// documented limit (50,000 characters for an answer, 100,000 for a posting, 200,000 for a retrospective), so the
/// 100x column over the 10x one should stay near 10.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GrowthBenchmarks
{
    private AnswerAnalyzer _analyzer = null!;
    private QuestionClassifier _classifier = null!;
    private PostingAnalyzer _postings = null!;
    private RetroImporter _retros = null!;
    private string _answer = "";
    private string _combining = "";
    private string[] _questions = [];
    private string _posting = "";
    private string _retro = "";

    /// <summary>1, 10 or 100 times the smallest input.</summary>
    [Params(1, 10, 100)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentCatalog.BuiltIn;
        _analyzer = new AnswerAnalyzer(content.Lexicon, content.Frameworks, content.Probes, content.Messages);
        _classifier = new QuestionClassifier(content.Frameworks, content.Questions, content.Lexicon);
        _postings = new PostingAnalyzer(content.PostingLexicon, _classifier);
        _retros = new RetroImporter(_classifier, content.PostingLexicon);
        _answer = Repeat("a\n", 250 * Size);                                      // 250 .. 25,000 short lines
        _combining = Repeat("I did it" + new string('\u0301', 30) + ". ", 12 * Size); // 30 marks a letter, the most allowed
        _questions = Repeat("Tell me about a time you disagreed with your manager.\n", 18 * Size).Split('\n');
        _posting = RepeatTo("자격요건\n- C# 3년\n", 1000 * Size);                      // a heading repeated
        _retro = RepeatTo("인터뷰1.\n- 리더십 경험을 말해 보세요?\n", 2000 * Size);
    }

    [Benchmark(Description = "analyze: short lines (500 to 50,000 chars)")]
    public AnswerAnalysis AnalyzeShortLines() => Analyze(_answer);

    [Benchmark(Description = "analyze: combining marks")]
    public AnswerAnalysis AnalyzeCombiningMarks() => Analyze(_combining);

    [Benchmark(Description = "questions classify: one question a line")]
    public int Classify() => _questions.Sum(q => _classifier.Classify(q).Count);

    [Benchmark(Description = "posting analyze: repeated heading (1,000 to 100,000 chars)")]
    public PostingAnalysis Posting() => _postings.Analyze(_posting);

    [Benchmark(Description = "retro import: rounds and questions (2,000 to 200,000 chars)")]
    public Retrospective Retro() => _retros.Import(_retro);

    private AnswerAnalysis Analyze(string text) =>
        _analyzer.Analyze(new AnswerRequest { Text = text, Competency = "ownership", ThisMonth = new YearMonth(2026, 11) });

    private static string RepeatTo(string text, int length) => Repeat(text, (length / text.Length) + 1)[..length];

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
