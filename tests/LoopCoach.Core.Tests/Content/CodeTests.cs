using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Core.Analysis;
using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Notes;
using LoopCoach.Core.Plans;
using LoopCoach.Core.Postings;

namespace LoopCoach.Core.Tests.Content;

public sealed class CodeTests
{
    /// <summary>Every message key a code type derives, one per value.</summary>
    public static TheoryData<string> DerivedMessageKeys => new(
        [
            .. Enum.GetValues<FindingCode>().Select(c => c.MessageKey()),
            .. Enum.GetValues<ReadinessGrade>().Select(c => c.MessageKey()),
            .. Enum.GetValues<WeakSpotCode>().Select(c => c.MessageKey()),
            .. Enum.GetValues<StarPart>().Select(c => c.MessageKey()),
            .. Enum.GetValues<TurnNoteCode>().Select(c => c.MessageKey()),
            .. Enum.GetValues<EvidenceLevel>().Select(c => c.MessageKey()),
            .. Enum.GetValues<LoopSignal>().Select(c => c.MessageKey()),
            .. Enum.GetValues<PlanTaskKind>().Select(c => c.MessageKey()),
            .. Enum.GetValues<PostingPart>().Select(c => c.MessageKey()),
            .. Enum.GetValues<WeakSpotCode>().Select(c => c.NameKey()),
            .. Enum.GetValues<ProbeChange>().Select(c => c.MessageKey()),
        ]);

    [Theory]
    [MemberData(nameof(DerivedMessageKeys))]
    public void EveryCode_HasItsMessageInBothLanguages(string key)
    {
        var messages = ContentCatalog.BuiltIn.Messages;

        Assert.True(messages.Contains(key), key);
        Assert.All(Languages.All, language => Assert.False(string.IsNullOrWhiteSpace(messages.Get(language, key)), $"{key} ({language})"));
        Assert.DoesNotContain("cli.", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_AreTheStringsTheJsonContractDocuments()
    {
        Assert.Equal(
            [
                "star.missing-situation", "star.missing-task", "star.missing-action", "star.missing-result", "star.missing-lesson",
                "star.complete", "star.order", "result.quantified", "result.vague", "result.not-quantified", "ownership.we-heavy",
                "ownership.no-personal-action", "ownership.clear", "fillers.many", "hedges.many", "length.too-short",
                "length.too-long", "length.good", "relevance.low", "relevance.signals", "recency.old",
            ],
            Enum.GetValues<FindingCode>().Select(c => c.Code()));
        Assert.Equal(["strong", "adequate", "weak"], Enum.GetValues<ReadinessGrade>().Select(c => c.Code()));
        Assert.Equal(
            ["no-action", "no-result", "no-number", "we-not-i", "no-situation", "too-old", "no-date", "no-lesson", "no-competency"],
            Enum.GetValues<WeakSpotCode>().Select(c => c.Code()));
        Assert.Equal(["skip", "story-reused", "avoid-topic", "already-covered", "no-questions"], Enum.GetValues<TurnNoteCode>().Select(c => c.Code()));
        Assert.Equal(["strong", "adequate", "weak", "none"], Enum.GetValues<EvidenceLevel>().Select(c => c.Code()));
        Assert.Equal(["strong", "mixed", "weak"], Enum.GetValues<LoopSignal>().Select(c => c.Code()));
        Assert.Equal(
            ["passed", "situation-added", "task-added", "action-added", "result-added", "lesson-added", "result-quantified", "ownership-clearer"],
            Enum.GetValues<ProbeChange>().Select(c => c.Code()));
        Assert.Equal(
            ["write-story", "add-numbers", "practise", "real-questions", "prepare-questions", "stage", "motivation", "rehearse", "review", "interview"],
            Enum.GetValues<PlanTaskKind>().Select(c => c.Code()));
        Assert.Equal(["thank-you", "linkedin"], Enum.GetValues<NoteKind>().Select(c => c.Code()));
        Assert.Equal(["role", "company", "sections", "requirements", "stages"], Enum.GetValues<PostingPart>().Select(c => c.Code()));
        Assert.Equal(["situation", "task", "action", "result", "lesson"], Enum.GetValues<StarPart>().Select(c => c.Code()));
    }

    [Fact]
    public void Codes_AreWrittenToJsonAsTheirCode_EvenUnderAnEnumNamingPolicy()
    {
        // The CLI adds a camelCase enum converter for every enum; the codes must come out unchanged all the same.
        var plain = new JsonSerializerOptions();
        var camel = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

        Assert.All(Codes(), pair =>
        {
            Assert.Equal(JsonSerializer.Serialize(pair.Code), JsonSerializer.Serialize(pair.Value, pair.Value.GetType(), plain));
            Assert.Equal(JsonSerializer.Serialize(pair.Code), JsonSerializer.Serialize(pair.Value, pair.Value.GetType(), camel));
            Assert.Equal(pair.Value, JsonSerializer.Deserialize(JsonSerializer.Serialize(pair.Code), pair.Value.GetType(), plain));
        });
    }

    private static IEnumerable<(object Value, string Code)> Codes() =>
    [
        .. Enum.GetValues<FindingCode>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<ReadinessGrade>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<WeakSpotCode>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<StarPart>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<TurnNoteCode>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<EvidenceLevel>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<LoopSignal>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<ProbeChange>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<PlanTaskKind>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<NoteKind>().Select(c => ((object)c, c.Code())),
        .. Enum.GetValues<PostingPart>().Select(c => ((object)c, c.Code())),
    ];
}
