using LoopCoach.Core;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Questions;

namespace LoopCoach.Application.Questions;

/// <summary>One question with the competencies it most likely asks about.</summary>
public sealed record ClassifiedQuestion(string Text, IReadOnlyList<CompetencyScore> Scores);

/// <summary>The question bank, the frameworks its questions are labelled with, and what to ask the interviewer.</summary>
public sealed class QuestionService(Engines engines)
{
    /// <summary>The questions matching <paramref name="query"/>, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Question> Find(QuestionQuery query, int? limit = null)
    {
        if (query.Competency is { } competency && engines.Content.Frameworks.FindCompetency(competency) is null)
        {
            throw new LoopCoachException(ErrorKind.NotFound, "competency.not-found", competency);
        }

        return [.. engines.Content.Questions.Find(query, engines.Content.Frameworks).Take(limit ?? int.MaxValue)];
    }

    /// <summary>One question; a not-found error names the id.</summary>
    public Question Get(string id) =>
        engines.Content.Questions.Find(id.Trim()) ?? throw new LoopCoachException(ErrorKind.NotFound, "question.not-found", id);

    /// <summary>
    /// The <paramref name="top"/> competencies of <paramref name="frameworkId"/> each question asks about. Each question
    /// is given back as read without its control characters: it is printed again, and must not act on a terminal.
    /// </summary>
    public IReadOnlyList<ClassifiedQuestion> Classify(IEnumerable<string> questions, string frameworkId, int top)
    {
        engines.Content.Frameworks.Get(frameworkId.Trim());
        var classifier = engines.Classifier;
        return [.. questions.Select(TextInput.WithoutControlCharacters).Select(q => new ClassifiedQuestion(q, classifier.Classify(q, frameworkId.Trim(), top)))];
    }

    /// <summary>Every framework: built-in ones and the user's own.</summary>
    public IReadOnlyList<Framework> Frameworks() => engines.Content.Frameworks.Frameworks;

    /// <summary>One framework; a not-found error lists the others.</summary>
    public Framework Framework(string id) => engines.Content.Frameworks.Get(id.Trim());

    /// <summary>Questions to ask the interviewer, and topics to leave until an offer.</summary>
    public AskGuide Ask() => engines.Content.Ask;
}
