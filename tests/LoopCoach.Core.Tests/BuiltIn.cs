using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Coverage;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Retros;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Tests;

/// <summary>The engines over the built-in content, wired the way a front end wires them.</summary>
internal static class BuiltIn
{
    public static ContentCatalog Content => ContentCatalog.BuiltIn;

    public static AnswerAnalyzer Analyzer { get; } = new(Content.Lexicon, Content.Frameworks, Content.Probes, Content.Messages);

    public static QuestionClassifier Classifier { get; } = new(Content.Frameworks, Content.Questions, Content.Lexicon);

    public static StoryCheck StoryCheck { get; } = new(Analyzer, Content.Messages);

    public static PostingAnalyzer Postings { get; } = new(Content.PostingLexicon, Classifier);

    public static RetroImporter Retros { get; } = new(Classifier, Content.PostingLexicon);

    public static NoteWriter Notes { get; } = new(Content.NoteTemplates);

    public static StoryFit Fit(YearMonth thisMonth) => new(StoryCheck, Content.Frameworks, Content.Lexicon, Content.Messages, thisMonth);

    public static LoopPlan Plan(string template, IReadOnlyList<string>? competencies, Language language, int seed) =>
        LoopPlanner.Plan(Content.GetTemplate(template), competencies, language, seed, Content.Frameworks, Content.Questions);

    public static InterviewEngine Interview(LoopPlan plan) =>
        new(plan, Analyzer, Content.Questions, Content.Probes, Content.Ask, Content.Frameworks, Content.Messages);

    public static LoopDebrief Debrief(InterviewEngine engine) =>
        DebriefBuilder.Build(engine.Plan, engine.Turns, engine.SecondsUsed, Analyzer, Content.Frameworks, Content.Messages);
}
