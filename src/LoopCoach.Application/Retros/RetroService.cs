using LoopCoach.Core;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Retros;
using LoopCoach.Storage.Retros;

namespace LoopCoach.Application.Retros;

/// <summary>A retrospective written field by field rather than pasted.</summary>
public sealed record RetroEntry
{
    /// <summary>The company.</summary>
    public string Company { get; init; } = "";

    /// <summary>The position.</summary>
    public string Position { get; init; } = "";

    /// <summary>The day of the interview.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>The interviewer's role (practitioner, leader…), if known.</summary>
    public string? Role { get; init; }

    /// <summary>The questions asked, in order.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>How it went.</summary>
    public string How { get; init; } = "";

    /// <summary>What to do differently.</summary>
    public string Reflection { get; init; } = "";
}

/// <summary>
/// Retrospectives (복기) of real interviews: pasted or written, each question labelled with the competency it
/// probes and added to the bank of questions seen in real interviews, which the next plan and loop ask first.
/// </summary>
public sealed class RetroService(IRetroStore store, Engines engines)
{
    /// <summary>The most characters of a pasted retrospective.</summary>
    public const int MaxLength = RetroImporter.MaxLength;

    /// <summary>The store, for the services that read the seen questions.</summary>
    internal IRetroStore Store => store;

    /// <summary>Reads a pasted retrospective into rounds and questions and saves it.</summary>
    public StoredRetro Import(string text, string company, string position, DateOnly? heldOn) =>
        store.Add(Read(text, company, position, heldOn));

    /// <summary>Reads a pasted retrospective into rounds and questions without saving it, for the user to check first.</summary>
    public Retrospective Read(string text, string company, string position, DateOnly? heldOn) =>
        engines.Retros().Import(TextInput.WithoutControlCharacters(text), Clean(company), Clean(position), heldOn);

    /// <summary>Saves a retrospective the user has checked (read with <see cref="Read"/>, perhaps with questions dropped).</summary>
    public StoredRetro Save(Retrospective retro) =>
        retro.Rounds.Count == 0 ? throw new LoopCoachException(ErrorKind.InvalidInput, "retro.no-rounds") : store.Add(retro);

    private static string Clean(string text) => TextInput.WithoutControlCharacters(TextInput.Normalize(text));

    /// <summary>Saves a one-round retrospective written field by field.</summary>
    public StoredRetro Add(RetroEntry entry)
    {
        var questions = entry.Questions.Select(Clean).Where(q => q.Length > 0).ToList();
        if (questions.Count == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "retro.no-questions");
        }

        var labeler = new QuestionLabeler(engines.Classifier);
        var round = new RetroRound(
            1,
            entry.Role is null ? null : Clean(entry.Role).ToLowerInvariant(),
            [.. questions.Select(q => labeler.Question(q, false))],
            Clean(entry.How),
            Clean(entry.Reflection));
        return store.Add(new Retrospective { Company = Clean(entry.Company), Position = Clean(entry.Position), HeldOn = entry.HeldOn, Rounds = [round] });
    }

    /// <summary>Every retrospective, newest first.</summary>
    public IReadOnlyList<StoredRetro> List() => store.List();

    /// <summary>One retrospective.</summary>
    public StoredRetro Get(long id) => store.Get(id);

    /// <summary>The questions seen in real interviews, the most frequent first.</summary>
    public IReadOnlyList<SeenQuestion> SeenQuestions() => store.SeenQuestions();
}
