using System.Text.Json;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Tests.Loops;

/// <summary>
/// A turn's debrief built from the one saved before it (only the story the last answer belongs to judged again) is
/// the debrief built from every turn, after every answer of whole loops: main questions, follow-ups, passes, a story
/// told twice, closings, in both languages.
/// </summary>
public sealed class DebriefUpdateTests
{
    private static readonly string[] English =
    [
        "I'm a product analyst with four years in e-commerce.",
        "Last year we migrated our billing system. We mapped every dependency and we wrote a rollback plan.",
        "I ran three rehearsals with the on-call team myself.",
        "Downtime was zero and billing errors fell by 35%.",
        "I have no such experience.",
        "In 2025 our largest client threatened to leave because invoices kept arriving late. I was responsible for fixing it within a quarter. " +
        "I analyzed six months of invoice data and automated one approval step. As a result late invoices fell from 30% to 2%. I learned to measure first.",
        "skip",
        "It went okay.",
        "Last year we migrated our billing system. We mapped every dependency and we wrote a rollback plan.",
    ];

    private static readonly string[] Korean =
    [
        "안녕하세요, 4년 차 데이터 분석가입니다.",
        "작년에 저희 팀에서 신규 고객 온보딩 프로젝트를 진행했습니다. 저희는 고객 인터뷰를 하고 개선안을 만들었습니다.",
        "제가 직접 문의 데이터를 분석해서 체크리스트를 새로 만들었습니다.",
        "결과적으로 온보딩 기간이 9주에서 4주로 줄었습니다.",
        "패스",
        "2023년에 배송 지연이 잦았습니다. 제가 동선을 다시 짜고 출고 순서를 바꿨습니다. 지연 건수가 40% 줄었습니다. 데이터를 먼저 보는 습관이 중요하다는 것을 배웠습니다.",
        "잘 마무리됐습니다.",
        "작년에 저희 팀에서 신규 고객 온보딩 프로젝트를 진행했습니다. 저희는 고객 인터뷰를 하고 개선안을 만들었습니다.",
    ];

    public static TheoryData<string, Language, int> Loops => new()
    {
        { "amazon-loop", Language.En, 1 },
        { "amazon-loop", Language.En, 7 },
        { "amazon-loop", Language.Ko, 3 },
        { "integrated-interview", Language.Ko, 3 },
        { "integrated-interview", Language.En, 5 },
        { "phone-screen", Language.Ko, 2 },
        { "phone-screen", Language.En, 4 },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public void DebriefFromTheOneBefore_IsTheDebriefOfEveryTurn_AfterEachAnswer(string template, Language language, int seed)
    {
        var plan = BuiltIn.Plan(template, null, language, seed);
        var engine = BuiltIn.Interview(plan);
        var answers = language == Language.Ko ? Korean : English;
        LoopDebrief? saved = null;
        var reused = 0;
        var i = 0;
        while (engine.Current is { } prompt && i < 60)
        {
            // Answers in an order that is not the list's, so that passes, follow-ups and retold stories fall on every kind of line.
            engine.Answer(prompt.Kind == TurnKind.Closing ? "What does success look like in six months?" : answers[(i * 7 + seed) % answers.Length]);
            i++;

            var whole = BuiltIn.Debrief(engine);
            var updated = DebriefBuilder.Build(plan, engine.Turns, engine.SecondsUsed, BuiltIn.Analyzer, BuiltIn.Content.Frameworks, BuiltIn.Content.Messages, saved);

            Assert.Equal(JsonSerializer.Serialize(whole), JsonSerializer.Serialize(updated));
            if (saved is not null)
            {
                reused += updated.Interviewers.SelectMany(v => v.Competencies)
                    .Count(e => saved.Interviewers.SelectMany(v => v.Competencies).Any(s => ReferenceEquals(s, e)));
            }

            // As a store keeps it: read back from its JSON.
            saved = JsonSerializer.Deserialize<LoopDebrief>(JsonSerializer.Serialize(updated))!;
        }

        Assert.True(engine.IsFinished, $"{template} did not finish in {i} answers");
        // The point of it: most evidence is taken as it was, not judged again.
        Assert.True(reused >= i, $"only {reused} pieces of evidence reused over {i} answers");
    }
}
