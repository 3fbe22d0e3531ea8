using LoopCoach.Core.Coverage;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Tests.Prep;

/// <summary>Plans that fill every day and prepare the posting's own steps; notes in the user's time zone.</summary>
public sealed class PlanAndNotesFromPostingTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static PlanInputs Inputs(IReadOnlyList<HiringStage>? stages = null) => new()
    {
        Competencies = ["customer-obsession", "earn-trust", "deliver-results"],
        Gaps = [new CoverageGap("earn-trust", "Earn Trust", ["a time you won over a colleague who doubted you"])],
        Template = "integrated-interview",
        TemplateName = "통합 인터뷰",
        Posting = 4,
        Company = "누리데이터",
        Stages = stages ?? [],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(30)]
    public void Plan_EveryDayBeforeTheInterviewHasWork(int daysLeft)
    {
        var plan = PrepPlanner.Plan(Inputs(), Today, Today.AddDays(daysLeft), BuiltIn.Content.Frameworks, BuiltIn.Content.Messages, Language.Ko);

        Assert.Equal(Enumerable.Range(0, daysLeft + 1).Select(d => Today.AddDays(d)), plan.Days.Select(d => d.Date));
        Assert.All(plan.Days, d => Assert.NotEmpty(d.Tasks));
        Assert.All(plan.Days.SkipLast(1), d => Assert.True(d.Tasks.Count <= PrepPlanner.TasksPerDay(daysLeft) + 1, $"{d.Date}: {d.Tasks.Count} tasks"));
    }

    [Fact]
    public void Plan_TenDays_PreparesTheAssignment_AndPractisesInThePostingsFormat()
    {
        HiringStage[] stages = [new("지원", StageKind.Application, false), new("사전과제", StageKind.Assignment, false), new("통합 인터뷰", StageKind.Panel, false), new("최종 합격", StageKind.Final, false)];

        var plan = PrepPlanner.Plan(Inputs(stages), Today, Today.AddDays(10), BuiltIn.Content.Frameworks, BuiltIn.Content.Messages, Language.Ko);
        var tasks = plan.Days.SelectMany(d => d.Tasks).ToList();

        Assert.Equal(3, tasks.Count(t => t.Kind == PlanTaskKind.Stage && t.Stage?.Name == "사전과제"));
        Assert.StartsWith("사전과제", plan.Days[0].Tasks[0].Text, StringComparison.Ordinal);
        Assert.All(tasks.Where(t => t.Kind == PlanTaskKind.Practise), t => Assert.Equal("integrated-interview", t.Template));
        Assert.All(tasks.Where(t => t.Kind == PlanTaskKind.Practise), t => Assert.Equal(4, t.Posting));
        Assert.Contains(tasks, t => t.Kind == PlanTaskKind.Practise && t.Competencies.Count == 0 && t.Text.Contains("통합 인터뷰", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Kind == PlanTaskKind.Motivation && t.Text.Contains("누리데이터를", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Template == "amazon-loop");
    }

    [Fact]
    public void Plan_ACodingTestAndAPhoneScreen_EachBecomeTasks()
    {
        HiringStage[] stages = [new("Online coding test", StageKind.OnlineTest, false), new("Recruiter call", StageKind.PhoneOrVideo, false), new("Onsite", StageKind.Panel, false)];

        var plan = PrepPlanner.Plan(Inputs(stages), Today, Today.AddDays(6), BuiltIn.Content.Frameworks, BuiltIn.Content.Messages, Language.En);
        var stageTasks = plan.Days.SelectMany(d => d.Tasks).Where(t => t.Kind == PlanTaskKind.Stage).ToList();

        Assert.Equal(2, stageTasks.Count(t => t.Stage!.Kind == StageKind.OnlineTest));
        Assert.Equal("phone-screen", Assert.Single(stageTasks, t => t.Stage!.Kind == StageKind.PhoneOrVideo).Template);
    }

    [Fact]
    public void ThankYou_SendByIsInTheUsersZone_WithTheZoneNamed()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var ended = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        var facts = new NoteFacts { Company = "누리데이터", Interviewers = ["정민지"], Questions = ["가장 어려웠던 고객 이야기를 해 주시겠어요?"], Story = "이탈률이 15%에서 9%로 줄었습니다.", InterviewEnded = ended };

        var note = BuiltIn.Notes.ThankYou(facts, Language.Ko, ended.AddHours(1), seoul);

        Assert.Equal(ended.AddHours(24), note.SendBy);
        Assert.Equal(TimeSpan.FromHours(9), note.SendByLocal.Offset);
        Assert.Equal("Asia/Seoul", note.TimeZone);
        Assert.Contains("2026-12-02 15:00 (Asia/Seoul, UTC+09:00)", note.Reminder, StringComparison.Ordinal);
        Assert.Contains("“가장 어려웠던 고객 이야기를 해 주시겠어요?”", note.Body, StringComparison.Ordinal);
        Assert.Contains("“이탈률이 15%에서 9%로 줄었습니다”", note.Body, StringComparison.Ordinal);
        Assert.Equal("정민지", note.Interviewer);
    }
}
