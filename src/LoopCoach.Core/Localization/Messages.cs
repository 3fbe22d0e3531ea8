namespace LoopCoach.Core.Localization;

/// <summary>
/// Every message the program shows a user, keyed, in both languages (from <c>content/messages.yaml</c>).
/// </summary>
public sealed class Messages
{
    private const string HintInfix = ".hint.";

    private readonly IReadOnlyDictionary<string, LocalizedText> _texts;

    // The keys some front end adds a hint to, so that the messages without one cost no lookup.
    private readonly HashSet<string> _hinted;

    internal Messages(IReadOnlyDictionary<string, LocalizedText> texts)
    {
        _texts = texts;
        _hinted = texts.Keys
            .Select(k => k.IndexOf(HintInfix, StringComparison.Ordinal) is var at and > 0 ? k[(at + HintInfix.Length)..] : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

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

    /// <summary>
    /// The message <paramref name="key"/> as the front end <paramref name="frontEnd"/> (<c>cli</c>, <c>web</c>) says
    /// it: <see cref="Get"/> followed by that front end's hint, the message <c>{frontEnd}.hint.{key}</c>, when it has
    /// one. A message the front ends share says what happened; what to do next differs (a command to type, a page to
    /// open), so it lives in each front end's hint and no shared message names a command.
    /// </summary>
    public string ForFrontEnd(string frontEnd, Language language, string key, params object?[] args)
    {
        var text = Get(language, key, args);
        if (!_hinted.Contains(key) || !_texts.ContainsKey(frontEnd + HintInfix + key))
        {
            return text;
        }

        return text + " " + Get(language, frontEnd + HintInfix + key, args);
    }
}
