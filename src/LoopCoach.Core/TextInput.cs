using System.Text;
using LoopCoach.Core.Errors;

namespace LoopCoach.Core;

/// <summary>Reading user-supplied text safely: strict UTF-8, no binary, one newline convention, composed Hangul.</summary>
public static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "input.not-utf8", [source, e.Index], [], e);
        }
    }

    /// <summary>
    /// The text as LoopCoach stores it: NFC (so decomposed Hangul from some keyboards matches composed text),
    /// <c>\n</c> line ends, trimmed.
    /// </summary>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC).Trim();

    /// <summary>Whether the text holds a control character other than tab and newline.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'));
}
