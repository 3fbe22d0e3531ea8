using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;

namespace LoopCoach.Core.Tests.Content;

public sealed class UserFrameworkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loopcoach-fw-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WithFrameworkFiles_ValidFile_AddsItsCompetenciesBesideTheBuiltInOnes()
    {
        var path = Write("values.yaml", """
            id: our-values
            name: { en: Our values, ko: 우리의 가치 }
            description: { en: Values of a small team., ko: 작은 팀의 가치입니다. }
            competencies:
              - id: candour
                name: { en: Candour, ko: 솔직함 }
                description: { en: Says hard things kindly., ko: 어려운 말도 정중하게 합니다. }
                related: [ earn-trust ]
            """);

        var catalog = ContentCatalog.BuiltIn.WithFrameworkFiles([path]);

        Assert.Equal("our-values", catalog.Frameworks.Frameworks[^1].Id);
        Assert.Equal("솔직함", catalog.Frameworks.FindCompetency("candour")?.Name.Ko);
        Assert.Equal(["candour", "earn-trust"], catalog.Frameworks.Expand("candour"));
        Assert.Null(ContentCatalog.BuiltIn.Frameworks.FindCompetency("candour"));
    }

    [Fact]
    public void WithFrameworkFiles_BrokenFile_ReportsEveryProblemWithItsField()
    {
        var path = Write("broken.yaml", """
            id: Bad Id
            name: { en: Broken }
            description: { en: x, ko: 엑스 }
            competencies:
              - id: ownership
                name: { en: Ownership again, ko: 주인의식 }
                description: { en: x, ko: 엑스 }
                related: [ no-such-thing ]
            """);

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworkFiles([path]));

        Assert.Equal("framework.file-invalid", error.MessageKey);
        var found = error.Problems.Select(p => $"{p.Field.Split(": ")[^1]}:{p.MessageKey}").ToList();
        Assert.Contains("id:content.id-invalid", found);
        Assert.Contains("name.ko:content.field-missing", found);
    }

    [Fact]
    public void WithFrameworkFiles_CompetencyIdTakenByABuiltInFramework_IsRefused()
    {
        var path = Write("dup.yaml", """
            id: copycat
            name: { en: Copycat, ko: 따라쟁이 }
            description: { en: x, ko: 엑스 }
            competencies:
              - id: ownership
                name: { en: Ownership again, ko: 주인의식 }
                description: { en: x, ko: 엑스 }
                related: [ no-such-thing ]
            """);

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworkFiles([path]));

        Assert.Contains(error.Problems, p => p.MessageKey == "content.competency-duplicate");
        Assert.Contains(error.Problems, p => p.MessageKey == "content.competency-unknown" && (string?)p.Args[0] == "no-such-thing");
    }

    [Fact]
    public void WithFrameworkFiles_YamlSyntaxError_NamesTheLine()
    {
        var path = Write("syntax.yaml", "id: x\nname: { en: [unclosed\n");

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworkFiles([path]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("content.yaml-error", problem.MessageKey);
        Assert.Matches(@": \d+:\d+$", problem.Field);
    }

    [Fact]
    public void WithFrameworkFiles_MissingFile_IsNotFound()
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.WithFrameworkFiles([Path.Combine(_folder, "nope.yaml")]));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
