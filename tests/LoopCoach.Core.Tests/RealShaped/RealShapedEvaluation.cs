using System.Globalization;
using System.Text;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;
using Xunit.Abstractions;
using static LoopCoach.Core.Tests.RealShaped.RealShapedSet;

namespace LoopCoach.Core.Tests.RealShaped;

/// <summary>
/// Measures posting analysis and retrospective import on the RealShaped set (texts shaped like public postings and
/// interview reviews, written by someone who never saw the rules) and prints, per file and overall, separately for
/// the dev files and the held-out ones: stage recall and precision (with kind and optional right), false stages in
/// postings without a process, named-strength precision, retrospective question recall and round-count accuracy.
/// Only the dev files may guide changes; the holdout is measured, never read for its misses. The floors sit below the
/// measured figures. Run with
/// <c>dotnet test tests/LoopCoach.Core.Tests --filter RealShapedEvaluation --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class RealShapedEvaluation(ITestOutputHelper output)
{
    private const double StageLikeness = 0.5;
    private const double QuestionLikeness = 0.5;

    // Floors sit just below the figures measured when the third pass on issue 10 (generalisation) ended. dev: stage
    // recall 99 %, precision 99 %, strength precision 100 %, question recall 88 %, rounds right 100 %; old holdout
    // (tuned on since stop 8): 100 %, 100 %, 100 %, 86 %, 100 %. holdout2 (stop 8's fresh set, never read file by
    // file) before -> after this pass: stage recall 43 -> 55 %, precision 65 -> 65 %, strength precision 75 -> 75 %,
    // company 6 -> 7 of 12, question recall 72 -> 78 %, rounds right 50 -> 50 %. holdout3 (measured once, at the end):
    // 61 %, 94 %, 25 % (1/4), company 7/12, question recall 74 %, rounds right 25 %. Fresh text is still far below the
    // targets (90 %, 90 %, 80 %, 80 %).
    // Stop 10 (generalisation from holdout2, now tuned on, and dev4): holdout2 55 -> 73 % stage recall, 65 -> 84 %
    // precision, strengths 75 -> 88 %, company 7 -> 10 of 12, rounds right 50 -> 100 %; dev4 44 -> 56 %, 78 -> 82 %,
    // 67 -> 100 %, 5/10, questions 61 -> 66 %, rounds 40 -> 70 %; holdout4 (never read, measured before and at the end)
    // 80 -> 84 %, 88 -> 88 %, 73 -> 80 %, 6 -> 7 of 10, questions 66 -> 62 %, rounds 50 -> 60 %; holdout3 61 -> 61 %,
    // 94 -> 94 %, 25 -> 25 %, 7 -> 8 of 12, questions 74 -> 74 %, rounds 25 -> 12 % (one file fewer).
    // Stop 11 (strengths said in a sentence or listed under "whom we seek", quoted and colon-listed questions, rounds
    // listed in one sentence; tuned on dev5 and holdout4, which became tuning data): dev5 69 -> 69 % stage recall,
    // 81 -> 81 % precision, strengths 62 % (5/8) -> 75 % (15/20), company 5 -> 6 of 10, questions 37 -> 59 %, rounds
    // 40 -> 50 %; holdout4 84 -> 89 %, 88 -> 89 %, 80 % (8/10) -> 89 % (16/18), 7/10, 62 -> 68 %, 60 -> 70 %. holdout5
    // (never read, measured before and once at the end) 62 -> 62 %, 85 -> 85 %, 100 % (1/1) -> 64 % (9/14), 4 -> 4 of
    // 10, questions 54 -> 61 %, rounds 50 -> 50 %; holdout3 61 %, 94 %, 25 % (1/4) -> 33 % (2/6), 8 -> 9 of 12,
    // questions 74 -> 75 %, rounds 12 -> 12 %. The older sets name a strength by one quality word, so a clause read in
    // the posting's words that holds none counts against them: strength precision dev 100 -> 93 %, holdout 100 -> 90 %,
    // dev3 100 -> 86 %.
    // Stop 12 (stages told in prose, negation, rounds named by person; tuned on dev5, dev4 and holdout4): dev5 stage
    // recall 69 -> 90 %, precision 81 -> 90 %, question recall 59 -> 74 %, question precision 70 -> 77 %, rounds right
    // 50 -> 80 %; dev4 stage recall 56 -> 58 %, questions 71 -> 72 %, rounds 70 -> 70 %; holdout4 89 -> 89 %, precision
    // 89 -> 93 %, questions 68 -> 70 %, rounds 70 -> 70 %; the older splits unchanged. holdout5 (never read, measured
    // once at the end): stage recall 62 -> 64 %, precision 85 -> 86 %, strengths 64 % (9/14), company 4/10, questions
    // 61 -> 65 %, rounds 50 -> 50 %; holdout3 (once, at the end): 61 -> 63 %, 94 -> 94 %, 33 % (2/6), 9/12, questions
    // 75 -> 78 %, rounds 12 -> 12 %. Fresh text stays below the targets: stage recall 64 % against 90 %.
    [Fact]
    public void Postings_DevFiles_FindStagesAndNamedStrengths() => Postings("dev", 0.95, 0.95, 0, 0.9);

    [Fact]
    public void Postings_HoldoutFiles_FindStagesAndNamedStrengths() => Postings("holdout", 0.95, 0.95, 0, 0.85);

    // The fresh holdout of stop 8 (SPLIT.md, holdout2), held out through stop 9 and tuned on since stop 10.
    [Fact]
    public void Postings_FreshHoldoutFiles_FindStagesAndNamedStrengths() => Postings("holdout2", 0.7, 0.8, 0, 0.85);

    // The third batch (written for the generalisation pass by a helper who never saw the rules): dev3 is read and
    // tuned on — measured once before any change (stage recall 71 %, precision 84 %, strength precision 80 %, company
    // 11/12; retro question recall 64 %, rounds right 75 %) and after (94 %, 98 %, 100 %, 12/12; 88 %, 88 %);
    // holdout3 is printed by its overall figures only, measured once at the end of the pass.
    [Fact]
    public void Postings_Dev3Files_FindStagesAndNamedStrengths() => Postings("dev3", 0.9, 0.95, 0, 0.85);

    [Fact]
    public void Postings_Holdout3Files_FindStagesAndNamedStrengths() => Postings("holdout3", 0.55, 0.9, 0, 0.2);

    [Fact]
    public void Retrospectives_Dev3Files_FindRoundsAndQuestions() => Retrospectives("dev3", 0.85, 0.85);

    [Fact]
    public void Retrospectives_Holdout3Files_FindRoundsAndQuestions() => Retrospectives("holdout3", 0.75, 0.1);

    // The fourth batch (stop 10): dev4 is read and tuned on; holdout4 was printed by its overall figures only until
    // stop 11, when it became tuning data.
    [Fact]
    public void Postings_Dev4Files_FindStagesAndNamedStrengths() => Postings("dev4", 0.55, 0.8, 0, 0.95);

    [Fact]
    public void Postings_Holdout4Files_FindStagesAndNamedStrengths() => Postings("holdout4", 0.85, 0.9, 0, 0.85);

    [Fact]
    public void Retrospectives_Dev4Files_FindRoundsAndQuestions() => Retrospectives("dev4", 0.65, 0.65);

    [Fact]
    public void Retrospectives_Holdout4Files_FindRoundsAndQuestions() => Retrospectives("holdout4", 0.65, 0.65);

    // The fifth batch (stop 11): dev5 is read and tuned on; holdout5 is printed by its overall figures only. holdout4,
    // held out through stop 10, is tuned on since stop 11 and prints its misses.
    [Fact]
    public void Postings_Dev5Files_FindStagesAndNamedStrengths() => Postings("dev5", 0.85, 0.85, 0, 0.7);

    [Fact]
    public void Postings_Holdout5Files_FindStagesAndNamedStrengths() => Postings("holdout5", 0.6, 0.8, 0, 0.55);

    [Fact]
    public void Retrospectives_Dev5Files_FindRoundsAndQuestions() => Retrospectives("dev5", 0.7, 0.75);

    [Fact]
    public void Retrospectives_Holdout5Files_FindRoundsAndQuestions() => Retrospectives("holdout5", 0.6, 0.45);

    [Fact]
    public void Retrospectives_FreshHoldoutFiles_FindRoundsAndQuestions() => Retrospectives("holdout2", 0.75, 0.95);

    [Fact]
    public void Retrospectives_DevFiles_FindRoundsAndQuestions() => Retrospectives("dev", 0.85, 0.95);

    [Fact]
    public void Retrospectives_HoldoutFiles_FindRoundsAndQuestions() => Retrospectives("holdout", 0.8, 0.95);

    private void Postings(string split, double recallFloor, double precisionFloor, int falseStageCeiling, double strengthPrecisionFloor)
    {
        var files = RealShapedSet.Postings().Where(p => SplitOf("postings/" + p.File) == split).ToList();
        Assert.NotEmpty(files);

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"postings ({split}, n={files.Count})");
        int expectedStages = 0, foundStages = 0, matchedStages = 0, kindRight = 0, optionalRight = 0, falseStages = 0;
        int strengthsFound = 0, strengthsRight = 0, strengthsExpected = 0, strengthsRecalled = 0, companyRight = 0;
        foreach (var posting in files)
        {
            var analysis = BuiltIn.Postings.Analyze(Text("postings", posting.File));
            var found = Stages(analysis);
            var pairs = Align(posting.Stages, found, (e, f) => Math.Max(Likeness(e.Name, f.Name), Likeness(f.Name, e.Name)) >= StageLikeness);
            var kinds = pairs.Count(p => posting.Stages[p.Expected].Kind == found[p.Found].Kind);
            var optionals = pairs.Count(p => posting.Stages[p.Expected].Optional == found[p.Found].Optional);
            expectedStages += posting.Stages.Count;
            foundStages += found.Count;
            matchedStages += pairs.Count;
            kindRight += kinds;
            optionalRight += optionals;
            if (posting.Stages.Count == 0)
            {
                falseStages += found.Count;
            }

            var names = analysis.Strengths.Select(s => s.Name).ToList();
            var right = names.Where(n => posting.Strengths.Any(e => Alike(e, n))).ToList();
            var recalled = posting.Strengths.Count(e => names.Any(n => Alike(e, n)));
            strengthsFound += names.Count;
            strengthsRight += right.Count;
            strengthsExpected += posting.Strengths.Count;
            strengthsRecalled += recalled;
            var company = posting.Company is null ? analysis.Company is null : analysis.Company is not null && Likeness(posting.Company, analysis.Company) >= 0.8;
            companyRight += company ? 1 : 0;

            if (Unread(split))
            {
                continue; // measured, never read file by file
            }

            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {posting.File}: stages {pairs.Count}/{posting.Stages.Count} found of {found.Count} (kind {kinds}, optional {optionals}); " +
                $"strengths {right.Count}/{names.Count} right, {recalled}/{posting.Strengths.Count} recalled; company {(company ? "ok" : "wrong")}");
            report.AppendLine(CultureInfo.InvariantCulture, $"      found: {string.Join(" | ", found.Select(f => $"{f.Name} [{f.Kind}{(f.Optional ? ", optional" : "")}]"))}");
            report.AppendLine(CultureInfo.InvariantCulture, $"      strengths: {string.Join(" | ", names)}; company: {analysis.Company ?? "-"}");
        }

        var recall = Ratio(matchedStages, expectedStages);
        var precision = Ratio(matchedStages, foundStages);
        var strengthPrecision = strengthsFound == 0 ? 1 : strengthsRight / (double)strengthsFound;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"  overall: stage recall {Percent(matchedStages, expectedStages)}, precision {Percent(matchedStages, foundStages)}, " +
            $"kind right {Percent(kindRight, matchedStages)}, optional right {Percent(optionalRight, matchedStages)}; " +
            $"false stages in postings without a process {falseStages}; named-strength precision {Percent(strengthsRight, strengthsFound)} " +
            $"({strengthsRight}/{strengthsFound}), recall {Percent(strengthsRecalled, strengthsExpected)}; company right {companyRight}/{files.Count}");
        output.WriteLine(report.ToString());

        Assert.True(recall >= recallFloor, $"stage recall {recall:P1}");
        Assert.True(precision >= precisionFloor, $"stage precision {precision:P1}");
        Assert.True(falseStages <= falseStageCeiling, $"{falseStages} false stages");
        Assert.True(strengthPrecision >= strengthPrecisionFloor, $"named-strength precision {strengthPrecision:P1}");
    }

    private void Retrospectives(string split, double recallFloor, double roundFloor)
    {
        var files = RealShapedSet.Retros().Where(r => SplitOf("retros/" + r.File) == split).ToList();
        Assert.NotEmpty(files);

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"retrospectives ({split}, n={files.Count})");
        int expectedQuestions = 0, foundQuestions = 0, matchedQuestions = 0, followUpsRight = 0, roundsRight = 0, refused = 0;
        foreach (var retro in files)
        {
            Retrospective? imported = null;
            try
            {
                imported = BuiltIn.Retros.Import(Text("retros", retro.File));
            }
            catch (LoopCoachException)
            {
                refused++;
            }

            var expected = retro.Rounds.SelectMany(r => r.Questions).ToList();
            var found = imported?.Rounds.SelectMany(r => r.Questions).ToList() ?? [];
            var pairs = Align(expected, found, (e, f) => Likeness(e.Text, f.Text) >= QuestionLikeness && Short(e.Text, f.Text));
            var followUps = pairs.Count(p => expected[p.Expected].FollowUp == found[p.Found].FollowUp);
            var rounds = imported?.Rounds.Count ?? 0;
            expectedQuestions += expected.Count;
            foundQuestions += found.Count;
            matchedQuestions += pairs.Count;
            followUpsRight += followUps;
            roundsRight += rounds == retro.Rounds.Count ? 1 : 0;

            if (Unread(split))
            {
                continue; // measured, never read file by file
            }

            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {retro.File}: {(imported is null ? "REFUSED; " : "")}rounds {rounds}/{retro.Rounds.Count}; questions {pairs.Count}/{expected.Count} found of {found.Count} (follow-up right {followUps})");
            foreach (var round in imported?.Rounds ?? [])
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"      round {round.Number} ({round.Role ?? "-"}) «{Head(round.HowItWent)}»: {string.Join(" | ", round.Questions.Select(q => (q.FollowUp ? "↳ " : "") + q.Text))}");
            }
        }

        var recall = Ratio(matchedQuestions, expectedQuestions);
        var roundAccuracy = roundsRight / (double)files.Count;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"  overall: question recall {Percent(matchedQuestions, expectedQuestions)}, precision {Percent(matchedQuestions, foundQuestions)}, " +
            $"follow-up right {Percent(followUpsRight, matchedQuestions)}; round count right {Percent(roundsRight, files.Count)}; refused {refused}");
        output.WriteLine(report.ToString());

        Assert.Equal(0, refused);

        Assert.True(recall >= recallFloor, $"question recall {recall:P1}");
        Assert.True(roundAccuracy >= roundFloor, $"round count accuracy {roundAccuracy:P1}");
    }

    // Sending the application is shown when a posting lists it, but the expected files never count it a stage.
    private static List<(string Name, string Kind, bool Optional)> Stages(PostingAnalysis analysis) =>
        [.. analysis.StageDetails.Where(s => s.Kind != StageKind.Application).Select(s => (s.Name, Kind(s.Kind), s.Optional))];

    private static string Kind(StageKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static bool Alike(string expected, string found) => Math.Max(Likeness(expected, found), Likeness(found, expected)) >= 0.5;

    // A found question may carry its lead-in ("이어서 … 물으셨다"), not a paragraph around the question.
    private static bool Short(string expected, string found) => found.Length <= 2 * expected.Length + 25;

    // The start of what a round's text says, so a round opened by the wrong sentence shows which one.
    private static string Head(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;
}
