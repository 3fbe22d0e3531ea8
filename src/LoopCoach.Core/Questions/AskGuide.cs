using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Questions;

/// <summary>Questions a candidate can ask the interviewer, by topic, and topics to leave until an offer.</summary>
public sealed record AskGuide(IReadOnlyList<AskTopic> Topics, IReadOnlyList<AvoidTopic> Avoid)
{
    /// <summary>Ids of the ask topics, in order.</summary>
    public static IReadOnlyList<string> TopicIds { get; } =
        ["position", "training", "reviews", "interviewer", "team", "company", "next-steps"];

    /// <summary>Ids of the topics to avoid.</summary>
    public static IReadOnlyList<string> AvoidIds { get; } = ["salary", "benefits", "hours", "holidays", "outcome"];
}

/// <summary>A topic of questions to ask the interviewer.</summary>
public sealed record AskTopic(string Id, LocalizedText Name, LocalizedList Questions);

/// <summary>A topic to avoid until an offer, with why and the words that reveal it in a question.</summary>
public sealed record AvoidTopic(string Id, LocalizedText Name, LocalizedText Reason, LocalizedList Keywords);
