using Rasd.Model;

namespace Rasd.Time;

/// <summary>
/// Decides the publication date of a document (or item): metadata kept as the reader set it, then date lines and
/// URL dates the cleaner collected, then the text itself: "اليوم، الأربعاء 12 من شباط" fixes the day, a
/// weekday-day-month triple fixes the year with the help of the years the text mentions. Never today's date.
/// </summary>
public static class PublicationDate
{
    private static readonly string[] EvidenceOrder = ["feed", "metadata", "dateline", "url"];

    public static DateValue Decide(Document doc) => Decide(doc, null);

    /// <summary>As <see cref="Decide(Document)"/>, reading the text from expressions already found in it (the stage's units) when given.</summary>
    internal static DateValue Decide(Document doc, (TimeScanner Scanner, List<TimeExpr> Exprs)? parsed)
    {
        var current = doc.Meta.Published;
        if (current.Resolved) return current;
        foreach (var basis in EvidenceOrder)
        {
            foreach (var ev in doc.Meta.DateEvidence)
            {
                if (ev.Basis != basis) continue;
                if (ev.Date.Resolved)
                    return ev.Date with { Basis = ev.Date.Basis is null or "none" || ev.Date.Basis == "explicit" ? basis : ev.Date.Basis };
                // The cleaner leaves Arabic date lines ("الخميس 13 شباط 2025") for this stage to read.
                if (ev.Where is { } where && FromDateLine(doc.Text, where) is { } fromLine) return fromLine with { Basis = basis };
            }
        }
        if (doc.Meta.Url is { } url && FromUrl(url) is { } fromUrl) return fromUrl;
        var fromText = parsed is { } pe ? FromText(pe.Scanner, pe.Exprs) : FromText(doc.Text, new Span(0, doc.Text.Length));
        if (fromText.Resolved) return fromText;
        return fromText.Month > 0 ? fromText : DateValue.Unknown("no publication date: no metadata, date line, URL date or dated 'today' in the text");
    }

    /// <summary>The most precise date a date line states by itself (it has no reference to lean on).</summary>
    private static DateValue? FromDateLine(string text, Span where)
    {
        if (where.Start < 0 || where.End > text.Length || where.Length == 0) return null;
        DateValue? best = null;
        foreach (var m in TimeRecognizer.Find(text, where, TimeContext.Unknown))
            if (m.Value.Resolved && (best == null || m.Value.Precision > best.Precision)) best = m.Value;
        return best;
    }

    /// <summary>A date in a URL path: /2025/02/12/, /2025-02-12, _20250212.</summary>
    public static DateValue? FromUrl(string url)
    {
        var s = url.AsSpan();
        for (var i = 0; i + 4 <= s.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(s[i - 1])) continue;
            if (!Digits(s, i, 4, out var y) || y < 1990 || y > 2100) continue;
            var j = i + 4;
            if (j < s.Length && s[j] is '/' or '-' or '_' or '.')
            {
                var sep = s[j];
                if (!Digits(s, j + 1, 2, out var m) || m is < 1 or > 12) continue;
                var k = j + 3;
                if (k < s.Length && s[k] == sep && Digits(s, k + 1, 2, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                    && (k + 3 >= s.Length || !char.IsAsciiDigit(s[k + 3])))
                    return DateValue.OfDay(new DateOnly(y, m, d), "url");
            }
            else if (Digits(s, j, 4, out var md) && (j + 4 >= s.Length || !char.IsAsciiDigit(s[j + 4])))
            {
                var m = md / 100;
                var d = md % 100;
                if (m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)) return DateValue.OfDay(new DateOnly(y, m, d), "url");
            }
        }
        return null;
    }

    private static bool Digits(ReadOnlySpan<char> s, int at, int n, out int v)
    {
        v = 0;
        if (at + n > s.Length) return false;
        for (var i = at; i < at + n; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            v = v * 10 + (s[i] - '0');
        }
        return true;
    }

    /// <summary>
    /// The publication date as the text states it: a dated "today" (basis relative), or the year a weekday triple
    /// allows (basis weekday). Unknown with what is known otherwise.
    /// </summary>
    public static DateValue FromText(string text, Span within)
    {
        if (string.IsNullOrEmpty(text)) return DateValue.Unknown("empty text");
        var (sc, exprs) = TimeRecognizer.Parse(text, within);
        return FromText(sc, exprs);
    }

    internal static DateValue FromText(TimeScanner sc, List<TimeExpr> exprs)
    {
        if (exprs.Count == 0) return DateValue.Unknown("no date in the text");
        // Years the text gives for events before now: the publication year is not earlier than the latest.
        var minYear = 0;
        foreach (var e in exprs)
        {
            var y = e.Kind switch
            {
                ExprKind.Explicit when !e.Hijri && e.Year >= 1900 && !e.ShortYear => e.Year,
                ExprKind.Year when !e.Hijri => e.Year,
                ExprKind.Since when e.Inner is { Kind: ExprKind.Year or ExprKind.Explicit, Hijri: false } inner && inner.Year >= 1900 => inner.Year,
                _ => 0,
            };
            if (y == 0 || y > 2100) continue;
            if (IsFutureAround(sc, e)) continue;
            minYear = Math.Max(minYear, y);
        }
        // 1. "اليوم، الأربعاء 12 من شباط [2025]"
        foreach (var e in exprs)
        {
            if (!e.Today || e.Kind != ExprKind.Explicit || e.Month == 0 || e.Day == 0 || e.Invalid != null) continue;
            if (e.Hijri)
            {
                if (e.Year == 0) continue;
                var r = TimeResolver.Resolve(e, TimeContext.Unknown);
                if (r.Value.Precision == DatePrecision.Day) return r.Value with { Basis = "relative", Note = "the text dates 'today'" };
                continue;
            }
            if (e.Year > 0)
            {
                var y = e.ShortYear ? e.Year + (e.Year < 50 ? 2000 : 1900) : e.Year;
                if (e.Day <= DateTime.DaysInMonth(y, e.Month))
                    return DateValue.OfDay(new DateOnly(y, e.Month, e.Day), "relative", "the text dates 'today'");
                continue;
            }
            if (e.Weekday > 0 && YearFromWeekday(e.Month, e.Day, e.Weekday, minYear) is { } wy)
                return DateValue.OfDay(new DateOnly(wy, e.Month, e.Day), "weekday",
                    $"'today' is {e.Day}/{e.Month}; the weekday fits {wy} (the text mentions {minYear})");
            return new DateValue { Month = e.Month, Day = e.Day, Precision = DatePrecision.Unknown, Basis = "none", Note = "the text dates 'today' without a year" };
        }
        // 2. a weekday-day-month triple anywhere: the year of the report
        foreach (var e in exprs)
        {
            if (e.Kind != ExprKind.Explicit || e.Weekday == 0 || e.Day == 0 || e.Month == 0 || e.Year > 0 || e.Hijri || e.Invalid != null) continue;
            if (e.MonthDir != TimeExpr.None || e.YearRel != TimeExpr.None) continue;
            if (YearFromWeekday(e.Month, e.Day, e.Weekday, minYear) is { } wy)
                return DateValue.OfYear(wy, "weekday", $"{e.Day}/{e.Month} falls on the weekday named only in {wy} (the text mentions {minYear})");
        }
        return DateValue.Unknown("no dated 'today' and no weekday triple in the text");
    }

    /// <summary>
    /// The year in which day/month falls on the weekday, from the latest year the text mentions up to six years later
    /// (a weekday-date pair repeats every 5, 6 or 11 years). Without a mentioned year there is no evidence: null.
    /// </summary>
    public static int? YearFromWeekday(int month, int day, int isoWeekday, int minYear)
    {
        if (minYear < 1900 || minYear > 2100) return null;
        for (var y = minYear; y <= minYear + 6; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var d = new DateOnly(y, month, day);
            var dow = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
            if (dow == isoWeekday) return y;
        }
        return null;
    }

    private static bool IsFutureAround(TimeScanner sc, TimeExpr e)
    {
        // a year in a clause about the future ("خطة 2030") is no evidence of when the text was written
        var lex = TimeLexicon.Instance;
        for (var i = Math.Max(sc.Lo, e.T0 - 6); i < e.T0; i++)
        {
            if (!sc.IsWord(i)) continue;
            var w = sc.W(i);
            if (w.Length >= 5 && w[0] == 'س' && w[1] is 'ي' or 'ت' && !lex.IsWord(w, LexKind.NotFuture)) return true;
            if (lex.IsWord(w, LexKind.Future)) return true;
            if (w.SequenceEqual("خطه") || w.SequenceEqual("رؤيه") || w.SequenceEqual("افاق") || w.SequenceEqual("حتي") || w.SequenceEqual("بحلول")) return true;
        }
        return false;
    }
}
