using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LoopCoach.Core.Stories;

/// <summary>A month of a year, the precision a candidate remembers a story by ("2023-04").</summary>
[JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates the value; the month is 1-12 and the year 1900-9999.</summary>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1-12.</summary>
    public int Month { get; }

    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static YearMonth Of(DateTimeOffset date) => new(date.Year, date.Month);

    /// <summary>Reads <c>YYYY-MM</c> (also <c>YYYY.MM</c>, <c>YYYY/MM</c> and a bare <c>YYYY</c>, taken as January).</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-', '.', '/');
        if (parts.Length is < 1 or > 2
            || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1900)
        {
            return false;
        }

        var month = 1;
        if (parts.Length == 2 && (parts[1].Length is < 1 or > 2
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month)
            || month is < 1 or > 12))
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>Whole months from this month to <paramref name="later"/> (negative when it is earlier).</summary>
    public int MonthsUntil(YearMonth later) => ((later.Year - Year) * 12) + later.Month - Month;

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => (Year * 12) + Month - ((other.Year * 12) + other.Month);

    /// <summary>The value as <c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>Writes <see cref="YearMonth"/> as the string <c>"YYYY-MM"</c>.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Expected a month as \"YYYY-MM\".");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
