using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LoopCoach.Web.BrowserTests;

/// <summary>What every journey does on each page it reaches: axe, and a photograph at phone and desktop width.</summary>
internal static class PageChecks
{
    /// <summary>artifacts/screenshots/, beside artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/.</summary>
    public static string Screenshots
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(output.Parent!.Parent!.Parent!.FullName, "screenshots");
        }
    }

    /// <summary>Checks the page with axe (no serious or critical violation) and photographs it at phone and desktop width.</summary>
    public static async Task Check(IPage page, string code, string name)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name} ({code}): " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));

        Directory.CreateDirectory(Screenshots);
        foreach (var width in new[] { 390, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{code}-{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
