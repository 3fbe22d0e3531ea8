namespace LoopCoach.Cli.Tests;

/// <summary>Text pasted with terminal escape codes is kept as what it says, never replayed as what it would do.</summary>
public sealed class EscapeCodeTests : IDisposable
{
    private const string Escape = "\u001b[2J";

    private readonly Loopcoach _loopcoach = new();

    public void Dispose() => _loopcoach.Dispose();

    [Fact]
    public void Posting_WithAnEscapeCode_IsStoredAndShownWithoutIt()
    {
        var posting = _loopcoach.WriteFile("posting.txt", $"Company: {Escape}Evil Corp\nAccount Manager\n\nWhat you will do\n- Keep clients happy\n\nHiring process\nApplication > Interview > Offer\n");

        var analyzed = _loopcoach.Run("posting", "analyze", posting);
        var shown = _loopcoach.Run("posting", "show", "1");
        var listed = _loopcoach.Run("posting", "list");

        Assert.True(analyzed.ExitCode == 0, analyzed.ToString());
        Assert.All([analyzed, shown, listed], r => Assert.DoesNotContain('\u001b', r.Stdout));
        // The whole sequence goes, not just ESC: no "[2J" is left in the company's name.
        Assert.DoesNotContain("[2J", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("Evil Corp", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RetroAndAnswers_WithEscapeCodes_AreStoredWithoutThem()
    {
        var retro = _loopcoach.Run("retro", "add", "--company", $"Acme{Escape}", "-q", $"Tell me about a time you failed.{Escape}");
        var answers = _loopcoach.WriteFile("answers.jsonl", "{\"answer\": \"I'm an analyst.\\u001b[2J\"}\n");
        var run = _loopcoach.Run("loop", "run", "--seed", "1", "--answers", answers);

        Assert.True(retro.ExitCode == 0, retro.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(
            [_loopcoach.Run("retro", "show", "1"), _loopcoach.Run("retro", "questions"), _loopcoach.Run("loop", "show", "1", "--markdown")],
            r => Assert.DoesNotContain('\u001b', r.Stdout));
        Assert.Contains("I'm an analyst.", _loopcoach.Run("loop", "show", "1", "--markdown").Stdout, StringComparison.Ordinal);
    }
}
