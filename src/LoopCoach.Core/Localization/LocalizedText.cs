namespace LoopCoach.Core.Localization;

/// <summary>A text written in both languages.</summary>
public sealed record LocalizedText(string En, string Ko)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string this[Language language] => language == Language.Ko ? Ko : En;
}

/// <summary>A list of texts written in both languages (the lists need not be the same length).</summary>
public sealed record LocalizedList(IReadOnlyList<string> En, IReadOnlyList<string> Ko)
{
    /// <summary>An empty list in both languages.</summary>
    public static LocalizedList Empty { get; } = new([], []);

    /// <summary>The items in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> this[Language language] => language == Language.Ko ? Ko : En;
}
