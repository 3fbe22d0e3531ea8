using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LoopCoach.Core.Tests;

/// <summary>The labelled data files copied beside the tests (DevSet/, RealShaped/), read one way.</summary>
internal static class TestData
{
    private static readonly IDeserializer Strict = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly IDeserializer Lenient = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>
    /// The YAML file at <paramref name="path"/> under the test output folder. Strict files reject keys the model
    /// lacks; the others (written with extra notes by their authors) ignore them.
    /// </summary>
    public static T Yaml<T>(bool strict, params string[] path) =>
        (strict ? Strict : Lenient).Deserialize<T>(File.ReadAllText(Path.Combine([AppContext.BaseDirectory, .. path])));
}
