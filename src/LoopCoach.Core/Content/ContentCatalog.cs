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
/// the questions-to-ask guide and the messages. Loaded once from the files embedded in this assembly.
/// </summary>
public sealed class ContentCatalog
{
    /// <summary>The longest framework or loop template text read, in characters (1 MB of plain text).</summary>
    public const int MaxTextLength = 1_048_576;

    private const string ResourcePrefix = "content/";
    private static readonly Lazy<ContentCatalog> BuiltInCatalog = new(LoadBuiltIn);
    private static readonly Lazy<Messages> BuiltInMessagesOnly = new(() =>
        BuiltInCatalog.IsValueCreated ? BuiltInCatalog.Value.Messages : new ContentReader("messages.yaml", []).ReadMessages(ReadResource("messages.yaml")));

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
    {
        NoteTemplates = noteTemplates;
        PostingLexicon = postingLexicon;
        StoryPrompts = storyPrompts;
        Lexicon = lexicon;
        Templates = templates;
        Frameworks = frameworks;
        Questions = questions;
        Probes = probes;
        Ask = ask;
        Messages = messages;
    }

    /// <summary>The content shipped with LoopCoach.</summary>
    public static ContentCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>
    /// The program's messages alone, without reading the rest of the content: help and errors print fast.
    /// (Their validity is checked with the rest by <see cref="ValidateBuiltIn"/>.)
    /// </summary>
    public static Messages BuiltInMessages => BuiltInMessagesOnly.Value;

    /// <summary>The frameworks: built-in ones and any added with <see cref="WithFrameworks"/>.</summary>
    public FrameworkCatalog Frameworks { get; }

    /// <summary>The question bank.</summary>
    public QuestionBank Questions { get; }

    /// <summary>The probe library, one entry per gap.</summary>
    public ProbeLibrary Probes { get; }

    /// <summary>Questions to ask the interviewer and topics to avoid.</summary>
    public AskGuide Ask { get; }

    /// <summary>The program's messages in both languages.</summary>
    public Messages Messages { get; }

    /// <summary>The word lists the answer analysis matches.</summary>
    public AnalysisLexicon Lexicon { get; }

    /// <summary>The templates of the thank-you email and the LinkedIn note, keyed <c>section.name</c>.</summary>
    public IReadOnlyDictionary<string, LocalizedText> NoteTemplates { get; }

    /// <summary>The words job postings are read by.</summary>
    public PostingLexicon PostingLexicon { get; }

    /// <summary>Stories worth writing for each competency ("a time you met a tight deadline"), by competency id.</summary>
    public IReadOnlyDictionary<string, LocalizedList> StoryPrompts { get; }

    /// <summary>The loop templates shipped with LoopCoach.</summary>
    public IReadOnlyList<LoopTemplate> Templates { get; }

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
        var (catalog, problems) = Read();
        if (catalog is not null)
        {
            problems.AddRange(ContentValidator.Check(catalog));
        }

        return problems;
    }

    private static ContentCatalog LoadBuiltIn()
    {
        var (catalog, problems) = Read();
        if (catalog is null || problems.Count > 0)
        {
            // A broken shipped file is a bug in LoopCoach, not the user's doing: fail loudly with every problem.
            throw new InvalidOperationException(
                "The built-in content is invalid: " + string.Join("; ", problems.Select(p => $"{p.Field} {p.MessageKey} {string.Join(",", p.Args)}")));
        }

        return catalog;
    }

    private static (ContentCatalog? Catalog, List<Problem> Problems) Read()
    {
        var problems = new List<Problem>();
        var frameworks = new List<Framework>();
        var questions = new List<Question>();
        foreach (var name in ResourceNames("frameworks/"))
        {
            var framework = new ContentReader(name, problems).ReadFramework(ReadResource(name), Framework.BuiltInSource);
            if (framework is not null)
            {
                frameworks.Add(framework);
            }
        }

        foreach (var name in ResourceNames("questions/"))
        {
            questions.AddRange(new ContentReader(name, problems).ReadQuestions(ReadResource(name)));
        }

        var probes = new ContentReader("probes.yaml", problems).ReadProbes(ReadResource("probes.yaml"));
        var ask = new ContentReader("ask.yaml", problems).ReadAsk(ReadResource("ask.yaml"));
        var messages = new ContentReader("messages.yaml", problems).ReadMessages(ReadResource("messages.yaml"));
        var templates = ResourceNames("loops/")
            .Select(name => new ContentReader(name, problems).ReadLoopTemplate(ReadResource(name), Framework.BuiltInSource))
            .OfType<LoopTemplate>()
            .OrderBy(t => t.Id switch { "amazon-loop" => 0, "integrated-interview" => 1, "phone-screen" => 2, _ => 3 })
            .ToList();
        var noteTemplates = new ContentReader("templates/notes.yaml", problems).ReadNoteTemplates(ReadResource("templates/notes.yaml"));
        var postingLexicon = new ContentReader("lexicons/postings.yaml", problems).ReadPostingLexicon(ReadResource("lexicons/postings.yaml"));
        var storyPrompts = new ContentReader("templates/story-prompts.yaml", problems).ReadStoryPrompts(ReadResource("templates/story-prompts.yaml"));
        var lexicon = new ContentReader("lexicons/analysis.yaml", problems).ReadLexicon(ReadResource("lexicons/analysis.yaml"), ReadResource("lexicons/competencies.yaml"));

        // Built-in frameworks come in a fixed order, the Amazon principles first.
        frameworks = [.. frameworks.OrderBy(f => f.Id switch { "amazon-lp" => 0, "generic" => 1, _ => 2 }).ThenBy(f => f.Id, StringComparer.Ordinal)];
        var catalog = new ContentCatalog(new FrameworkCatalog(frameworks), new QuestionBank(questions), probes, ask, messages, lexicon, templates, storyPrompts, postingLexicon, noteTemplates);
        return (catalog, problems);
    }

    private static IEnumerable<string> ResourceNames(string folder) =>
        typeof(ContentCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + folder, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    private static string ReadResource(string name)
    {
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
