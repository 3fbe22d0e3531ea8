using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Stories;

namespace LoopCoach.Application;

/// <summary>
/// Core's engines wired once over one content catalog: each engine gets the parts of the content it uses, and the
/// services share them. Built lazily, so a command that never analyses an answer never builds the analyser.
/// </summary>
public sealed class Engines(ContentCatalog content)
{
    private AnswerAnalyzer? _analyzer;
    private QuestionClassifier? _classifier;
    private StoryCheck? _storyCheck;

    /// <summary>The content the engines read.</summary>
    public ContentCatalog Content => content;

    /// <summary>The answer analysis.</summary>
    public AnswerAnalyzer Analyzer => _analyzer ??= new(content.Lexicon, content.Frameworks, content.Probes, content.Messages);

    /// <summary>The question classifier.</summary>
    public QuestionClassifier Classifier => _classifier ??= new(content.Frameworks, content.Questions, content.Lexicon);

    /// <summary>The weak spots of a story.</summary>
    public StoryCheck StoryCheck => _storyCheck ??= new(Analyzer, content.Messages);

    /// <summary>The posting reader.</summary>
    public PostingAnalyzer Postings() => new(content.PostingLexicon, Classifier);

    /// <summary>The retrospective reader.</summary>
    public RetroImporter Retros() => new(Classifier, content.PostingLexicon);

    /// <summary>The note writer.</summary>
    public NoteWriter Notes() => new(content.NoteTemplates);

    /// <summary>How well each story fits each competency, as of <paramref name="thisMonth"/>.</summary>
    public StoryFit Fit(YearMonth thisMonth) => new(StoryCheck, content.Frameworks, content.Lexicon, content.Messages, thisMonth);

    /// <summary>A new interview of <paramref name="plan"/>, at its first line.</summary>
    public InterviewEngine Interview(LoopPlan plan) =>
        new(plan, Analyzer, content.Questions, content.Probes, content.Ask, content.Frameworks, content.Messages);

    /// <summary>
    /// The debrief of an interview so far; given <paramref name="earlier"/>, the debrief saved before its last answer,
    /// only the story that answer belongs to is judged again (the debrief is the same).
    /// </summary>
    public LoopDebrief Debrief(InterviewEngine engine, LoopDebrief? earlier = null) =>
        DebriefBuilder.Build(engine.Plan, engine.Turns, engine.SecondsUsed, Analyzer, content.Frameworks, content.Messages, earlier);
}
