using Rasd.Model;

namespace Rasd.Time;

/// <summary>Reading of the tense of the clause a time expression sits in: it decides "Tuesday" before or after the reference.</summary>
public enum Tense { Unknown, Past, Future }

/// <summary>What a time expression is resolved against: the publication date (any precision, or unknown) and the tense.</summary>
public sealed record TimeContext(DateValue Reference, Tense Tense = Tense.Unknown)
{
    public static TimeContext Unknown { get; } = new(DateValue.Unknown("no publication date"));

    public static TimeContext Of(DateOnly day, Tense tense = Tense.Unknown) => new(DateValue.OfDay(day, "metadata"), tense);

    public DateOnly? Day => Reference.Precision == DatePrecision.Day ? new DateOnly(Reference.Year, Reference.Month, Reference.Day) : null;
    public int? Year => Reference.Precision >= DatePrecision.Year && Reference.Year > 0 ? Reference.Year : null;
    /// <summary>Year and month of the reference when known at least to the month.</summary>
    public (int Year, int Month)? YearMonth => Reference.Precision >= DatePrecision.Month ? (Reference.Year, Reference.Month) : null;
}

internal enum ExprKind { Explicit, DayOnly, RelDay, RelUnit, LastN, Weekday, Ago, Since, Duration, Part, Range, Year, Decade, Time }

/// <summary>A recognised time expression before resolution: what the words say, nothing inferred.</summary>
internal sealed class TimeExpr
{
    public const int None = int.MinValue;

    public ExprKind Kind;
    /// <summary>Token range [T0, T1) and the clitic letters to skip at the start of T0 ("بالأمس" → "الأمس").</summary>
    public int T0, T1, Clip;
    public int Year, Month, Day, Weekday;
    public bool Hijri;
    /// <summary>The Solar Hijri (Persian) calendar of Iranian outlets ("24 خرداد 1404"); Hijri is set too: not Gregorian.</summary>
    public bool Persian;
    /// <summary>Two-digit year as written ("16/04/21"): resolved to the nearest century.</summary>
    public bool ShortYear;
    /// <summary>Written in digits only (12/2/2025).</summary>
    public bool Numeric;
    /// <summary>"يناير الماضي" (-1), "الجاري" (0), "المقبل" (+1).</summary>
    public int MonthDir = None;
    /// <summary>"من العام الماضي" after a month: year relative to the reference.</summary>
    public int YearRel = None;
    /// <summary>A day of a relative month: "20 من الشهر المقبل".</summary>
    public int MonthRel = None;
    /// <summary>Weekday in a relative week: "الجمعة من الأسبوع المقبل".</summary>
    public int WeekRel = None;
    /// <summary>Relative offset (days for RelDay, units for RelUnit, signed count for Ago, direction for Weekday).</summary>
    public int Offset = None;
    /// <summary>d, w, m, y, decade (D), h, min (n).</summary>
    public char Unit;
    public int Count;
    /// <summary>A span of units with its number written ("الأشهر الثلاثة القادمة"), not a dual or a vague plural.</summary>
    public bool Counted;
    /// <summary>early, mid, late, earlier, later, rest, all.</summary>
    public string? Part;
    public TimeExpr? Inner, To;
    /// <summary>"اليوم، الأربعاء 12 شباط": the date is the reference day itself.</summary>
    public bool Today;
    /// <summary>A day counted from the day the text last named ("اليوم التالي").</summary>
    public bool Anaphoric;
    public int Hour = None, Minute;
    /// <summary>Set when the words are a date but not a possible one (31 شباط).</summary>
    public string? Invalid;
}
