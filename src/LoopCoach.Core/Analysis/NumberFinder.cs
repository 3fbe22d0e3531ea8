using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace LoopCoach.Core.Analysis;

/// <summary>What a number in an answer measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NumberKind>))]
public enum NumberKind
{
    /// <summary>A share: 12%, 15퍼센트, 3%p.</summary>
    [JsonStringEnumMemberName("percent")]
    Percent,

    /// <summary>An amount of money: $40k, 3천만 원, 1.5억.</summary>
    [JsonStringEnumMemberName("money")]
    Money,

    /// <summary>A length of time: 3 weeks, 6개월, 두 달.</summary>
    [JsonStringEnumMemberName("duration")]
    Duration,

    /// <summary>A multiple or fraction: doubled, 두 배, 절반.</summary>
    [JsonStringEnumMemberName("ratio")]
    Ratio,

    /// <summary>A count of things or people: 12명, 300 customers, 1,200건.</summary>
    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>A calendar year or month (2019, 2023년 4월): a date, not a measure.</summary>
    [JsonStringEnumMemberName("date")]
    Date,
}

/// <summary>A number found in an answer.</summary>
public sealed record NumberMention(TextSpan Span, NumberKind Kind);

/// <summary>Finds counts, shares, money, durations, ratios and dates in Korean and English text.</summary>
public static partial class NumberFinder
{
    /// <summary>Every number mention in <paramref name="text"/>, in order, none overlapping.</summary>
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var found = new List<NumberMention>();
        // Which characters an earlier (more specific) pattern already claimed: checking a match against them costs
        // its length, not the number of numbers found so far.
        var taken = new bool[text.Length];
        Collect(found, taken, Date(), text, NumberKind.Date);
        Collect(found, taken, BareYear(), text, NumberKind.Date);
        Collect(found, taken, Percent(), text, NumberKind.Percent);
        Collect(found, taken, KoreanCompoundAmount(), text, NumberKind.Money);
        Collect(found, taken, Money(), text, NumberKind.Money);
        Collect(found, taken, CompoundDuration(), text, NumberKind.Duration);
        Collect(found, taken, Duration(), text, NumberKind.Duration);
        Collect(found, taken, Ratio(), text, NumberKind.Ratio);
        Collect(found, taken, Rate(), text, NumberKind.Count);
        Collect(found, taken, Count(), text, NumberKind.Count);
        Collect(found, taken, SpelledCount(), text, NumberKind.Count);
        Collect(found, taken, OneCount(), text, NumberKind.Count);
        Collect(found, taken, BareSpelled(), text, NumberKind.Count);
        return [.. found.OrderBy(n => n.Span.Start)];
    }

    private static void Collect(List<NumberMention> found, bool[] taken, Regex pattern, string text, NumberKind kind)
    {
        var claimed = found.Count;
        // Thirteen patterns over every answer: matches enumerated without a Match object each.
        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (!taken.AsSpan(match.Index, match.Length).Contains(true))
            {
                found.Add(new NumberMention(new TextSpan(match.Index, match.Index + match.Length, text.Substring(match.Index, match.Length).Trim()), kind));
            }
        }

        // A pattern's own matches never overlap, so they are marked once the pattern is done.
        for (var i = claimed; i < found.Count; i++)
        {
            taken.AsSpan(found[i].Span.Start, found[i].Span.End - found[i].Span.Start).Fill(true);
        }
    }

    private const string Amount = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    // Two to ninety-nine in words, compounds included ("twenty-five", "forty two"), optionally in hundreds or thousands.
    private const string Spelled = @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: hundred| thousand)?";

    // Korean native counts that take a counter: 한 달, 두세 명, 열두 곳, 스무 건.
    private const string NativeKo = @"(?<![가-힣])(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)|한두|두세|서너|네다섯|대여섯|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|예순|일흔|여든|아흔)";

    private const string TimeUnitEn = @"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|sprints?)";

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}\s?년(?:\s?\d{1,2}\s?월)?|(?<![\d.,])(?:19|20)\d{2}[-./]\d{1,2}(?![\d])|\b(?:in|since|by|during|early|late|mid)[- ](?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    // "One" as a measure, after a word that makes it one: "approved after one round", "down to one", "in one day"
    // (not "one of my clients", nor a bare "one day, a customer…").
    [GeneratedRegex(@"(?<=\b(?:after|in|within|to|only|just|under)\s)one(?:\s(?!of\b)[a-z]+)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneCount();

    // Counts said in words: "four hundred parcels", "ten a month", "열두 곳", "두세 건", "한 건도".
    [GeneratedRegex(@"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: hundred| thousand)?|(?:a|one) (?:hundred|thousand)|(?:hundreds|thousands|dozens) of)(?:\s+(?:[a-z]+s\b|a (?:day|week|month|year)\b|percent\b)|\s+(?!(?:of|and|or|to|in|on|at|by|for|the|a|an|times?)\b)[a-z]+(?:\s[a-z]+)?\s[a-z]+s\b)|" + NativeKo + @"\s?(?:명|건|곳|개|번|대|장|통|권|팀|차례|군데)(?![가-힣]{0,1}[에의])", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledCount();

    // A year on its own ("that 2023 launch", "Q3 2024") is a date, not a measure, unless a unit follows it.
    [GeneratedRegex(@"(?<![\d.,$€£₩])\b(?:19[5-9]\d|20[0-4]\d)\b(?![.,]?\d)(?!\s?(?:%|퍼센트|명|건|개|곳|원|달러|불|만|억|천|배))(?!\s+(?:customers?|clients?|users?|people|orders?|units?|items?|tickets?|calls?|dollars|won|euros?|employees|stores|parcels|boxes)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BareYear();

    // One amount said in several Korean units: 5억 4천만 원, 1억 2천만 원, 3억 5천 (one number, not two).
    [GeneratedRegex(@"(?<![\d.,])(?:" + Amount + @")\s?(?:조|억|천만|백만|천)(?:\s?(?:" + Amount + @")\s?(?:억|천만|백만|십만|만|천|백)(?!\s?[명건개곳번회배]))+\s?(?:원|달러|불)?")]
    private static partial Regex KoreanCompoundAmount();

    [GeneratedRegex(@"(?<![\d.,])(?:" + Amount + @")\s?(?:%p|%|퍼센트\s?포인트|퍼센트|%포인트|포인트|프로|percentage points?|percent|points?\b|pp\b|basis points|bps\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"[$€£₩]\s?(?:" + Amount + @")\s?(?:k|m|bn|million|billion|thousand)?\b|(?<![\d.,])(?:" + Amount + @")\s?(?:천|만|억|조)?\s?(?:천|만)?\s?(?:원|달러|불)|(?<![\d.,])(?:" + Amount + @")\s?(?:억|조)(?!\s?[명건개곳번회배])|(?<![\d.,])(?:" + Amount + @")\s?(?:k|m|bn|million|billion|thousand)?\s?(?:dollars|usd|krw|won|euros?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    // One length of time said in two units: "4시간 10분", "1년 6개월", "two hours and ten minutes", "an hour and a half".
    [GeneratedRegex(@"(?<![\d.,])(?:" + Amount + @")\s?(?:시간|년|분)\s?(?:" + Amount + @")\s?(?:분|개월|초)(?![가-힣]{0,0}[의])|\b(?:" + Amount + "|an?|one|" + Spelled + @")\s(?:hours?|minutes?)\s(?:and\s)?(?:(?:" + Amount + "|" + Spelled + @")\s(?:minutes?|seconds?)\b|a half\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CompoundDuration();

    [GeneratedRegex(@"(?<![\d.,\w-])(?:(?:" + Amount + "|one|" + Spelled + @")(?: and a half)?\s?(?:-\s?)?" + TimeUnitEn + @"|(?:a|an|half an?|a few|several)\s?(?:-\s?)?(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|sprints?))\b|(?<![\d.,])(?:" + Amount + @")\s?(?:개월|달|주일|주|일간|일|시간|분기|년간|년|분|초)(?![가-힣]{0,0}[의])|" + NativeKo + @"\s?(?:달|주|시간|해)|(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘|보름|반나절)(?![가-힣]{0,1}[의])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:doubled|tripled|quadrupled|halved|twice|(?:two|three|four|five|ten)(?:-| )?fold|(?:two|three|four|five|ten) times|\d+(?:\.\d+)?\s?x)\b|(?<![\d.,])\d+(?:\.\d+)?\s?배|(?:두|세|네|다섯|열)\s?배|절반|반으로|\b(?:a|one|two|three) (?:third|quarter|fifth)s?\b|\b(?:about|almost|nearly|over|under|roughly|around|exactly|more than|less than) half\b|\bhalf (?:of|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();

    [GeneratedRegex(@"(?<![\d.,])(?:" + Amount + @")\s?여?\s?(?:천|만|억)?\s?(?:명|건|개사|개|곳|회|번|통|장|권|곳|팀|점|군데|社)|(?<![\d.,])(?:" + Amount + @")\s?(?:kilos?|kg|grams?|g\b|litres?|liters?|tons?|tonnes?|watts?|kw|miles?|km|metres?|meters?|stars?|ppm|킬로|톤|리터|미터)(?![A-Za-z])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])|(?<![\d.,])\d+(?:\.\d+)?\s?(?:customers?|clients?|users?|accounts?|people|engineers?|members?|tickets?|deals?|orders?|leads?|calls?|projects?|stores?|sites?|vendors?|partners?|reports?|hires?|requests?|units?|items?|issues?|bugs?)\b|(?<![\d.,:/-])(?:\d{2,}(?:\.\d+)?|\d\.\d+)(?![\d:/-]|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    // A rate said as one amount: "1,000개당 12개", "100명당 3명", "3 per 1,000".
    [GeneratedRegex(@"(?<![\d.,])(?:" + Amount + @")\s?(?:개|명|건|대|회)당\s?(?:" + Amount + @")\s?(?:개|명|건|대|회)|(?<![\d.,])(?:" + Amount + @")\s(?:per|in|out of)\s(?:" + Amount + @")\b(?![.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    // A number in words standing on its own ("instead of ten", "fourteen of the eighteen", "when the last one got forty"),
    // not one joined to a word ("ten-minute") and not the idiom "one or two".
    [GeneratedRegex(@"(?<![\w-])(?<!\bone or )" + Spelled + @"\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex BareSpelled();
}
