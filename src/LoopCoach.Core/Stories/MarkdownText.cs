using System.Text;

namespace LoopCoach.Core.Stories;

/// <summary>
/// User text written into a Markdown file so that a viewer shows what was written: HTML is escaped (a
/// <c>&lt;script&gt;</c> stays text), no link, image, emphasis or table cell can form, and no line can start a
/// heading, a list or a quote. Ordinary punctuation is left alone so the file stays readable as plain text.
/// </summary>
public static class MarkdownText
{
    private const string Inline = "\\`*_[]|";

    /// <summary><paramref name="text"/> escaped for Markdown and HTML, its line breaks kept as breaks.</summary>
    public static string Escape(string text)
    {
        var md = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                // A hard line break keeps the story's own line breaks without starting a new block.
                md.Append("  \n");
            }

            var line = lines[l];
            var start = line.Length - line.TrimStart().Length;
            var marker = BlockMarker(line, start);
            md.Append(line, 0, start);
            for (var i = start; i < line.Length; i++)
            {
                var c = line[i];
                if (i == marker)
                {
                    md.Append('\\');
                }

                switch (c)
                {
                    case '<':
                        md.Append("&lt;");
                        break;
                    case '>':
                        md.Append("&gt;");
                        break;
                    case '&':
                        md.Append("&amp;");
                        break;
                    case '!' when i + 1 < line.Length && line[i + 1] == '[':
                        md.Append("\\!");
                        break;
                    default:
                        if (Inline.Contains(c, StringComparison.Ordinal))
                        {
                            md.Append('\\');
                        }

                        md.Append(c);
                        break;
                }
            }
        }

        return md.ToString();
    }

    /// <summary>
    /// Where a backslash stops the line from opening a heading, a list item, a rule or an ordered list ("3. " is
    /// escaped at its dot): -1 when the line opens nothing.
    /// </summary>
    private static int BlockMarker(string line, int i)
    {
        if (i >= line.Length)
        {
            return -1;
        }

        if (line[i] is '#' or '=' or '+' or '-' or '~')
        {
            return i;
        }

        var j = i;
        while (j < line.Length && char.IsAsciiDigit(line[j]))
        {
            j++;
        }

        return j > i && j < line.Length && line[j] is '.' or ')' ? j : -1;
    }
}
