using LoopCoach.Core.Content;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;

namespace LoopCoach.Core.Tests.Content;

public sealed class UserTemplateTests
{
    private const string TwoPeople = """
        id: my-loop
        name: { en: My loop, ko: 내 루프 }
        description: { en: Two people., ko: 두 사람. }
        framework: amazon-lp
        format: loop
        competencies: 2
        interviewers:
          - { role: practitioner, name: { en: Sam, ko: 샘 }, style: { en: Calm., ko: 차분함. }, minutes: 30, competencies: [1, 2], depth: 2 }
          - { role: bar-raiser, name: { en: Kim, ko: 김 }, style: { en: Deep., ko: 깊이. }, minutes: 30, competencies: [1, 2], depth: 3 }
        """;

    [Fact]
    public void ParseTemplate_ValidText_IsATemplateLikeTheBuiltInOnes()
    {
        var template = ContentCatalog.BuiltIn.ParseTemplate(new ContentText("mine.yaml", TwoPeople) { Source = "/home/me/mine.yaml" });

        Assert.Equal("my-loop", template.Id);
        Assert.Equal(LoopFormat.Loop, template.Format);
        Assert.Equal(["practitioner", "bar-raiser"], template.Interviewers.Select(i => i.Role));
        Assert.Equal("/home/me/mine.yaml", template.Source);
    }

    [Fact]
    public void ParseTemplate_BrokenText_ReportsEveryProblemUnderTheTextsName()
    {
        var yaml = "id: Bad Loop\nframework: nope\nformat: circle\ninterviewers: []\n";

        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.ParseTemplate(new ContentText("bad.yaml", yaml)));

        Assert.Equal("loop.template-invalid", error.MessageKey);
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal(error.Problems.Count, error.Args[0]);
        var found = error.Problems.Select(p => $"{p.Field}:{p.MessageKey}").ToList();
        Assert.Contains("bad.yaml: format:content.format-invalid", found);
        Assert.Contains("bad.yaml: interviewers:content.count-out-of-range", found);
        Assert.Contains("bad.yaml: id:content.id-invalid", found);
        Assert.Contains("bad.yaml: name.en:content.field-missing", found);
        Assert.Equal("bad.yaml: framework:framework.not-found", found[^1]);
    }

    [Fact]
    public void ParseTemplate_AFrameworkAddedByTheUser_IsKnown()
    {
        var values = """
            id: our-values
            name: { en: Our values, ko: 우리의 가치 }
            description: { en: Values., ko: 가치. }
            competencies:
              - { id: candour, name: { en: Candour, ko: 솔직함 }, description: { en: Candid., ko: 솔직. }, related: [ earn-trust ] }
            """;
        var yaml = TwoPeople.Replace("framework: amazon-lp", "framework: our-values", StringComparison.Ordinal);

        var refused = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.ParseTemplate(new ContentText("mine.yaml", yaml)));
        var template = ContentCatalog.BuiltIn.WithFrameworks([new ContentText("values.yaml", values)]).ParseTemplate(new ContentText("mine.yaml", yaml));

        Assert.Equal("framework.not-found", Assert.Single(refused.Problems).MessageKey);
        Assert.Equal("our-values", template.FrameworkId);
    }

    [Fact]
    public void ParseTemplate_EmptyText_IsAnEmptyFile()
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.ParseTemplate(new ContentText("empty.yaml", "  \n")));

        Assert.Equal("content.empty-file", Assert.Single(error.Problems).MessageKey);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("/etc/passwd")]
    [InlineData("../../secret.yaml")]
    public void GetTemplate_AnythingButABuiltInId_IsNotFound_AndNoFileIsRead(string name)
    {
        var error = Assert.Throws<LoopCoachException>(() => ContentCatalog.BuiltIn.GetTemplate(name));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal("loop.template-not-found", error.MessageKey);
        Assert.Equal([name, "amazon-loop, integrated-interview, phone-screen"], error.Args);
    }
}
