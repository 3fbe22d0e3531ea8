namespace LoopCoach.Core.Errors;

/// <summary>What kind of failure a user caused or met; front ends turn it into an exit code or an HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input was refused (empty, too long, malformed, unknown id in a field).</summary>
    InvalidInput,

    /// <summary>The thing asked for does not exist.</summary>
    NotFound,

    /// <summary>The data store cannot be used (unreadable, corrupt, locked, from a newer version).</summary>
    Storage,

    /// <summary>The request conflicts with the current state (for example, undeleting a story that is not deleted).</summary>
    Conflict,
}

/// <summary>One problem found in a user's input, with the field it concerns when there is one.</summary>
/// <param name="Field">Where the problem is: a field name, a JSON path or <c>line:column</c>; empty when the whole input is at fault.</param>
/// <param name="MessageKey">The key of the message in <c>messages.yaml</c>.</param>
/// <param name="Args">Values for the message's placeholders.</param>
public sealed record Problem(string Field, string MessageKey, params object?[] Args);

/// <summary>
/// An expected failure a user can cause, carrying message keys rather than text so that each front end says
/// it in the user's language.
/// </summary>
public sealed class LoopCoachException : Exception
{
    /// <summary>Creates the exception for one message.</summary>
    public LoopCoachException(ErrorKind kind, string messageKey, params object?[] args)
        : this(kind, messageKey, args, [])
    {
    }

    /// <summary>Creates the exception for a message and the detailed problems behind it.</summary>
    public LoopCoachException(ErrorKind kind, string messageKey, object?[] args, IReadOnlyList<Problem> problems, Exception? inner = null)
        : base(messageKey, inner)
    {
        Kind = kind;
        MessageKey = messageKey;
        Args = args;
        Problems = problems;
    }

    /// <summary>What kind of failure this is.</summary>
    public ErrorKind Kind { get; }

    /// <summary>The key of the headline message.</summary>
    public string MessageKey { get; }

    /// <summary>Values for the headline message's placeholders.</summary>
    public IReadOnlyList<object?> Args { get; }

    /// <summary>The individual problems (for example one per invalid field); may be empty.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Throws an <see cref="ErrorKind.InvalidInput"/> exception when <paramref name="problems"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<Problem> problems, string messageKey = "input.invalid")
    {
        if (problems.Count > 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, messageKey, [problems.Count], problems);
        }
    }
}
