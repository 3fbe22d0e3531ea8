using System.Text.Json;
using System.Xml.Linq;

namespace LoopCoach.Cli.Tests;

public sealed class ProgressCommandTests : IDisposable
{
    private const string Intro = "Um I work as an analyst and we build weekly reports for clients.";

    private const string FullStory =
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data, found that one manual approval step caused 80% of the delays, and automated it. " +
        "As a result late invoices fell from 30% to 2% and the client renewed for two years. I learned to measure before I fix.";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    private static string Lines(params string[] answers) =>
        string.Join("\n", answers.Select(a => JsonSerializer.Serialize(new { answer = a }))) + "\n";

    /// <summary>Two phone screens through the real process: one finished in English, one paused in Korean.</summary>
    private void Practise()
    {
        var english = _loopcoach.WriteFile("en.jsonl", Lines(Intro, FullStory, "skip", FullStory, "skip", "skip", "What does success look like in six months?"));
        var korean = _loopcoach.WriteFile("ko.jsonl", Lines("음 저는 분석가이고 저희는 보고서를 만듭니다."));
        var first = _loopcoach.Run("loop", "run", "--template", "phone-screen", "--competencies", "deliver-results,ownership", "--seed", "5", "--answers", english);
        var second = _loopcoach.Run("--lang", "ko", "loop", "run", "--template", "phone-screen", "--competencies", "deliver-results,ownership", "--seed", "5", "--answers", korean);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
    }

    [Fact]
    public void Progress_Json_GivesSessionsAndCompetencyLevelsInTheDocumentedShape()
    {
        Practise();

        var result = _loopcoach.Run("progress", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        var sessions = json.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal([1L, 2L], sessions.Select(s => s.GetProperty("id").GetInt64()));
        Assert.Equal([true, false], sessions.Select(s => s.GetProperty("finished").GetBoolean()));
        Assert.Equal(["en", "ko"], sessions.Select(s => s.GetProperty("language").GetString()));
        var first = sessions[0];
        Assert.Equal("phone-screen", first.GetProperty("template").GetString());
        Assert.True(first.GetProperty("date").GetDateTimeOffset() >= first.GetProperty("startedAt").GetDateTimeOffset());
        Assert.True(first.GetProperty("words").GetInt32() > 0);
        Assert.Equal(1, first.GetProperty("fillers").GetInt32()); // "Um" in the introduction
        Assert.True(first.GetProperty("fillersPer100Words").GetDouble() > 0);
        Assert.True(first.GetProperty("speakingSeconds").GetInt32() > 0);
        var ownership = first.GetProperty("ownership");
        Assert.True(ownership.GetProperty("i").GetInt32() > ownership.GetProperty("we").GetInt32());
        Assert.InRange(ownership.GetProperty("iShare").GetDouble(), 0.5, 1);
        Assert.Equal(["ownership", "deliver-results"], first.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("competency").GetString()));
        Assert.All(first.GetProperty("levels").EnumerateArray(), l => Assert.Contains(l.GetProperty("level").GetString(), new[] { "strong", "adequate", "weak", "none" }));

        // The paused Korean session answered only its opening: no competency was reached, so it adds no point.
        Assert.Empty(sessions[1].GetProperty("levels").EnumerateArray());
        Assert.Equal(1, sessions[1].GetProperty("fillers").GetInt32()); // 음
        var competencies = json.GetProperty("competencies").EnumerateArray().ToList();
        Assert.Equal(["ownership", "deliver-results"], competencies.Select(c => c.GetProperty("competency").GetString()));
        Assert.Equal("주인의식", competencies[0].GetProperty("name").GetProperty("ko").GetString());
        Assert.Equal("Ownership", competencies[0].GetProperty("name").GetProperty("en").GetString());
        var point = competencies[0].GetProperty("points")[0];
        Assert.Equal(1, point.GetProperty("session").GetInt64());
        Assert.Equal(first.GetProperty("date").GetString(), point.GetProperty("date").GetString());
        var speaking = json.GetProperty("speakingTime");
        Assert.True(speaking.GetProperty("estimated").GetBoolean());
        Assert.Equal(150, speaking.GetProperty("englishWordsPerMinute").GetInt32());
        Assert.Equal(270, speaking.GetProperty("koreanSyllablesPerMinute").GetInt32());
    }

    [Theory]
    [InlineData("en", "Ownership", "Deliver Results", "Fillers per 100 words")]
    [InlineData("ko", "주인의식", "결과 달성", "100단어당 군말")]
    public void Progress_Svg_WritesAValidSvgNamingTheCompetencies(string language, string ownership, string deliverResults, string fillersTitle)
    {
        Practise();

        var result = _loopcoach.Run("--lang", language, "progress", "--svg", "progress.svg");

        Assert.True(result.ExitCode == 0, result.ToString());
        var path = Path.Combine(_loopcoach.Folder, "progress.svg");
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains(ownership, texts);
        Assert.Contains(deliverResults, texts);
        Assert.Contains(fillersTitle, texts);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts-noto-cjk", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Png_WritesAPngImage_AndTheTableInKorean()
    {
        Practise();
        _loopcoach.Environment["LANG"] = "ko_KR.UTF-8";

        var result = _loopcoach.Run("progress", "--png", "progress.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(_loopcoach.Folder, "progress.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.Contains("역량별 수준", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("주인의식", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("일시 정지", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1분에 150단어", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "No finished or paused mock loop yet", "no file was written")]
    [InlineData("ko", "아직 마치거나 일시 정지한 모의 면접이 없어", "파일을 만들지 않았습니다")]
    public void Progress_OnAnEmptyBank_SaysSoKindly_AndWritesNoFile(string language, string empty, string noFile)
    {
        var result = _loopcoach.Run("--lang", language, "progress", "--svg", "progress.svg", "--png", "progress.png");
        var json = _loopcoach.Run("progress", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(empty, result.Stdout, StringComparison.Ordinal);
        Assert.Contains(noFile, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_loopcoach.Folder, "progress.svg")));
        Assert.False(File.Exists(Path.Combine(_loopcoach.Folder, "progress.png")));
        Assert.Equal(0, json.ExitCode);
        Assert.Empty(json.Json.GetProperty("sessions").EnumerateArray());
        Assert.Empty(json.Json.GetProperty("competencies").EnumerateArray());
    }
}
