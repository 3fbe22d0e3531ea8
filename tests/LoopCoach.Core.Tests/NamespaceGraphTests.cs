using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace LoopCoach.Core.Tests;

/// <summary>
/// Core's top-level namespaces (one per folder) depend on each other in one direction only. Content loads and checks
/// the data the engines are made of and so depends on them; no engine reaches back for Content. Read from the source:
/// a folder depends on another when one of its files names <c>LoopCoach.Core.Other</c> (a using or a qualified
/// name), and on the root namespace when it names one of the root's types.
/// </summary>
public sealed partial class NamespaceGraphTests(ITestOutputHelper output)
{
    private const string Root = "(root)";

    private static readonly string CoreFolder = Path.Combine(RepositoryRoot.Path, "src", "LoopCoach.Core");

    [Fact]
    public void CoreNamespaces_DependOnEachOtherWithoutACycle()
    {
        var graph = Graph();
        output.WriteLine(string.Join("\n", graph.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} -> {string.Join(", ", n.Value.Order(StringComparer.Ordinal))}")));

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, "namespace cycle: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void NoCoreNamespace_DependsOnContent()
    {
        var graph = Graph();

        Assert.Contains("Content", graph.Keys);
        Assert.Empty(graph.Where(n => n.Key != "Content" && n.Value.Contains("Content")).Select(n => n.Key));
    }

    [Fact]
    public void EveryCoreFile_IsInTheNamespaceOfItsFolder()
    {
        var wrong = SourceFiles()
            .Where(f => NamespaceDeclaration().Match(File.ReadAllText(f.Path)).Groups[1].Value != (f.Folder == Root ? "" : "." + f.Folder))
            .Select(f => f.Path)
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void FindCycle_OnAGraphWithACycle_ReturnsIt()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Analysis"] = ["Content", "Stories"],
            ["Content"] = ["Analysis"],
            ["Stories"] = [],
        };

        Assert.Equal(["Analysis", "Content", "Analysis"], FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, HashSet<string>> { ["Content"] = ["Analysis"], ["Analysis"] = [] }));
    }

    /// <summary>Each folder of Core (and the root) with the folders it depends on.</summary>
    private static Dictionary<string, HashSet<string>> Graph()
    {
        var files = SourceFiles().ToList();
        var rootTypes = files.Where(f => f.Folder == Root)
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f.Path)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var graph = files.Select(f => f.Folder).Distinct().ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (path, folder) in files)
        {
            var text = CommentsAndStrings().Replace(File.ReadAllText(path), " ");
            foreach (Match reference in QualifiedReference().Matches(text))
            {
                graph[folder].Add(reference.Groups[1].Value);
            }

            if (folder != Root && Identifier().Matches(text).Any(m => rootTypes.Contains(m.Value)))
            {
                graph[folder].Add(Root);
            }

            graph[folder].Remove(folder);
        }

        return graph;
    }

    private static IEnumerable<(string Path, string Folder)> SourceFiles() =>
        Directory.EnumerateFiles(CoreFolder, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(CoreFolder, path).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (f.Path, f.Relative.Contains('/') ? f.Relative[..f.Relative.IndexOf('/')] : Root));

    /// <summary>A path that leaves a node and comes back to it, or null when the graph has none.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex(@"\bLoopCoach\.Core\.([A-Z]\w*)")]
    private static partial Regex QualifiedReference();

    [GeneratedRegex(@"^namespace LoopCoach\.Core((?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?!struct\b|class\b)(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex Identifier();

    // Comments and string literals name things without depending on them ("see LoopCoach.Core.Content").
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();
}
