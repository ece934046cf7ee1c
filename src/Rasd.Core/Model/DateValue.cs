namespace Rasd.Model;

public enum DatePrecision { Unknown, Year, Month, Day }

/// <summary>
/// A calendar date known to some precision, as the report contract spells it
/// ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), with how it was found and, when unresolved, why.
/// </summary>
public sealed record DateValue
{
    public int Year { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    public DatePrecision Precision { get; init; }
    /// <summary>dateline, url, feed, metadata, weekday, relative, explicit, coreference, none</summary>
    public string? Basis { get; init; }
    public string? Note { get; init; }

    /// <summary>The ISO weekday (1 Monday … 7 Sunday) an unresolved day is said to fall on ("اليوم الأحد" with no
    /// publication date), or 0: it keeps such a day from joining an event of another weekday.</summary>
    public int Weekday { get; init; }

    public bool Resolved => Precision != DatePrecision.Unknown;

    /// <summary>A day and month known without the year ("الدوحة في 15 أبريل /قنا/", "📅 4 شباط").</summary>
    public bool YearLessDay => Precision == DatePrecision.Unknown && Year == 0 && Month > 0 && Day > 0;

    public static DateValue Unknown(string note, string? basis = "none") =>
        new() { Precision = DatePrecision.Unknown, Basis = basis, Note = note };

    public static DateValue OfDay(DateOnly d, string basis, string? note = null) =>
        new() { Year = d.Year, Month = d.Month, Day = d.Day, Precision = DatePrecision.Day, Basis = basis, Note = note };

    public static DateValue OfMonth(int year, int month, string basis, string? note = null) =>
        new() { Year = year, Month = month, Precision = DatePrecision.Month, Basis = basis, Note = note };

    public static DateValue OfYear(int year, string basis, string? note = null) =>
        new() { Year = year, Precision = DatePrecision.Year, Basis = basis, Note = note };

    /// <summary>ISO value at the known precision, or null when unknown.</summary>
    public string? Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        _ => null,
    };

    public DateOnly? AsDate => Precision == DatePrecision.Day ? new DateOnly(Year, Month, Day) : null;

    /// <summary>First and last day covered, for comparing dates of different precision.</summary>
    public (DateOnly First, DateOnly Last)? Range => Precision switch
    {
        DatePrecision.Day => (new DateOnly(Year, Month, Day), new DateOnly(Year, Month, Day)),
        DatePrecision.Month => (new DateOnly(Year, Month, 1), new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month))),
        DatePrecision.Year => (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31)),
        _ => null,
    };

    /// <summary>True when both are resolved and one's range contains the other's (month "last February" vs day 12 February).</summary>
    public bool IsCompatibleWith(DateValue other)
    {
        if (Range is not { } a || other.Range is not { } b) return false;
        return (a.First <= b.First && b.Last <= a.Last) || (b.First <= a.First && a.Last <= b.Last);
    }

    public override string ToString() => Iso ?? $"unknown ({Note})";
}
