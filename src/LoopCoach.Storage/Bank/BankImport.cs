using System.Text.Json;
using LoopCoach.Core;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Loops;
using LoopCoach.Core.Stories;
using LoopCoach.Storage.Retros;
using LoopCoach.Storage.Sessions;
using LoopCoach.Storage.Stories;

namespace LoopCoach.Storage.Bank;

/// <summary>
/// Reading and checking a whole-bank file before anything is written. A story export (<c>loopcoach.stories</c>) is
/// read too, as a bank with only stories. Every part is checked the way the app would read it back, so a file that
/// passes can be shown and resumed; one that does not changes nothing.
/// </summary>
public static class BankImport
{
    /// <summary>The largest file read, in bytes (the story import's limit).</summary>
    public const int MaxFileBytes = StoryImport.MaxFileBytes;

    /// <summary>Parses a bank file, or a story export as a bank of stories only.</summary>
    public static BankDocument Parse(ReadOnlySpan<byte> bytes, string source)
    {
        var text = StoryImport.ReadText(bytes, source);

        try
        {
            if (FormatOf(text) == StoryBankDocument.FormatName)
            {
                var stories = StoryImport.Parse(bytes, source);
                return new BankDocument { ExportedAt = stories.ExportedAt, FormatVersion = stories.FormatVersion, Stories = stories.Stories };
            }

            return JsonSerializer.Deserialize(text, BankJsonContext.Default.BankDocument)
                ?? throw new LoopCoachException(ErrorKind.InvalidInput, "import.empty", source);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path;
            throw new LoopCoachException(
                ErrorKind.InvalidInput,
                "bank.malformed",
                [source, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1],
                [new Problem(field, e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "import.json-wrong-type" : "bank.json-error")],
                e);
        }
    }

    // The format field alone, read before the rest so a story export is read by its own rules.
    private static string? FormatOf(string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("format", out var format)
            && format.ValueKind == JsonValueKind.String ? format.GetString() : null;
    }

    /// <summary>Every problem in the document, each with the JSON path of its value.</summary>
    public static IReadOnlyList<Problem> Check(BankDocument document, FrameworkCatalog frameworks, YearMonth thisMonth)
    {
        var problems = new List<Problem>();
        if (document.Format != BankDocument.FormatName)
        {
            problems.Add(new Problem("format", "bank.wrong-format", document.Format ?? "", BankDocument.FormatName));
            return problems;
        }

        if (document.FormatVersion is < 1 or > BankDocument.CurrentFormatVersion)
        {
            problems.Add(new Problem("formatVersion", "import.format-version", document.FormatVersion, BankDocument.CurrentFormatVersion));
            return problems;
        }

        Lists(document, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        var stories = new StoryBankDocument { ExportedAt = document.ExportedAt, Stories = document.Stories };
        problems.AddRange(StoryImport.Nulls(stories).Where(p => p.Field != "format"));
        if (problems.Count == 0)
        {
            problems.AddRange(StoryImport.Check(stories, frameworks, thisMonth));
        }

        Uids(document.Postings.Select(p => p.Uid), "postings", problems);
        for (var i = 0; i < document.Postings.Count; i++)
        {
            var posting = document.Postings[i];
            Text(posting.Title, $"postings[{i}].title", problems, required: false);
            Text(posting.Company, $"postings[{i}].company", problems, required: false);
            Text(posting.Text, $"postings[{i}].text", problems, required: true);
        }

        Uids(document.Sessions.Select(s => s.Uid), "sessions", problems);
        for (var i = 0; i < document.Sessions.Count; i++)
        {
            Session(document.Sessions[i], $"sessions[{i}]", problems);
        }

        Uids(document.Retros.Select(r => r.Uid), "retros", problems);
        for (var i = 0; i < document.Retros.Count; i++)
        {
            Json(document.Retros[i].Retro, $"retros[{i}].retro", RetroJsonContext.Default.Retrospective, problems, required: true);
        }

        var retros = document.Retros.Select(r => r.Uid).ToHashSet();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.SeenQuestions.Count; i++)
        {
            var seen = document.SeenQuestions[i];
            var path = $"seenQuestions[{i}]";
            Text(seen.Text, path + ".text", problems, required: true);
            if (seen.Text is { } text && !texts.Add(text))
            {
                problems.Add(new Problem(path + ".text", "bank.duplicate-question"));
            }

            if (seen.Language is not ("ko" or "en"))
            {
                problems.Add(new Problem(path + ".language", "bank.language", seen.Language ?? ""));
            }

            if (seen.Times < 1)
            {
                problems.Add(new Problem(path + ".times", "bank.times"));
            }

            if (seen.LastRetro is { } retro && !retros.Contains(retro))
            {
                problems.Add(new Problem(path + ".lastRetro", "bank.unknown-retro", retro));
            }
        }

        return problems;
    }

    private static void Session(BankSession session, string path, List<Problem> problems)
    {
        Text(session.Template, path + ".template", problems, required: true);
        if (!Enum.TryParse<SessionStatus>(session.Status, ignoreCase: true, out _) || int.TryParse(session.Status, out _))
        {
            problems.Add(new Problem(path + ".status", "bank.status", session.Status ?? ""));
        }

        Json(session.Plan, path + ".plan", SessionJsonContext.Default.LoopPlan, problems, required: true);
        Json(session.State, path + ".state", SessionJsonContext.Default.EngineState, problems, required: false);
        Json(session.Debrief, path + ".debrief", SessionJsonContext.Default.LoopDebrief, problems, required: false);
        Json(session.Progress, path + ".progress", SessionJsonContext.Default.MeasuredSession, problems, required: false);
        if (session.Turns is null || session.Retries is null)
        {
            problems.Add(new Problem(path + (session.Turns is null ? ".turns" : ".retries"), "input.expected-list"));
            return;
        }

        var seqs = new HashSet<int>();
        for (var t = 0; t < session.Turns.Count; t++)
        {
            var turnPath = $"{path}.turns[{t}]";
            if (session.Turns[t] is not { } turn)
            {
                problems.Add(new Problem(turnPath, "input.expected-entry"));
                continue;
            }

            if (!seqs.Add(turn.Seq))
            {
                problems.Add(new Problem(turnPath + ".seq", "bank.duplicate-turn", turn.Seq));
            }

            if (!Enum.TryParse<TurnKind>(turn.Kind, ignoreCase: true, out _) || int.TryParse(turn.Kind, out _))
            {
                problems.Add(new Problem(turnPath + ".kind", "bank.turn-kind", turn.Kind ?? ""));
            }

            Text(turn.Question, turnPath + ".question", problems, required: true);
            Text(turn.Answer, turnPath + ".answer", problems, required: false);
            Json(turn.Data, turnPath + ".data", SessionJsonContext.Default.Turn, problems, required: false);
        }

        var attempts = new HashSet<(int, int)>();
        for (var r = 0; r < session.Retries.Count; r++)
        {
            var retryPath = $"{path}.retries[{r}]";
            if (session.Retries[r] is not { } retry)
            {
                problems.Add(new Problem(retryPath, "input.expected-entry"));
                continue;
            }

            if (!seqs.Contains(retry.Seq))
            {
                problems.Add(new Problem(retryPath + ".seq", "bank.retry-without-turn", retry.Seq));
            }

            if (!attempts.Add((retry.Seq, retry.Attempt)) || retry.Attempt < 1)
            {
                problems.Add(new Problem(retryPath + ".attempt", "bank.duplicate-turn", retry.Attempt));
            }

            Text(retry.Answer, retryPath + ".answer", problems, required: false);
            Json(retry.Analysis, retryPath + ".analysis", SessionJsonContext.Default.AnswerAnalysis, problems, required: true);
        }
    }

    // Every list present, and no entry of one null.
    private static void Lists(BankDocument document, List<Problem> problems)
    {
        DocumentLists.Check(problems, document.Stories, "stories");
        DocumentLists.Check(problems, document.Postings, "postings");
        DocumentLists.Check(problems, document.Sessions, "sessions");
        DocumentLists.Check(problems, document.Retros, "retros");
        DocumentLists.Check(problems, document.SeenQuestions, "seenQuestions");
    }

    private static void Uids(IEnumerable<Guid> uids, string path, List<Problem> problems)
    {
        var list = uids.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == Guid.Empty)
            {
                problems.Add(new Problem($"{path}[{i}].uid", "content.field-missing"));
            }
        }

        foreach (var duplicate in list.Where(u => u != Guid.Empty).GroupBy(u => u).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem(path, "import.duplicate-uid", duplicate.Key));
        }
    }

    private static void Text(string? value, string path, List<Problem> problems, bool required)
    {
        if (value is null)
        {
            problems.Add(new Problem(path, "input.expected-text"));
        }
        else if (required && value.Trim().Length == 0)
        {
            problems.Add(new Problem(path, "content.field-missing"));
        }
    }

    // A value the engine wrote as JSON must read back as what it was: a file that says otherwise would break the
    // page that shows it, long after the import.
    private static void Json<T>(JsonElement? value, string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, List<Problem> problems, bool required)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add(new Problem(path, "content.field-missing"));
            }

            return;
        }

        try
        {
            if (element.ValueKind != JsonValueKind.Object || element.Deserialize(type) is null)
            {
                problems.Add(new Problem(path, "bank.unreadable"));
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            problems.Add(new Problem(path, "bank.unreadable"));
        }
    }
}
