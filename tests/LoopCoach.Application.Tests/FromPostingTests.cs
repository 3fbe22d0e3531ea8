using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Application.Notes;
using LoopCoach.Storage;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Application.Tests;

/// <summary>A clock fixed in time and in Seoul: the only fake (the database is a real SQLite file).</summary>
internal sealed class SeoulClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
}

/// <summary>Loops, plans and notes from a saved posting, through the services on a real SQLite file.</summary>
/// <summary>The tests of <see cref="FromPostingTests"/> on a SQLite file.</summary>
public sealed class FromPostingOnSqliteTests() : FromPostingTests(DatabaseKind.Sqlite);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class FromPostingOnPostgresTests() : FromPostingTests(DatabaseKind.Postgres);

public abstract class FromPostingTests(DatabaseKind kind) : IDisposable
{
    // Six competencies or more come out of this posting: more than a 통합 인터뷰 holds (five).
    private const string KoreanPosting = """
        [누리데이터] Customer Success Manager 채용

        회사 소개
        누리데이터는 데이터 분석 플랫폼을 만드는 회사입니다.

        주요 업무
        - 고객사 온보딩과 갱신 관리
        - 고객 데이터 분석과 개선안 제안

        자격 요건
        - B2B 고객 관리 경력 3년 이상
        - 비즈니스 영어 가능자

        인재상
        실행력 - 빠르게 실행하고 결과로 증명합니다.
        문제 해결력 - 데이터로 문제의 원인을 찾습니다.
        고객 지향성 - 고객의 성공을 먼저 생각합니다.
        협업 - 동료를 믿고 함께 성장합니다.

        전형 절차
        지원 > 사전과제 > 통합 인터뷰 > 최종 합격
        """;

    private readonly TestWorkspace _workspace = new(kind: kind);
    private readonly List<LoopCoachDatabase> _opened = [];

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        _workspace.Dispose();
    }

    private LoopCoachApp App(TimeProvider? clock = null)
    {
        var database = LoopCoachDatabase.Open(_workspace.Target);
        _opened.Add(database);
        return new LoopCoachApp(ContentCatalog.BuiltIn, () => database, clock ?? _workspace.Clock, Owner.Local);
    }

    [SkippableFact]
    public void PlanFromPosting_AKoreanPostingAskingForEnglish_IsOnePanelWithOneEnglishInterviewer_AndSavesAsASession()
    {
        var app = App();
        var posting = app.Postings.Analyze(KoreanPosting);

        var plan = app.Loops.PlanFromPosting(app.Postings.Get(posting.Posting.Id), seed: 5);
        var session = App().Loops.Start(plan);

        Assert.Equal("integrated-interview", plan.Template);
        Assert.Equal(Language.Ko, plan.Language);
        Assert.Equal("누리데이터", plan.Company);
        Assert.Equal(posting.Posting.Id, plan.Posting);
        Assert.Single(plan.Interviewers, i => i.Language == Language.En);
        Assert.InRange(plan.Interviewers.Sum(i => i.Competencies.Count), 1, ContentCatalog.BuiltIn.GetTemplate("integrated-interview").MaxCompetencies);
        Assert.Contains("누리데이터", session.Next!.Intro, StringComparison.Ordinal);
        var saved = App().Loops.Get(session.Id).Plan;
        Assert.Equal(("누리데이터", posting.Posting.Id), (saved.Company, saved.Posting));
        Assert.Equal(plan.Interviewers.Select(i => i.Language), saved.Interviewers.Select(i => i.Language));
    }

    [SkippableFact]
    public void Assign_AKoreanPostingInAnIntegratedInterview_ChoosesByWeightInsteadOfStopping()
    {
        var app = App();
        var posting = app.Postings.Analyze(KoreanPosting);
        Assert.True(posting.Competencies.Count > ContentCatalog.BuiltIn.GetTemplate("integrated-interview").MaxCompetencies, "the posting must name more than the template holds");

        var assignment = app.Prep.Assign(null, ContentCatalog.BuiltIn.GetTemplate("integrated-interview"), posting.Posting.Id, 1, Language.Ko);

        var owned = assignment.Plan.Interviewers.SelectMany(i => i.Competencies).ToList();
        Assert.Equal(posting.Competencies.Take(owned.Count).Order(), owned.Order());
    }

    [SkippableFact]
    public void Plan_TenDaysForThePosting_HasWorkEveryDay_PreparesItsAssignment_AndPractisesItsPanel()
    {
        var app = App();
        var posting = app.Postings.Analyze(KoreanPosting);
        var today = DateOnly.FromDateTime(_workspace.Clock.GetUtcNow().UtcDateTime);

        var plan = app.Prep.Plan(posting.Posting.Id, today.AddDays(10), Language.Ko);

        Assert.Equal(11, plan.Days.Count);
        Assert.All(plan.Days, d => Assert.NotEmpty(d.Tasks));
        var tasks = plan.Days.SelectMany(d => d.Tasks).ToList();
        Assert.Contains(tasks, t => t.Kind == PlanTaskKind.Stage && t.Stage?.Name == "사전과제");
        Assert.All(tasks.Where(t => t.Kind == PlanTaskKind.Practise), t => Assert.Equal("integrated-interview", t.Template));
    }

    [SkippableFact]
    public void ThankYou_PerInterviewer_CitesTheirOwnQuestion_NeverPraisesAPass_AndGivesTheTimeInTheUsersZone()
    {
        var clock = new SeoulClock(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        var app = App(clock);
        var plan = app.Loops.Plan(ContentCatalog.BuiltIn.GetTemplate("amazon-loop"), ["customer-obsession", "ownership", "dive-deep", "earn-trust", "frugality", "think-big", "bias-for-action", "deliver-results"], Language.En, 7);
        var id = app.Loops.Start(plan).Id;
        var passedOn = new HashSet<string>();
        while (app.Loops.Get(id).Next is { } next)
        {
            // The third interviewer hears only passes; the others a story.
            var pass = next.Interviewer == 2 && next.Kind is TurnKind.Main;
            if (pass && next.Competency is { } c)
            {
                passedOn.Add(c);
            }

            app.Loops.Answer(id, pass ? "I haven't really done that." : next.Kind == TurnKind.Closing ? "What does success look like in six months?"
                : $"In 2025 our largest client threatened to leave. I analysed six months of data for interviewer {next.Interviewer}, automated the approval step, and late invoices fell from 30% to 2%.");
        }

        var session = app.Loops.Get(id);
        var notes = app.Notes.DraftAll(NoteKind.ThankYou, new NoteRequest { Session = id, Company = "Acme" }, Language.En);

        Assert.Equal(plan.Interviewers.Count, notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            Assert.Equal(plan.Interviewers[i].Name, notes[i].Interviewer);
            var own = session.Turns.Where(t => t.Prompt.Interviewer == i && t.Prompt.Kind == TurnKind.Main && !t.Skipped).Select(t => t.Prompt.Text).ToList();
            var others = session.Turns.Where(t => t.Prompt.Interviewer != i && t.Prompt.Kind == TurnKind.Main).Select(t => t.Prompt.Text[..40]).ToList();
            if (own.Count > 0)
            {
                Assert.Contains(own[0][..40], notes[i].Body, StringComparison.Ordinal);
                Assert.Contains($"for interviewer {i}", notes[i].Body, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(others, q => notes[i].Body.Contains(q, StringComparison.Ordinal));
            Assert.Equal("Asia/Seoul", notes[i].TimeZone);
            Assert.Contains("(Asia/Seoul, UTC+09:00)", notes[i].Reminder, StringComparison.Ordinal);
        }

        Assert.NotEmpty(passedOn);
        var names = passedOn.Select(c => ContentCatalog.BuiltIn.Frameworks.FindCompetency(c)!.Name[Language.En]).ToList();
        Assert.All(notes, n => Assert.DoesNotContain(names, name => n.Body.Contains(name, StringComparison.Ordinal)));
    }
}
