using Rasd.Model;

namespace Rasd.Events;

/// <summary>How far a date lies before the day of the report that gives it.</summary>
internal static class ReportTime
{
    /// <summary>
    /// True when <paramref name="d"/> is more than <paramref name="days"/> days before the report's day, or (at a coarser
    /// precision) of an earlier month, or of an earlier year when <paramref name="years"/>; false when the report has no day.
    /// </summary>
    public static bool Before(DateValue d, DateValue reported, int days, bool years) =>
        reported.Precision == DatePrecision.Day && reported.AsDate is { } pub && d.Resolved
        && (d.Precision == DatePrecision.Day && d.AsDate is { } day ? day.DayNumber < pub.DayNumber - days
            : d.Precision == DatePrecision.Month ? d.Year * 12 + d.Month < pub.Year * 12 + pub.Month
            : years && d.Precision == DatePrecision.Year && d.Year < pub.Year);

    /// <summary>A day of the week up to the report's day.</summary>
    public static bool WithinWeek(DateValue d, DateValue reported) =>
        d.Precision == DatePrecision.Day && d.AsDate is { } day && reported.Precision == DatePrecision.Day && reported.AsDate is { } pub
        && day <= pub && day.DayNumber >= pub.DayNumber - 7;
}
