using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LoopCoach.Core.Tests.RealShaped;

/// <summary>
/// The RealShaped files (postings and retrospectives shaped like public texts, written by someone who never saw the
/// rules), their expected extraction, and the split SPLIT.md declares; plus the loose matching a reader applies when
/// comparing a found stage, strength or question with the expected one.
/// </summary>
internal static partial class RealShapedSet
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "RealShaped");

    public static string Text(string kind, string file) => File.ReadAllText(Path.Combine(Folder, kind, file));

    public static List<ExpectedPosting> Postings() =>
        TestData.Yaml<PostingFile>(strict: false, "RealShaped", "postings", "expected.yaml").Postings;

    public static List<ExpectedRetro> Retros() =>
        TestData.Yaml<RetroFile>(strict: false, "RealShaped", "retros", "expected.yaml").Retros;

    /// <summary>
    /// The files ("postings/ko-03.txt") listed in one of SPLIT.md's blocks: "holdout" (measured once at stop 7, tuned on
    /// since), "holdout2" (stop 8's fresh one, held out through stop 9 and tuned on since stop 10), "dev3" (the third
    /// batch's tunable half), "holdout3" (its held-out half, never read), "dev4" (the fourth batch's tunable half),
    /// "holdout4" (its held-out half, held out through stop 10 and tuned on since stop 11), "dev5" or "holdout5" (the
    /// fifth batch's halves, read and never read the same way). A block runs from its key to the next key at the start of a line or the end of the yaml fence.
    /// </summary>
    public static HashSet<string> Holdout(string name = "holdout")
    {
        var split = File.ReadAllText(Path.Combine(Folder, "SPLIT.md")).ReplaceLineEndings("\n");
        var start = split.IndexOf("\n" + name + ":", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = split.Length;
        for (var at = split.IndexOf('\n', start + 1); at >= 0 && at + 1 < split.Length; at = split.IndexOf('\n', at + 1))
        {
            if (char.IsLetter(split[at + 1]) || split[at + 1] == '`')
            {
                end = at;
                break;
            }
        }

        return [.. HoldoutLine().Matches(split[start..end]).Select(m => m.Groups["file"].Value)];
    }

    /// <summary>Which split <paramref name="file"/> ("postings/ko-03.txt") belongs to: "dev", "holdout", "holdout2", "dev3", "holdout3", "dev4", "holdout4", "dev5" or "holdout5".</summary>
    public static string SplitOf(string file) =>
        Holdout("holdout5").Contains(file) ? "holdout5"
        : Holdout("dev5").Contains(file) ? "dev5"
        : Holdout("holdout4").Contains(file) ? "holdout4"
        : Holdout("dev4").Contains(file) ? "dev4"
        : Holdout("holdout3").Contains(file) ? "holdout3"
        : Holdout("dev3").Contains(file) ? "dev3"
        : Holdout("holdout2").Contains(file) ? "holdout2"
        : Holdout().Contains(file) ? "holdout"
        : "dev";

    /// <summary>Whether <paramref name="split"/> is one whose files are measured by their overall figures only.</summary>
    public static bool Unread(string split) => split is "holdout3" or "holdout5";

    /// <summary>
    /// How alike a found text is to an expected one, 0 to 1: 1 when one holds the other, otherwise the share of the
    /// expected text's character bigrams (spaces and punctuation dropped, case ignored) the found text has.
    /// </summary>
    public static double Likeness(string expected, string found)
    {
        var (e, f) = (Squash(expected), Squash(found));
        if (e.Length == 0 || f.Length == 0)
        {
            return 0;
        }

        if (e.Contains(f, StringComparison.Ordinal) || f.Contains(e, StringComparison.Ordinal))
        {
            return 1;
        }

        var grams = Bigrams(e);
        var theirs = Bigrams(f);
        var shared = grams.Count(theirs.Contains);
        return grams.Count == 0 ? 0 : shared / (double)grams.Count;
    }

    /// <summary>
    /// Pairs expected with found items in order (a longest common subsequence over <paramref name="alike"/>), so
    /// that each found item answers for at most one expected item.
    /// </summary>
    public static List<(int Expected, int Found)> Align<TE, TF>(IReadOnlyList<TE> expected, IReadOnlyList<TF> found, Func<TE, TF, bool> alike)
    {
        var table = new int[expected.Count + 1, found.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
        {
            for (var j = found.Count - 1; j >= 0; j--)
            {
                table[i, j] = alike(expected[i], found[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < expected.Count && j < found.Count;)
        {
            if (alike(expected[i], found[j]) && table[i, j] == table[i + 1, j + 1] + 1)
            {
                pairs.Add((i++, j++));
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    public static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (part / (double)whole).ToString("P0", CultureInfo.InvariantCulture);

    private static string Squash(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> Bigrams(string text) =>
        text.Length < 2 ? [text] : [.. Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2))];

    [GeneratedRegex(@"-\s*(?<file>(?:postings|retros)/[\w-]+\.txt)")]
    private static partial Regex HoldoutLine();

    public sealed class PostingFile
    {
        public List<ExpectedPosting> Postings { get; set; } = [];
    }

    public sealed class RetroFile
    {
        public List<ExpectedRetro> Retros { get; set; } = [];
    }

    public sealed class ExpectedPosting
    {
        public string File { get; set; } = "";

        public string Language { get; set; } = "";

        public string? Company { get; set; }

        public string? Role { get; set; }

        public List<ExpectedStage> Stages { get; set; } = [];

        public List<string> Strengths { get; set; } = [];
    }

    public sealed class ExpectedStage
    {
        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public bool Optional { get; set; }
    }

    public sealed class ExpectedRetro
    {
        public string File { get; set; } = "";

        public string Language { get; set; } = "";

        public List<ExpectedRound> Rounds { get; set; } = [];
    }

    public sealed class ExpectedRound
    {
        public string Label { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Role { get; set; }

        public List<ExpectedQuestion> Questions { get; set; } = [];
    }

    public sealed class ExpectedQuestion
    {
        public string Text { get; set; } = "";

        public bool FollowUp { get; set; }
    }
}
