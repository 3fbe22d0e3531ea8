namespace LoopCoach.Core.Content;

/// <summary>
/// The text of a content file from outside LoopCoach (a user's framework or loop template), as the front end read
/// or received it: Core never opens a path, so a request cannot make it read a file.
/// </summary>
/// <param name="Name">What problems in the text are reported under: the name the user knows it by (the path as typed, an upload's name).</param>
/// <param name="Yaml">The text.</param>
public sealed record ContentText(string Name, string Yaml)
{
    /// <summary>Where it came from, recorded on what it defines (a framework's <c>source</c>); its name unless set.</summary>
    public string Source { get; init; } = Name;
}
