using LoopCoach.Core.Content;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests.Prep;

public sealed class AssignmentTests
{
    [Fact]
    public void Hungarian_BeatsGreedy_WhenTheBestStoryForOneIsNeededByAnother()
    {
        // Greedy gives story 0 to row 0 (0.9) and leaves row 1 with 0.1: total 1.0. Optimal: 0.8 + 0.7 = 1.5.
        var weights = new double[,] { { 0.9, 0.8 }, { 0.7, 0.1 } };

        var result = Hungarian.MaximumWeight(weights);

        Assert.Equal([1, 0], result);
    }

    [Fact]
    public void Hungarian_MoreRowsThanColumns_LeavesTheWeakestRowEmpty()
    {
        var weights = new double[,] { { 0.2 }, { 0.9 }, { 0.5 } };

        Assert.Equal([-1, 0, -1], Hungarian.MaximumWeight(weights));
    }

    [Fact]
    public void Hungarian_ZeroWeight_IsNoAssignment() =>
        Assert.Equal([-1, 0], Hungarian.MaximumWeight(new double[,] { { 0, 0 }, { 0.4, 0 } }));

    [Fact]
    public void Hungarian_MatchesBruteForceOnRandomCases()
    {
        var random = new Random(2024);
        for (var trial = 0; trial < 200; trial++)
        {
            var rows = random.Next(1, 5);
            var columns = random.Next(1, 6);
            var weights = new double[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    weights[i, j] = random.Next(0, 4) == 0 ? 0 : Math.Round(random.NextDouble(), 2);
                }
            }

            var result = Hungarian.MaximumWeight(weights);

            Assert.Equal(BruteForce(weights), Total(weights, result), 6);
            Assert.Equal(result.Where(c => c >= 0).Count(), result.Where(c => c >= 0).Distinct().Count());
        }
    }

    [Fact]
    public void Assign_NoStoryIsToldToTwoInterviewers_AndEveryCompetencyGetsAFirstChoiceAndABackup()
    {
        var content = ContentCatalog.BuiltIn;
        var plan = BuiltIn.Plan("amazon-loop", ["customer-obsession", "ownership", "frugality", "dive-deep", "earn-trust", "deliver-results", "think-big", "bias-for-action"], Language.En, 3);
        var stories = plan.Interviewers.SelectMany(i => i.Competencies).SelectMany((c, i) => new[]
        {
            (Id: (long)(i * 2) + 1, Story: Story($"{c} story", c)),
            (Id: (long)(i * 2) + 2, Story: Story($"another {c} story", c)),
        }).ToList();

        var assignment = StoryAssigner.Assign(plan, stories, BuiltIn.Fit(new YearMonth(2026, 11)), content.Frameworks, Language.En);

        Assert.Equal(8, assignment.Slots.Count);
        Assert.All(assignment.Slots, s => Assert.NotNull(s.First));
        Assert.All(assignment.Slots, s => Assert.NotNull(s.Backup));
        var used = assignment.Slots.SelectMany(s => new[] { s.First!.StoryId, s.Backup!.StoryId }).ToList();
        Assert.Equal(used.Count, used.Distinct().Count());
        Assert.All(assignment.Slots, s => Assert.Equal(s.Competency, stories.First(x => x.Id == s.First!.StoryId).Story.Competencies[0]));
    }

    [Fact]
    public void Assign_TwoCompetenciesOneGoodStory_GivesItWhereItIsWorthMostOverall()
    {
        var content = ContentCatalog.BuiltIn;
        var plan = BuiltIn.Plan("phone-screen", ["frugality", "customer-obsession"], Language.En, 1);
        var both = Story("Cut vendor costs for a key customer", "frugality", "customer-obsession");
        var onlyCustomer = Story("Fixed a customer's onboarding", "customer-obsession");
        var fit = BuiltIn.Fit(new YearMonth(2026, 11));

        var assignment = StoryAssigner.Assign(plan, [(1, both), (2, onlyCustomer)], fit, content.Frameworks, Language.En);

        var frugality = assignment.Slots.Single(s => s.Competency == "frugality");
        var customer = assignment.Slots.Single(s => s.Competency == "customer-obsession");
        Assert.Equal(1, frugality.First!.StoryId);
        Assert.Equal(2, customer.First!.StoryId);
    }

    private static StoryContent Story(string title, params string[] competencies) => new()
    {
        Title = title,
        Situation = "Last year our team had a problem.",
        Action = "I analyzed the data and changed the process.",
        Result = "Costs fell 20% and satisfaction rose 10 points.",
        Lesson = "I learned to measure first.",
        When = new YearMonth(2025, 6),
        Competencies = competencies,
    };

    private static double Total(double[,] weights, int[] assignment) =>
        assignment.Select((c, r) => c >= 0 ? weights[r, c] : 0).Sum();

    private static double BruteForce(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        double Best(int row, int usedMask) => row == rows ? 0 : Enumerable.Range(-1, columns + 1)
            .Where(c => c < 0 || (usedMask & (1 << c)) == 0)
            .Max(c => c < 0 ? Best(row + 1, usedMask) : weights[row, c] + Best(row + 1, usedMask | (1 << c)));
        return Best(0, 0);
    }
}
