using System.Globalization;
using System.Text;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Stories;

/// <summary>The story bank as a Markdown document a candidate can read, print or paste into notes.</summary>
public static class StoryMarkdown
{
    /// <summary>
    /// Renders <paramref name="stories"/> with headings and labels in <paramref name="language"/>, competencies named
    /// from <paramref name="frameworks"/>.
    /// </summary>
    public static string Render(IEnumerable<StoredStory> stories, FrameworkCatalog frameworks, Messages messages, Language language)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(messages.Get(language, "md.title"));
        foreach (var story in stories)
        {
            var c = story.Content;
            md.AppendLine();
            md.Append(CultureInfo.InvariantCulture, $"## {story.Id}. {Inline(c.Title)}").AppendLine();
            md.AppendLine();
            var facts = new List<string>();
            if (c.When is { } when)
            {
                facts.Add($"{messages.Get(language, "md.when")}: {when}");
            }

            if (c.Role.Length > 0)
            {
                facts.Add($"{messages.Get(language, "md.role")}: {Inline(c.Role)}");
            }

            if (c.Competencies.Count > 0)
            {
                facts.Add($"{messages.Get(language, "md.competencies")}: " + string.Join(", ", c.Competencies.Select(id =>
                    frameworks.FindCompetency(id) is { } competency ? $"{competency.Name[language]} (`{id}`)" : $"`{id}`")));
            }

            if (c.Tags.Count > 0)
            {
                facts.Add($"{messages.Get(language, "md.tags")}: " + string.Join(", ", c.Tags.Select(t => $"#{Inline(t)}")));
            }

            foreach (var fact in facts)
            {
                md.Append("- ").AppendLine(fact);
            }

            Section(md, messages.Get(language, "md.situation"), c.Situation);
            Section(md, messages.Get(language, "md.task"), c.Task);
            Section(md, messages.Get(language, "md.action"), c.Action);
            Section(md, messages.Get(language, "md.result"), c.Result);
            if (c.Metrics.Count > 0)
            {
                md.AppendLine();
                md.Append("**").Append(messages.Get(language, "md.metrics")).AppendLine("**");
                md.AppendLine();
                foreach (var metric in c.Metrics)
                {
                    md.Append("- ").AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Inline(metric.Measures)}: {metric.Value:0.############} {Inline(metric.Unit)}").TrimEnd());
                }
            }

            Section(md, messages.Get(language, "md.lesson"), c.Lesson);
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, string label, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        md.AppendLine();
        md.Append("**").Append(label).AppendLine("**");
        md.AppendLine();
        md.AppendLine(MarkdownText.Escape(text));
    }

    // A title or tag on one line: a line break inside would end the heading or list item.
    private static string Inline(string text) => MarkdownText.Escape(text.Replace('\n', ' '));
}
