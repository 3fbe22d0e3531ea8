using System.Text.Json.Serialization;

namespace LoopCoach.Core.Postings;

/// <summary>What a hiring stage is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StageKind>))]
public enum StageKind
{
    /// <summary>Sending the application itself (지원, "Apply"): shown when the posting lists it, not an assessment.</summary>
    [JsonStringEnumMemberName("application")]
    Application,

    /// <summary>Résumé or document screen (서류 전형).</summary>
    [JsonStringEnumMemberName("document-review")]
    DocumentReview,

    /// <summary>A test taken alone: coding test, 인적성, online assessment.</summary>
    [JsonStringEnumMemberName("online-test")]
    OnlineTest,

    /// <summary>Work done at home and handed in: take-home, 사전과제, case study.</summary>
    [JsonStringEnumMemberName("assignment")]
    Assignment,

    /// <summary>A phone or video call: recruiter call, phone screen, 전화 인터뷰.</summary>
    [JsonStringEnumMemberName("phone-or-video")]
    PhoneOrVideo,

    /// <summary>An interview.</summary>
    [JsonStringEnumMemberName("interview")]
    Interview,

    /// <summary>Several interviewers in one step: a loop, an onsite, a 통합 인터뷰.</summary>
    [JsonStringEnumMemberName("panel")]
    Panel,

    /// <summary>Talking about the offer: 처우 협의, 연봉 협상, "Offer".</summary>
    [JsonStringEnumMemberName("offer-talk")]
    OfferTalk,

    /// <summary>The decision or the hire: 최종 합격, 입사, "Hired".</summary>
    [JsonStringEnumMemberName("final")]
    Final,

    /// <summary>Anything else: reference check, 서류 확인, 채용검진, a language test.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}

/// <summary>A hiring stage as the posting names it, what kind of stage it is, and whether the posting says it may be skipped.</summary>
public sealed record HiringStage(string Name, StageKind Kind, bool Optional);
