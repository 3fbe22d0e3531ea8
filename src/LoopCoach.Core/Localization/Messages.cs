namespace LoopCoach.Core.Localization;

/// <summary>
/// Every message the program shows a user, keyed, in both languages (from <c>content/messages.yaml</c>).
/// </summary>
public sealed class Messages
{
    private readonly IReadOnlyDictionary<string, LocalizedText> _texts;

    internal Messages(IReadOnlyDictionary<string, LocalizedText> texts) => _texts = texts;

    /// <summary>The message keys, for validation.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>Whether a message with this key exists.</summary>
    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>
    /// The message <paramref name="key"/> in <paramref name="language"/> with <c>{0}</c>-style placeholders filled,
    /// and Korean particles written <c>{0:이/가}</c> chosen to fit the value (<see cref="MessageFormat"/>).
    /// An unknown key comes back as the key itself so that a missing text never hides the error behind it.
    /// </summary>
    public string Get(Language language, string key, params object?[] args)
    {
        if (!_texts.TryGetValue(key, out var text))
        {
            return args.Length == 0 ? key : key + ": " + string.Join(", ", args);
        }

        var template = text[language];
        if (args.Length == 0)
        {
            return template;
        }

        try
        {
            return MessageFormat.Format(template, args);
        }
        catch (FormatException)
        {
            // A message with more placeholders than values must still say something rather than fail.
            return template + " (" + string.Join(", ", args) + ")";
        }
    }
}
