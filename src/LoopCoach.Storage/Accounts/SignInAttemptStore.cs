using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LoopCoach.Storage.Sqlite;

namespace LoopCoach.Storage.Accounts;

/// <summary>
/// Sign-in attempts per address in a sliding window, shared by every web node on the database. An attempt is
/// counted with those of the window before it; one over the limit is refused and not kept, so that refused attempts
/// do not push the end of the wait further out. Attempts that start at the same instant on two nodes may both be
/// let through at the edge of the limit (each counts before it sees the other's): the limit is exact within one
/// attempt per node, which is what a brake on password guessing needs.
/// </summary>
public sealed class SignInAttemptStore(LoopCoachDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Counts one attempt from <paramref name="address"/>; true when it is within <paramref name="limit"/> attempts
    /// in the last <paramref name="window"/>, false (and not kept) when it is over.
    /// </summary>
    public bool TryAttempt(string address, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var since = now - (long)window.TotalMilliseconds;
        var key = Hash(address);
        return database.InTransaction(tx =>
        {
            using (var forget = database.Command(tx, "DELETE FROM sign_in_attempts WHERE at_ms <= @since"))
            {
                forget.AddParameter("@since", since);
                forget.ExecuteNonQuery();
            }

            var id = Guid.NewGuid().ToString();
            using (var insert = database.Command(tx, "INSERT INTO sign_in_attempts (id, address, at_ms) VALUES (@id, @address, @now)"))
            {
                insert.AddParameter("@id", id).AddParameter("@address", key).AddParameter("@now", now);
                insert.ExecuteNonQuery();
            }

            using var count = database.Command(tx, "SELECT count(*) FROM sign_in_attempts WHERE address = @address AND at_ms > @since");
            count.AddParameter("@address", key).AddParameter("@since", since);
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) <= limit)
            {
                return true;
            }

            using var refuse = database.Command(tx, "DELETE FROM sign_in_attempts WHERE id = @id");
            refuse.AddParameter("@id", id);
            refuse.ExecuteNonQuery();
            return false;
        });
    }

    /// <summary>How long until the oldest attempt of <paramref name="address"/> in the window leaves it.</summary>
    public TimeSpan RetryAfter(string address, TimeSpan window) => database.Read(() =>
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var oldest = database.Command(null, "SELECT min(at_ms) FROM sign_in_attempts WHERE address = @address AND at_ms > @since");
        oldest.AddParameter("@address", Hash(address)).AddParameter("@since", now - (long)window.TotalMilliseconds);
        var value = oldest.ExecuteScalar();
        return value is null or DBNull ? TimeSpan.Zero
            : TimeSpan.FromMilliseconds(Math.Max(0, Convert.ToInt64(value, CultureInfo.InvariantCulture) + (long)window.TotalMilliseconds - now));
    });

    // An address is kept only as a hash: the table says how often someone tried, not who.
    private static string Hash(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)));
}
