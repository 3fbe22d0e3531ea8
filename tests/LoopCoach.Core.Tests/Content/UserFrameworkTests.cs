using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;

namespace LoopCoach.Core.Tests.Content;

public sealed class UserFrameworkTests
{
    private const string Values = """
        id: our-values
        name: { en: Our values, ko: 우리의 가치 }
        description: { en: Values of a small team., ko: 작은 팀의 가치입니다. }
        competencies:
          - id: candour
            name: { en: Candour, ko: 솔직함 }
            description: { en: Says hard things kindly., ko: 어려운 말도 정중하게 합니다. }
            related: [ earn-trust ]
        """;

    [Fact]
    public void WithFrameworks_ValidText_AddsItsCompetenciesBesideTheBuiltInOnes()
    {
        var catalog = ContentCatalog.BuiltIn.WithFrameworks([new ContentText("values.yaml", Values) { Source = "/home/me/values.yaml" }]);

        Assert.Equal("our-values", catalog.Frameworks.Frameworks[^1].Id);
        Assert.Equal("/home/me/values.yaml", catalog.Frameworks.Frameworks[^1].Source);
        Assert.Equal("솔직함", catalog.Frameworks.FindCompetency("candour")?.Name.Ko);
        Assert.Equal(["candour", "earn-trust"], catalog.Frameworks.Expand("candour"));
        Assert.Null(ContentCatalog.BuiltIn.Frameworks.FindCompetency("candour"));
    }

    [Fact]
    public void WithFrameworks_BrokenText_ReportsEveryProblemWithItsFieldUnderTheTextsName()
    {
        var yaml = """
            id: Bad Id
            name: { en: Broken }
            description: { en: x, ko: 엑스 }
            competencies:
              - id: ownership
                name: { en: Ownership again, ko: 주인의식 }
                description: { en: x, ko: 엑스 }
                related: [ no-such-thing ]
            """;

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("broken.yaml", yaml)]));

        Assert.Equal("framework.file-invalid", error.MessageKey);
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        var found = error.Problems.Select(p => $"{p.Field}:{p.MessageKey}").ToList();
        Assert.Contains("broken.yaml: id:content.id-invalid", found);
        Assert.Contains("broken.yaml: name.ko:content.field-missing", found);
        Assert.Equal(error.Problems.Count, error.Args[0]);
    }

    [Fact]
    public void WithFrameworks_CompetencyIdTakenByABuiltInFramework_IsRefused()
    {
        var yaml = """
            id: copycat
            name: { en: Copycat, ko: 따라쟁이 }
            description: { en: x, ko: 엑스 }
            competencies:
              - id: ownership
                name: { en: Ownership again, ko: 주인의식 }
                description: { en: x, ko: 엑스 }
                related: [ no-such-thing ]
            """;

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("dup.yaml", yaml)]));

        Assert.Contains(error.Problems, p => p.MessageKey == "content.competency-duplicate" && p.Field == "dup.yaml: ownership");
        Assert.Contains(error.Problems, p => p.MessageKey == "content.competency-unknown" && (string?)p.Args[0] == "no-such-thing");
    }

    [Fact]
    public void WithFrameworks_TheSameFrameworkTwice_IsADuplicateNamedByItsSource()
    {
        var text = new ContentText("values.yaml", Values) { Source = "/home/me/values.yaml" };

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([text, text]));

        Assert.Contains(error.Problems, p => p.MessageKey == "content.id-duplicate" && p.Field == "/home/me/values.yaml: id");
    }

    [Fact]
    public void WithFrameworks_YamlSyntaxError_NamesTheLine()
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("syntax.yaml", "id: x\nname: { en: [unclosed\n")]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("content.yaml-error", problem.MessageKey);
        Assert.Matches(@"^syntax\.yaml: \d+:\d+$", problem.Field);
    }

    [Fact]
    public void WithFrameworks_EmptyText_IsAnEmptyFile()
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("empty.yaml", "")]));

        Assert.Equal("empty.yaml: ", Assert.Single(error.Problems).Field);
        Assert.Equal("content.empty-file", error.Problems[0].MessageKey);
    }

    [Fact]
    public void WithFrameworks_HugeText_IsRefusedBeforeItIsParsed()
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworks([new ContentText("huge.yaml", new string('#', ContentCatalog.MaxTextLength + 1))]));

        Assert.Equal("file.too-large", error.MessageKey);
        Assert.Equal(["huge.yaml", 1], error.Args);
    }
}
