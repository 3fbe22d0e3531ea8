using System.Globalization;

namespace LoopCoach.Storage.Sqlite;

/// <summary>How times are stored: UTC, to the millisecond, as ISO 8601 text that sorts in time order.</summary>
internal static class Timestamps
{
    /// <summary>The clock's now, cut to the millisecond so that a value read back equals the value written.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
