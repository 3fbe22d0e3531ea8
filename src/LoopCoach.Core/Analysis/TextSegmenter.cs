using System.Text.RegularExpressions;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Analysis;

/// <summary>Splits an answer into sentences and tokens, in Korean and English, and tells which language it is in.</summary>
public static partial class TextSegmenter
{
    /// <summary>
    /// The language of <paramref name="text"/> from its letters: Korean when Hangul syllables dominate, English
    /// when Latin letters do, mixed when the smaller share is above a quarter of the letters.
    /// </summary>
    public static AnswerLanguage DetectLanguage(string text)
    {
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsHangul(c))
            {
                hangul++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Hangul syllable carries about as much as two or three Latin letters; weigh it so.
        var ko = hangul * 2.5;
        if (ko + latin == 0)
        {
            return AnswerLanguage.En;
        }

        var koShare = ko / (ko + latin);
        return koShare >= 0.75 ? AnswerLanguage.Ko : koShare <= 0.25 ? AnswerLanguage.En : AnswerLanguage.Mixed;
    }

    /// <summary>The language to write messages about the answer in: Korean for Korean and mixed answers.</summary>
    public static Language MessageLanguage(AnswerLanguage language) => language == AnswerLanguage.En ? Language.En : Language.Ko;

    /// <summary>Whether <paramref name="c"/> is a Hangul syllable or jamo.</summary>
    public static bool IsHangul(char c) => c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');

    /// <summary>
    /// The sentences of <paramref name="text"/>: broken at . ! ? and their full-width forms, at line breaks, and
    /// after Korean sentence endings (…습니다, …했어요, …거든요, …죠) even when the speaker left out the full stop,
    /// as transcribed speech often does. Decimal points ("1.5억") do not end a sentence.
    /// </summary>
    public static IReadOnlyList<TextSpan> Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        foreach (var boundary in SentenceEnd().EnumerateMatches(text))
        {
            Add(boundary.Index + boundary.Length);
        }

        Add(text.Length);
        return sentences;

        void Add(int end)
        {
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                sentences.Add(TextSpan.Of(text, s, e));
            }

            start = Math.Max(start, end);
        }
    }

    /// <summary>The words of <paramref name="text"/> (letters, digits, apostrophes), with their spans.</summary>
    public static IReadOnlyList<TextSpan> Tokens(string text)
    {
        // Without a Match object per word: an answer of 400 words is 400 tokens.
        var tokens = new List<TextSpan>();
        foreach (var word in Word().EnumerateMatches(text))
        {
            tokens.Add(TextSpan.Of(text, word.Index, word.Index + word.Length));
        }

        return tokens;
    }

    /// <summary>Hangul syllables in <paramref name="text"/>: the unit Korean speaking time is measured in.</summary>
    public static int HangulSyllables(string text) => text.Count(c => c is >= '\uAC00' and <= '\uD7A3');

    // Sentence ends: terminal punctuation (not a decimal point), a line break, or a Korean final ending
    // followed by a space when no punctuation follows it.
    [GeneratedRegex(@"(?<!\d)[.!?](?!\d)[""'”’)\]]*|[。！？]|\n+|(?<=(?:습니다|습니까|니다|어요|아요|해요|예요|에요|거든요|죠|네요|세요|까요|군요|었다|았다|했다))(?=\s+[^\s.!?])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
