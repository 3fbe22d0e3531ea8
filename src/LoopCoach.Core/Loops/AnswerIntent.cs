using System.Text.RegularExpressions;

namespace LoopCoach.Core.Loops;

/// <summary>Reads what a short answer means for the flow: a pass on the question, or "no questions".</summary>
public static partial class AnswerIntent
{
    // Longer answers are stories, even when they contain these words.
    private const int ShortAnswer = 160;

    /// <summary>Whether the candidate passes: "skip", "I have no such experience", "경험이 없습니다", "다른 질문 부탁드립니다".</summary>
    public static bool IsSkip(string answer)
    {
        var text = answer.Trim().ToLowerInvariant();
        return text.Length <= ShortAnswer && Skip().IsMatch(text);
    }

    /// <summary>Whether the candidate has no questions for the interviewer.</summary>
    public static bool IsNoQuestions(string answer)
    {
        var text = answer.Trim().ToLowerInvariant();
        return text.Length <= 60 && NoQuestions().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:/?skip|/?pass|패스|스킵)\b|no (?:such |relevant )?experience|(?:don't|do not|dont) have (?:an? |any |such an? |that )?(?:example|experience|story)|never (?:had|been in) (?:to|that|such)|can't think of|cannot think of|another question|경험이 (?:없|딱히 없|별로 없)|해 본 적이 없|떠오르(?:지 않|는 게 없)|생각나(?:지 않|는 게 없)|기억이 (?:잘 )?안|다른 질문|넘어가")]
    private static partial Regex Skip();

    [GeneratedRegex(@"^(?:no|nope|none|nothing|no questions?|no,? thank you|no,? thanks|i'?m good|not really|없습니다|없어요|없습니다 감사합니다|괜찮습니다|특별히 없습니다|딱히 없습니다|질문 없습니다)[.!。 ]*$")]
    private static partial Regex NoQuestions();
}
