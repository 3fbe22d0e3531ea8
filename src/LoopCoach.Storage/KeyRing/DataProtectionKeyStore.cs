using System.Data.Common;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.KeyRing;

/// <summary>A data-protection key as stored: its name and its XML, as ASP.NET Core wrote it.</summary>
public sealed record StoredKey(string FriendlyName, string Xml);

/// <summary>
/// The web app's data-protection keys in the database (table <c>data_protection_keys</c>, on PostgreSQL), so every
/// web node of one database signs and checks cookies and antiforgery tokens with the same keys.
/// </summary>
public sealed class DataProtectionKeyStore(LoopCoachDatabase database, TimeProvider clock)
{
    /// <summary>Every key, oldest first.</summary>
    public IReadOnlyList<StoredKey> All() => database.Read(() =>
    {
        using var command = database.Command(null, "SELECT friendly_name, xml FROM data_protection_keys ORDER BY id");
        using var reader = command.ExecuteReader();
        var keys = new List<StoredKey>();
        while (reader.Read())
        {
            keys.Add(new StoredKey(reader.GetString(0), reader.GetString(1)));
        }

        return keys;
    });

    /// <summary>Saves a new key.</summary>
    public void Add(StoredKey key) => database.InTransaction(tx =>
    {
        using var command = database.Command(tx, "INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, @now)");
        command.AddParameter("@name", key.FriendlyName);
        command.AddParameter("@xml", key.Xml);
        command.AddParameter("@now", Timestamps.Format(Timestamps.Now(clock)));
        return command.ExecuteNonQuery();
    });
}
