using System.Text.RegularExpressions;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Tests.Content;

public sealed partial class BuiltInContentTests
{
    private static readonly ContentCatalog Content = ContentCatalog.BuiltIn;

    private static readonly string[] Principles =
    [
        "customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot", "learn-and-be-curious",
        "hire-and-develop-the-best", "insist-on-the-highest-standards", "think-big", "bias-for-action", "frugality",
        "earn-trust", "dive-deep", "have-backbone-disagree-and-commit", "deliver-results",
        "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility",
    ];

    public static TheoryData<string> PrincipleIds => new(Principles);

    [Fact]
    public void BuiltInContent_PassesEveryStructuralCheck()
    {
        var problems = ContentCatalog.ValidateBuiltIn();

        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Field}: {p.MessageKey} {string.Join(", ", p.Args)}")));
    }

    [Fact]
    public void AmazonFramework_HasTheSixteenPrinciplesInDesignOrder()
    {
        var framework = Content.Frameworks.Get("amazon-lp");

        Assert.Equal(Principles, framework.Competencies.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(PrincipleIds))]
    public void EveryPrinciple_HasAtLeastTwelveEnglishAndEightKoreanQuestions(string principle)
    {
        var counts = Content.Questions.PrimaryCounts();

        Assert.True(counts.GetValueOrDefault((principle, Language.En)) >= 12, $"{principle} en: {counts.GetValueOrDefault((principle, Language.En))}");
        Assert.True(counts.GetValueOrDefault((principle, Language.Ko)) >= 8, $"{principle} ko: {counts.GetValueOrDefault((principle, Language.Ko))}");
    }

    [Theory]
    [MemberData(nameof(PrincipleIds))]
    public void EveryPrinciple_DescribesItselfAndItsEvidenceInBothLanguages(string principle)
    {
        var competency = Content.Frameworks.FindCompetency(principle);

        Assert.NotNull(competency);
        Assert.InRange(Sentences(competency.Description.En), 2, 5);
        Assert.True(HasHangul(competency.Description.Ko));
        Assert.InRange(competency.Evidence.En.Count, 2, 5);
        Assert.InRange(competency.Evidence.Ko.Count, 2, 5);
        Assert.InRange(competency.RedFlags.En.Count, 2, 5);
        Assert.InRange(competency.RedFlags.Ko.Count, 2, 5);
    }

    [Fact]
    public void QuestionBank_HoldsAtLeastThreeHundredQuestionsWithUniqueIds()
    {
        var questions = Content.Questions.Questions;

        Assert.True(questions.Count >= 300, $"{questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void EveryQuestion_NamesKnownCompetenciesAndProbesFromTheLibrary()
    {
        foreach (var question in Content.Questions.Questions)
        {
            Assert.InRange(question.Competencies.Count, 1, 3);
            Assert.All(question.Competencies, id => Assert.NotNull(Content.Frameworks.FindCompetency(id)));
            Assert.NotEmpty(question.Probes);
            Assert.All(question.Probes, gap => Assert.Contains(Content.Probes, p => p.Gap == gap));
        }
    }

    [Theory]
    [InlineData(QuestionKind.Motivation)]
    [InlineData(QuestionKind.Method)]
    public void MotivationAndMethodQuestions_ExistInBothLanguages(QuestionKind kind)
    {
        Assert.True(Content.Questions.Questions.Count(q => q.Kind == kind && q.Language == Language.En) >= 8);
        Assert.True(Content.Questions.Questions.Count(q => q.Kind == kind && q.Language == Language.Ko) >= 8);
    }

    [Fact]
    public void QuestionTexts_AreInTheLanguageTheirFileDeclares()
    {
        foreach (var question in Content.Questions.Questions)
        {
            Assert.True(question.Language == Language.Ko ? HasHangul(question.Text) : !HasHangul(question.Text), question.Id);
        }
    }

    [Fact]
    public void FrameworkTexts_AreKoreanInKoAndEnglishInEn()
    {
        foreach (var competency in Content.Frameworks.Competencies)
        {
            Assert.True(HasHangul(competency.Name.Ko) && HasHangul(competency.Description.Ko), competency.Id);
            Assert.False(HasHangul(competency.Description.En), competency.Id);
            Assert.All(competency.Evidence.Ko, e => Assert.True(HasHangul(e), competency.Id));
            Assert.All(competency.Evidence.En, e => Assert.False(HasHangul(e), competency.Id));
        }
    }

    [Fact]
    public void GenericAndPostingFrameworks_LinkToTheNearestPrinciples()
    {
        var generic = Content.Frameworks.Get("generic");
        var posting = Content.Frameworks.Get("research-am");

        Assert.InRange(generic.Competencies.Count, 9, 12);
        Assert.Equal(["drive", "structured-thinking", "customer-orientation", "team-spirit"], posting.Competencies.Select(c => c.Id));
        Assert.All(posting.Competencies, c => Assert.Contains(c.Related, r => Content.Frameworks.FindCompetency(r)?.FrameworkId == "amazon-lp"));
    }

    [Fact]
    public void ProbeLibrary_CoversEveryGapWithSeveralPhrasingsPerLanguage()
    {
        Assert.Equal(Gaps.All, Content.Probes.Select(p => p.Gap));
        Assert.All(Content.Probes, p =>
        {
            Assert.True(p.Phrasings.En.Count >= 4, p.Gap);
            Assert.True(p.Phrasings.Ko.Count >= 4, p.Gap);
            Assert.All(p.Phrasings.Ko, text => Assert.True(HasHangul(text), p.Gap));
        });
    }

    [Fact]
    public void AskGuide_HasEveryTopicAndEveryTopicToAvoid()
    {
        Assert.Equal(AskGuide.TopicIds, Content.Ask.Topics.Select(t => t.Id));
        Assert.Equal(AskGuide.AvoidIds, Content.Ask.Avoid.Select(t => t.Id));
        Assert.All(Content.Ask.Topics, t => Assert.True(t.Questions.En.Count >= 3 && t.Questions.Ko.Count >= 3, t.Id));
        Assert.All(Content.Ask.Avoid, t => Assert.True(t.Keywords.En.Count > 0 && t.Keywords.Ko.Count > 0, t.Id));
    }

    [Fact]
    public void QuestionsToAsk_DoNotThemselvesTouchATopicToAvoid()
    {
        foreach (var topic in Content.Ask.Topics)
        {
            foreach (var language in Languages.All)
            {
                foreach (var question in topic.Questions[language])
                {
                    var hit = Content.Ask.Avoid.SelectMany(a => a.Keywords[language])
                        .FirstOrDefault(k => question.Contains(k, StringComparison.OrdinalIgnoreCase) && k.Length > 2);
                    Assert.True(hit is null, $"{question} contains '{hit}'");
                }
            }
        }
    }

    [Fact]
    public void EveryMessageKeyUsedInTheSource_ExistsInBothLanguages()
    {
        var source = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText);
        var keys = source.SelectMany(text => MessageKey().Matches(text).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.') && !k.EndsWith(".yaml", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !Content.Messages.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing messages: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMessageKeyPrefixUsedInTheSource_StartsSomeMessage()
    {
        // "cli.kind." + kind: a prefix no message starts with is a key renamed or mistyped (it would print as is).
        var prefixes = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => MessageKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(k => k.EndsWith('.'))
            .Distinct()
            .ToList();

        var unused = prefixes.Where(p => !Content.Messages.Keys.Any(k => k.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(prefixes);
        Assert.True(unused.Count == 0, "prefixes of no message: " + string.Join(", ", unused));
    }

    [Fact]
    public void KoreanMessages_AreKorean()
    {
        foreach (var key in Content.Messages.Keys)
        {
            var ko = Content.Messages.Get(Language.Ko, key, "x", "x", "x", "x", "x", "x", "x", "x");
            if (ko.Replace("x", "", StringComparison.Ordinal).Trim().Length > 0)
            {
                Assert.True(HasHangul(ko) || key.StartsWith("cli.kind.", StringComparison.Ordinal), key);
            }
        }
    }

    private static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    private static int Sentences(string text) => text.Count(c => c is '.' or '?' or '!');

    [GeneratedRegex("\"((?:cli|story|story-check|storage|import|input|file|content|framework|question|competency|ask|md|analysis|debrief|loop|plan|posting|retro|fit)\\.[a-z0-9.\\-]+)\"")]
    private static partial Regex MessageKey();
}
