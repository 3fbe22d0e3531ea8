using System.Collections.Frozen;
using System.Text;

namespace LoopCoach.Core.Localization;

/// <summary>How a word ends when it is read aloud in Korean: what decides the form of the particle after it.</summary>
public enum FinalSound
{
    /// <summary>No final consonant (받침): 리드, 스토리, 2 (이), ID (디).</summary>
    Vowel,

    /// <summary>A final ㄹ, which takes 로 rather than 으로: 메일, 서울, 1 (일), SQL (엘).</summary>
    Rieul,

    /// <summary>Any other final consonant: 윤가은, 팀, 3 (삼), 10 (십), Amazon (존).</summary>
    Consonant,

    /// <summary>Nothing LoopCoach knows how to read (an empty text, Chinese characters, emoji).</summary>
    Unknown,
}

/// <summary>
/// Korean particles (조사) whose form depends on the word before them: 이/가, 을/를, 은/는, 과/와, (으)로, (이)나,
/// 이에요/예요, 아/야 and the like. A message writes <c>{0:이/가}</c> and <see cref="Messages"/> fills in the form
/// that fits what <c>{0}</c> turned out to be.
/// </summary>
public static class Josa
{
    // Each particle: the form after a final consonant, the form after a vowel, and whether ㄹ counts as a vowel
    // (only the (으)로 family: 서울로, 메일로, not 메일으로).
    private static readonly (string AfterConsonant, string AfterVowel, bool RieulAsVowel)[] Pairs =
    [
        ("이", "가", false), ("을", "를", false), ("은", "는", false), ("과", "와", false), ("아", "야", false),
        ("이나", "나", false), ("이나마", "나마", false), ("이랑", "랑", false), ("이며", "며", false),
        ("이든", "든", false), ("이든지", "든지", false), ("이라", "라", false), ("이라고", "라고", false),
        ("이라는", "라는", false), ("이란", "란", false), ("이야", "야", false), ("이에요", "예요", false),
        ("이었다", "였다", false), ("이었습니다", "였습니다", false), ("이고", "고", false), ("이면", "면", false),
        ("이지만", "지만", false), ("이라서", "라서", false),
        ("으로", "로", true), ("으로서", "로서", true), ("으로써", "로써", true), ("으로는", "로는", true),
        ("으로도", "로도", true), ("으로부터", "로부터", true),
    ];

    private static readonly FrozenDictionary<string, (string AfterConsonant, string AfterVowel, bool RieulAsVowel)> BySpec =
        Pairs.SelectMany(p => new[] { ($"{p.AfterConsonant}/{p.AfterVowel}", p), ($"{p.AfterVowel}/{p.AfterConsonant}", p) })
            .ToFrozenDictionary(e => e.Item1, e => e.p, StringComparer.Ordinal);

    // How each digit is read on its own (일, 이, 삼...): 0 영, 3 삼 and 6 육 end in a consonant, 1 일, 7 칠, 8 팔 in ㄹ.
    private static readonly FinalSound[] Digits =
    [
        FinalSound.Consonant, FinalSound.Rieul, FinalSound.Vowel, FinalSound.Consonant, FinalSound.Vowel,
        FinalSound.Vowel, FinalSound.Consonant, FinalSound.Rieul, FinalSound.Rieul, FinalSound.Vowel,
    ];

    /// <summary>
    /// Whether <paramref name="spec"/> names a particle this class knows, written as its two forms separated by a
    /// slash in either order: <c>이/가</c>, <c>을/를</c>, <c>와/과</c>, <c>으로/로</c>.
    /// </summary>
    public static bool IsParticle(string spec) => BySpec.ContainsKey(spec);

    /// <summary>
    /// The form of <paramref name="particle"/> (<c>이/가</c>, <c>을/를</c>…) that follows <paramref name="word"/>:
    /// <c>Pick("정민지", "이/가")</c> is <c>가</c>, <c>Pick("3", "을/를")</c> is <c>을</c>, <c>Pick("메일", "으로/로")</c>
    /// is <c>로</c>. Emoji and symbols at the end are not read (<c>출시 🎉</c> reads as 출시); Japanese kana by their
    /// last sound. Where the end still cannot be read (Chinese characters, other scripts, nothing at all), the form
    /// after a consonant is given (<c>이</c>, <c>을</c>, <c>으로</c>): never the two forms at once ("이(가)").
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="particle"/> is not one <see cref="IsParticle"/> knows.</exception>
    public static string Pick(string word, string particle)
    {
        if (!BySpec.TryGetValue(particle, out var pair))
        {
            throw new ArgumentException($"'{particle}' is not a particle pair such as 이/가 or 을/를.", nameof(particle));
        }

        return FinalSoundOf(word) switch
        {
            FinalSound.Vowel => pair.AfterVowel,
            FinalSound.Rieul => pair.RieulAsVowel ? pair.AfterVowel : pair.AfterConsonant,
            _ => pair.AfterConsonant,
        };
    }

    /// <summary><paramref name="word"/> followed by the form of <paramref name="particle"/> that fits it: <c>정민지가</c>.</summary>
    public static string Attach(string word, string particle) => word + Pick(word, particle);

    /// <summary>
    /// How <paramref name="word"/> ends when read aloud. Hangul syllables by their final consonant; digits as Korean
    /// numbers (1 일, 10 십, 100 백, 3.5 오); capitalised abbreviations letter by letter (ID 디, SQL 엘, PM 엠); other
    /// Latin words by how a Korean speaker says them (Amazon 존, Google 글, team 팀, chat 챗, code 드). Closing quotes
    /// and trailing punctuation are skipped; a word followed by a note in brackets is read before the note, as Korean
    /// spelling does (<c>윤가은(인사 담당자)이</c>), and a text wholly in brackets is read inside them.
    /// </summary>
    public static FinalSound FinalSoundOf(string word)
    {
        var text = word.Normalize(NormalizationForm.FormKC);
        var end = text.Length;
        while (end > 0)
        {
            var c = text[end - 1];
            if (char.IsWhiteSpace(c) || IsClosingQuote(c) || IsSilentMark(c))
            {
                end--;
                continue;
            }

            if (Opener(c) is { } opener)
            {
                var open = MatchingOpener(text, end - 1, opener, c);
                if (open < 0)
                {
                    end--;
                    continue;
                }

                var before = text[..open].TrimEnd();
                // A note right after a word is not read into the particle (커피(coffee)를); a text that is all
                // brackets, or brackets after punctuation, is read inside them ([이름]을).
                text = before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || IsClosingQuote(before[^1])) ? before : text[(open + 1)..(end - 1)];
                end = text.Length;
                continue;
            }

            if (IsUnread(c))
            {
                // An emoji or a symbol is not read aloud: the particle follows the word before it.
                end--;
                continue;
            }

            return c switch
            {
                >= '\uAC00' and <= '\uD7A3' => ((c - 0xAC00) % 28) switch
                {
                    0 => FinalSound.Vowel,
                    8 => FinalSound.Rieul,
                    _ => FinalSound.Consonant,
                },
                'ㄹ' => FinalSound.Rieul, // 리을
                >= 'ㄱ' and <= 'ㅎ' => FinalSound.Consonant, // 기역, 니은, 미음...
                >= 'ㅏ' and <= 'ㅣ' => FinalSound.Vowel, // 아, 애, 야...
                >= '0' and <= '9' => Number(text[..end]),
                >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Latin(text[..end]),
                '%' or '°' or '℃' or '+' => FinalSound.Vowel, // 퍼센트, 도, 도, 플러스
                '#' or '&' => FinalSound.Consonant, // 샵, 앤
                'ん' or 'ン' => FinalSound.Consonant, // 응
                >= '\u3041' and <= '\u30FA' => FinalSound.Vowel, // every other kana ends in a vowel
                _ => FinalSound.Unknown,
            };
        }

        return FinalSound.Unknown;
    }

    // Emoji (surrogate halves, variation selectors, joiners) and symbols other than those read aloud (%, °, +, #, &).
    private static bool IsUnread(char c) =>
        char.IsSurrogate(c) || c is '\u200D' or (>= '\uFE00' and <= '\uFE0F')
        || (!char.IsLetterOrDigit(c) && c is not ('%' or '°' or '℃' or '+' or '#' or '&' or 'ㄱ' or 'ㄹ'));

    private static bool IsClosingQuote(char c) => c is '\'' or '"' or '’' or '”' or '`' or '»' or '›' or '」' or '』';

    // Marks that are not read aloud at the end of a word: a full stop, an ellipsis, a dash, a slash...
    private static bool IsSilentMark(char c) => c is '.' or ',' or '!' or '?' or ':' or ';' or '…' or '·' or '-' or '–' or '—' or '_' or '/' or '~' or '*';

    private static char? Opener(char c) => c switch
    {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        '>' => '<',
        '〉' => '〈',
        '》' => '《',
        '】' => '【',
        '〕' => '〔',
        _ => null,
    };

    private static int MatchingOpener(string text, int close, char opener, char closer)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (text[i] == closer)
            {
                depth++;
            }
            else if (text[i] == opener && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The final sound of the number that ends <paramref name="text"/>, read the Korean way (Sino-Korean).</summary>
    private static FinalSound Number(string text)
    {
        var start = text.Length;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] is ',' or '.' && start > 1 && char.IsAsciiDigit(text[start - 2]))))
        {
            start--;
        }

        var number = text[start..];
        var point = number.LastIndexOf('.');
        if (point >= 0)
        {
            // Digits after a decimal point are read one by one: 3.5 삼 점 오, 1.10 일 점 일영.
            return Digits[number[^1] - '0'];
        }

        var digits = number.Replace(",", "", StringComparison.Ordinal).TrimStart('0');
        if (digits.Length == 0)
        {
            return FinalSound.Consonant; // 영
        }

        var zeros = digits.Length - digits.TrimEnd('0').Length;
        return zeros switch
        {
            0 => Digits[digits[^1] - '0'],
            1 or 2 or 3 => FinalSound.Consonant, // 십, 백, 천
            <= 7 => FinalSound.Consonant, // 만
            <= 11 => FinalSound.Consonant, // 억
            <= 15 => FinalSound.Vowel, // 조
            _ => FinalSound.Consonant, // 경
        };
    }

    /// <summary>The final sound of the Latin word that ends <paramref name="text"/>.</summary>
    private static FinalSound Latin(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..];
        var spelled = (word.Length <= 3 && word.All(char.IsAsciiLetterUpper)) || !word.Any(c => "aeiouyAEIOUY".Contains(c));
        return spelled ? LetterName(word[^1]) : EnglishWord(word.ToLowerInvariant());
    }

    /// <summary>The final sound of a letter's name: 엘 for L, 엠 for M, 엔 for N; every other name ends in a vowel.</summary>
    private static FinalSound LetterName(char letter) => char.ToUpperInvariant(letter) switch
    {
        'L' => FinalSound.Rieul,
        'M' or 'N' => FinalSound.Consonant,
        _ => FinalSound.Vowel,
    };

    /// <summary>
    /// The final sound of an English word as it is written in Korean (외래어 표기법): m, n, ng and a final l are kept
    /// as 받침 (팀, 폰, 링, 메일, 구글); p, t, k, b after a short vowel become 받침 (앱, 챗, 북, 웹); everything else
    /// ends in a vowel (코드, 테스트, 스타, 데이터).
    /// </summary>
    private static FinalSound EnglishWord(string word)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        var last = word[^1];
        if (word.EndsWith("ng", StringComparison.Ordinal) || last is 'm' or 'n' || word.EndsWith("ck", StringComparison.Ordinal) || word.EndsWith("ook", StringComparison.Ordinal))
        {
            return FinalSound.Consonant;
        }

        if (last == 'l' || word.EndsWith("le", StringComparison.Ordinal))
        {
            return FinalSound.Rieul;
        }

        if (last == 'e' && word.Length > 2 && word[^2] is 'm' or 'n' && Vowel(word[^3]))
        {
            return FinalSound.Consonant; // time 타임, phone 폰
        }

        if (last is 'p' or 't' or 'k' or 'b' && word.Length >= 2)
        {
            var stem = word[..^1].TrimEnd(last); // app, shutt... the doubled letter is one sound
            var shortVowel = stem.Length >= 1 && Vowel(stem[^1]) && (stem.Length == 1 || !Vowel(stem[^2]));
            return shortVowel ? FinalSound.Consonant : FinalSound.Vowel;
        }

        return FinalSound.Vowel;
    }
}
