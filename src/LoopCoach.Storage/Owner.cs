namespace LoopCoach.Storage;

/// <summary>
/// Whose rows a store reads and writes. Every row has an owner; on one machine with no accounts that is
/// <see cref="Local"/>, the person at the keyboard. A store never returns another owner's rows: to it they do not
/// exist, so an id that belongs to someone else is "not found".
/// </summary>
/// <param name="Id">The owner's stable id, as stored in <c>owner_id</c>.</param>
public readonly record struct Owner(string Id)
{
    /// <summary>The one user of a local bank.</summary>
    public static Owner Local { get; } = new("local");

    /// <summary>
    /// The uid this owner's copy of a row gets when <paramref name="uid"/> is another owner's already (uids are unique
    /// across the database; the same export taken into two accounts): derived from both, the same each time, so the
    /// file imported again finds its copy and adds nothing.
    /// </summary>
    public Guid CopyOf(Guid uid) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{Id}\n{uid}")).AsSpan(0, 16));

    /// <inheritdoc />
    public override string ToString() => Id;
}
