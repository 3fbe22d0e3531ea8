using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;

namespace LoopCoach.Core.Retros;

/// <summary>What a real interview question is about: a principle, or the candidate's motivation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionLabelKind>))]
public enum QuestionLabelKind
{
    /// <summary>A behavioural or technical question, labelled with the principle it probes.</summary>
    [JsonStringEnumMemberName("principle")]
    Principle,

    /// <summary>Self-introduction, why this role or company, where the candidate is heading (자기소개, 지원 동기).</summary>
    [JsonStringEnumMemberName("motivation")]
    Motivation,
}

/// <summary>
/// The label of a real question: its kind; the principle it probes (none for motivation); whether the label is a
/// guess (<paramref name="LowConfidence"/>) and, then, the principle that came second.
/// </summary>
public sealed record QuestionLabel(QuestionLabelKind Kind, string? Competency, bool LowConfidence, string? RunnerUp);

/// <summary>
/// Labels real interview questions by meaning, with the same model that ranks the bank's questions: a question
/// nearer the generic framework's motivation (self-introduction, why this company, career goals) than any principle
/// is a motivation question and is not forced onto a principle; otherwise it takes the nearest principle, and says
/// so when that is a guess — a weak match (cosine under <see cref="MinimumScore"/>) or a runner-up close behind
/// (at least <see cref="CloseRunnerUp"/> of the first's score), so the user sees both. The two thresholds were set on
/// the labelled dev questions (DevSet/questions.yaml): the labels they call confident are right about three times in
/// four, the others about one time in three.
/// </summary>
public sealed partial class QuestionLabeler(QuestionClassifier classifier)
{
    /// <summary>Below this cosine similarity the nearest principle is a guess.</summary>
    public const double MinimumScore = 0.05;

    /// <summary>A runner-up scoring this share of the first makes the first a guess.</summary>
    public const double CloseRunnerUp = 0.7;

    /// <summary>The label of <paramref name="question"/>.</summary>
    public QuestionLabel Label(string question)
    {
        // Reported speech back to what was asked: "why I was leaving my job" is "why you were leaving your job".
        question = Direct().Replace(question, m => m.Value.ToLowerInvariant() switch
        {
            "i was" => "you were",
            "i am" or "i'm" => "you are",
            "i" => "you",
            "me" => "you",
            "my" => "your",
            "mine" => "yours",
            "myself" => "yourself",
            "i'd" => "you'd",
            "i've" => "you've",
            "i'll" => "you'll",
            _ => m.Value,
        });
        var principles = classifier.Classify(question, "amazon-lp", 2);
        var generic = classifier.Classify(question, "generic", 1);
        var best = principles[0];
        if (generic.Count > 0 && generic[0].Id == "motivation" && generic[0].Score > best.Score)
        {
            return new QuestionLabel(QuestionLabelKind.Motivation, null, generic[0].Score < MinimumScore, null);
        }

        var second = principles.Count > 1 ? principles[1] : null;
        var low = best.Score < MinimumScore || (second is not null && second.Score >= CloseRunnerUp * best.Score);
        return new QuestionLabel(QuestionLabelKind.Principle, best.Id, low, low && second is not null && second.Score > 0 ? second.Id : null);
    }

    [GeneratedRegex(@"\b(?:I was|I am|I'm|I'd|I've|I'll|I|me|my|mine|myself)\b")]
    private static partial Regex Direct();

    /// <summary>A question labelled: <paramref name="text"/> with its label.</summary>
    public RetroQuestion Question(string text, bool followUp)
    {
        var label = Label(text);
        return new RetroQuestion(text, followUp, label.Competency) { Kind = label.Kind, LowConfidence = label.LowConfidence, RunnerUp = label.RunnerUp };
    }
}

/// <summary>Corrections a user makes to a retrospective read from text before it is saved.</summary>
public static class RetroEdits
{
    /// <summary>
    /// <paramref name="retro"/> without the questions numbered in <paramref name="numbers"/> (1 for the first question of
    /// the first round, counting on through the rounds, as they are shown); rounds stay, even when left empty.
    /// </summary>
    public static Retrospective DropQuestions(Retrospective retro, IReadOnlySet<int> numbers)
    {
        var index = 0;
        var rounds = retro.Rounds.Select(r => r with { Questions = [.. r.Questions.Where(_ => !numbers.Contains(++index))] }).ToList();
        return retro with { Rounds = rounds };
    }
}
