using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LoopCoach.Core.Tests.Prep;

/// <summary>
/// Six postings written for these tests (three Korean, three English, each in a different layout: bullets,
/// bracketed headings with numbered stages, emoji headings with arrows, Markdown, plain prose) against what a
/// careful reader extracts from them (Postings/expected.yaml).
/// </summary>
public sealed class PostingSampleTests
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static TheoryData<string> Files => new(Expected().Select(e => e.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void Analyze_SamplePosting_ExtractsWhatAReaderWould(string file)
    {
        var expected = Expected().Single(e => e.File == file);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Postings", file));

        var analysis = BuiltIn.Postings.Analyze(text);

        Assert.Equal(expected.Language, analysis.Language.ToString().ToLowerInvariant());
        Assert.Equal(expected.Role, analysis.Role);
        Assert.Equal(expected.Company, analysis.Company);
        Assert.Equal(expected.Stages, analysis.Stages);
        Assert.Equal(expected.Strengths, analysis.Strengths.Select(s => s.Name));
        Assert.Equal(expected.MustHave, analysis.Requirements.Count(r => r.MustHave));
        Assert.Equal(expected.NiceToHave, analysis.Requirements.Count(r => !r.MustHave));
        Assert.Contains(analysis.Principles.Select(p => p.Id), expected.Competencies.Contains);
    }

    private static List<ExpectedPosting> Expected() =>
        Yaml.Deserialize<List<ExpectedPosting>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Postings", "expected.yaml")));

    public sealed class ExpectedPosting
    {
        public string File { get; set; } = "";

        public string Language { get; set; } = "";

        public string? Role { get; set; }

        public string? Company { get; set; }

        public List<string> Stages { get; set; } = [];

        public List<string> Strengths { get; set; } = [];

        public int MustHave { get; set; }

        public int NiceToHave { get; set; }

        public List<string> Competencies { get; set; } = [];
    }
}
