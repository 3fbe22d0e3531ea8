using LoopCoach.Core.Content;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Tests.Content;

/// <summary>
/// A message the CLI and the web share says what happened; what to do next (a command to type, a page to open) is
/// each front end's own hint (<c>cli.hint.KEY</c>, <c>web.hint.KEY</c>).
/// </summary>
public sealed class FrontEndHintTests
{
    private static readonly Messages Messages = ContentCatalog.BuiltIn.Messages;

    private static bool IsHint(string key) => key.StartsWith("cli.hint.", StringComparison.Ordinal) || key.StartsWith("web.hint.", StringComparison.Ordinal);

    [Fact]
    public void NoSharedMessage_NamesACommand()
    {
        // cli.* is printed by the command line only; every other message may reach a page or the API.
        var commands = Messages.Keys
            .Where(k => !k.StartsWith("cli.", StringComparison.Ordinal) && !IsHint(k))
            .SelectMany(k => Languages.All.Select(l => (Key: k, Text: Messages.Get(l, k))))
            .Where(t => t.Text.Contains("loopcoach ", StringComparison.Ordinal))
            .Select(t => $"{t.Key}: {t.Text}")
            .ToList();

        Assert.True(commands.Count == 0, "shared messages naming a command (move it to a cli.hint.*):\n" + string.Join("\n", commands));
    }

    [Fact]
    public void EveryHint_FollowsAMessageThatExists_AndTheWebsNeverNamesACommand()
    {
        var hints = Messages.Keys.Where(IsHint).ToList();

        Assert.Contains(hints, k => k.StartsWith("web.hint.", StringComparison.Ordinal));
        Assert.All(hints, k => Assert.True(Messages.Contains(k["cli.hint.".Length..]), k + " follows no message"));
        Assert.All(
            hints.Where(k => k.StartsWith("web.hint.", StringComparison.Ordinal)).SelectMany(k => Languages.All.Select(l => Messages.Get(l, k))),
            text => Assert.DoesNotContain("loopcoach ", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.En, "cli", "There is no story #7. See loopcoach stories list (add --deleted for deleted ones).")]
    [InlineData(Language.Ko, "cli", "스토리 #7이 없습니다. loopcoach stories list 명령으로 확인하십시오 (삭제한 스토리까지 보려면 --deleted).")]
    [InlineData(Language.En, "web", "There is no story #7. See your stories on the Stories page; deleted ones are in its recycle bin.")]
    [InlineData(Language.Ko, "web", "스토리 #7이 없습니다. 스토리 페이지에서 확인하십시오. 삭제한 스토리는 휴지통에 있습니다.")]
    public void ForFrontEnd_AddsThatFrontEndsHint_WithTheSameValues(Language language, string frontEnd, string expected)
    {
        Assert.Equal(expected, Messages.ForFrontEnd(frontEnd, language, "story.not-found", 7));
    }

    [Fact]
    public void ForFrontEnd_AMessageWithoutAHint_IsTheMessage()
    {
        Assert.Equal(Messages.Get(Language.Ko, "story.title-required"), Messages.ForFrontEnd("web", Language.Ko, "story.title-required"));
        Assert.Equal("There is no posting #3.", Messages.ForFrontEnd("api", Language.En, "posting.not-found", 3));
    }
}
