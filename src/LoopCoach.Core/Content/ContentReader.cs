using System.Text.RegularExpressions;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Postings;
using LoopCoach.Core.Questions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LoopCoach.Core.Content;

/// <summary>
/// Turns the YAML of one content file into domain records, writing down every problem (with the field path)
/// instead of stopping at the first, so that a user fixing a framework file sees them all at once.
/// </summary>
internal sealed partial class ContentReader
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 1_000;
    public const int MaxCompetencies = 100;
    public const int MaxListItems = 10;
    public const int MaxQuestionLength = 300;

    private readonly string _file;
    private readonly List<Problem> _problems;
    private readonly bool _compiled;

    public ContentReader(string file, List<Problem> problems)
        : this(file, problems, compiled: false)
    {
    }

    /// <param name="compiled">
    /// True for a built-in file: the reader then takes the objects the build compiled from its YAML (see
    /// <see cref="CompiledContent"/>) and ignores the text given to the Read methods.
    /// </param>
    public ContentReader(string file, List<Problem> problems, bool compiled)
    {
        _file = file;
        _problems = problems;
        _compiled = compiled;
    }

    /// <summary>
    /// Whether <paramref name="id"/> is lower-case letters and digits in words joined by single hyphens
    /// (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>). Checked by hand: every start checks hundreds of ids, and the regular
    /// expression's vectorised search costs about 10 ms of JIT compilation the first time.
    /// </summary>
    public static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var valid = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    public T? Parse<T>(string yaml)
        where T : class
    {
        if (_compiled)
        {
            return (T?)CompiledContent.Get(_file);
        }

        try
        {
            return YamlParser.Instance.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            Add($"{e.Start.Line}:{e.Start.Column}", "content.yaml-error", detail);
            return null;
        }
    }

    public Framework? ReadFramework(string yaml, string source)
    {
        var before = _problems.Count;
        var file = Parse<FrameworkYaml>(yaml);
        if (file is null)
        {
            if (_problems.Count == before)
            {
                Add("", "content.empty-file");
            }

            return null;
        }

        var id = Id(file.Id, "id");
        var competencies = new List<Competency>();
        if (file.Competencies is null || file.Competencies.Count == 0)
        {
            Add("competencies", "content.field-missing");
        }
        else if (file.Competencies.Count > MaxCompetencies)
        {
            Add("competencies", "content.too-many", MaxCompetencies);
        }
        else
        {
            for (var i = 0; i < file.Competencies.Count; i++)
            {
                var path = $"competencies[{i}]";
                if (file.Competencies[i] is not { } c)
                {
                    Add(path, "input.expected-entry");
                    continue;
                }

                competencies.Add(new Competency(
                    Id(c.Id, path + ".id"),
                    id,
                    Text(c.Name, path + ".name", MaxNameLength),
                    Text(c.Description, path + ".description", MaxDescriptionLength),
                    List(c.Evidence, path + ".evidence", 0, MaxListItems),
                    List(c.RedFlags, path + ".redFlags", 0, MaxListItems),
                    Related(c.Related, path + ".related")));
            }
        }

        return new Framework(
            id,
            Text(file.Name, "name", MaxNameLength),
            Text(file.Description, "description", MaxDescriptionLength),
            competencies,
            source);
    }

    public IReadOnlyList<Question> ReadQuestions(string yaml)
    {
        var file = Parse<QuestionFileYaml>(yaml);
        if (file is null)
        {
            return [];
        }

        var language = Languages.TryParse(file.Language);
        if (language is null || file.Language is not ("en" or "ko"))
        {
            Add("language", "content.language-invalid", file.Language);
            return [];
        }

        var questions = new List<Question>();
        for (var i = 0; i < (file.Questions?.Count ?? 0); i++)
        {
            var q = file.Questions![i];
            var path = $"questions[{i}]";
            var kind = QuestionKinds.TryParse(q.Kind);
            if (kind is null)
            {
                Add(path + ".kind", "content.kind-invalid", q.Kind);
            }

            if (q.Difficulty is not (>= 1 and <= 3))
            {
                Add(path + ".difficulty", "content.difficulty-invalid", q.Difficulty);
            }

            var competencies = q.Competencies ?? [];
            if (competencies.Count is < 1 or > 3)
            {
                Add(path + ".competencies", "content.count-out-of-range", 1, 3, competencies.Count);
            }

            var probes = q.Probes ?? [];
            if (probes.Count is < 1 or > 4)
            {
                Add(path + ".probes", "content.count-out-of-range", 1, 4, probes.Count);
            }

            foreach (var gap in probes.Where(p => !Gaps.All.Contains(p)))
            {
                Add(path + ".probes", "content.gap-unknown", gap);
            }

            questions.Add(new Question(
                Required(q.Id, path + ".id"),
                language.Value,
                Required(q.Text, path + ".text", MaxQuestionLength),
                competencies.Count == 0 ? ["?"] : competencies,
                kind ?? QuestionKind.Behavioral,
                q.Difficulty ?? 2,
                probes));
        }

        return questions;
    }

    public ProbeLibrary ReadProbes(string yaml)
    {
        var file = Parse<ProbeFileYaml>(yaml);
        var probes = new List<Probe>();
        for (var i = 0; i < (file?.Probes?.Count ?? 0); i++)
        {
            var p = file!.Probes![i];
            var path = $"probes[{i}]";
            var gap = Gap(p.Gap, path + ".gap");
            var heard = Gaps.Heard.Contains(gap);
            var variants = new List<ProbeVariant>();
            for (var v = 0; v < (p.Variants?.Count ?? 0); v++)
            {
                var variant = p.Variants![v];
                var when = Enum.GetValues<StoryState>().Cast<StoryState?>().FirstOrDefault(s => Codes<StoryState>.Of(s!.Value) == variant.When);
                if (when is null)
                {
                    Add($"{path}.variants[{v}].when", "content.id-invalid", variant.When);
                }

                variants.Add(new ProbeVariant(when ?? default, List(variant.Phrasings, $"{path}.variants[{v}].phrasings", 1, 10)));
            }

            probes.Add(new Probe(
                gap,
                Text(p.Name, path + ".name", MaxNameLength),
                Text(p.Description, path + ".description", MaxDescriptionLength),
                List(p.Phrasings, path + ".phrasings", 4, 20))
            {
                // The measured gaps are judged by the analysis, never by words; the heard ones need their words.
                Covered = Lower(List(p.Covered, path + ".covered", heard ? 5 : 0, heard ? 60 : 0)),
                Variants = variants,
            });
        }

        var intents = new List<ProbeIntent>();
        for (var i = 0; i < (file?.Intents?.Count ?? 0); i++)
        {
            var p = file!.Intents![i];
            var path = $"intents[{i}]";
            var gap = Gap(p.Gap, path + ".gap");
            if (gap.Length > 0 && !Gaps.Heard.Contains(gap))
            {
                // A measured gap is closed by what the analysis finds; an intent's words must not reopen it.
                Add(path + ".gap", "content.gap-unknown", gap);
            }

            if (p.Competencies is not { Count: > 0 })
            {
                Add(path + ".competencies", "content.field-missing");
            }

            intents.Add(new ProbeIntent(
                Id(p.Id, path + ".id"),
                gap,
                p.Competencies ?? [],
                Text(p.Name, path + ".name", MaxNameLength),
                Lower(List(p.Covered, path + ".covered", 5, 60)),
                List(p.Phrasings, path + ".phrasings", 2, 10)));
        }

        return new ProbeLibrary(probes, intents);
    }

    private string Gap(string? value, string path)
    {
        var gap = Required(value, path);
        if (gap.Length > 0 && !Gaps.All.Contains(gap))
        {
            Add(path, "content.gap-unknown", gap);
        }

        return gap;
    }

    public AskGuide ReadAsk(string yaml)
    {
        var file = Parse<AskFileYaml>(yaml);
        var topics = new List<AskTopic>();
        for (var i = 0; i < (file?.Topics?.Count ?? 0); i++)
        {
            var t = file!.Topics![i];
            var path = $"topics[{i}]";
            topics.Add(new AskTopic(Required(t.Id, path + ".id"), Text(t.Name, path + ".name", MaxNameLength), List(t.Questions, path + ".questions", 3, 10)));
        }

        var avoid = new List<AvoidTopic>();
        for (var i = 0; i < (file?.Avoid?.Count ?? 0); i++)
        {
            var a = file!.Avoid![i];
            var path = $"avoid[{i}]";
            avoid.Add(new AvoidTopic(
                Required(a.Id, path + ".id"),
                Text(a.Name, path + ".name", MaxNameLength),
                Text(a.Reason, path + ".reason", MaxDescriptionLength),
                List(a.Keywords, path + ".keywords", 1, 20)));
        }

        return new AskGuide(topics, avoid);
    }

    public LoopTemplate? ReadLoopTemplate(string yaml, string source)
    {
        var before = _problems.Count;
        var file = Parse<LoopTemplateYaml>(yaml);
        if (file is null)
        {
            if (_problems.Count == before)
            {
                Add("", "content.empty-file");
            }

            return null;
        }

        var format = file.Format switch
        {
            "loop" => LoopFormat.Loop,
            "panel" => LoopFormat.Panel,
            _ => (LoopFormat?)null,
        };
        if (format is null)
        {
            Add("format", "content.format-invalid", file.Format);
        }

        var seats = new List<InterviewerTemplate>();
        if (file.Interviewers is null || file.Interviewers.Count is 0 or > 8)
        {
            Add("interviewers", "content.count-out-of-range", 1, 8, file.Interviewers?.Count ?? 0);
        }

        for (var i = 0; i < (file.Interviewers?.Count ?? 0); i++)
        {
            var path = $"interviewers[{i}]";
            if (file.Interviewers![i] is not { } seat)
            {
                Add(path, "input.expected-entry");
                continue;
            }

            var range = seat.Competencies ?? [];
            if (range.Count != 2 || range[0] < 0 || range[1] < Math.Max(1, range[0]) || range[1] > 10)
            {
                Add(path + ".competencies", "content.range-invalid", string.Join(", ", range));
                range = [1, 1];
            }

            var minutes = seat.Minutes ?? file.Minutes ?? 0;
            if (minutes is < 5 or > 240)
            {
                Add(path + ".minutes", "content.minutes-invalid", minutes);
            }

            if (seat.Depth is not (>= 0 and <= 5))
            {
                Add(path + ".depth", "content.depth-invalid", seat.Depth);
            }

            seats.Add(new InterviewerTemplate(
                Id(seat.Role, path + ".role"),
                Text(seat.Name, path + ".name", MaxNameLength),
                Text(seat.Style, path + ".style", MaxDescriptionLength),
                minutes,
                range[0],
                range[1],
                seat.Depth ?? 1));
        }

        var template = new LoopTemplate(
            Id(file.Id, "id"),
            Text(file.Name, "name", MaxNameLength),
            Text(file.Description, "description", MaxDescriptionLength),
            Id(file.Framework, "framework"),
            format ?? LoopFormat.Loop,
            file.Competencies ?? 0,
            file.Minutes ?? 0,
            seats,
            source);
        if (template.Format == LoopFormat.Panel && template.PanelMinutes is < 5 or > 240)
        {
            Add("minutes", "content.minutes-invalid", template.PanelMinutes);
        }

        if (template.DefaultCompetencies < 1 || template.DefaultCompetencies > template.MaxCompetencies)
        {
            Add("competencies", "content.count-out-of-range", 1, template.MaxCompetencies, template.DefaultCompetencies);
        }

        return template;
    }

    public IReadOnlyDictionary<string, LocalizedText> ReadNoteTemplates(string yaml)
    {
        var file = Parse<Dictionary<string, Dictionary<string, TextYaml>>>(yaml) ?? [];
        var templates = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (section, entries) in file)
        {
            foreach (var (name, text) in entries)
            {
                var value = Text(text, $"{section}.{name}", 2_000);
                CheckFormat($"{section}.{name}", value);
                templates[$"{section}.{name}"] = value;
            }
        }

        return templates;
    }

    public PostingLexicon ReadPostingLexicon(string yaml)
    {
        var file = Parse<PostingLexiconYaml>(yaml) ?? new PostingLexiconYaml();
        var sections = new Dictionary<SectionKind, LocalizedList>();
        foreach (var kind in Enum.GetValues<SectionKind>())
        {
            var key = kind.ToString().ToLowerInvariant();
            sections[kind] = Lower(List(file.Sections?.GetValueOrDefault(key), "sections." + key, 1, 80));
        }

        var stageKinds = new Dictionary<StageKind, LocalizedList>();
        foreach (var kind in Enum.GetValues<StageKind>())
        {
            var key = StageKindKey(kind);
            stageKinds[kind] = Lower(List(file.StageKinds?.GetValueOrDefault(key), "stageKinds." + key, 1, 80));
        }

        var qualities = new List<Quality>();
        foreach (var (id, quality) in file.Qualities ?? [])
        {
            var words = Lower(List(new ListYaml { En = quality.En, Ko = quality.Ko }, "qualities." + id, 1, 40));
            var competencies = Items(quality.Competencies, "qualities." + id + ".competencies", 1, 4);
            qualities.Add(new Quality(id, words, competencies));
        }

        return new PostingLexicon
        {
            Sections = sections,
            MustHave = Lower(List(file.MustHave, "mustHave", 1, 80)),
            NiceToHave = Lower(List(file.NiceToHave, "niceToHave", 1, 80)),
            StageKinds = stageKinds,
            StageModifiers = Lower(List(file.StageModifiers, "stageModifiers", 1, 60)),
            Participants = Lower(List(file.Participants, "participants", 1, 60)),
            OptionalCues = Lower(List(file.OptionalCues, "optionalCues", 1, 60)),
            PolicyCues = Lower(List(file.PolicyCues, "policyCues", 1, 80)),
            NoticeLabels = Lower(List(file.NoticeLabels, "noticeLabels", 1, 60)),
            Qualities = qualities,
            StopKeywords = Lower(List(file.StopKeywords, "stopKeywords", 0, 400)),
        };
    }

    // "phone-or-video" for StageKind.PhoneOrVideo: the names the JSON and the lexicon share.
    private static string StageKindKey(StageKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public IReadOnlyDictionary<string, LocalizedList> ReadStoryPrompts(string yaml)
    {
        var file = Parse<StoryPromptsYaml>(yaml);
        var prompts = new Dictionary<string, LocalizedList>(StringComparer.Ordinal);
        foreach (var (id, list) in file?.Prompts ?? [])
        {
            prompts[id] = List(list, "prompts." + id, 1, 10);
        }

        return prompts;
    }

    public AnalysisLexicon ReadLexicon(string analysisYaml, string signalsYaml)
    {
        var file = Parse<AnalysisLexiconYaml>(analysisYaml) ?? new AnalysisLexiconYaml();
        var star = new Dictionary<StarPart, LocalizedList>();
        foreach (var part in Enum.GetValues<StarPart>())
        {
            var key = part.Code();
            star[part] = List(file.Star?.GetValueOrDefault(key), "star." + key, 5, 80);
        }

        var signalsFile = new ContentReader("lexicons/competencies.yaml", _problems, _compiled).Parse<SignalsYaml>(signalsYaml) ?? new SignalsYaml();
        var signals = new Dictionary<string, LocalizedList>(StringComparer.Ordinal);
        foreach (var (id, words) in signalsFile.Signals ?? [])
        {
            signals[id] = new ContentReader("lexicons/competencies.yaml", _problems, _compiled).List(words, "signals." + id, 3, 60);
        }

        return new AnalysisLexicon(
            Lower(List(file.Fillers, "fillers", 3, 40)),
            Lower(List(file.Hedges, "hedges", 3, 60)),
            Lower(List(file.Ownership?.I, "ownership.i", 1, 30)),
            Lower(List(file.Ownership?.We, "ownership.we", 1, 30)),
            star.ToDictionary(p => p.Key, p => Lower(p.Value)),
            Lower(List(file.VagueResults, "vagueResults", 1, 60)),
            signals.ToDictionary(p => p.Key, p => Lower(p.Value), StringComparer.Ordinal));
    }

    private static LocalizedList Lower(LocalizedList list) =>
        new([.. list.En.Select(w => w.ToLowerInvariant())], [.. list.Ko.Select(w => w.ToLowerInvariant())]);

    public Messages ReadMessages(string yaml)
    {
        var map = Parse<Dictionary<string, TextYaml>>(yaml) ?? [];
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            var text = Text(value, key, 2_000);
            CheckFormat(key, text);
            texts[key] = text;
        }

        return new Messages(texts);
    }

    private void CheckFormat(string field, LocalizedText text)
    {
        // Built-in texts are compiled from the YAML that the content tests check, these checks among the rest; at
        // start-up their thousand regular-expression scans would cost more than building the messages.
        if (_compiled)
        {
            return;
        }

        if (Placeholders(text.En) != Placeholders(text.Ko))
        {
            Add(field, "content.placeholders-differ", Placeholders(text.En), Placeholders(text.Ko));
        }

        CheckParticles(field, text);
    }

    // {0:이/가} must name a particle Josa knows: anything else would print as a raw format or fail.
    private void CheckParticles(string field, LocalizedText text)
    {
        foreach (var spec in MessageFormat.ParticleSpecs(text.En).Concat(MessageFormat.ParticleSpecs(text.Ko)).Where(s => !Josa.IsParticle(s)))
        {
            Add(field, "content.particle-unknown", spec);
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    private void Add(string field, string key, params object?[] args) =>
        _problems.Add(new Problem(_file.Length == 0 ? field : $"{_file}: {field}", key, args));

    private string Id(string? value, string path)
    {
        var id = Required(value, path);
        if (id.Length > 0 && !IsValidId(id))
        {
            Add(path, "content.id-invalid", id);
        }

        return id;
    }

    private string Required(string? value, string path, int maxLength = MaxIdLength * 2)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "content.field-missing");
            return "";
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(path, "content.too-long", maxLength, trimmed.Length);
        }

        // A user's framework or template is printed back (names, descriptions): an escape code in it would act on
        // the terminal, so it is refused as story fields refuse it.
        if (TextInput.HasControlCharacters(trimmed))
        {
            Add(path, "input.control-characters");
        }

        return trimmed;
    }

    // Ids of related competencies: a null or empty entry is named by its place rather than passed on.
    private List<string> Related(List<string>? ids, string path)
    {
        var related = new List<string>();
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(ids![i]))
            {
                Add($"{path}[{i}]", "input.expected-text");
            }
            else
            {
                related.Add(ids[i]);
            }
        }

        return related;
    }

    private LocalizedText Text(TextYaml? value, string path, int maxLength) =>
        new(Required(value?.En, path + ".en", maxLength), Required(value?.Ko, path + ".ko", maxLength));

    private LocalizedList List(ListYaml? value, string path, int min, int max) =>
        new(Items(value?.En, path + ".en", min, max), Items(value?.Ko, path + ".ko", min, max));

    private List<string> Items(List<string>? items, string path, int min, int max)
    {
        var list = (items ?? []).Select(s => s?.Trim() ?? "").ToList();
        if (list.Count < min || list.Count > max)
        {
            Add(path, "content.count-out-of-range", min, max, list.Count);
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Length == 0)
            {
                Add($"{path}[{i}]", "content.field-missing");
            }
            else if (list[i].Length > MaxDescriptionLength)
            {
                Add($"{path}[{i}]", "content.too-long", MaxDescriptionLength, list[i].Length);
            }
            else if (TextInput.HasControlCharacters(list[i]))
            {
                Add($"{path}[{i}]", "input.control-characters");
            }
        }

        return list;
    }

    /// <summary>Built on first use only: building it is a large part of YamlDotNet's cost, which built-in content avoids.</summary>
    private static class YamlParser
    {
        public static readonly IDeserializer Instance = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
