using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace LoopCoach.Core;

/// <summary>
/// The stable text of a code enum's values: the <see cref="JsonStringEnumMemberNameAttribute"/> name each member
/// carries. That attribute is the one place a code is spelled, so the JSON output, the message keys and any
/// comparison read the same string.
/// </summary>
internal static class Codes<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().ToFrozenDictionary(value => value, NameOf);

    /// <summary>The code of <paramref name="value"/>, as the JSON output writes it.</summary>
    public static string Of(T value) => Names[value];

    private static string NameOf(T value)
    {
        var field = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{value} has no code: give it a [JsonStringEnumMemberName].");
    }
}
