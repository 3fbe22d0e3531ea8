using System.Text.Json;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Loops;
using Spectre.Console;

namespace LoopCoach.Cli.Commands;

/// <summary>Where a mock loop's answers come from: a person at a terminal, or a JSON-lines script.</summary>
internal interface IAnswerSource
{
    /// <summary>The answer to <paramref name="prompt"/>, or null to stop here (the session is paused, not lost).</summary>
    string? Next(Prompt? prompt);
}

/// <summary>
/// Answers typed at the terminal. <c>/quit</c> pauses the session. A pasted answer of several lines stays one
/// answer: lines that are already waiting when Enter is read belong to the same paste.
/// </summary>
internal sealed class TerminalAnswers(CliContext context) : IAnswerSource
{
    public string? Next(Prompt? prompt)
    {
        var answer = context.Console.Prompt(new TextPrompt<string>("[green]>[/]").AllowEmpty());
        if (answer.Trim() is "/quit" or "/q" or "/exit")
        {
            return null;
        }

        return Paste.WithRest(answer);
    }
}

/// <summary>Keeps a pasted text of several lines together at a prompt that reads one line.</summary>
internal static class Paste
{
    /// <summary><paramref name="firstLine"/> and the lines of the same paste already waiting behind it.</summary>
    public static string WithRest(string firstLine)
    {
        var lines = new List<string> { firstLine };
        while (Continues())
        {
            lines.Add(Console.ReadLine() ?? "");
        }

        return string.Join("\n", lines);
    }

    private static bool Continues()
    {
        // A paste arrives faster than anyone types: wait a moment for the rest of it.
        for (var i = 0; i < 5; i++)
        {
            if (Console.KeyAvailable)
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}

/// <summary>A script's first answer, read and checked before its session was created, then the rest of the script.</summary>
internal sealed class FirstAnswer(string first, IAnswerSource rest) : IAnswerSource
{
    private string? _first = first;

    public string? Next(Prompt? prompt)
    {
        var answer = _first ?? rest.Next(prompt);
        _first = null;
        return answer;
    }
}

/// <summary>
/// Answers from JSON lines: each line <c>{"answer": "..."}</c> or a JSON string; blank lines are skipped. A file
/// is read and checked whole before the loop starts; standard input (<c>-</c>) is read line by line as the loop
/// asks, so a script can feed it as it goes.
/// </summary>
internal sealed class ScriptedAnswers : IAnswerSource
{
    // Six characters of JSON (\uXXXX) for each character of the longest answer, and room for the braces.
    private const int MaxLineLength = (Core.Analysis.AnswerAnalyzer.MaxAnswerLength * 6) + 1024;

    private readonly Queue<string>? _answers;
    private readonly TextReader? _stream;
    private readonly string _source;
    private int _line;

    private ScriptedAnswers(Queue<string>? answers, TextReader? stream, string source)
    {
        _answers = answers;
        _stream = stream;
        _source = source;
    }

    public static ScriptedAnswers FromFile(CliContext context, string path)
    {
        var text = context.ReadText(path, 16 * 1024 * 1024);
        var answers = new Queue<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Checked before the session starts, so a refused file leaves nothing behind.
            if (Parse(lines[i], path, i + 1) is { } answer)
            {
                answers.Enqueue(answer);
            }
        }

        return new ScriptedAnswers(answers, null, path);
    }

    public static ScriptedAnswers FromStream(CliContext context) =>
        new(null, new StreamReader(context.Input, new System.Text.UTF8Encoding(false, true)), context.Text("cli.input.stdin"));

    public string? Next(Prompt? prompt)
    {
        if (_answers is not null)
        {
            return _answers.Count == 0 ? null : _answers.Dequeue();
        }

        while (ReadLine(_stream!) is { } line)
        {
            _line++;
            if (Parse(line, _source, _line) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    // One line of standard input, read no further than a line an answer can fill (its JSON escapes included): a
    // stream without line breaks (/dev/zero) is refused instead of read into memory whole.
    private string? ReadLine(TextReader reader)
    {
        var line = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return line.ToString();
            }

            if (line.Length >= MaxLineLength)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "loop.answers-line-too-long", _source, _line + 1, MaxLineLength, Core.Analysis.AnswerAnalyzer.MaxAnswerLength);
            }

            line.Append((char)c);
        }

        return line.Length > 0 ? line.ToString() : null;
    }

    private static string? Parse(string line, string source, int number)
    {
        if (line.Trim().Length == 0)
        {
            return null;
        }

        string? text = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                text = root.GetString();
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String)
            {
                text = answer.GetString();
            }
        }
        catch (JsonException)
        {
            // Reported below with the line.
        }
        catch (InvalidOperationException e)
        {
            // A string JSON cannot turn into text: an escaped lone surrogate ("\ud800").
            throw new LoopCoachException(ErrorKind.InvalidInput, "loop.answers-not-text", [source, number], [], e);
        }

        if (text is not null)
        {
            // "\ud800" is valid JSON but not text.
            Core.TextInput.CheckCharacters(text, $"{source}:{number}");
            if (text.Length > Core.Analysis.AnswerAnalyzer.MaxAnswerLength)
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "loop.answers-too-long", source, number, Core.Analysis.AnswerAnalyzer.MaxAnswerLength, text.Length);
            }

            return text;
        }

        throw new LoopCoachException(ErrorKind.InvalidInput, "loop.answers-malformed", source, number);
    }
}
