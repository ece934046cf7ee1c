using System.Globalization;
using System.Text.RegularExpressions;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>Machine-readable dates from metadata (ISO 8601, RFC 822, day-first numeric), to a day and, when precise, a timestamp.</summary>
internal static partial class MetaDates
{
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})$")]
    private static partial Regex CompactTime();

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT)\b|\b[ECMP][SD]T\b)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HasZone();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})\s*$")]
    private static partial Regex ZoneNoColon();

    private static readonly (string Name, string Offset)[] Zones =
        [("GMT", "+00:00"), ("UTC", "+00:00"), ("UT", "+00:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"),
         ("CDT", "-05:00"), ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00")];

    /// <summary>
    /// Parses a metadata date. The day is the calendar day as the source wrote it (in its own time zone);
    /// the timestamp is given only when the value has a time of day and a zone.
    /// </summary>
    public static bool TryParse(string? raw, string basis, out DateValue day, out DateTimeOffset? at)
    {
        day = DateValue.Unknown("no date");
        at = null;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var s = raw.Trim();

        var m = IsoDay().Match(s);
        if (m.Success) return Day(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), basis, out day);

        m = DayFirst().Match(s);
        if (m.Success) return Day(int.Parse(m.Groups[3].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[1].Value), basis, out day);

        m = CompactTime().Match(s);
        if (m.Success) s = $"{m.Groups[1]}-{m.Groups[2]}-{m.Groups[3]}T{m.Groups[4]}:{m.Groups[5]}:{m.Groups[6]}";

        var zoned = HasZone().IsMatch(s);
        if (zoned)
        {
            foreach (var (name, offset) in Zones)
                if (s.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)) { s = s[..^name.Length] + offset; break; }
            s = ZoneNoColon().Replace(s, "$1:$2");
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
            return false;
        if (!Day(dto.Year, dto.Month, dto.Day, basis, out day)) return false;
        if (zoned) at = dto;
        return true;
    }

    private static bool Day(int y, int mo, int d, string basis, out DateValue day)
    {
        day = DateValue.Unknown("no date");
        if (y < 1800 || y > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        day = DateValue.OfDay(new DateOnly(y, mo, d), basis);
        return true;
    }

    /// <summary>Sets the publication date from a metadata value and records it as evidence.</summary>
    public static bool Apply(DocumentMeta meta, string? raw, string basis, bool overwrite = false)
    {
        if (!overwrite && meta.Published.Resolved) return false;
        if (!TryParse(raw, basis, out var day, out var at)) return false;
        meta.Published = day;
        meta.PublishedAt = at;
        meta.DateEvidence.Add(new DateEvidence(day, basis, null, raw!.Trim()));
        return true;
    }
}
