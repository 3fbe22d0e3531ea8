using System.Reflection;
using System.Text;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Content;

/// <summary>
/// Everything LoopCoach knows before the user writes a word: frameworks, the question bank, the probe library,
/// the questions-to-ask guide and the messages. Read from the files embedded in this assembly, each part once and
/// only when first used, so that a command pays only for the content it needs.
/// </summary>
public sealed class ContentCatalog
{
    /// <summary>The longest framework or loop template text read, in characters (1 MB of plain text).</summary>
    public const int MaxTextLength = 1_048_576;

    private const string ResourcePrefix = "content/";
    private static readonly Lazy<ContentCatalog> BuiltInCatalog = new(LoadBuiltIn);

    private readonly Lazy<FrameworkCatalog> _frameworks;
    private readonly Lazy<QuestionBank> _questions;
    private readonly Lazy<ProbeLibrary> _probes;
    private readonly Lazy<AskGuide> _ask;
    private readonly Lazy<Messages> _messages;
    private readonly Lazy<AnalysisLexicon> _lexicon;
    private readonly Lazy<IReadOnlyList<LoopTemplate>> _templates;
    private readonly Lazy<IReadOnlyDictionary<string, LocalizedList>> _storyPrompts;
    private readonly Lazy<PostingLexicon> _postingLexicon;
    private readonly Lazy<IReadOnlyDictionary<string, LocalizedText>> _noteTemplates;

    private ContentCatalog(
        FrameworkCatalog frameworks,
        QuestionBank questions,
        ProbeLibrary probes,
        AskGuide ask,
        Messages messages,
        AnalysisLexicon lexicon,
        IReadOnlyList<LoopTemplate> templates,
        IReadOnlyDictionary<string, LocalizedList> storyPrompts,
        PostingLexicon postingLexicon,
        IReadOnlyDictionary<string, LocalizedText> noteTemplates)
        : this(Ready(frameworks), Ready(questions), Ready(probes), Ready(ask), Ready(messages), Ready(lexicon), Ready(templates), Ready(storyPrompts), Ready(postingLexicon), Ready(noteTemplates))
    {
    }

    private ContentCatalog(
        Lazy<FrameworkCatalog> frameworks,
        Lazy<QuestionBank> questions,
        Lazy<ProbeLibrary> probes,
        Lazy<AskGuide> ask,
        Lazy<Messages> messages,
        Lazy<AnalysisLexicon> lexicon,
        Lazy<IReadOnlyList<LoopTemplate>> templates,
        Lazy<IReadOnlyDictionary<string, LocalizedList>> storyPrompts,
        Lazy<PostingLexicon> postingLexicon,
        Lazy<IReadOnlyDictionary<string, LocalizedText>> noteTemplates)
    {
        _frameworks = frameworks;
        _questions = questions;
        _probes = probes;
        _ask = ask;
        _messages = messages;
        _lexicon = lexicon;
        _templates = templates;
        _storyPrompts = storyPrompts;
        _postingLexicon = postingLexicon;
        _noteTemplates = noteTemplates;
    }

    /// <summary>The content shipped with LoopCoach.</summary>
    public static ContentCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>
    /// The program's messages alone, without reading the rest of the content: help and errors print fast.
    /// (Their validity is checked with the rest by <see cref="ValidateBuiltIn"/>.)
    /// </summary>
    public static Messages BuiltInMessages => BuiltIn.Messages;

    /// <summary>The frameworks: built-in ones and any added with <see cref="WithFrameworks"/>.</summary>
    public FrameworkCatalog Frameworks => _frameworks.Value;

    /// <summary>The question bank.</summary>
    public QuestionBank Questions => _questions.Value;

    /// <summary>The probe library, one entry per gap.</summary>
    public ProbeLibrary Probes => _probes.Value;

    /// <summary>Questions to ask the interviewer and topics to avoid.</summary>
    public AskGuide Ask => _ask.Value;

    /// <summary>The program's messages in both languages.</summary>
    public Messages Messages => _messages.Value;

    /// <summary>The word lists the answer analysis matches.</summary>
    public AnalysisLexicon Lexicon => _lexicon.Value;

    /// <summary>The templates of the thank-you email and the LinkedIn note, keyed <c>section.name</c>.</summary>
    public IReadOnlyDictionary<string, LocalizedText> NoteTemplates => _noteTemplates.Value;

    /// <summary>The words job postings are read by.</summary>
    public PostingLexicon PostingLexicon => _postingLexicon.Value;

    /// <summary>Stories worth writing for each competency ("a time you met a tight deadline"), by competency id.</summary>
    public IReadOnlyDictionary<string, LocalizedList> StoryPrompts => _storyPrompts.Value;

    /// <summary>The loop templates shipped with LoopCoach.</summary>
    public IReadOnlyList<LoopTemplate> Templates => _templates.Value;

    /// <summary>
    /// The built-in template <paramref name="id"/>; a <see cref="ErrorKind.NotFound"/> error naming the built-in ones
    /// when there is none. A user's own template comes in as text, through <see cref="ParseTemplate"/>.
    /// </summary>
    public LoopTemplate GetTemplate(string id) =>
        Templates.FirstOrDefault(t => t.Id == id)
            ?? throw new LoopCoachException(ErrorKind.NotFound, "loop.template-not-found", id, string.Join(", ", Templates.Select(t => t.Id)));

    /// <summary>
    /// The user's own loop template, from its text: checked like the built-in ones, and against this catalog's
    /// frameworks. Every problem is reported at once, under the text's name, in an
    /// <see cref="ErrorKind.InvalidInput"/> error (<c>loop.template-invalid</c>).
    /// </summary>
    public LoopTemplate ParseTemplate(ContentText file)
    {
        CheckLength(file);
        var problems = new List<Problem>();
        var template = new ContentReader(file.Name, problems).ReadLoopTemplate(file.Yaml, file.Source);
        if (template is not null && Frameworks.Find(template.FrameworkId) is null)
        {
            problems.Add(new Problem(file.Name + ": framework", "framework.not-found", template.FrameworkId, string.Join(", ", Frameworks.Frameworks.Select(f => f.Id))));
        }

        if (template is null || problems.Count > 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "loop.template-invalid", [problems.Count], problems);
        }

        return template;
    }

    /// <summary>The probe that closes <paramref name="gap"/>.</summary>
    public Probe GetProbe(string gap) => Probes.Get(gap);

    /// <summary>
    /// This catalog plus the user's frameworks, from their texts. Every problem in them is reported at once, each
    /// under its text's name, in an <see cref="ErrorKind.InvalidInput"/> error (<c>framework.file-invalid</c>);
    /// nothing is added unless all are valid.
    /// </summary>
    public ContentCatalog WithFrameworks(IEnumerable<ContentText> files)
    {
        var added = new List<Framework>();
        var problems = new List<Problem>();
        foreach (var file in files)
        {
            CheckLength(file);
            var fileProblems = new List<Problem>();
            var framework = new ContentReader(file.Name, fileProblems).ReadFramework(file.Yaml, file.Source);
            problems.AddRange(fileProblems);
            if (framework is not null && fileProblems.Count == 0)
            {
                added.Add(framework);
            }
        }

        var frameworks = new FrameworkCatalog([.. Frameworks.Frameworks, .. added]);
        problems.AddRange(ContentValidator.CheckFrameworks(frameworks.Frameworks));
        LoopCoachException.ThrowIfAny(problems, "framework.file-invalid");
        return new ContentCatalog(frameworks, Questions, Probes, Ask, Messages, Lexicon, Templates, StoryPrompts, PostingLexicon, NoteTemplates);
    }

    /// <summary>
    /// This catalog with some parts replaced: the content of another release, or of a test that shows what does
    /// (and does not) depend on the content.
    /// </summary>
    public ContentCatalog With(QuestionBank? questions = null, IReadOnlyList<Probe>? probes = null) =>
        new(Frameworks, questions ?? Questions, probes is null ? Probes : new ProbeLibrary(probes, Probes.Intents), Ask, Messages, Lexicon, Templates, StoryPrompts, PostingLexicon, NoteTemplates);

    /// <summary>Every problem in the built-in content; empty when it is sound. Used by the content tests.</summary>
    public static IReadOnlyList<Problem> ValidateBuiltIn()
    {
        var (catalog, problems) = Read(compiled: false);
        problems.AddRange(ContentValidator.Check(catalog));
        return problems;
    }

    /// <summary>
    /// The built-in content, each part taken from what the build compiled from the YAML (see
    /// <see cref="CompiledContent"/>) the first time it is used.
    /// </summary>
    private static ContentCatalog LoadBuiltIn() => new(
        Part(ReadFrameworks),
        Part(ReadQuestions),
        Part(ReadProbes),
        Part(ReadAsk),
        Part(ReadMessages),
        Part(ReadLexicon),
        Part(ReadTemplates),
        Part(ReadStoryPrompts),
        Part(ReadPostingLexicon),
        Part(ReadNoteTemplates));

    private static Lazy<T> Ready<T>(T value) => new(value);

    private static Lazy<T> Part<T>(Func<bool, List<Problem>, T> read) => new(() =>
    {
        var problems = new List<Problem>();
        var part = read(true, problems);
        if (problems.Count > 0)
        {
            // A broken shipped file is a bug in LoopCoach, not the user's doing: fail loudly with every problem.
            throw new InvalidOperationException(
                "The built-in content is invalid: " + string.Join("; ", problems.Select(p => $"{p.Field} {p.MessageKey} {string.Join(",", p.Args)}")));
        }

        return part;
    });

    /// <summary>
    /// Reads all the built-in content at once. <paramref name="compiled"/>: from what the build compiled from the
    /// YAML (what the program reads), or from the YAML itself (what <see cref="ValidateBuiltIn"/> checks; the content
    /// tests check that both readings agree). Either way it goes through the same ContentReader checks.
    /// </summary>
    internal static (ContentCatalog Catalog, List<Problem> Problems) Read(bool compiled)
    {
        var problems = new List<Problem>();
        var catalog = new ContentCatalog(
            ReadFrameworks(compiled, problems),
            ReadQuestions(compiled, problems),
            ReadProbes(compiled, problems),
            ReadAsk(compiled, problems),
            ReadMessages(compiled, problems),
            ReadLexicon(compiled, problems),
            ReadTemplates(compiled, problems),
            ReadStoryPrompts(compiled, problems),
            ReadPostingLexicon(compiled, problems),
            ReadNoteTemplates(compiled, problems));
        return (catalog, problems);
    }

    private static FrameworkCatalog ReadFrameworks(bool compiled, List<Problem> problems)
    {
        var frameworks = ResourceNames("frameworks/")
            .Select(name => new ContentReader(name, problems, compiled).ReadFramework(ReadResource(name, compiled), Framework.BuiltInSource))
            .OfType<Framework>();

        // Built-in frameworks come in a fixed order, the Amazon principles first.
        return new FrameworkCatalog([.. frameworks.OrderBy(f => f.Id switch { "amazon-lp" => 0, "generic" => 1, _ => 2 }).ThenBy(f => f.Id, StringComparer.Ordinal)]);
    }

    private static QuestionBank ReadQuestions(bool compiled, List<Problem> problems) =>
        new([.. ResourceNames("questions/").SelectMany(name => new ContentReader(name, problems, compiled).ReadQuestions(ReadResource(name, compiled)))]);

    private static ProbeLibrary ReadProbes(bool compiled, List<Problem> problems) =>
        new ContentReader("probes.yaml", problems, compiled).ReadProbes(ReadResource("probes.yaml", compiled));

    private static AskGuide ReadAsk(bool compiled, List<Problem> problems) =>
        new ContentReader("ask.yaml", problems, compiled).ReadAsk(ReadResource("ask.yaml", compiled));

    private static Messages ReadMessages(bool compiled, List<Problem> problems) =>
        new ContentReader("messages.yaml", problems, compiled).ReadMessages(ReadResource("messages.yaml", compiled));

    private static AnalysisLexicon ReadLexicon(bool compiled, List<Problem> problems) =>
        new ContentReader("lexicons/analysis.yaml", problems, compiled)
            .ReadLexicon(ReadResource("lexicons/analysis.yaml", compiled), ReadResource("lexicons/competencies.yaml", compiled));

    private static IReadOnlyList<LoopTemplate> ReadTemplates(bool compiled, List<Problem> problems) =>
        ResourceNames("loops/")
            .Select(name => new ContentReader(name, problems, compiled).ReadLoopTemplate(ReadResource(name, compiled), Framework.BuiltInSource))
            .OfType<LoopTemplate>()
            .OrderBy(t => t.Id switch { "amazon-loop" => 0, "integrated-interview" => 1, "phone-screen" => 2, _ => 3 })
            .ToList();

    private static IReadOnlyDictionary<string, LocalizedList> ReadStoryPrompts(bool compiled, List<Problem> problems) =>
        new ContentReader("templates/story-prompts.yaml", problems, compiled).ReadStoryPrompts(ReadResource("templates/story-prompts.yaml", compiled));

    private static PostingLexicon ReadPostingLexicon(bool compiled, List<Problem> problems) =>
        new ContentReader("lexicons/postings.yaml", problems, compiled).ReadPostingLexicon(ReadResource("lexicons/postings.yaml", compiled));

    private static IReadOnlyDictionary<string, LocalizedText> ReadNoteTemplates(bool compiled, List<Problem> problems) =>
        new ContentReader("templates/notes.yaml", problems, compiled).ReadNoteTemplates(ReadResource("templates/notes.yaml", compiled));

    private static IEnumerable<string> ResourceNames(string folder) =>
        typeof(ContentCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + folder, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The embedded YAML file <paramref name="name"/>; nothing when <paramref name="compiled"/>, since the reader then
    /// takes the objects compiled from it.
    /// </summary>
    private static string ReadResource(string name, bool compiled)
    {
        if (compiled)
        {
            return "";
        }

        using var stream = typeof(ContentCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The content file {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void CheckLength(ContentText file)
    {
        if (file.Yaml.Length > MaxTextLength)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.too-large", file.Name, MaxTextLength / 1_048_576);
        }
    }
}
