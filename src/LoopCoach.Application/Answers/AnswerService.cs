using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Stories;

namespace LoopCoach.Application.Answers;

/// <summary>An answer to analyse, and what it answers.</summary>
public sealed record AnswerToAnalyze
{
    /// <summary>What the candidate said.</summary>
    public required string Answer { get; init; }

    /// <summary>The question as text, when it is not from the bank.</summary>
    public string? Question { get; init; }

    /// <summary>A question of the bank: its text, competency and follow-ups are used.</summary>
    public string? QuestionId { get; init; }

    /// <summary>The competency the answer should show; by default the bank question's, else the classifier's first choice.</summary>
    public string? Competency { get; init; }
}

/// <summary>The analysis of an answer, with the question it was judged against.</summary>
public sealed record AnsweredQuestion(AnswerAnalysis Analysis, string? Question);

/// <summary>Feedback on one answer: every judgment with the words it rests on.</summary>
public sealed class AnswerService(Engines engines, TimeProvider clock)
{
    /// <summary>Analyses <paramref name="request"/>'s answer against its question and competency.</summary>
    public AnsweredQuestion Analyze(AnswerToAnalyze request)
    {
        var bankQuestion = request.QuestionId is { } id
            ? engines.Content.Questions.Find(id.Trim()) ?? throw new LoopCoachException(ErrorKind.NotFound, "question.not-found", id)
            : null;
        var question = bankQuestion?.Text ?? request.Question;
        var competency = request.Competency?.Trim().ToLowerInvariant()
            ?? bankQuestion?.PrimaryCompetency
            ?? (question is null ? null : engines.Classifier.Classify(question, top: 1)[0].Id);
        var analysis = engines.Analyzer.Analyze(new AnswerRequest
        {
            Text = request.Answer,
            Question = question,
            Competency = competency,
            QuestionProbes = bankQuestion?.Probes ?? [],
            ThisMonth = YearMonth.Of(clock.GetUtcNow()),
        });
        return new AnsweredQuestion(analysis, question);
    }
}
