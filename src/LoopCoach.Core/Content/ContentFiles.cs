namespace LoopCoach.Core.Content;

/// <summary>
/// The class each built-in content file is read into. Shared with LoopCoach.ContentCompiler, which compiles every
/// file into C# that builds these objects (<c>CompiledContent</c>).
/// </summary>
internal static class ContentFiles
{
    /// <summary>The class of <paramref name="name"/>, a path under <c>content/</c> such as <c>frameworks/generic.yaml</c>.</summary>
    public static Type Of(string name) => name switch
    {
        "messages.yaml" => typeof(Dictionary<string, TextYaml>),
        "probes.yaml" => typeof(ProbeFileYaml),
        "ask.yaml" => typeof(AskFileYaml),
        "lexicons/analysis.yaml" => typeof(AnalysisLexiconYaml),
        "lexicons/competencies.yaml" => typeof(SignalsYaml),
        "lexicons/postings.yaml" => typeof(PostingLexiconYaml),
        "templates/notes.yaml" => typeof(Dictionary<string, Dictionary<string, TextYaml>>),
        "templates/story-prompts.yaml" => typeof(StoryPromptsYaml),
        _ when name.StartsWith("frameworks/", StringComparison.Ordinal) => typeof(FrameworkYaml),
        _ when name.StartsWith("questions/", StringComparison.Ordinal) => typeof(QuestionFileYaml),
        _ when name.StartsWith("loops/", StringComparison.Ordinal) => typeof(LoopTemplateYaml),
        _ => throw new InvalidOperationException($"content/{name}: no class is known for this file; add it to ContentFiles."),
    };
}
