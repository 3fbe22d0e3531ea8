using LoopCoach.Core.Localization;
using LoopCoach.Core.Stories;
using Markdig;

namespace LoopCoach.Core.Tests.Stories;

public sealed class MarkdownTextTests
{
    private static readonly MarkdownPipeline Viewer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img")]
    [InlineData("# Not a heading", "# Not a heading")]
    [InlineData("| a | b |\n|---|---|\n| c | d |", "| a | b |")]
    [InlineData("[click](javascript:alert(1))", "[click](javascript:alert(1))")]
    [InlineData("![tracker](https://example.com/pixel.png)", "![tracker](")]
    [InlineData("3. not a list\n- nor this\n> nor a quote", "3. not a list")]
    [InlineData("매출이 *두 배* 늘었습니다 & 고객 __만족__", "매출이 *두 배* 늘었습니다 &amp; 고객 __만족__")]
    public void StoryExport_UserTextWithMarkdownOrHtml_IsShownAsWritten(string situation, string shown)
    {
        var story = new StoredStory(1, Guid.NewGuid(), 1, new StoryContent { Title = "<b>Title</b> # [x](y)", Situation = situation }, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);

        var html = Markdown.ToHtml(StoryMarkdown.Render([story], BuiltIn.Content.Frameworks, BuiltIn.Content.Messages, Language.En), Viewer);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // A bare web address may still be shown as a link by a viewer; nothing else becomes one.
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(">click</a>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<table", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<blockquote>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<ol", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h2"));
        Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Title&lt;/b&gt; # [x](y)", html, StringComparison.Ordinal);
    }
}
