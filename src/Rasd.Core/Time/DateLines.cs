using Rasd.Data;
using Rasd.Language;
using Rasd.Model;

namespace Rasd.Time;

/// <summary>What a date line says its date is: an update (weakest), a plain dateline, or the publication (strongest).</summary>
internal enum LineRole { Updated = 1, Dateline = 2, Published = 3 }

/// <summary>A date stated by a date line: resolved by itself, or a day and month without a year (Precision Unknown).</summary>
/// <remarks><c>Agency</c>: the news agency the line names ("(رويترز)"), when it names one.</remarks>
internal readonly record struct LineDate(DateValue Date, LineRole Role, Span Where, int Weekday, int Order, Span? Agency = null);

/// <summary>
/// Finds the date lines of a document: the lines near its head and foot that state when it was written rather than
/// what happened ("موسكو (رويترز) - 31 يوليو تموز 2025", "تاريخ النشر: 24.02.2025 | آخر تحديث: 25.02.2025",
/// "كتب: المحرر السياسي - 10 نوفمبر 2025", "الرياض 16 ذو القعدة 1446 هـ الموافق 14 مايو 2025 م واس",
/// "بيروت في 13 يناير 2025 /أ ش أ/ كلف ...", "بيروت - 9 - 1 (كونا) --", "دمشق في 24/2/2025").
/// A line is one when, besides its dates and clock times, it holds only labels, agencies, date words and at most
/// a few other words (a place, a name) set off by punctuation. The words are in Data/time/datelines.tsv.
/// </summary>
internal static class DateLines
{
    /// <summary>Only the start of a line is read: a dateline opening a body paragraph sits in its first words.</summary>
    private const int MaxChars = 240;
    /// <summary>Lines read from the head and from the foot of a text.</summary>
    private const int HeadLines = 8, FootLines = 4;
    /// <summary>Other words a short date line may hold (a place, an outlet, a byline name).</summary>
    private const int MaxOther = 3, MaxOtherLabelled = 5;
    /// <summary>A line with this many words or more is a body paragraph: only a dateline opening it counts.</summary>
    private const int LongLine = 15;

    /// <summary>
    /// The date lines among the head of the text (the lines up to and including its first body paragraph, which a
    /// dateline may open) and its foot (the short lines after its last body paragraph). Lines overlapping
    /// <paramref name="known"/> (the cleaner's date lines) are read as date lines whatever they hold. Lines between
    /// body paragraphs are subheadings ("الأحد 26 فيفري 2017" over a match schedule), not date lines.
    /// </summary>
    public static void ReadEdges(string text, List<LineDate> into, List<Span>? known = null)
    {
        var lines = new List<(Span Span, bool Long)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (HasContent(text, start, i)) lines.Add((new Span(start, i), Words(text, start, i) >= LongLine));
            start = i + 1;
        }
        var firstLong = lines.FindIndex(l => l.Long);
        var lastLong = lines.FindLastIndex(l => l.Long);
        // A long headline near the top (no full stop at its end), a few short lines (its dateline, a credit "دمشق-سانا"),
        // then the body: the headline was no body paragraph. (The body may open with the dateline itself, right under the
        // headline: "الدوحة في 29 سبتمبر 2025 /قنا/ تلقى ...")
        if (firstLong is >= 0 and <= 3 && !EndsSentence(text, lines[firstLong].Span))
        {
            var body = lines.FindIndex(firstLong + 1, l => l.Long);
            if (body >= firstLong + 1 && body <= firstLong + 4) firstLong = body;
        }
        var headEnd = Math.Min(firstLong < 0 ? lines.Count : firstLong + 1, HeadLines);
        var footStart = Math.Max(lastLong + 1, Math.Max(headEnd, lines.Count - FootLines));
        var order = into.Count;
        for (var k = 0; k < lines.Count; k++)
        {
            if (k == headEnd) k = footStart;
            if (k >= lines.Count) break;
            var l = lines[k].Span;
            Read(text, l, k == 0, known is not null && known.Exists(d => d.Overlaps(l)), into, ref order);
        }
    }

    private static bool EndsSentence(string text, Span line)
    {
        var e = line.End;
        while (e > line.Start && char.IsWhiteSpace(text[e - 1])) e--;
        return e > line.Start && text[e - 1] is '.' or '!' or '?' or '؟' or ':' or '،' or ',';
    }

    /// <summary>Words in [s, e), stopping at <see cref="LongLine"/>.</summary>
    private static int Words(string text, int s, int e)
    {
        var n = 0;
        var inWord = false;
        for (var i = s; i < e && n < LongLine; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static bool HasContent(string text, int s, int e)
    {
        for (var i = s; i < e; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    /// <summary>
    /// The dates a line states when it is a date line. <paramref name="forced"/>: the line is known to be one (the
    /// cleaner classified it), so only its dates are read. <paramref name="headline"/>: the first line, which counts
    /// only when it holds nothing but a date.
    /// </summary>
    public static void Read(string text, Span line, bool headline, bool forced, List<LineDate> into, ref int order)
    {
        if (line.Start < 0 || line.End > text.Length || line.Length <= 0) return;
        var cut = Math.Min(line.End, line.Start + MaxChars);
        var sc = new TimeScanner(text, line.Start, cut);
        var n = sc.TokCount;
        if (n == 0) return;
        var exprs = new TimeParser(sc).ParseAll() ?? [];
        var lex = DateLineLexicon.Instance;
        // what each token is: 0 another word or number, 1 part of a date, 2 label, clock time, agency or date word, 3 punctuation
        var what = new byte[n];
        var dates = new List<(TimeExpr E, DateValue V)>();
        foreach (var e in exprs)
        {
            if (e.Kind == ExprKind.Time)
            {
                for (var t = e.T0; t < e.T1; t++) what[t] = 2;
                continue;
            }
            if (Stated(e) is not { } v) continue;
            dates.Add((e, v));
            for (var t = e.T0; t < e.T1; t++) what[t] = 1;
        }
        // "بيروت - 9 - 1 (كونا) --": day - month before an agency in brackets, the wire's year-less dateline
        for (var t = 0; t + 4 < n; t++)
        {
            if (what[t] != 0 || !sc.IsNum(t) || !sc.IsPunct(t + 1, '-') || !sc.IsNum(t + 2) || !sc.IsPunct(t + 3, '(')) continue;
            int d = sc.NumValue(t), m = sc.NumValue(t + 2);
            if (d is < 1 or > 31 || m is < 1 or > 12 || d > DateTime.DaysInMonth(2024, m)) continue;
            if (!lex.Match(sc, t + 4, out var k, out _) || k != "agency") continue;
            dates.Add((new TimeExpr { Kind = ExprKind.Explicit, Day = d, Month = m, T0 = t, T1 = t + 3 },
                new DateValue { Month = m, Day = d, Precision = DatePrecision.Unknown, Basis = "none", Note = "a date line without a year" }));
            what[t] = what[t + 1] = what[t + 2] = 1;
        }
        if (dates.Count == 0) return;
        dates.Sort((a, b) => a.E.T0.CompareTo(b.E.T0));
        // labels, agencies and date words
        var labels = new List<(int At, string Kind)>();
        var agency = false;
        Span? agencyAt = null;
        for (var t = 0; t < n; t++)
        {
            if (sc.Toks[t].K == TK.Punct) { what[t] = 3; continue; }
            if (what[t] != 0 || sc.Toks[t].K != TK.Word) continue;
            if (!lex.Match(sc, t, out var kind, out var end)) continue;
            for (var u = t; u < end; u++) if (what[u] == 0) what[u] = 2;
            if (kind is "published" or "updated" or "byline") labels.Add((t, kind));
            if (kind is "agency" or "agency-generic") agency = true;
            if (kind == "agency" && agencyAt is null) { var (a0, a1) = sc.OrigSpan(t, end); agencyAt = new Span(a0, a1); }
            t = end - 1;
        }
        var words = 0;
        var other = 0;
        for (var t = 0; t < n; t++)
        {
            if (sc.Toks[t].K == TK.Word) words++;
            if (what[t] == 0) other++;
        }
        var truncated = cut < line.End;
        var firstDate = dates[0].E;
        var firstWord = 0;
        while (firstWord < n && sc.Toks[firstWord].K == TK.Punct) firstWord++;
        var labelled = labels.Count > 0 && labels[0].At == firstWord && labels[0].At < firstDate.T0;
        bool ok;
        if (forced) ok = true;
        else if (!truncated && words < LongLine)
        {
            // A first line that names an agency and sets its place off ("أنقرة (الأناضول) - 15 مايو 2025") is the
            // wire's dateline opening a text without a headline, not a headline.
            if (headline) ok = (other == 0 && !labelled) || (agency && other <= MaxOther && SetOff(sc, what, firstDate));
            else if (labelled) ok = other <= MaxOtherLabelled;
            else ok = other == 0 || (other <= MaxOther && (agency || SetOff(sc, what, firstDate)));
        }
        else ok = Opening(sc, what, firstDate, agency);
        if (!ok) return;
        foreach (var (e, v) in dates)
        {
            var role = LineRole.Dateline;
            foreach (var (at, kind) in labels)
            {
                if (at > e.T0) break;
                role = kind switch { "published" => LineRole.Published, "updated" => LineRole.Updated, _ => LineRole.Dateline };
            }
            var (s, en) = sc.OrigSpan(e.T0, e.T1, e.Clip);
            into.Add(new LineDate(v, role, new Span(s, en), e.Weekday, order++, agencyAt));
        }
    }

    /// <summary>The date as the line states it, or null: a day, month and year (any calendar), or a day and month.</summary>
    private static DateValue? Stated(TimeExpr e)
    {
        if (e.Kind != ExprKind.Explicit || e.Invalid != null || e.Month == 0 || e.Day == 0) return null;
        if (e.MonthDir != TimeExpr.None || e.YearRel != TimeExpr.None || e.MonthRel != TimeExpr.None) return null;
        if (e.Year == 0)
            return e.Hijri ? null : new DateValue { Month = e.Month, Day = e.Day, Precision = DatePrecision.Unknown, Basis = "none", Note = "a date line without a year" };
        var r = TimeResolver.Resolve(e, TimeContext.Unknown);
        return r.Value.Precision == DatePrecision.Day ? r.Value with { Basis = "dateline" } : null;
    }

    /// <summary>Punctuation or "في" between the line's other words before the date and the date ("موسكو (رويترز) - 31", "دمشق في 24/2").</summary>
    private static bool SetOff(TimeScanner sc, byte[] what, TimeExpr date)
    {
        for (var t = date.T0 - 1; t >= 0; t--)
        {
            if (what[t] == 3) return true;
            if (what[t] == 0) return false;
            if (sc.Is(t, "في")) return true;
        }
        // nothing else before it: the others follow the date ("15 أكتوبر 2025 - موسكو")
        for (var t = date.T1; t < what.Length; t++)
        {
            if (what[t] == 3) return true;
            if (what[t] == 0) return false;
        }
        return false;
    }

    /// <summary>
    /// A dateline opening a body paragraph: one to three words (the place) before the date, then a bracket, a slash or
    /// a dash, or an agency ("بيروت في 13 يناير 2025 /أ ش أ/ كلف", "دمشق، 12 شباط 2025 (سانا) - ...").
    /// </summary>
    private static bool Opening(TimeScanner sc, byte[] what, TimeExpr date, bool agency)
    {
        var before = 0;
        for (var t = 0; t < date.T0; t++)
        {
            if (what[t] == 0) before++;
            else if (what[t] == 2 && !sc.Is(t, "في")) return false;
        }
        if (before is < 1 or > MaxOther) return false;
        var k = date.T1;
        while (k < what.Length && what[k] == 2 && sc.Toks[k].K != TK.Word) k++;
        if (k >= what.Length) return false;
        return sc.IsPunct(k, '(') || sc.IsPunct(k, '/') || sc.IsPunct(k, '-') || (agency && what[k] == 2);
    }
}

/// <summary>The phrases of Data/time/datelines.tsv, by their first normalised word.</summary>
internal sealed class DateLineLexicon
{
    private static readonly Lazy<DateLineLexicon> Lazy = new(() => new DateLineLexicon());
    public static DateLineLexicon Instance => Lazy.Value;

    private readonly Dictionary<string, List<(string[] Words, string Kind)>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string Kind)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private DateLineLexicon()
    {
        foreach (var row in DataFiles.ReadTsv("time/datelines.tsv"))
        {
            if (row.Length < 2) continue;
            var words = ArabicNormalizer.Normalize(row[1].Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new();
            list.Add((words, row[0].Trim()));
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest phrase starting at word token i; dots between its words are skipped ("أ.ف.ب").</summary>
    public bool Match(TimeScanner sc, int i, out string kind, out int end)
    {
        kind = "";
        end = i;
        if (!sc.IsWord(i)) return false;
        var w = sc.W(i);
        if (!_lookup.TryGetValue(w, out var list) && !(w.Length > 2 && w[0] is 'و' or 'ب' && _lookup.TryGetValue(w[1..], out list))) return false;
        foreach (var (words, k) in list)
        {
            var t = i + 1;
            var ok = true;
            for (var x = 1; x < words.Length && ok; x++)
            {
                if (sc.IsPunct(t, '.')) t++;
                ok = sc.Is(t, words[x]);
                t++;
            }
            if (!ok) continue;
            kind = k;
            end = t;
            return true;
        }
        return false;
    }
}
