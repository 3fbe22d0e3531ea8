using System.Text.Encodings.Web;
using System.Text.Json;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Tests.Content;

/// <summary>
/// The program takes the built-in content from the C# that LoopCoach.ContentCompiler writes at build time; these
/// tests hold it to the YAML it was compiled from, which the other content tests check.
/// </summary>
public sealed class CompiledContentTests
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly (ContentCatalog Catalog, List<Core.Errors.Problem> Problems) FromYaml = ContentCatalog.Read(compiled: false);

    private static readonly (ContentCatalog Catalog, List<Core.Errors.Problem> Problems) FromJson = ContentCatalog.Read(compiled: true);

    public static TheoryData<string> Parts => new(
        "frameworks", "questions", "probes", "ask", "lexicon", "templates", "storyPrompts", "postingLexicon", "noteTemplates");

    [Fact]
    public void CompiledContent_ReadsWithoutProblems()
    {
        Assert.Empty(FromJson.Problems.Select(p => $"{p.Field}: {p.MessageKey}"));
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void CompiledContent_ReadsAsTheYamlItWasCompiledFrom(string part)
    {
        var yaml = Serialize(FromYaml.Catalog, part);

        Assert.True(yaml.Length > 200, yaml);
        Assert.Equal(yaml, Serialize(FromJson.Catalog, part));
    }

    [Fact]
    public void CompiledMessages_AreTheYamlMessages()
    {
        var yaml = FromYaml.Catalog.Messages;
        var json = FromJson.Catalog.Messages;

        Assert.Equal(yaml.Keys.Order(StringComparer.Ordinal), json.Keys.Order(StringComparer.Ordinal));
        Assert.All(yaml.Keys, key =>
        {
            Assert.Equal(yaml.Get(Language.En, key), json.Get(Language.En, key));
            Assert.Equal(yaml.Get(Language.Ko, key), json.Get(Language.Ko, key));
        });
    }

    [Fact]
    public void BuiltInContent_IsTheCompiledContent()
    {
        Assert.Equal(Serialize(FromJson.Catalog, "questions"), Serialize(ContentCatalog.BuiltIn, "questions"));
        Assert.Equal(Serialize(FromJson.Catalog, "frameworks"), Serialize(ContentCatalog.BuiltIn, "frameworks"));
    }

    private static string Serialize(ContentCatalog catalog, string part) => part switch
    {
        "frameworks" => JsonSerializer.Serialize(catalog.Frameworks.Frameworks, Options),
        "questions" => JsonSerializer.Serialize(catalog.Questions.Questions, Options),
        "probes" => JsonSerializer.Serialize(catalog.Probes, Options),
        "ask" => JsonSerializer.Serialize(catalog.Ask, Options),
        "lexicon" => JsonSerializer.Serialize(catalog.Lexicon, Options),
        "templates" => JsonSerializer.Serialize(catalog.Templates, Options),
        "storyPrompts" => JsonSerializer.Serialize(catalog.StoryPrompts, Options),
        "postingLexicon" => JsonSerializer.Serialize(catalog.PostingLexicon, Options),
        "noteTemplates" => JsonSerializer.Serialize(catalog.NoteTemplates, Options),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };
}
