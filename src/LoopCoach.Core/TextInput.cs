using System.Globalization;
using System.Text;
using LoopCoach.Core.Errors;

namespace LoopCoach.Core;

/// <summary>Reading user-supplied text safely: strict UTF-8, no binary, one newline convention, composed Hangul.</summary>
public static partial class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="stream"/> (a file the user gave, standard input, an upload) to its end, refusing it the
    /// moment it passes <paramref name="maxBytes"/> with the same message wherever it came from.
    /// </summary>
    public static byte[] ReadAtMost(Stream stream, int maxBytes, string source)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "input.too-large", source, maxBytes / 1024);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> as UTF-8 (a BOM is allowed). Invalid UTF-8 or a NUL byte (a binary file)
    /// is an <see cref="ErrorKind.InvalidInput"/> error naming <paramref name="source"/>.
    /// </summary>
    public static string ReadUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "input.binary", source);
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "input.not-utf8", [source, e.Index], [], e);
        }

        CheckCharacters(text, source);
        return text;
    }

    /// <summary>
    /// Refuses what is not text even in valid UTF-8 or JSON: a lone surrogate ("\ud800" in a JSON file) or a
    /// noncharacter (U+FFFE, U+FFFF, U+FDD0-U+FDEF, the last two of every plane), naming the line and column.
    /// </summary>
    public static void CheckCharacters(string text, string? source)
    {
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A pile of combining marks on one letter ("Zalgo" text) is not writing: Unicode's stream-safe form
            // (UAX #15) allows 30 in a row, and so do we.
            marks = IsCombiningMark(text, i) ? marks + 1 : 0;
            if (marks > MaxCombiningMarks)
            {
                var (line, column) = Position(text, i);
                throw source is null
                    ? new LoopCoachException(ErrorKind.InvalidInput, "text.combining-run", line, column, MaxCombiningMarks)
                    : new LoopCoachException(ErrorKind.InvalidInput, "input.combining-run", source, line, column, MaxCombiningMarks);
            }

            int codePoint;
            bool notText;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                notText = (codePoint & 0xFFFE) == 0xFFFE;
            }
            else
            {
                codePoint = c;
                notText = char.IsSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';
            }

            if (notText)
            {
                var (line, column) = Position(text, i);
                throw source is null
                    ? new LoopCoachException(ErrorKind.InvalidInput, "text.not-text", line, column, codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture))
                    : new LoopCoachException(ErrorKind.InvalidInput, "input.not-text", source, line, column, codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }
    }

    /// <summary>The most combining marks (accents, Zalgo) one character may carry in text LoopCoach reads.</summary>
    public const int MaxCombiningMarks = 30;

    private static bool IsCombiningMark(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        return (1 + before.Count('\n'), index - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>
    /// The text as LoopCoach stores it: NFC (so decomposed Hangul from some keyboards matches composed text),
    /// <c>\n</c> line ends, trimmed.
    /// </summary>
    public static string Normalize(string text)
    {
        // Whatever reaches here from a front end that did not read it through ReadUtf8 (a web form, a test) is
        // checked too: a lone surrogate would otherwise fail inside Normalize with no word of where.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        CheckCharacters(lines, null);
        return lines.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// The text with every control character other than tab and newline removed (escape sequences that would
    /// clear a screen or move the cursor, bells, C1 codes): pasted postings, retrospectives and answers are kept
    /// as what they say, never as what they would do to a terminal.
    /// </summary>
    public static string WithoutControlCharacters(string text) =>
        HasControlCharacters(text)
            ? new string([.. EscapeSequence().Replace(text, "").Where(c => !char.IsControl(c) || c is '\n' or '\t')])
            : text;

    // A whole terminal escape sequence, so that none of it is left behind as text ("ESC[2J" goes, not just ESC):
    // CSI (ESC [ or U+009B, parameters, a final byte), OSC (ESC ] … BEL or ESC \\) and two-byte ESC sequences.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]")]
    private static partial System.Text.RegularExpressions.Regex EscapeSequence();

    /// <summary>Whether the text holds a control character other than tab and newline.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'));
}
