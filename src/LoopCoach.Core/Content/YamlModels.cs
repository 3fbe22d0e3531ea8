// The shapes of the content files as YAML sees them: everything nullable, so that a missing field becomes a
// clear problem from ContentValidator rather than a crash in the deserializer.
#pragma warning disable CA1812 // instantiated by YamlDotNet
#pragma warning disable CA2227 // setters are how YamlDotNet fills the lists

namespace LoopCoach.Core.Content;

internal sealed class TextYaml
{
    public string? En { get; set; }

    public string? Ko { get; set; }
}

internal sealed class ListYaml
{
    public List<string>? En { get; set; }

    public List<string>? Ko { get; set; }
}

internal sealed class FrameworkYaml
{
    public string? Id { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Description { get; set; }

    public List<CompetencyYaml>? Competencies { get; set; }
}

internal sealed class CompetencyYaml
{
    public string? Id { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Description { get; set; }

    public ListYaml? Evidence { get; set; }

    public ListYaml? RedFlags { get; set; }

    public List<string>? Related { get; set; }
}

internal sealed class QuestionFileYaml
{
    public string? Language { get; set; }

    public List<QuestionYaml>? Questions { get; set; }
}

internal sealed class QuestionYaml
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public List<string>? Competencies { get; set; }

    public string? Kind { get; set; }

    public int? Difficulty { get; set; }

    public List<string>? Probes { get; set; }
}

internal sealed class ProbeFileYaml
{
    public List<ProbeYaml>? Probes { get; set; }

    public List<ProbeIntentYaml>? Intents { get; set; }
}

internal sealed class ProbeYaml
{
    public string? Gap { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Description { get; set; }

    public ListYaml? Covered { get; set; }

    public ListYaml? Phrasings { get; set; }

    public List<ProbeVariantYaml>? Variants { get; set; }
}

internal sealed class ProbeVariantYaml
{
    public string? When { get; set; }

    public ListYaml? Phrasings { get; set; }
}

internal sealed class ProbeIntentYaml
{
    public string? Id { get; set; }

    public string? Gap { get; set; }

    public List<string>? Competencies { get; set; }

    public TextYaml? Name { get; set; }

    public ListYaml? Covered { get; set; }

    public ListYaml? Phrasings { get; set; }
}

internal sealed class AskFileYaml
{
    public List<AskTopicYaml>? Topics { get; set; }

    public List<AvoidTopicYaml>? Avoid { get; set; }
}

internal sealed class AskTopicYaml
{
    public string? Id { get; set; }

    public TextYaml? Name { get; set; }

    public ListYaml? Questions { get; set; }
}

internal sealed class AvoidTopicYaml
{
    public string? Id { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Reason { get; set; }

    public ListYaml? Keywords { get; set; }
}

internal sealed class AnalysisLexiconYaml
{
    public ListYaml? Fillers { get; set; }

    public ListYaml? Hedges { get; set; }

    public OwnershipYaml? Ownership { get; set; }

    public Dictionary<string, ListYaml>? Star { get; set; }

    public ListYaml? VagueResults { get; set; }
}

internal sealed class OwnershipYaml
{
    public ListYaml? I { get; set; }

    public ListYaml? We { get; set; }
}

internal sealed class SignalsYaml
{
    public Dictionary<string, ListYaml>? Signals { get; set; }
}

internal sealed class LoopTemplateYaml
{
    public string? Id { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Description { get; set; }

    public string? Framework { get; set; }

    public string? Format { get; set; }

    public int? Competencies { get; set; }

    public int? Minutes { get; set; }

    public List<InterviewerYaml>? Interviewers { get; set; }
}

internal sealed class InterviewerYaml
{
    public string? Role { get; set; }

    public TextYaml? Name { get; set; }

    public TextYaml? Style { get; set; }

    public int? Minutes { get; set; }

    public List<int>? Competencies { get; set; }

    public int? Depth { get; set; }
}

internal sealed class StoryPromptsYaml
{
    public Dictionary<string, ListYaml>? Prompts { get; set; }
}

internal sealed class PostingLexiconYaml
{
    public Dictionary<string, ListYaml>? Sections { get; set; }

    public ListYaml? MustHave { get; set; }

    public ListYaml? NiceToHave { get; set; }

    public Dictionary<string, ListYaml>? StageKinds { get; set; }

    public ListYaml? StageModifiers { get; set; }

    public ListYaml? Participants { get; set; }

    public ListYaml? OptionalCues { get; set; }

    public ListYaml? PolicyCues { get; set; }

    public ListYaml? NoticeLabels { get; set; }

    public Dictionary<string, QualityYaml>? Qualities { get; set; }

    public ListYaml? StopKeywords { get; set; }
}

internal sealed class QualityYaml
{
    public List<string>? Competencies { get; set; }

    public List<string>? En { get; set; }

    public List<string>? Ko { get; set; }
}
