using Rasd.Model;

namespace Rasd.Time;

/// <summary>
/// Decides the publication date of a document (or item): metadata kept as the reader set it, then the date lines
/// (the cleaner's, and those <see cref="DateLines"/> finds at the head and foot of the text), then URL dates, then the
/// text itself: "اليوم، الأربعاء 12 من شباط" fixes the day, a weekday-day-month triple fixes the year with the help
/// of the years the text mentions. When candidates disagree the explicit, most specific one wins and the note says
/// what was set aside. Never today's date.
/// </summary>
public static class PublicationDate
{
    public static DateValue Decide(Document doc) => Decide(doc, null);

    /// <summary>As <see cref="Decide(Document)"/>, reading the text from expressions already found in it (the stage's units) when given.</summary>
    internal static DateValue Decide(Document doc, (TimeScanner Scanner, List<TimeExpr> Exprs)? parsed)
    {
        var current = doc.Meta.Published;
        if (current.Resolved) return current;
        foreach (var basis in (string[])["feed", "metadata"])
            foreach (var ev in doc.Meta.DateEvidence)
                if (ev.Basis == basis && ev.Date.Resolved)
                    return ev.Date with { Basis = ev.Date.Basis is null or "none" or "explicit" ? basis : ev.Date.Basis };

        // date lines at the head and foot of the text, the cleaner's among them
        var lines = new List<LineDate>();
        var known = new List<Span>();
        foreach (var ev in doc.Meta.DateEvidence)
            if (ev.Basis == "dateline" && ev.Where is { } where) known.Add(where);
        DateLines.ReadEdges(doc.Text, lines, known);
        if (doc.Meta.Outlet is null && doc.Meta.Channel is null) doc.Meta.Outlet = CreditedOutlet(doc.Text, lines, doc.Meta.Byline);

        var urls = new List<DateValue>();
        foreach (var ev in doc.Meta.DateEvidence)
            if (ev.Basis == "url" && ev.Date.Resolved) urls.Add(ev.Date with { Basis = "url" });
        if (doc.Meta.Url is { } url && FromUrl(url) is { } fromUrl) urls.Insert(0, fromUrl);

        var facts = parsed is { } pe ? TextFacts.Of(pe.Scanner, pe.Exprs) : TextFacts.Of(doc.Text);
        // Where the year must come from a weekday, the offices the text names tell the earliest it can be.
        if (facts.Today is { Year: 0 } || facts.Triple != null) facts.RaiseMinYear(doc.Text);
        return Choose(lines, urls, facts);
    }

    /// <summary>
    /// Who a text credits when nothing else (a source line, the page, the feed) says who published it: the agency a
    /// date line names ("دمشق (رويترز) -"), else a credit line taken as the byline ("دمشق-سانا", "الرياض/ الأناضول",
    /// "الرياض: «الشرق الأوسط»") with a part that is an agency or outlet the actor dictionary knows, or a name in
    /// «». Known names are given as the dictionary names them ("أ ف ب" → وكالة الصحافة الفرنسية).
    /// </summary>
    private static string? CreditedOutlet(string text, List<LineDate> lines, string? byline)
    {
        foreach (var l in lines)
            if (l.Agency is { } a) return MediaName(text.Substring(a.Start, a.Length).Trim()) ?? text.Substring(a.Start, a.Length).Trim();
        if (byline is null || byline.Length > 60) return null;
        var open = byline.IndexOf('«');
        var close = open < 0 ? -1 : byline.IndexOf('»', open + 1);
        if (close > open + 1) return byline[(open + 1)..close].Trim() is { Length: > 0 } quoted ? MediaName(quoted) ?? quoted : null;
        var parts = byline.Split(CreditSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The agency usually closes the line ("الرياض/ الأناضول"); a tag may follow it ("تلفزيون سوريا - خاص").
        for (var i = parts.Length - 1; i >= 0; i--)
            if (MediaName(parts[i]) is { } name) return name;
        return null;
    }

    private static readonly char[] CreditSeparators = { '-', '–', '/', ':', '|', '،', ',' };

    /// <summary>The dictionary's name of a news agency or outlet, or null when the words name none.</summary>
    private static string? MediaName(string words)
    {
        var dict = Rasd.Actors.ActorDictionary.Default;
        return dict.ResolveOrganization(words) is { } id && id.StartsWith("rasd:media:", StringComparison.Ordinal) && dict.Get(id) is { } entry
            ? entry.Name
            : null;
    }

    /// <summary>The weighing of the candidates (see <see cref="Decide(Document)"/>).</summary>
    private static DateValue Choose(List<LineDate> lines, List<DateValue> urls, TextFacts facts)
    {
        var weekday = facts.TodayWeekday;
        // 1. a date line that states the day: the publication date over a plain dateline over an update
        LineDate? best = null;
        foreach (var l in lines)
        {
            if (l.Date.Precision != DatePrecision.Day) continue;
            if (best is not { } b || l.Role > b.Role) best = l;
        }
        if (best is { } bl)
        {
            var chosen = bl;
            // the text's "today is Thursday" settles between date lines that disagree
            if (weekday > 0 && Dow(bl.Date) != weekday)
                foreach (var l in lines)
                    if (l.Date.Precision == DatePrecision.Day && Dow(l.Date) == weekday) { chosen = l; break; }
            var aside = new List<string>();
            foreach (var l in lines)
                if (l.Date.Precision == DatePrecision.Day && l.Date.Iso != chosen.Date.Iso && l.Role >= LineRole.Dateline)
                    aside.Add($"another date line says {l.Date.Iso}");
            foreach (var u in urls)
                if (u.Precision == DatePrecision.Day && u.Iso != chosen.Date.Iso) aside.Add($"a URL says {u.Iso}");
            var notes = new List<string>();
            if (chosen.Role == LineRole.Updated) notes.Add("the date line gives only the last update");
            if (aside.Count > 0) notes.Add("the date line is preferred: " + string.Join(", ", aside.Distinct()));
            if (weekday > 0 && Dow(chosen.Date) != weekday) notes.Add("the weekday the text gives for today does not fall on this date");
            return chosen.Date with { Basis = "dateline", Note = notes.Count == 0 ? null : string.Join("; ", notes) };
        }
        // 2. a URL that gives the day
        foreach (var u in urls)
        {
            if (u.Precision != DatePrecision.Day) continue;
            if (facts.Today is { Year: > 0 } && facts.TodayDate() is { Precision: DatePrecision.Day } td && td.Iso != u.Iso)
                return td with { Note = $"the text dates 'today' with its year; a URL says {u.Iso}" };
            return u;
        }
        // 3. a dated "today" with its year
        if (facts.Today is { Year: > 0 } && facts.TodayDate() is { Precision: DatePrecision.Day } today) return today;
        // 4. a day and month without a year (a dated "today", a year-less dateline) and a year from a URL or a date line
        var partial = new List<(int Month, int Day, int Weekday, string Basis, string What)>();
        if (facts.Today is { Year: 0, Hijri: false } ty)
        {
            // (a dated "yesterday" gives the day after it, and its weekday)
            var (tm, td0) = facts.TodayShift == 0 ? (ty.Month, ty.Day) : TextFacts.ShiftDay(ty.Month, ty.Day, facts.TodayShift);
            partial.Add((tm, td0, facts.PublishedWeekday > 0 ? facts.PublishedWeekday : weekday, "relative", facts.TodayShift == 0 ? "'today' is" : "the day after the dated 'yesterday' is"));
        }
        foreach (var l in lines)
            if (l.Date.Precision == DatePrecision.Unknown && l.Date.Month > 0 && l.Date.Day > 0)
                partial.Add((l.Date.Month, l.Date.Day, l.Weekday > 0 ? l.Weekday : weekday, "dateline", "the date line says"));
        DateValue? yearSource = null;
        foreach (var l in lines)
            if (l.Date.Precision is DatePrecision.Month or DatePrecision.Year && (yearSource is null || l.Date.Precision > yearSource.Precision)) yearSource = l.Date;
        foreach (var u in urls)
            if (u.Precision is DatePrecision.Month or DatePrecision.Year && (yearSource is null || u.Precision > yearSource.Precision)) yearSource = u;
        foreach (var p in partial)
        {
            if (yearSource is { } ys && (ys.Precision == DatePrecision.Year || ys.Month == p.Month) && p.Day <= DateTime.DaysInMonth(ys.Year, p.Month))
            {
                var d = new DateOnly(ys.Year, p.Month, p.Day);
                if (p.Weekday > 0 && IsoDow(d) != p.Weekday) continue;
                return DateValue.OfDay(d, p.Basis, $"{p.What} {p.Day}/{p.Month}; the year from the {(ys.Basis == "url" ? "URL" : "date line")}");
            }
            // 5. ... or the year in which that day falls on the weekday the text names
            if (p.Weekday > 0 && YearFromWeekday(p.Month, p.Day, p.Weekday, facts.MinYear) is { } wy)
                return DateValue.OfDay(new DateOnly(wy, p.Month, p.Day), "weekday",
                    $"{p.What} {p.Day}/{p.Month}; the weekday fits {wy} ({facts.MinYearWhy})");
        }
        // 6. what a URL or a date line gives of the month or year
        if (yearSource is { } partialDate) return partialDate;
        // 7. a weekday-day-month triple: the year of the report
        if (facts.TripleYear() is { } triple) return triple;
        if (partial.Count > 0)
        {
            var p0 = partial[0];
            return new DateValue { Month = p0.Month, Day = p0.Day, Precision = DatePrecision.Unknown, Basis = "none",
                Note = $"{p0.What} {p0.Day}/{p0.Month} without a year" };
        }
        if (weekday > 0)
            return DateValue.Unknown($"no publication date: the text says today is {WeekdayName(weekday)} but gives no date, and there is no metadata, date line or URL date");
        return DateValue.Unknown("no publication date: no metadata, date line, URL date or dated 'today' in the text");
    }

    private static int Dow(DateValue v) => v.AsDate is { } d ? IsoDow(d) : 0;
    private static int IsoDow(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
    private static string WeekdayName(int iso) => ((DayOfWeek)(iso % 7)).ToString();

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
        var facts = TextFacts.Of(sc, exprs);
        if (facts.TodayDate() is { } today) return today;
        return facts.TripleYear() ?? DateValue.Unknown("no dated 'today' and no weekday triple in the text");
    }

    /// <summary>What the text says of its own date: a dated "today", the weekday of today, the latest past year it mentions.</summary>
    private sealed class TextFacts
    {
        public TimeExpr? Today;
        /// <summary>Days from the dated day to the publication day: 0 for "اليوم، الأربعاء 12 شباط", 1 for "مساء أمس الأحد 22 حزيران".</summary>
        public int TodayShift;
        /// <summary>The weekday the text gives to the dated day (with the date, or with the "yesterday" before it).</summary>
        public int DatedWeekday;
        public TimeExpr? Triple;
        public int TodayWeekday;
        /// <summary>Years the text gives for events before now: the publication year is not earlier than the latest.</summary>
        public int MinYear;
        /// <summary>Why <see cref="MinYear"/> is what it is, for notes: the year mentioned, or the office holder named.</summary>
        public string MinYearWhy => _floorName != null ? $"it names {_floorName}, in office since {MinYear}" : $"the text mentions {MinYear}";
        private string? _floorName;

        /// <summary>Raises <see cref="MinYear"/> to the first year of an office the text names someone with (<see cref="Rasd.Actors.ActorDictionary.EarliestYearNamed"/>).</summary>
        public void RaiseMinYear(string text)
        {
            var norms = Rasd.Language.Tokenizer.Tokenize(text).Select(t => t.Norm).ToList();
            if (Rasd.Actors.ActorDictionary.Default.EarliestYearNamed(norms) is { } floor && floor.Year > MinYear)
                (MinYear, _floorName) = (floor.Year, floor.Name);
        }

        public static TextFacts Of(string text)
        {
            if (string.IsNullOrEmpty(text)) return new TextFacts();
            var (sc, exprs) = TimeRecognizer.Parse(text, new Span(0, text.Length));
            return Of(sc, exprs);
        }

        public static TextFacts Of(TimeScanner sc, List<TimeExpr> exprs)
        {
            var f = new TextFacts();
            TimeExpr? prev = null;
            foreach (var e in exprs)
            {
                // "مساء أمس الأحد 22 حزيران": a date right after "yesterday" is the day before the publication day
                if (f.Today is null && prev is { Kind: ExprKind.RelDay, Offset: -1 } y1 && e.Kind == ExprKind.Explicit && e.T0 == y1.T1 && !e.Hijri
                    && e.Month > 0 && e.Day > 0 && e.Invalid == null && e.MonthDir == TimeExpr.None && e.YearRel == TimeExpr.None)
                {
                    f.Today = e;
                    f.TodayShift = 1;
                    f.DatedWeekday = e.Weekday > 0 ? e.Weekday : y1.Weekday;
                }
                prev = e;
                var y = e.Kind switch
                {
                    ExprKind.Explicit when !e.Hijri && e.Year >= 1900 && !e.ShortYear => e.Year,
                    ExprKind.Year when !e.Hijri => e.Year,
                    ExprKind.Since when e.Inner is { Kind: ExprKind.Year or ExprKind.Explicit, Hijri: false } inner && inner.Year >= 1900 => inner.Year,
                    _ => 0,
                };
                if (y > 0 && y <= 2100 && !IsFutureAround(sc, e)) f.MinYear = Math.Max(f.MinYear, y);
                // "اليوم، الأربعاء 12 من شباط [2025]"
                if (f.Today is null && e.Today && e.Kind == ExprKind.Explicit && e.Month > 0 && e.Day > 0 && e.Invalid == null) { f.Today = e; f.DatedWeekday = e.Weekday; }
                // "اليوم الخميس": the weekday of the publication day
                if (f.TodayWeekday == 0 && e.Weekday > 0 && (e.Today || e is { Kind: ExprKind.RelDay, Offset: 0 })) f.TodayWeekday = e.Weekday;
                // "أمس الأحد": today is Monday
                if (f.TodayWeekday == 0 && e is { Kind: ExprKind.RelDay, Offset: -1, Weekday: > 0 }) f.TodayWeekday = e.Weekday % 7 + 1;
                if (f.Triple is null && e.Kind == ExprKind.Explicit && e.Weekday > 0 && e.Day > 0 && e.Month > 0 && e.Year == 0 && !e.Hijri && e.Invalid == null
                    && e.MonthDir == TimeExpr.None && e.YearRel == TimeExpr.None) f.Triple = e;
            }
            return f;
        }

        /// <summary>The dated "today" as a value: the day when its year is given or the weekday allows one, else month and day.</summary>
        public DateValue? TodayDate()
        {
            var v = TodayDated();
            if (v == null || TodayShift == 0) return v;
            if (v.AsDate is { } d)
                return DateValue.OfDay(d.AddDays(TodayShift), v.Basis ?? "relative", $"the text dates 'yesterday' {d:yyyy-MM-dd}");
            if (v.Month > 0 && v.Day > 0)
            {
                var (m, dd) = ShiftDay(v.Month, v.Day, TodayShift);
                return new DateValue { Month = m, Day = dd, Precision = DatePrecision.Unknown, Basis = "none", Note = "the text dates 'yesterday' without a year" };
            }
            return v;
        }

        /// <summary>Month and day a few days on, in a year that is not a leap year unless the day is 29 February.</summary>
        public static (int Month, int Day) ShiftDay(int month, int day, int days)
        {
            var d = new DateOnly(month == 2 && day == 29 ? 2000 : 2001, month, day).AddDays(days);
            return (d.Month, d.Day);
        }

        /// <summary>The weekday of the publication day, from the one the text gives the dated day.</summary>
        public int PublishedWeekday => DatedWeekday == 0 ? 0 : (DatedWeekday - 1 + TodayShift) % 7 + 1;

        private DateValue? TodayDated()
        {
            if (Today is not { } e) return null;
            if (e.Hijri)
            {
                if (e.Year == 0) return null;
                var r = TimeResolver.Resolve(e, TimeContext.Unknown);
                return r.Value.Precision == DatePrecision.Day ? r.Value with { Basis = "relative", Note = "the text dates 'today'" } : null;
            }
            if (e.Year > 0)
            {
                var y = e.ShortYear ? e.Year + (e.Year < 50 ? 2000 : 1900) : e.Year;
                return e.Day <= DateTime.DaysInMonth(y, e.Month) ? DateValue.OfDay(new DateOnly(y, e.Month, e.Day), "relative", "the text dates 'today'") : null;
            }
            if (DatedWeekday > 0 && YearFromWeekday(e.Month, e.Day, DatedWeekday, MinYear) is { } wy)
                return DateValue.OfDay(new DateOnly(wy, e.Month, e.Day), "weekday", $"'today' is {e.Day}/{e.Month}; the weekday fits {wy} ({MinYearWhy})");
            return new DateValue { Month = e.Month, Day = e.Day, Precision = DatePrecision.Unknown, Basis = "none", Note = "the text dates 'today' without a year" };
        }

        /// <summary>A weekday-day-month triple anywhere: the year of the report.</summary>
        public DateValue? TripleYear()
        {
            if (Triple is not { } e || YearFromWeekday(e.Month, e.Day, e.Weekday, MinYear) is not { } wy) return null;
            return DateValue.OfYear(wy, "weekday", $"{e.Day}/{e.Month} falls on the weekday named only in {wy} ({MinYearWhy})");
        }
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
