using System.Globalization;
using Rasd.Model;

namespace Rasd.Time;

/// <summary>The value of a time expression: its type, the date (or the period containing it), a range end and the ISO text.</summary>
internal readonly record struct Resolved(TimeType Type, DateValue Value, DateValue? End, string? Iso);

/// <summary>
/// Turns a recognised expression into a value against the reference date. What cannot be known stays unknown
/// with a note, keeping what the words do give (month and day of "28 January" without a year).
/// </summary>
internal static class TimeResolver
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Hijri = new();
    private static readonly PersianCalendar Persian = new();

    // Called once per mention: compiled optimised at once rather than run as tier-0 code for most of a pass.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Resolved Resolve(TimeExpr e, TimeContext ctx)
    {
        try
        {
            return ResolveCore(e, ctx);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Calendar arithmetic beyond the supported range (year 1 - 9999, Um al-Qura 1318 - 1500 AH).
            return Unres(TypeOf(e), "date outside the supported calendar range");
        }
    }

    private static TimeType TypeOf(TimeExpr e) => e.Kind switch
    {
        ExprKind.Duration => TimeType.Duration,
        ExprKind.Time => TimeType.Time,
        ExprKind.Explicit or ExprKind.DayOnly or ExprKind.RelDay or ExprKind.Weekday or ExprKind.Ago => TimeType.Date,
        _ => TimeType.DateRange,
    };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Resolved ResolveCore(TimeExpr e, TimeContext ctx)
    {
        switch (e.Kind)
        {
            case ExprKind.Explicit: return Explicit(e, ctx);
            case ExprKind.DayOnly: return DayOnly(e, ctx);
            case ExprKind.RelDay:
                // A publication day without a year ("الدوحة في 15 أبريل /قنا/"): "today", "yesterday" keep day and month for
                // the year coreference or the document's other dates give (counted in a leap year: 1 March - 1 is 29 February).
                if (ctx.Day is null && ctx.Reference is { YearLessDay: true } yl && yl.Day <= DateTime.DaysInMonth(2000, yl.Month))
                {
                    var rl = new DateOnly(2000, yl.Month, yl.Day).AddDays(e.Offset);
                    return Unres(TimeType.Date, $"a day relative to the publication date {yl.Day}/{yl.Month}, which has no year", 0, rl.Month, rl.Day);
                }
                if (ctx.Day is not { } rd) return WithWeekday(Unres(TimeType.Date, NoRef(ctx, "a day relative to the publication date")), e.Weekday);
                var rel = rd.AddDays(e.Offset);
                return Day(rel, "relative", e.Weekday > 0 && IsoDow(rel) != e.Weekday ? "the weekday named does not fall on this date" : null);
            case ExprKind.RelUnit: return RelUnit(e, ctx);
            case ExprKind.LastN: return LastN(e, ctx);
            case ExprKind.Weekday: return Weekday(e, ctx);
            case ExprKind.Ago: return Ago(e, ctx);
            case ExprKind.Duration:
                return new Resolved(TimeType.Duration, DateValue.Unknown("a duration, not a date", "none"), null, DurationIso(e.Unit, e.Count));
            case ExprKind.Since: return Since(e, ctx);
            case ExprKind.Part: return Part(e, ctx);
            case ExprKind.Range: return Range(e, ctx);
            case ExprKind.Year: return YearOf(e);
            case ExprKind.Decade:
                if (e.YearRel != TimeExpr.None)
                {
                    // "سبعينيات القرن الماضي": the century before the reference's
                    if (ctx.Year is not { } cy) return Unres(TimeType.DateRange, NoRef(ctx, "a decade of the last century"));
                    var y0 = (cy / 100 + e.YearRel) * 100 + e.Year % 100;
                    return Span(new DateOnly(y0, 1, 1), new DateOnly(y0 + 9, 12, 31), "relative");
                }
                return Span(new DateOnly(e.Year, 1, 1), new DateOnly(e.Year + 9, 12, 31), "explicit");
            case ExprKind.Time:
                return new Resolved(TimeType.Time, DateValue.Unknown("a time of day", "none"), null, $"T{e.Hour:D2}:{e.Minute:D2}");
        }
        return Unres(TimeType.Date, "not understood");
    }

    // ---- builders ----

    private static Resolved Day(DateOnly d, string basis, string? note = null) =>
        new(TimeType.Date, DateValue.OfDay(d, basis, note), null, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Resolved Month(int y, int m, string basis) =>
        new(TimeType.DateRange, DateValue.OfMonth(y, m, basis), null, $"{y:D4}-{m:D2}");

    private static Resolved Year(int y, string basis) => new(TimeType.DateRange, DateValue.OfYear(y, basis), null, $"{y:D4}");

    private static Resolved Span(DateOnly a, DateOnly b, string basis, DateValue? value = null) =>
        new(TimeType.DateRange, value ?? DateValue.OfDay(a, basis), value is null || value.Precision == DatePrecision.Day ? DateValue.OfDay(b, basis) : null, IsoRange(a, b));

    private static string IsoRange(DateOnly a, DateOnly b) =>
        a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Resolved Unres(TimeType type, string note, int year = 0, int month = 0, int day = 0) =>
        new(type, new DateValue { Year = year, Month = month, Day = day, Precision = DatePrecision.Unknown, Basis = "none", Note = note }, null, null);

    private static Resolved WithWeekday(Resolved r, int weekday) =>
        weekday is >= 1 and <= 7 ? r with { Value = r.Value with { Weekday = weekday } } : r;

    private static string NoRef(TimeContext ctx, string what) =>
        ctx.Reference.Precision == DatePrecision.Unknown ? what + ", and no publication date is known" : what + ", and the publication date is not known to that precision";

    private static string DurationIso(char unit, int n) => unit switch
    {
        'd' => $"P{n}D", 'w' => $"P{n}W", 'm' => $"P{n}M", 'y' => $"P{n}Y", 'D' => $"P{n * 10}Y", 'h' => $"PT{n}H", 'n' => $"PT{n}M", _ => $"P{n}D",
    };

    /// <summary>First and last day a resolved value covers (a range's own end when it has one).</summary>
    private static (DateOnly A, DateOnly B)? Bounds(Resolved r)
    {
        if (r.Iso is { } iso && iso.Length == 21 && iso[10] == '/'
            && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && DateOnly.TryParseExact(iso[11..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b))
            return (a, b);
        if (r.Value.Range is { } v) return (v.First, (r.End?.Range?.Last) ?? v.Last);
        return null;
    }

    // ---- explicit dates ----

    private static Resolved Explicit(TimeExpr e, TimeContext ctx)
    {
        var type = e.Day > 0 ? TimeType.Date : TimeType.DateRange;
        if (e.Invalid != null) return Unres(type, "impossible date: " + e.Invalid, 0, e.Hijri ? 0 : e.Month, e.Day);
        if (e.Hijri) return HijriDate(e, ctx);
        var year = e.Year;
        if (year > 0 && e.ShortYear) year += year < 50 ? 2000 : 1900;
        var basis = "explicit";
        if (year == 0)
        {
            basis = "relative";
            if (e.MonthRel != TimeExpr.None)
            {
                if (ctx.YearMonth is not { } ym) return Unres(type, NoRef(ctx, "a day of a month relative to the publication date"), 0, 0, e.Day);
                var first = new DateOnly(ym.Year, ym.Month, 1).AddMonths(e.MonthRel);
                if (e.Day > DateTime.DaysInMonth(first.Year, first.Month)) return Unres(type, "impossible date: no such day in that month");
                return Day(new DateOnly(first.Year, first.Month, e.Day), basis);
            }
            if (e.YearRel != TimeExpr.None)
            {
                if (ctx.Year is not { } ry) return Unres(type, NoRef(ctx, "a year relative to the publication date"), 0, e.Month, e.Day);
                year = ry + e.YearRel;
            }
            else if (e.MonthDir != TimeExpr.None)
            {
                if (ctx.YearMonth is not { } ym) return Unres(type, NoRef(ctx, "no year is given"), 0, e.Month, e.Day);
                year = e.MonthDir switch
                {
                    0 => ym.Year,
                    < 0 => e.Month < ym.Month || (e.Month == ym.Month && e.Day > 0 && ctx.Day is { } rd && e.Day < rd.Day) ? ym.Year : ym.Year - 1,
                    _ => e.Month > ym.Month || (e.Month == ym.Month && e.Day > 0 && ctx.Day is { } rd2 && e.Day > rd2.Day) ? ym.Year : ym.Year + 1,
                };
            }
            else
            {
                var y = NearestYear(e.Month, e.Day, e.Weekday, ctx);
                if (y == 0) return Unres(type, ctx.Reference.Precision == DatePrecision.Unknown ? "no year and no publication date" : "no year, and the publication date is not known to the month", 0, e.Month, e.Day);
                year = y;
            }
        }
        if (year is < 1 or > 9999) return Unres(type, "impossible date: year out of range", 0, e.Month, e.Day);
        if (e.Day == 0) return Month(year, e.Month, basis);
        if (e.Day > DateTime.DaysInMonth(year, e.Month)) return Unres(type, "impossible date: no such day in that month", year, e.Month, 0);
        var d = new DateOnly(year, e.Month, e.Day);
        if (e.Weekday > 0 && IsoDow(d) != e.Weekday)
            return Day(d, basis, "the weekday named does not fall on this date");
        return Day(d, basis);
    }

    /// <summary>
    /// Year of a day-month without a year: the one that puts it nearest before the reference in a past-tense
    /// report, after it in a future one, nearest either way when the tense is unknown. A weekday narrows the choice.
    /// </summary>
    internal static int NearestYear(int month, int day, int weekday, TimeContext ctx)
    {
        if (ctx.YearMonth is not { } ym) return 0;
        var refDate = ctx.Day ?? new DateOnly(ym.Year, ym.Month, 15);
        var best = 0;
        var bestScore = int.MaxValue;
        for (var y = ym.Year - 1; y <= ym.Year + 1; y++)
        {
            var dd = day == 0 ? 15 : day;
            if (dd > DateTime.DaysInMonth(y, month)) continue;
            var cand = new DateOnly(y, month, dd);
            int dist;
            if (day == 0 || ctx.Day is null)
            {
                // month precision: compare months
                var mdist = (y * 12 + month) - (ym.Year * 12 + ym.Month);
                dist = ctx.Tense switch
                {
                    Tense.Future => mdist >= 0 ? mdist * 31 : 100000,
                    Tense.Past => mdist <= 0 ? -mdist * 31 : 100000,
                    _ => Math.Abs(mdist) * 31,
                };
            }
            else
            {
                var ddist = cand.DayNumber - refDate.DayNumber;
                dist = ctx.Tense switch
                {
                    Tense.Future => ddist >= 0 ? ddist : 100000,
                    Tense.Past => ddist <= 0 ? -ddist : 100000,
                    _ => Math.Abs(ddist),
                };
            }
            if (weekday > 0 && day > 0 && IsoDow(cand) != weekday) dist += 50000;
            if (dist < bestScore) { bestScore = dist; best = y; }
        }
        return best;
    }

    private static int IsoDow(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static Resolved HijriDate(TimeExpr e, TimeContext ctx)
    {
        var type = e.Day > 0 ? TimeType.Date : TimeType.DateRange;
        var hy = e.Year;
        if (hy == 0)
        {
            if (ctx.Day is not { } rd && ctx.YearMonth is null) return Unres(type, "a Hijri month without a year, and no publication date is known");
            var refDate = ctx.Day ?? new DateOnly(ctx.YearMonth!.Value.Year, ctx.YearMonth.Value.Month, 15);
            Calendar cal = e.Persian ? Persian : Cal(refDate.Year);
            var ry = cal.GetYear(refDate.ToDateTime(TimeOnly.MinValue));
            var best = 0;
            var bestDist = int.MaxValue;
            for (var y = ry - 1; y <= ry + 1; y++)
            {
                var dd = e.Day == 0 ? 1 : Math.Min(e.Day, cal.GetDaysInMonth(y, e.Month));
                var g = DateOnly.FromDateTime(cal.ToDateTime(y, e.Month, dd, 0, 0, 0, 0));
                var dist = g.DayNumber - refDate.DayNumber;
                if (e.MonthDir is < 0 and not TimeExpr.None && dist >= 0) continue;
                if (e.MonthDir is > 0 && dist <= 0) continue;
                var score = ctx.Tense switch
                {
                    Tense.Future => dist >= -15 ? Math.Abs(dist) : 100000 + Math.Abs(dist),
                    Tense.Past => dist <= 15 ? Math.Abs(dist) : 100000 + Math.Abs(dist),
                    _ => Math.Abs(dist),
                };
                if (e.MonthDir == 0) score = Math.Abs(dist);
                if (score < bestDist) { bestDist = score; best = y; }
            }
            hy = best;
            if (hy == 0) return Unres(type, "a Hijri month without a year");
        }
        if (hy < 1 || hy > (e.Persian ? 1700 : 1600)) return Unres(type, "impossible Hijri year");
        Calendar c2 = e.Persian ? Persian : hy is >= 1318 and <= 1500 ? UmAlQura : Hijri;
        if (e.Day > c2.GetDaysInMonth(hy, e.Month)) return Unres(type, "impossible date: no such day in that Hijri month");
        if (e.Day > 0)
        {
            var g = DateOnly.FromDateTime(c2.ToDateTime(hy, e.Month, e.Day, 0, 0, 0, 0));
            return Day(g, e.Year > 0 ? "explicit" : "relative", $"{e.Day} / {e.Month} / {hy} {(e.Persian ? "SH" : "AH")}");
        }
        var a = DateOnly.FromDateTime(c2.ToDateTime(hy, e.Month, 1, 0, 0, 0, 0));
        var b = a.AddDays(c2.GetDaysInMonth(hy, e.Month) - 1);
        return Span(a, b, e.Year > 0 ? "explicit" : "relative");
    }

    private static Calendar Cal(int gregorianYear) => gregorianYear is >= 1900 and <= 2076 ? UmAlQura : Hijri;

    private static Resolved YearOf(TimeExpr e)
    {
        if (!e.Hijri) return e.Year is >= 1 and <= 9999 ? Year(e.Year, "explicit") : Unres(TimeType.DateRange, "impossible year");
        if (e.Year is < 1 or > 1600) return Unres(TimeType.DateRange, "impossible Hijri year");
        Calendar c = e.Year is >= 1318 and <= 1500 ? UmAlQura : Hijri;
        var a = DateOnly.FromDateTime(c.ToDateTime(e.Year, 1, 1, 0, 0, 0, 0));
        var b = DateOnly.FromDateTime(c.ToDateTime(e.Year + 1, 1, 1, 0, 0, 0, 0)).AddDays(-1);
        return Span(a, b, "explicit");
    }

    // ---- relative ----

    private static Resolved DayOnly(TimeExpr e, TimeContext ctx)
    {
        if (ctx.YearMonth is not { } ym) return Unres(TimeType.Date, NoRef(ctx, "a day without a month"), 0, 0, e.Day);
        if (ctx.Day is not { } rd)
            return e.Day <= DateTime.DaysInMonth(ym.Year, ym.Month) ? Day(new DateOnly(ym.Year, ym.Month, e.Day), "relative") : Unres(TimeType.Date, "impossible date");
        DateOnly? best = null;
        var bestScore = int.MaxValue;
        for (var k = -1; k <= 1; k++)
        {
            var f = new DateOnly(rd.Year, rd.Month, 1).AddMonths(k);
            if (e.Day > DateTime.DaysInMonth(f.Year, f.Month)) continue;
            var c = new DateOnly(f.Year, f.Month, e.Day);
            var dist = c.DayNumber - rd.DayNumber;
            var score = ctx.Tense switch
            {
                Tense.Future => dist >= 0 ? dist : 1000 - dist,
                Tense.Past => dist <= 0 ? -dist : 1000 + dist,
                _ => Math.Abs(dist),
            };
            if (e.Weekday > 0 && IsoDow(c) != e.Weekday) score += 5000;
            if (score < bestScore) { bestScore = score; best = c; }
        }
        return best is { } b ? Day(b, "relative") : Unres(TimeType.Date, "impossible date");
    }

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(IsoDow(d) - 1));

    private static Resolved RelUnit(TimeExpr e, TimeContext ctx)
    {
        switch (e.Unit)
        {
            case 'w':
                if (ctx.Day is not { } rd) return Unres(TimeType.DateRange, NoRef(ctx, "a week relative to the publication date"));
                var mon = Monday(rd).AddDays(7 * e.Offset);
                return Span(mon, mon.AddDays(6), "relative");
            case 'm':
                if (ctx.YearMonth is not { } ym) return Unres(TimeType.DateRange, NoRef(ctx, "a month relative to the publication date"));
                var f = new DateOnly(ym.Year, ym.Month, 1).AddMonths(e.Offset);
                return Month(f.Year, f.Month, "relative");
            case 'q':
                if (ctx.YearMonth is not { } qm) return Unres(TimeType.DateRange, NoRef(ctx, "a quarter relative to the publication date"));
                var qs = new DateOnly(qm.Year, (qm.Month - 1) / 3 * 3 + 1, 1).AddMonths(3 * e.Offset);
                return Span(qs, qs.AddMonths(3).AddDays(-1), "relative");
            case 'y':
                if (ctx.Year is not { } ry) return Unres(TimeType.DateRange, NoRef(ctx, "a year relative to the publication date"));
                return Year(ry + e.Offset, "relative");
            case 'D':
                if (ctx.Year is not { } ry2) return Unres(TimeType.DateRange, NoRef(ctx, "a decade relative to the publication date"));
                var ds = ry2 / 10 * 10 + 10 * e.Offset;
                return Span(new DateOnly(ds, 1, 1), new DateOnly(ds + 9, 12, 31), "relative");
            default:
                if (ctx.Day is not { } rd2) return Unres(TimeType.Date, NoRef(ctx, "a day relative to the publication date"));
                return Day(rd2.AddDays(e.Offset), "relative");
        }
    }

    private static DateOnly Add(DateOnly d, char unit, int n) => unit switch
    {
        'w' => d.AddDays(7 * n),
        'm' => d.AddMonths(n),
        'y' => d.AddYears(n),
        'D' => d.AddYears(10 * n),
        'h' or 'n' => d,
        _ => d.AddDays(n),
    };

    private static Resolved LastN(TimeExpr e, TimeContext ctx)
    {
        if (ctx.Day is not { } rd) return Unres(TimeType.DateRange, NoRef(ctx, "a period relative to the publication date"));
        var note = e.Part == "vague" ? "approximate: the number of units is not given" : null;
        if (e.Offset < 0)
        {
            var a = Add(rd, e.Unit, -e.Count);
            var r = Span(a, rd.AddDays(-1), "relative");
            return note == null ? r : r with { Value = r.Value with { Note = note } };
        }
        var r2 = Span(rd.AddDays(1), Add(rd, e.Unit, e.Count), "relative");
        return note == null ? r2 : r2 with { Value = r2.Value with { Note = note } };
    }

    private static Resolved Weekday(TimeExpr e, TimeContext ctx)
    {
        if (e.Count != 0 && e.Inner != null && ctx.Day is null && (e.Inner.Year > 0))
            ctx = ctx with { Reference = DateValue.OfDay(new DateOnly(e.Inner.Year, 1, 1), "explicit") };
        if (ctx.Day is not { } rd) return WithWeekday(Unres(TimeType.Date, NoRef(ctx, "a weekday is only a date relative to the publication date")), e.Weekday);
        var dow = IsoDow(rd);
        if (e.WeekRel != TimeExpr.None)
            return Day(Monday(rd).AddDays(7 * e.WeekRel + e.Weekday - 1), "relative");
        if (e.Count != 0 && e.Inner != null)
        {
            // "أول يوم جمعة من يوليو"
            var inner = Resolve(e.Inner, ctx);
            if (!inner.Value.Resolved || Bounds(inner) is not { } mb) return new Resolved(TimeType.Date, inner.Value, null, null);
            var d = e.Count > 0
                ? mb.A.AddDays((e.Weekday - IsoDow(mb.A) + 7) % 7 + 7 * (e.Count - 1))
                : mb.B.AddDays(-((IsoDow(mb.B) - e.Weekday + 7) % 7));
            if (d > mb.B || d < mb.A) return Unres(TimeType.Date, "impossible date: the month has no such weekday");
            // "the first Friday of July 2025" is as explicit as the period it counts in.
            return Day(d, inner.Value.Basis == "explicit" ? "explicit" : "relative");
        }
        if (e.Count > 0)
        {
            var first = new DateOnly(rd.Year, rd.Month, 1);
            var d = first.AddDays((e.Weekday - IsoDow(first) + 7) % 7 + 7 * (e.Count - 1));
            if (d.Month != rd.Month) return Unres(TimeType.Date, "impossible date: the month has no such weekday");
            return Day(d, "relative");
        }
        var back = (dow - e.Weekday + 7) % 7;       // days back to the latest such weekday (0 = today)
        var fwd = (e.Weekday - dow + 7) % 7;        // days forward to the next (0 = today)
        int off;
        if (e.Offset == TimeExpr.None)
            off = ctx.Tense == Tense.Future ? fwd : -back;
        else if (e.Offset < 0) off = (back == 0 ? -7 : -back) - 7 * (-e.Offset - 1);
        else if (e.Offset > 0) off = (fwd == 0 ? 7 : fwd) + 7 * (e.Offset - 1);
        else off = e.Weekday - dow; // "هذا الجمعة": this week's
        return Day(rd.AddDays(off), "relative");
    }

    private static Resolved Ago(TimeExpr e, TimeContext ctx)
    {
        var note = e.Part == "vague" ? "approximate: the number of units is not given" : null;
        if (ctx.Day is { } rd)
        {
            var d = Add(rd, e.Unit, e.Offset);
            // a compound duration ("شهر و21 يوما"): every part moves the date; the finest unit gives the precision
            var finest = e.Unit;
            for (var t = e.To; t != null; t = t.To)
            {
                d = Add(d, t.Unit, t.Offset);
                if (Rank(t.Unit) < Rank(finest)) finest = t.Unit;
            }
            return finest switch
            {
                'm' => new Resolved(TimeType.Date, DateValue.OfMonth(d.Year, d.Month, "relative", note), null, $"{d.Year:D4}-{d.Month:D2}"),
                'y' or 'D' => new Resolved(TimeType.Date, DateValue.OfYear(d.Year, "relative", note), null, $"{d.Year:D4}"),
                _ => Day(d, "relative", note),
            };
        }
        if (e.Unit is 'y' or 'D' && e.To == null && ctx.Year is { } ry)
        {
            var y = ry + (e.Unit == 'D' ? 10 : 1) * e.Offset;
            return new Resolved(TimeType.Date, DateValue.OfYear(y, "relative", note), null, $"{y:D4}");
        }
        return Unres(TimeType.Date, NoRef(ctx, "a time relative to the publication date"));
    }

    private static int Rank(char unit) => unit switch { 'd' or 'w' => 0, 'm' => 1, _ => 2 };

    private static Resolved Since(TimeExpr e, TimeContext ctx)
    {
        // what something has lasted "since" lies in the past, whatever the sentence's tense
        var inner = Resolve(e.Inner!, ctx.Tense == Tense.Future ? ctx with { Tense = Tense.Past } : ctx);
        if (!inner.Value.Resolved || Bounds(inner) is not { } b)
            return new Resolved(TimeType.DateRange, inner.Value, null, null);
        var start = b.A.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var iso = inner.Value.Precision switch
        {
            DatePrecision.Year when inner.Iso is { Length: 4 } => inner.Iso,
            DatePrecision.Month when inner.Iso is { Length: 7 } => inner.Iso,
            _ => start,
        };
        var endIso = ctx.Day is { } rd ? rd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "..";
        return new Resolved(TimeType.DateRange, inner.Value, ctx.Day is { } rd2 ? DateValue.OfDay(rd2, "relative") : null, iso + "/" + endIso);
    }

    private static Resolved Season(TimeExpr e, TimeContext ctx, int firstMonth)
    {
        int year;
        if (e.Year > 0) year = e.Year;
        else
        {
            if (ctx.YearMonth is not { } ym) return Unres(TimeType.DateRange, NoRef(ctx, "a season without a year"));
            // the season "of" a year: winter starts in December of that year
            var cur = ym.Month >= firstMonth ? ym.Year : ym.Year - 1;
            var curEnd = new DateOnly(cur, firstMonth, 1).AddMonths(3);
            var refDay = ctx.Day ?? new DateOnly(ym.Year, ym.Month, 1);
            var inside = refDay < curEnd;
            year = e.Offset switch
            {
                TimeExpr.None => inside ? cur : ctx.Tense == Tense.Future ? cur + 1 : cur,
                0 => inside ? cur : cur + 1,
                < 0 => inside ? cur - 1 : cur,
                _ => cur + 1,
            };
        }
        var a = new DateOnly(year, firstMonth, 1);
        return Span(a, a.AddMonths(3).AddDays(-1), e.Year > 0 ? "explicit" : "relative");
    }

    private static Resolved Part(TimeExpr e, TimeContext ctx)
    {
        if (e.Part is { } sp && sp.StartsWith("season:", StringComparison.Ordinal)) return Season(e, ctx, int.Parse(sp[7..], CultureInfo.InvariantCulture));
        var inner = Resolve(e.Inner!, ctx);
        if (!inner.Value.Resolved || Bounds(inner) is not { } bb) return new Resolved(TimeType.DateRange, inner.Value, null, null);
        var (a, b) = bb;
        var len = b.DayNumber - a.DayNumber + 1;
        var isMonth = inner.Value.Precision == DatePrecision.Month || (e.Inner!.Hijri && e.Inner.Kind == ExprKind.Explicit);
        var isYear = inner.Value.Precision == DatePrecision.Year;
        DateOnly s, t;
        if (e.Part == "weekof")
        {
            var mon = a.AddDays(-(IsoDow(a) - 1));
            return Span(mon, mon.AddDays(6), inner.Value.Basis ?? "relative");
        }
        if (e.Part is { } np && (np.StartsWith("week:", StringComparison.Ordinal) || np.StartsWith("quarter:", StringComparison.Ordinal)))
        {
            var n = int.Parse(np[(np.IndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            if (np[0] == 'q')
            {
                if (!isYear) return Unres(TimeType.DateRange, "a quarter of something other than a year");
                var q = n < 0 ? 4 : n;
                var qs = new DateOnly(a.Year, 3 * (q - 1) + 1, 1);
                return Span(qs, qs.AddMonths(3).AddDays(-1), inner.Value.Basis ?? "explicit");
            }
            DateOnly ws;
            if (isYear)
            {
                var weeks = ISOWeek.GetWeeksInYear(a.Year);
                var wk = n < 0 ? weeks : n;
                if (wk > weeks) return Unres(TimeType.DateRange, "impossible date: the year has no such week");
                ws = DateOnly.FromDateTime(ISOWeek.ToDateTime(a.Year, wk, DayOfWeek.Monday));
            }
            else
            {
                // weeks of a month start on its first Monday; the last is the one of its last Monday
                var firstMon = a.AddDays((8 - IsoDow(a)) % 7);
                var lastMon = b.AddDays(-(IsoDow(b) - 1));
                ws = n < 0 ? lastMon : firstMon.AddDays(7 * (n - 1));
                if (ws > b) return Unres(TimeType.DateRange, "impossible date: the month has no such week");
            }
            return Span(ws, ws.AddDays(6), inner.Value.Basis ?? "relative");
        }
        switch (e.Part)
        {
            case "early":
                if (isYear) (s, t) = (a, new DateOnly(a.Year, 6, 30));
                else if (len == 7) (s, t) = (a, a.AddDays(2));
                else (s, t) = (a, a.AddDays(Math.Min(14, len - 1)));
                break;
            case "mid" when len > 40 && !isYear:
                (s, t) = (a.AddDays(len / 3), a.AddDays(2 * len / 3 - 1));
                break;
            case "mid":
                if (isYear) (s, t) = (new DateOnly(a.Year, 4, 1), new DateOnly(a.Year, 9, 30));
                else if (len == 7) (s, t) = (a.AddDays(1), a.AddDays(4));
                else (s, t) = (a.AddDays(Math.Min(9, len - 1)), a.AddDays(Math.Min(19, len - 1)));
                break;
            case "late":
                if (isYear) (s, t) = (new DateOnly(a.Year, 7, 1), b);
                else if (len == 7) (s, t) = (a.AddDays(3), b);
                else (s, t) = (a.AddDays(Math.Min(15, len - 1)), b);
                break;
            case "weekend":
                (s, t) = len == 7 ? (a.AddDays(5), b) : (a, b);
                break;
            case "earlier":
                if (ctx.Day is not { } rd) return Unres(TimeType.DateRange, NoRef(ctx, "earlier in a period, relative to the publication date"));
                (s, t) = rd < a ? (a, b) : (a, rd < b ? rd : b);
                break;
            case "later":
                if (ctx.Day is not { } rd2) return Unres(TimeType.DateRange, NoRef(ctx, "later in a period, relative to the publication date"));
                (s, t) = (rd2 > a ? rd2.AddDays(1) : a, b);
                break;
            case "rest":
                if (ctx.Day is not { } rd3) return Unres(TimeType.DateRange, NoRef(ctx, "the rest of a period, relative to the publication date"));
                (s, t) = (rd3 > a ? rd3 : a, b);
                break;
            default:
                (s, t) = (a, b);
                break;
        }
        if (t < s) t = s;
        var value = isMonth || isYear ? inner.Value : null;
        return Span(s, t, inner.Value.Basis ?? "relative", value);
    }

    private static Resolved Range(TimeExpr e, TimeContext ctx)
    {
        var x = Resolve(e.Inner!, ctx);
        var y = Resolve(e.To!, ctx);
        if (x.Value.Resolved && !y.Value.Resolved && e.To!.Kind == ExprKind.Explicit && e.To.Year == 0 && x.Value.Year > 0)
        {
            // "من 28 ديسمبر 2024 إلى 3 يناير": the end takes the first year on or after the start's
            e.To.Year = x.Value.Month > e.To.Month ? x.Value.Year + 1 : x.Value.Year;
            y = Resolve(e.To, ctx);
        }
        if (!x.Value.Resolved || !y.Value.Resolved || Bounds(x) is not { } bx || Bounds(y) is not { } by)
        {
            var v = x.Value.Resolved ? y.Value : x.Value;
            return new Resolved(TimeType.DateRange, v, null, null);
        }
        var a = bx.A;
        var b = by.B;
        if (b < a && e.To!.Kind == ExprKind.Explicit && e.To.Year == 0 && y.Value.Precision == DatePrecision.Day)
            b = b.AddYears(1);
        if (b < a) return Unres(TimeType.DateRange, "a range that ends before it starts");
        if (x.Value.Precision == DatePrecision.Year && y.Value.Precision == DatePrecision.Year)
            return new Resolved(TimeType.DateRange, x.Value, y.Value, $"{x.Value.Year:D4}/{y.Value.Year:D4}");
        return new Resolved(TimeType.DateRange, DateValue.OfDay(a, x.Value.Basis ?? "explicit"), DateValue.OfDay(b, y.Value.Basis ?? "explicit"), IsoRange(a, b));
    }
}
