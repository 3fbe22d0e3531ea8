using System.Globalization;
using System.Text;
using System.Text.Json;
using LoopCoach.Core.Localization;

namespace LoopCoach.Cli.Tests;

/// <summary>
/// Everything printed for a person, in both languages, names things rather than printing codes: the debrief as text
/// and as Markdown, a story and its weak spots, the story list, coverage and the preparation plan.
/// </summary>
public sealed class HumanOutputTests : IDisposable
{
    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    public static TheoryData<string, string> Languages => new()
    {
        { "en", "amazon-loop" },
        { "ko", "integrated-interview" },
        { "ko", "amazon-loop" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void RepresentativeOutputs_PrintNamesNotCodes(string lang, string template)
    {
        var language = lang == "ko" ? Language.Ko : Language.En;
        var answers = _loopcoach.WriteFile("answers.jsonl", Lines(language == Language.Ko ? Korean : English));
        var output = new StringBuilder();
        void Print(params string[] args)
        {
            var result = _loopcoach.Run(["--lang", lang, .. args]);
            Assert.True(result.ExitCode == 0, result.ToString());
            output.AppendLine(result.Stdout).AppendLine(result.Stderr);
        }

        Print("stories", "add", "--title", language == Language.Ko ? "온보딩 개선" : "Onboarding fix", "--action", language == Language.Ko ? "저희가 체크리스트를 만들었습니다. 저희는 교육도 했습니다." : "We built a checklist. We trained the team.",
            "--result", language == Language.Ko ? "고객 반응이 좋았습니다." : "Customers liked it.", "--competency", "customer-obsession", "--when", "2019-03");
        Print("stories", "add", "--title", "B", "--action", language == Language.Ko ? "제가 동선을 다시 짰습니다." : "I redesigned the route.", "--competency", "ownership");
        Print("stories", "show", "1");
        Print("stories", "list");
        Print("posting", "analyze", Fixtures.PathOf(Fixtures.Posting));
        Print("coverage", "--posting", "1");
        Print("plan", "--posting", "1", "--date", DateTime.UtcNow.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Print("loop", "run", "--template", template, "--seed", "3", "--answers", answers);
        Print("loop", "show", "1");
        Print("loop", "show", "1", "--markdown");
        Print("loop", "list");

        var text = output.ToString();
        HumanText.AssertNoCodes(text, language, "CLI output");
        var names = LoopCoach.Core.Content.ContentCatalog.BuiltIn.GetTemplate(template);
        Assert.Contains(names.Name[language], text, StringComparison.Ordinal);
        Assert.DoesNotContain("(으)로", text, StringComparison.Ordinal);
        Assert.DoesNotContain("이(가)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("을(를)", text, StringComparison.Ordinal);
    }

    private static string Lines(IEnumerable<string> answers) =>
        string.Join("\n", answers.Select(a => JsonSerializer.Serialize(new { answer = a }))) + "\n";

    private static readonly string[] English =
    [
        "I'm a product analyst with four years in e-commerce.",
        "Last year we migrated our billing system. We mapped every dependency and we wrote a rollback plan.",
        "I ran three rehearsals with the on-call team myself.",
        "Downtime was zero and billing errors fell by 35%.",
        "skip",
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data and automated one approval step. As a result late invoices fell from 30% to 2%. I learned to measure first.",
        "What is the salary for this role?",
    ];

    private static readonly string[] Korean =
    [
        "안녕하세요, 4년 차 데이터 분석가입니다.",
        "작년에 저희 팀에서 신규 고객 온보딩 프로젝트를 진행했습니다. 저희는 고객 인터뷰를 하고 개선안을 만들었습니다.",
        "제가 직접 문의 데이터를 분석해서 체크리스트를 새로 만들었습니다.",
        "결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.",
        "패스",
        "2023년에 배송 지연이 잦았습니다. 제가 동선을 다시 짜고 출고 순서를 바꿨습니다. 지연 건수가 40% 줄었습니다. 데이터를 먼저 보는 습관이 중요하다는 것을 배웠습니다.",
        "연봉은 어느 정도인가요?",
    ];
}
