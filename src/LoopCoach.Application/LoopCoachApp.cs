using LoopCoach.Application.Answers;
using LoopCoach.Application.Bank;
using LoopCoach.Application.Loops;
using LoopCoach.Application.Notes;
using LoopCoach.Application.Postings;
using LoopCoach.Application.Prep;
using LoopCoach.Application.Progress;
using LoopCoach.Application.Questions;
using LoopCoach.Application.Retros;
using LoopCoach.Application.Stories;
using LoopCoach.Core.Content;
using LoopCoach.Storage;
using LoopCoach.Storage.Bank;
using LoopCoach.Storage.Postings;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Sqlite;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Application;

/// <summary>
/// The use cases of one user, wired once: every front end (the <c>loopcoach</c> command, the web app) builds one
/// of these per run or per request and calls its services. The database is opened only when a service that
/// needs it is first used, so commands that only read the content start fast. A plain composition root rather
/// than a DI container: the CLI's start-up time is part of the product.
/// </summary>
public sealed class LoopCoachApp
{
    private readonly Func<LoopCoachDatabase> _database;
    private StoryService? _stories;
    private QuestionService? _questions;
    private AnswerService? _answers;
    private PostingService? _postings;
    private PrepService? _prep;
    private LoopService? _loops;
    private NoteService? _notes;
    private RetroService? _retros;
    private ProgressService? _progress;
    private IStoryStore? _storyStore;
    private BankService? _bank;

    /// <summary>Wires the services of <paramref name="owner"/> over <paramref name="content"/> and a database opened on first use.</summary>
    public LoopCoachApp(ContentCatalog content, Func<LoopCoachDatabase> database, TimeProvider clock, Owner owner)
        : this(new Engines(content), database, clock, owner)
    {
    }

    /// <summary>
    /// Wires the services over <paramref name="engines"/> built earlier: the web app builds its engines once per
    /// process (they hold only what the content implies, nothing of a user) and one app per request around them.
    /// </summary>
    public LoopCoachApp(Engines engines, Func<LoopCoachDatabase> database, TimeProvider clock, Owner owner)
    {
        Content = engines.Content;
        Engines = engines;
        _database = database;
        Clock = clock;
        Owner = owner;
    }

    /// <summary>The content the engines read.</summary>
    public ContentCatalog Content { get; }

    /// <summary>Core's engines over <see cref="Content"/>, wired once.</summary>
    public Engines Engines { get; }

    /// <summary>The clock every "now" comes from.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Whose data the services read and write.</summary>
    public Owner Owner { get; }

    /// <summary>The story bank.</summary>
    public StoryService Stories => _stories ??= new StoryService(StoryStore, Engines, Clock);

    /// <summary>The question bank, the frameworks and the questions-to-ask guide.</summary>
    public QuestionService Questions => _questions ??= new QuestionService(Engines);

    /// <summary>Feedback on one answer.</summary>
    public AnswerService Answers => _answers ??= new AnswerService(Engines, Clock);

    /// <summary>Job postings.</summary>
    public PostingService Postings => _postings ??= new PostingService(new PostingStore(_database(), Clock, Owner), Engines);

    /// <summary>Coverage, story assignment and the day-by-day plan.</summary>
    public PrepService Prep => _prep ??= new PrepService(StoryStore, Postings, new SessionStore(_database(), Clock, Owner), Retros.Store, Engines, Clock);

    /// <summary>Mock loop sessions.</summary>
    public LoopService Loops => _loops ??= new LoopService(new SessionStore(_database(), Clock, Owner), Retros.Store, Engines);

    /// <summary>Thank-you and LinkedIn notes.</summary>
    public NoteService Notes => _notes ??= new NoteService(Loops, Retros.Store, Engines, Clock);

    /// <summary>Retrospectives of real interviews and the questions seen in them.</summary>
    public RetroService Retros => _retros ??= new RetroService(new RetroStore(_database(), Clock, Owner), Engines);

    /// <summary>Progress over time across the practised mock loops.</summary>
    public ProgressService Progress => _progress ??= new ProgressService(Loops, Engines);

    /// <summary>Everything of the user's as one file, out and in.</summary>
    public BankService Bank => _bank ??= new BankService(new BankStore(_database(), Content.Frameworks, Clock, Owner));

    private IStoryStore StoryStore => _storyStore ??= new StoryStore(_database(), Content.Frameworks, Clock, Owner);
}
