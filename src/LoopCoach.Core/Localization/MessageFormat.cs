using System.Globalization;
using System.Text;

namespace LoopCoach.Core.Localization;

/// <summary>
/// <see cref="string.Format(IFormatProvider, string, object[])"/> with Korean particles (<see cref="Josa"/>) chosen
/// for what is actually printed. A placeholder whose format is a particle, <c>{0:이/가}</c>, prints the value followed
/// by the form that fits it ("정민지가", "스토리 #3을"). A particle on its own, <c>{은/는}</c>, fits the text just
/// before it, for a value in quotes or brackets: <c>'{0}'{은/는}</c> prints "'ko'는", "'2031-13'은".
/// A placeholder whose format is a singular and a plural joined by a bar, <c>{0:story|stories}</c>, prints the count
/// followed by the word that fits it ("1 story", "3 stories", "0 stories"), for English.
/// </summary>
public static class MessageFormat
{
    // A particle on its own is held in the formatted text between these two private-use characters until the text
    // before it is known.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';

    /// <summary>Fills <paramref name="template"/> with <paramref name="args"/> (invariant culture).</summary>
    /// <exception cref="FormatException">The template is malformed or names a value that was not given.</exception>
    public static string Format(string template, params object?[] args)
    {
        var text = string.Format(CultureInfo.InvariantCulture, WithWords(template, args), args);
        return text.Contains(MarkStart, StringComparison.Ordinal) ? ResolveMarks(text) : text;
    }

    /// <summary>
    /// The particles written in <paramref name="template"/>, known or not: <c>이/가</c> for <c>{0:이/가}</c> and for
    /// <c>{이/가}</c>. Any format with a slash counts, so that a misspelt particle is found by content validation.
    /// </summary>
    public static IEnumerable<string> ParticleSpecs(string template) =>
        Placeholders(template).Select(p => p.Format).Where(f => f.Contains('/', StringComparison.Ordinal));

    // Rewrites {n:이/가} as {n} followed by the particle that fits args[n], {이/가} as a mark resolved once the text
    // before it is known, and {n:story|stories} as {n} followed by the word that fits the count; every other
    // placeholder is left as written.
    private static string WithWords(string template, object?[] args)
    {
        if (!template.Contains('/', StringComparison.Ordinal) && !template.Contains('|', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length);
        var copied = 0;
        foreach (var (start, length, index, format) in Placeholders(template))
        {
            var plural = index is not null && PluralForms(format) is not null;
            if (!plural && !Josa.IsParticle(format))
            {
                continue;
            }

            result.Append(template, copied, start - copied);
            if (plural)
            {
                if (ArgumentIndex(index!) is { } n && n < args.Length)
                {
                    var (one, other) = PluralForms(format)!.Value;
                    result.Append('{').Append(index).Append("} ").Append(IsOne(args[n]) ? one : other);
                }
                else
                {
                    result.Append(template, start, length); // string.Format reports the missing value
                }
            }
            else if (index is null)
            {
                result.Append(MarkStart).Append(format).Append(MarkEnd);
            }
            else if (ArgumentIndex(index) is { } n && n < args.Length)
            {
                var value = string.Format(CultureInfo.InvariantCulture, "{0}", args[n]);
                result.Append('{').Append(index).Append('}').Append(Josa.Pick(value, format));
            }
            else
            {
                result.Append(template, start, length); // string.Format reports the missing value
            }

            copied = start + length;
        }

        return result.Append(template, copied, template.Length - copied).ToString();
    }

    private static int? ArgumentIndex(string index) =>
        int.TryParse(index.Split(',')[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // "story|stories" as its two forms; null for any other format (a number format never holds a bar).
    private static (string One, string Other)? PluralForms(string format)
    {
        var bar = format.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && bar < format.Length - 1 && format.IndexOf('|', bar + 1) < 0
            ? (format[..bar], format[(bar + 1)..])
            : null;
    }

    private static bool IsOne(object? value) => value switch
    {
        int i => i == 1,
        long l => l == 1,
        short s => s == 1,
        byte b => b == 1,
        uint u => u == 1,
        ulong u => u == 1,
        decimal d => d == 1m,
        double d => d == 1d,
        float f => f == 1f,
        _ => string.Equals(Convert.ToString(value, CultureInfo.InvariantCulture), "1", StringComparison.Ordinal),
    };

    private static string ResolveMarks(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(MarkStart, i);
            var end = start < 0 ? -1 : text.IndexOf(MarkEnd, start);
            if (end < 0)
            {
                return result.Append(text, i, text.Length - i).ToString();
            }

            result.Append(text, i, start - i);
            result.Append(Josa.Pick(result.ToString(), text[(start + 1)..end]));
            i = end + 1;
        }

        return result.ToString();
    }

    // Every {…} in a composite format string that has a format ({0:00}, {1:이/가}) or is a particle on its own
    // ({은/는}, Index null): where it starts, how long it is, its index and its format. {{ and }} are text.
    private static IEnumerable<(int Start, int Length, string? Index, string Format)> Placeholders(string template)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            var inner = template[(i + 1)..close];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                yield return (i, close - i + 1, inner[..colon], inner[(colon + 1)..]);
            }
            else if (inner.Trim() is { Length: > 0 } name && !char.IsAsciiDigit(name[0]))
            {
                yield return (i, close - i + 1, null, inner);
            }

            i = close;
        }
    }
}
