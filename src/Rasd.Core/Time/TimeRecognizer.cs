using System.Runtime.CompilerServices;
using Rasd.Model;

namespace Rasd.Time;

/// <summary>
/// Finds time expressions in Arabic (and English date lines) and resolves them against a reference date.
/// Matching runs on the ArabicNormalizer view; spans are UTF-16 offsets in the original text.
/// </summary>
public static class TimeRecognizer
{
    public static List<TimeMention> Find(string text, TimeContext ctx) => Find(text, new Span(0, text?.Length ?? 0), ctx);

    /// <summary>
    /// Time mentions inside <paramref name="within"/>. When the context's tense is unknown it is read from the
    /// text itself (a future marker makes it future, otherwise past, as news reports are).
    /// </summary>
    public static List<TimeMention> Find(string text, Span within, TimeContext ctx)
    {
        var result = new List<TimeMention>();
        if (string.IsNullOrEmpty(text)) return result;
        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        if (end == start) return result;
        var sc = new TimeScanner(text, start, end);
        var exprs = new TimeParser(sc).ParseAll();
        if (exprs is null) return result;
        if (ctx.Tense == Tense.Unknown) ctx = ctx with { Tense = TenseDetector.Detect(sc) };
        List<int>? markers = null;
        DateOnly? named = null;
        foreach (var e in exprs)
        {
            var m = ToMention(e, sc, CountedFrom(e, TenseDetector.Local(sc, e, ctx, ref markers), named));
            named = NamedDay(m) ?? named;
            result.Add(m);
        }
        return result;
    }

    /// <summary>"اليوم التالي": counted from the day the text last named, when there is one.</summary>
    internal static TimeContext CountedFrom(TimeExpr e, TimeContext local, DateOnly? named) =>
        e.Anaphoric && named is { } nd ? local with { Reference = DateValue.OfDay(nd, "relative", "counted from the day named before") } : local;

    /// <summary>The day a mention names, for the anaphoric days after it.</summary>
    internal static DateOnly? NamedDay(TimeMention m) =>
        m.Type == TimeType.Date && m.Value.Precision == DatePrecision.Day ? m.Value.AsDate : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TimeMention ToMention(TimeExpr e, TimeScanner sc, TimeContext ctx)
    {
        var (s, en) = sc.OrigSpan(e.T0, e.T1, e.Clip);
        var r = TimeResolver.Resolve(e, ctx);
        return new TimeMention
        {
            Span = new Span(s, en),
            Text = sc.Source.Substring(s, en - s),
            Type = r.Type,
            Value = r.Value,
            End = r.End,
            Iso = r.Iso,
            Background = e.Kind == ExprKind.Since || TenseDetector.BackgroundBefore(sc, e.T0),
        };
    }

    /// <summary>The recognised expressions with their scanner (for publication-date inference).</summary>
    internal static (TimeScanner Scanner, List<TimeExpr> Exprs) Parse(string text, Span within)
    {
        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        var sc = new TimeScanner(text, start, end);
        return (sc, new TimeParser(sc).ParseAll() ?? new List<TimeExpr>());
    }
}

/// <summary>Reads the tense of a clause from its words: future markers (سوف، من المقرر، سيـ/سـ + verb) or past.</summary>
public static class TenseDetector
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Tense Detect(string text, Span within)
    {
        if (string.IsNullOrEmpty(text)) return Tense.Past;
        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        return Detect(new TimeScanner(text, start, end));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Tense Detect(TimeScanner sc)
    {
        for (var i = sc.Lo; i < sc.Count; i++)
            if (IsFutureAt(sc, i)) return Tense.Future;
        return Tense.Past;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsFutureAt(TimeScanner sc, int i)
    {
        if (!sc.IsWord(i)) return false;
        var lex = TimeLexicon.Instance;
        var w = sc.W(i);
        if (FutureAt(sc, i, w, lex)) return true;
        // "ومن المقرر أن", "وبحسب البرنامج": the phrase with a conjunction attached
        if (w.Length > 2 && w[0] is 'و' or 'ف' && FutureAt(sc, i, w[1..], lex)) return true;
        return IsFutureVerb(sc, i, w);
    }

    private static bool FutureAt(TimeScanner sc, int i, ReadOnlySpan<char> w, TimeLexicon lex)
    {
        if (TimeLexicon.TestBit(lex.FutureBits, TimeLexicon.Hash(w)) && lex.ByFirst.TryGetValue(w, out var list))
        {
            foreach (var p in list)
            {
                if (p.Kind != LexKind.Future) continue;
                var ok = true;
                for (var k = 1; k < p.Words.Length && ok; k++) ok = sc.Is(i + k, p.Words[k]);
                // "وكان من المقرر أن ...": a plan of the past
                if (ok) return !(i > sc.Lo && sc.IsWord(i - 1) && IsKana(sc.W(i - 1)));
            }
        }
        return false;
    }

    private static bool IsComplementizer(ReadOnlySpan<char> w) =>
        w.StartsWith("ان") || w.StartsWith("بان") || w.StartsWith("لان") || w.StartsWith("وان");

    private static bool IsKana(ReadOnlySpan<char> w) =>
        w.SequenceEqual("كان") || w.SequenceEqual("كانت") || w.SequenceEqual("وكان") || w.SequenceEqual("وكانت");

    /// <summary>Tokens before and after a date within which a future marker governs it ("سيزور ... يوم 3 مارس", "في 3 مارس سيعقد").</summary>
    private const int NearBefore = 8, NearAfter = 3;

    /// <summary>
    /// The tense a date of the year to be supplied takes: in a sentence about the future, a day and month only looks
    /// ahead when a future marker stands near it; far from every marker ("سيواجه ... الانتخابات التي أجريت في الثامن
    /// من نوفمبر") the tense is unknown and the nearest such date is taken. Weekdays and relative units keep the
    /// sentence's tense. <paramref name="markers"/> caches the future markers of the window.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TimeContext Local(TimeScanner sc, TimeExpr e, TimeContext ctx, ref List<int>? markers)
    {
        if (ctx.Tense != Tense.Future) return ctx;
        // "وكانت الوزارة قد ذكرت في 30 سبتمبر أنها ستغير", "وكان ترمب قد أعلن، الثلاثاء، أنه سيأمر": a past perfect
        // before the date (or before the comma that sets it off) dates it in the past, a weekday too
        if (e.Kind is ExprKind.Weekday or ExprKind.Explicit or ExprKind.Range or ExprKind.DayOnly or ExprKind.Part
            && BackgroundBefore(sc, e.T0))
            return ctx with { Tense = Tense.Past };
        if (e.Kind is not (ExprKind.Explicit or ExprKind.Range or ExprKind.DayOnly or ExprKind.Part or ExprKind.Weekday)) return ctx;
        if (e.Kind == ExprKind.Part && e.Inner is not { Kind: ExprKind.Explicit }) return ctx;
        if (markers is null)
        {
            markers = new List<int>();
            for (var i = sc.Lo; i < sc.Count; i++) if (IsFutureAt(sc, i)) markers.Add(i);
        }
        if (e.Kind == ExprKind.Weekday)
        {
            // "قال بايدن يوم الأربعاء إن الاتفاق سيوقف القتال": every future of the sentence is in the clause reported
            // after the weekday, which dates the saying, in the past.
            foreach (var m in markers)
            {
                if (m < e.T1) return ctx;
                var reported = false;
                for (var t = e.T1; t < m && !reported; t++) reported = sc.IsWord(t) && IsComplementizer(sc.W(t));
                if (!reported) return ctx;
            }
            return ctx with { Tense = Tense.Past };
        }
        foreach (var m in markers)
        {
            if (m < e.T0 - NearBefore || m >= e.T1 + NearAfter) continue;
            var (a, b) = m < e.T0 ? (m, e.T0) : (e.T1, m);
            var ok = true;
            for (var t = a; t < b && ok; t++)
            {
                ok = !(sc.IsPunct(t, '.') || sc.IsPunct(t, '!') || sc.IsPunct(t, '?') || sc.IsPunct(t, ';'));
                // after the date, a future verb in a reported clause ("في 30 سبتمبر أنها ستغير") is not the date's
                if (ok && m > e.T0 && sc.IsWord(t) && IsComplementizer(sc.W(t))) ok = false;
            }
            if (ok) return ctx;
        }
        return ctx with { Tense = Tense.Unknown };
    }

    /// <summary>سيزور، ستعقد، سنعمل، سأعود: س + a present-tense prefix, unless the word is a listed noun.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsFutureVerb(TimeScanner sc, int i, ReadOnlySpan<char> w)
    {
        if (w.Length < 5 || (w[0] != 'س' && w[1] != 'س')) return false;
        var b = w;
        if (b.Length > 5 && b[0] is 'و' or 'ف' && b[1] == 'س') b = b[1..];
        if (b.Length < 5 || b[0] != 'س') return false;
        var p = b[1];
        if (p is not ('ي' or 'ت' or 'ن' or 'ا')) return false;
        if (p == 'ا')
        {
            // only "سأ" (hamza in the original) is a future prefix; "سافر"، "ساهم" are past verbs
            var origIdx = sc.Map[sc.Toks[i].S + (w.Length - b.Length) + 1];
            if (sc.Source[origIdx] != 'أ') return false;
        }
        if (p == 'ن' && b[2] == 'و') return false; // سنوات، سنوي
        var lex = TimeLexicon.Instance;
        if (lex.IsWord(b, LexKind.NotFuture) || lex.IsWord(w, LexKind.NotFuture)) return false;
        // the noun with a pronoun: "سيطرتها", "سيادته" (ة written ت before the suffix)
        if (NounWithPronoun(b, lex)) return false;
        // plural/adjective endings of nouns built on these letters (سيارات، سياسيين)
        if (b.Length >= 6 && b[2] == 'ا' && p == 'ي') return false;
        return true;
    }

    private static bool NounWithPronoun(ReadOnlySpan<char> b, TimeLexicon lex)
    {
        if (b.Length > 32) return false;
        Span<char> buffer = stackalloc char[32];
        foreach (var suffix in PronounSuffixes)
        {
            if (b.Length < suffix.Length + 4 || !b.EndsWith(suffix) || b[b.Length - suffix.Length - 1] != 'ت') continue;
            var noun = buffer[..(b.Length - suffix.Length)];
            b[..noun.Length].CopyTo(noun);
            noun[^1] = 'ه';
            if (lex.IsWord(noun, LexKind.NotFuture)) return true;
        }
        return false;
    }

    private static readonly string[] PronounSuffixes = ["هما", "هم", "ها", "ه", "نا", "كم", "ي"];

    /// <summary>A background marker before token t0, or before the comma that sets it off ("وكان ترمب قد أعلن، الثلاثاء،").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool BackgroundBefore(TimeScanner sc, int t0) =>
        BackgroundMarkerBefore(sc, t0) || (t0 > sc.Lo && sc.IsPunct(t0 - 1, ',') && BackgroundMarkerBefore(sc, t0 - 1));

    /// <summary>A form of كان within the few words before token <paramref name="i"/>, in the same clause.</summary>
    private static bool KanaShortlyBefore(TimeScanner sc, int i)
    {
        for (var k = i - 1; k >= sc.Lo && k >= i - 4; k--)
        {
            if (sc.Toks[k].K == TK.Punct) return false;
            if (sc.IsWord(k) && IsKana(sc.W(k))) return true;
        }
        return false;
    }

    /// <summary>A past-perfect or background marker ("كان قد", "منذ", "عقب") in the same clause before token t0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool BackgroundMarkerBefore(TimeScanner sc, int t0)
    {
        var lex = TimeLexicon.Instance;
        for (var i = t0 - 1; i >= sc.Lo && i >= t0 - 8; i--)
        {
            if (sc.Toks[i].K == TK.Punct && (sc.IsPunct(i, '.') || sc.IsPunct(i, ',') || sc.IsPunct(i, ';'))) break;
            if (!sc.IsWord(i)) continue;
            var w = sc.W(i);
            // "وكان ترمب قد أعلن": كان and its subject before قد
            if (w.SequenceEqual("قد") && KanaShortlyBefore(sc, i)) return true;
            if (!lex.ByFirst.TryGetValue(w, out var list)) continue;
            foreach (var p in list)
            {
                if (p.Kind != LexKind.Background) continue;
                var ok = true;
                for (var k = 1; k < p.Words.Length && ok; k++) ok = sc.Is(i + k, p.Words[k]);
                if (ok) return true;
            }
        }
        return false;
    }
}
