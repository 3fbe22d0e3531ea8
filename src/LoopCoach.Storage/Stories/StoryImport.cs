using System.Text.Json;
using LoopCoach.Core;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Stories;

namespace LoopCoach.Storage.Stories;

/// <summary>Reading and checking a story export file before anything is written.</summary>
public static class StoryImport
{
    /// <summary>The largest import file read, in bytes.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The text of an import file (a story export or a whole bank's): refused when larger than
    /// <see cref="MaxFileBytes"/>, not UTF-8, or empty, with the file named.
    /// </summary>
    internal static string ReadText(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "file.too-large", source, MaxFileBytes / 1024 / 1024);
        }

        var text = TextInput.ReadUtf8(bytes, source);
        return string.IsNullOrWhiteSpace(text) ? throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source) : text;
    }

    /// <summary>
    /// Parses an export file. Malformed JSON is an <see cref="ErrorKind.InvalidInput"/> error that names the line,
    /// the column and the JSON path of the fault.
    /// </summary>
    public static StoryBankDocument Parse(ReadOnlySpan<byte> bytes, string source)
    {
        var text = ReadText(bytes, source);

        try
        {
            return JsonSerializer.Deserialize(text, StoryJsonContext.Default.StoryBankDocument)
                ?? throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path;
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new LoopCoachException(
                ErrorKind.InvalidInput,
                "import.malformed",
                [source, line, column],
                [Describe(field, e.Message)],
                e);
        }
    }

    /// <summary>Every problem in the document: its format, and every story checked as if it were typed in.</summary>
    public static IReadOnlyList<Problem> Check(StoryBankDocument document, FrameworkCatalog frameworks, YearMonth thisMonth)
    {
        var problems = new List<Problem>();
        if (document.Format != StoryBankDocument.FormatName)
        {
            problems.Add(new Problem("format", "import.wrong-format", document.Format, StoryBankDocument.FormatName));
            return problems;
        }

        if (document.FormatVersion is < 1 or > StoryBankDocument.CurrentFormatVersion)
        {
            problems.Add(new Problem("formatVersion", "import.format-version", document.FormatVersion, StoryBankDocument.CurrentFormatVersion));
            return problems;
        }

        // A null where the format has text, a list or a story: said with its path before any rule reads the value.
        problems.AddRange(Nulls(document));
        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var duplicate in document.Stories.GroupBy(s => s.Uid).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem("stories", "import.duplicate-uid", duplicate.Key));
        }

        for (var i = 0; i < document.Stories.Count; i++)
        {
            var story = document.Stories[i];
            var path = $"stories[{i}]";
            if (story.Uid == Guid.Empty)
            {
                problems.Add(new Problem(path + ".uid", "content.field-missing"));
            }

            problems.AddRange(StoryRules.Validate(StoryRules.Normalize(story.ToContent()), frameworks, thisMonth)
                .Select(p => p with { Field = $"{path}.{p.Field}" }));

            var history = story.History ?? [];
            for (var v = 0; v < history.Count; v++)
            {
                if (v > 0 && history[v].Version <= history[v - 1].Version)
                {
                    problems.Add(new Problem($"{path}.history[{v}].version", "import.history-order"));
                }

                problems.AddRange(StoryRules.Validate(StoryRules.Normalize(history[v].Story), frameworks, thisMonth)
                    .Select(p => p with { Field = $"{path}.history[{v}].story.{p.Field}" }));
            }

            if (history.Count > 0 && !StoryRules.Normalize(history[^1].Story).SameAs(StoryRules.Normalize(story.ToContent())))
            {
                problems.Add(new Problem($"{path}.history", "import.history-mismatch"));
            }
        }

        return problems;
    }

    /// <summary>
    /// Every null the document holds where its shape needs a value: JSON lets a file say <c>"stories": null</c> or
    /// <c>"stories": [null]</c>, which the deserializer passes on as it is.
    /// </summary>
    public static IReadOnlyList<Problem> Nulls(StoryBankDocument document)
    {
        var problems = new List<Problem>();
        if (document.Format is null)
        {
            problems.Add(new Problem("format", "input.expected-text"));
        }

        if (document.Stories is null)
        {
            problems.Add(new Problem("stories", "input.expected-list"));
            return problems;
        }

        for (var i = 0; i < document.Stories.Count; i++)
        {
            var path = $"stories[{i}]";
            if (document.Stories[i] is not { } story)
            {
                problems.Add(new Problem(path, "input.expected-entry"));
                continue;
            }

            Content(story.ToContent(), path);
            if (story.History is { } history)
            {
                for (var v = 0; v < history.Count; v++)
                {
                    var versionPath = $"{path}.history[{v}]";
                    if (history[v] is not { } version)
                    {
                        problems.Add(new Problem(versionPath, "input.expected-entry"));
                    }
                    else if (version.Story is null)
                    {
                        problems.Add(new Problem(versionPath + ".story", "input.expected-entry"));
                    }
                    else
                    {
                        Content(version.Story, versionPath + ".story");
                    }
                }
            }
        }

        return problems;

        // A text field or a list that is null reads as missing (the deserializer gives both as null), and a missing
        // one is empty; an entry of a list that is null is named, since it stands for something that is not there.
        void Content(StoryContent content, string path)
        {
            Entries(content.Tags, $"{path}.tags", "input.expected-text");
            Entries(content.Competencies, $"{path}.competencies", "input.expected-text");
            Entries(content.Metrics, $"{path}.metrics", "input.expected-entry");
        }

        void Entries<T>(IReadOnlyList<T?>? list, string path, string key)
            where T : class
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (list![i] is null)
                {
                    problems.Add(new Problem($"{path}[{i}]", key));
                }
            }
        }
    }

    // System.Text.Json's messages name .NET types; say what is wrong in the user's terms instead.
    private static Problem Describe(string field, string message)
    {
        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return new Problem(field, "import.json-wrong-type");
        }

        var missing = message.IndexOf("missing required properties including: ", StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + "missing required properties including: ".Length)..].TrimEnd('.');
            return new Problem(field, "import.json-missing", names);
        }

        return new Problem(field, "import.json-error", FirstSentence(message));
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
