using LoopCoach.Core.Errors;

namespace LoopCoach.Storage;

/// <summary>The check every imported document makes of its lists: each is there, and none holds an empty entry.</summary>
internal static class DocumentLists
{
    /// <summary>Adds a problem for a missing <paramref name="list"/> at <paramref name="path"/>, or for each empty entry in it.</summary>
    public static void Check<T>(List<Problem> problems, IReadOnlyList<T?>? list, string path)
        where T : class
    {
        if (list is null)
        {
            problems.Add(new Problem(path, "input.expected-list"));
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                problems.Add(new Problem($"{path}[{i}]", "input.expected-entry"));
            }
        }
    }
}
