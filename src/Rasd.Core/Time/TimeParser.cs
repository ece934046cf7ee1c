using System.Runtime.CompilerServices;
namespace Rasd.Time;

/// <summary>
/// Recognises time expressions over the tokens of a <see cref="TimeScanner"/>: at each token every rule is tried
/// and the longest reading wins. Rules only read the words (nothing is resolved here). Words come from the
/// lexicon (data files); clitics (و ف ب ل ك) are peeled off the first word of an expression.
/// </summary>
internal sealed class TimeParser
{
    private readonly TimeScanner _s;
    private readonly TimeLexicon _lex = TimeLexicon.Instance;
    /// <summary>The scanner's window [_lo, _n).</summary>
    private int _n, _lo;

    // Per-token caches: the rules look the same token up many times.
    private readonly (Phrase P, int Clip)[]?[] _hits;
    private readonly byte[] _hitsDone;
    private readonly sbyte[] _gate;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimeParser(TimeScanner s)
    {
        _s = s;
        _n = s.Hi;
        _lo = s.Lo;
        (_hits, _hitsDone, _gate) = s.ParserArrays();
    }

    /// <summary>
    /// The expressions of the tokens [lo, hi) of the scan (one sentence of a document scanned once). The per-token
    /// lexicon cache is kept across windows; the gate, which looks ahead within the window, is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<TimeExpr>? ParseWindow(int lo, int hi)
    {
        _s.SetWindow(lo, hi);
        _lo = lo;
        _n = hi;
        Array.Clear(_gate, lo, hi - lo);
        return ParseAll();
    }

    private static readonly (Phrase, int)[] NoHits = [];

    /// <summary>Every phrase whose first word is token i under some clitic reading, with the letters peeled off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Phrase P, int Clip)[] Hits(int i)
    {
        if (_hitsDone[i] != 0) return _hits[i] ?? NoHits;
        if (_s.Toks[i].K == TK.Num) { _hitsDone[i] = 1; return NoHits; }
        var h = _hits[i] = _lex.HitsOf(_s.W(i), out var lexical);
        _hitsDone[i] = lexical ? (byte)2 : (byte)1;
        return h;
    }

    /// <summary>Some reading of word token i is a first word or a number word of the lists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Lexical(int i)
    {
        Hits(i);
        return _hitsDone[i] == 2;
    }

    /// <summary>The expressions of the window; null when there is none (most sentences hold none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<TimeExpr>? ParseAll()
    {
        List<TimeExpr>? res = null;
        var i = _lo;
        while (i < _n)
        {
            if (NameAt(i) is var skip and > 0) { i = skip; continue; }
            var e = Gate(i) ? Best(i) : null;
            if (e != null && e.T1 > i)
            {
                // "في الأسابيع الثلاثة الماضية", "في منتصف الأسبوع المقبل": في belongs to a counted span of units or a middle
                if (e.T0 > _lo && e.Clip == 0 && (e.Counted || e is { Kind: ExprKind.Part, Part: "mid" }) && Is(e.T0 - 1, "في")
                    && (res is null || res[^1].T1 < e.T0))
                    e.T0--;
                (res ??= new List<TimeExpr>()).Add(e);
                i = e.T1;
            }
            else i++;
        }
        return res;
    }

    /// <summary>"ملعب 15 أكتوبر": the end of a day and month that is a name after a noun (nothing to read there), else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NameAt(int i)
    {
        if (i <= _lo || !_s.IsNum(i) || _s.Toks[i].Len > 2 || !Match(i - 1, LexKind.NameHead, out _, out var ne, out _) || ne != i) return 0;
        var j = i + 1;
        if (Is(j, "من")) j++;
        if (!MonthAt(j, out var p, out var me, out _, true)) return 0;
        var end = PairedMonth(me, p);
        return YearAt(end, false, out _, out _, out _, out _) ? 0 : end;
    }

    // ---- gate: skip tokens that cannot start anything (most words) without trying every rule ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Gate(int i)
    {
        if (_gate[i] != 0) return _gate[i] > 0;
        var g = GateCore(i);
        _gate[i] = (sbyte)(g ? 1 : -1);
        return g;
    }

    /// <summary>
    /// Can an expression start at token i? Each reading of the token is kept only when what must follow it is there
    /// (the whole phrase, then a number, a month, a unit... as the rules that start with it require), so most
    /// particles ("من", "في", "بعد", "هذا", "خلال") skip the rules. Tokens are only looked at, nothing is parsed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool GateCore(int i)
    {
        var t = _s.Toks[i];
        if (t.K == TK.Num) return true;
        if (t.K != TK.Word) return false;
        if (!Lexical(i)) return false;
        var w = _s.W(i);
        var j = i + 1;
        foreach (var (p, _) in Hits(i))
        {
            if (p.Kind is not (LexKind.Month or LexKind.Weekday or LexKind.Day or LexKind.DayPart or LexKind.This or LexKind.Part or LexKind.Within
                or LexKind.Ago or LexKind.YearWord or LexKind.Season or LexKind.Decade)) continue;
            var pe = MatchRest(p, i);
            if (pe < 0) continue;
            switch (p.Kind)
            {
                case LexKind.Month: case LexKind.Weekday: case LexKind.Day: case LexKind.Season: case LexKind.Decade:
                    return true;
                case LexKind.DayPart: case LexKind.This: case LexKind.Part: case LexKind.Within:
                    // a day, a weekday, a month, a unit or a year must follow
                    if (pe < _n && (Gate(pe) || DefUnitAt(pe, out _, out _, out _, out _))) return true;
                    break;
                case LexKind.Ago:
                    // a count or a unit ("قبل يومين", "منذ 3 أشهر"), or what "منذ" dates from
                    if (CountOrUnitAt(pe) || (pe < _n && (w.SequenceEqual("منذ") || w.SequenceEqual("ومنذ")) && Gate(pe))) return true;
                    break;
                case LexKind.YearWord:
                    // "عام 2015", "عام ألفين", or a unit opening a compound duration ("عام وثلاثة أشهر من الآن")
                    if (_s.IsNum(pe) || Spelled(pe, out _, out _, out _, out _) || CompoundNext(pe)) return true;
                    break;
            }
        }
        if (w.SequenceEqual("في")) return j < _n && _s.Toks[j].K == TK.Num;
        if (w.SequenceEqual("من") || w.SequenceEqual("ومن") || w.SequenceEqual("بين") || w.SequenceEqual("وبين")) return j < _n && Gate(j);
        if (w.SequenceEqual("يوم") || w.SequenceEqual("ويوم") || w.SequenceEqual("بيوم") || w.SequenceEqual("ليوم") || w.SequenceEqual("اسبوع")
            || w.SequenceEqual("شهر") || w.SequenceEqual("بشهر") || w.SequenceEqual("لشهر"))
        {
            if (j < _n && Gate(j)) return true;
            if (CompoundNext(j)) return true;
        }
        if (w.SequenceEqual("اخر") || w.SequenceEqual("لاخر")) { if (_s.IsNum(j) || Is(j, "يوم")) return true; }
        if (w.SequenceEqual("الساعه") || w.SequenceEqual("بالساعه") || w.SequenceEqual("ال")) { if (_s.IsNum(j)) return true; }
        if (DefUnitAt(i, out var unit, out _, out var plural, out var dual))
        {
            if (DirAt(j, out _, out _) || _s.IsNum(j) || Match(j, LexKind.Few, out _, out _, out _, false) || Spelled(j, out _, out _, out _, out _)
                || Is(j, "الاخير") || Is(j, "الاخيره")) return true;
            if (unit == 'w' && j < _n && (Gate(j) || (Is(j, "في") && j + 1 < _n && Gate(j + 1)))) return true;
            if (plural || dual) { /* counts and directions are checked above */ }
        }
        if (Spelled(i, out var value, out var se, out _, out _))
        {
            if (value >= 1000) return true;
            var k = se;
            if (k >= _n) return false;
            if (UnitAt(k, out _, out _, out _) || DefUnitAt(k, out _, out _, out _, out _) || Match(k, LexKind.RangeTo, out _, out _, out _, false) || Is(k, "يوم")
                || Gate(k)) return true;
            if ((_s.Toks[k].K == TK.Punct || Is(k, "من") || Is(k, "في")) && k + 1 < _n && Gate(k + 1)) return true;
        }
        return false;
    }

    /// <summary>A count, a vague count or a unit at k ("قبل 3 أيام", "منذ بضعة أشهر", "بعد يومين", "قبل ثلاثة أسابيع").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CountOrUnitAt(int k)
    {
        if (k >= _n) return false;
        if (_s.IsNum(k)) return true;
        if (Match(k, LexKind.Few, out _, out _, out _, false) || Spelled(k, out _, out _, out _, out _) || UnitAt(k, out _, out _, out _)) return true;
        return _s.IsWord(k) && _s.W(k).Length > 1 && _s.W(k)[0] == 'و' && UnitAtWord(_s.W(k)[1..], out _, out _, out _);
    }

    /// <summary>What may follow the first unit of a compound duration ("شهر و21 يوما", "عام وثلاثة أشهر").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CompoundNext(int k)
    {
        if (k >= _n) return false;
        if (Is(k, "و") || IsComma(k)) return true;
        if (_s.IsWord(k) && _s.W(k)[0] == 'و') return true;
        return CountOrUnitAt(k);
    }

    /// <summary>
    /// Quick test on the hashes of the word and of its last len-1 and len-2 letters (the clitic readings), computed
    /// in one backward pass: false means no reading of the word is in the lexicon.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MaybeLexical(ReadOnlySpan<char> w, ulong[] bits)
    {
        var h = 14695981039346656037UL;
        var n = w.Length;
        for (var i = n - 1; i >= 0; i--)
        {
            h = (h ^ w[i]) * 1099511628211UL;
            var taken = n - i; // chars hashed so far = the suffix w[i..]
            if (taken >= n - 2 && TimeLexicon.TestBit(bits, TimeLexicon.Fold(h))) return true;
        }
        return false;
    }

    /// <summary>The k-th clitic reading of a word: 0 = as is, 1 = one prefix letter off, 2 = two (وب، فل...).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Clitic(ReadOnlySpan<char> w, int k, out ReadOnlySpan<char> b)
    {
        b = w;
        if (k == 0) return true;
        if (w.Length < 3) return false;
        if (k == 1)
        {
            if (w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك') { b = w[1..]; return true; }
            return false;
        }
        if (w.Length >= 4 && w[0] is 'و' or 'ف' && w[1] is 'ب' or 'ل' or 'ك') { b = w[2..]; return true; }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? Best(int i)
    {
        TimeExpr? best = null;
        best = Longer(best, TryRange(i));
        best = Longer(best, TryExplicit(i));
        best = Longer(best, TryNumeric(i));
        best = Longer(best, TryTime(i));
        best = Longer(best, TrySince(i));
        best = Longer(best, TryPart(i));
        best = Longer(best, TryWithin(i));
        best = Longer(best, TryRelUnit(i, false));
        best = Longer(best, TryLastNNum(i));
        best = Longer(best, TryAgo(i));
        best = Longer(best, TryCompound(i));
        best = Longer(best, TryWeekday(i));
        best = Longer(best, TryRelDay(i));
        best = Longer(best, TryYear(i, false));
        best = Longer(best, TryDecade(i));
        best = Longer(best, TryDayOnly(i));
        best = Longer(best, TryNth(i));
        best = Longer(best, TrySeason(i));
        best = Longer(best, TryNthWeekday(i));
        best = Longer(best, TryMonthBetween(i));
        return best;
    }

    /// <summary>The longer of two readings; the first on a tie (rules are tried in order of preference).</summary>
    private static TimeExpr? Longer(TimeExpr? best, TimeExpr? e) => e != null && (best == null || e.T1 > best.T1) ? e : best;

    // ---- lexicon matching ----

    /// <summary>Longest phrase of a kind at token i (clitics allowed on its first word; fewer peeled letters win a tie).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Match(int i, LexKind kind, out Phrase p, out int end, out int clip, bool clitics = true)
    {
        p = null!;
        end = i;
        clip = 0;
        if (i < _lo || i >= _n || _s.Toks[i].K == TK.Num) return false;
        var found = false;
        foreach (var (ph, c) in Hits(i))
        {
            if (ph.Kind != kind || (!clitics && c != 0)) continue;
            var e = MatchRest(ph, i);
            if (e > end || (e == end && found && c < clip)) { p = ph; end = e; clip = c; found = true; }
        }
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MatchRest(Phrase ph, int i)
    {
        for (var k = 1; k < ph.Words.Length; k++)
            if (i + k >= _n || !_s.W(i + k).SequenceEqual(ph.Words[k])) return -1;
        return i + ph.Words.Length;
    }

    private bool Is(int i, string w) => _s.Is(i, w);
    private bool IsComma(int i) => _s.IsPunct(i, ',');

    /// <summary>A month name at i, optionally after "شهر"; ctx months need a time context.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MonthAt(int i, out Phrase p, out int end, out int clip, bool hasContext)
    {
        var j = i;
        if (Is(j, "شهر") || Is(j, "بشهر") || Is(j, "لشهر")) { j++; hasContext = true; }
        if (!Match(j, LexKind.Month, out p, out end, out clip)) return false;
        if (j > i) clip = 0;
        if (p.NeedsContext && !hasContext)
        {
            // A year, a direction word or a day after it also makes it a month.
            var k = end;
            if (IsComma(k)) k++;
            var ok = YearAt(k, false, out _, out _, out _, out _) || Match(end, LexKind.Dir, out _, out _, out _, false)
                     || PairedMonth(end, p) > end
                     || (_s.IsNum(end) && _s.NumValue(end) is >= 1 and <= 31 && _s.Toks[end].Len <= 2);
            if (!ok && i > _lo) ok = Match(i - 1, LexKind.TimePrep, out _, out _, out _) || Match(i - 1, LexKind.This, out _, out _, out _);
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>A day of the month: 1-31 in digits (with an English ordinal suffix) or spelled out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DayNum(int i, out int day, out int end, out int clip)
    {
        day = 0;
        end = i;
        clip = 0;
        if (i >= _n) return false;
        var j = i;
        if (Is(j, "ال") && _s.IsNum(j + 1) && _s.Toks[j + 1].Glued) j++; // الـ27
        if (_s.IsNum(j))
        {
            if (_s.Toks[j].Len > 2) return false;
            var v = _s.NumValue(j);
            if (v < 1 || v > 31) return false;
            day = v;
            end = j + 1;
            if (end < _n && _s.Toks[end].Glued && Match(end, LexKind.OrdSuffix, out _, out var e2, out _, false)) end = e2;
            return true;
        }
        if (Spelled(i, out var val, out end, out clip, out _) && val is >= 1 and <= 31)
        {
            day = val;
            return true;
        }
        return false;
    }

    /// <summary>A number spelled out in words ("الحادي والعشرين", "ألفين وخمسة وعشرين").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Spelled(int i, out int value, out int end, out int clip, out bool ordinal)
    {
        value = 0;
        end = i;
        clip = 0;
        ordinal = false;
        var total = 0;
        var group1 = -1;
        var last = 0;
        var parts = 0;
        var j = i;
        while (j < _n && _s.IsWord(j) && parts < 7)
        {
            var w = _s.W(j);
            (int V, NumKind K) hit = default;
            var ok = false;
            var conj = false;
            var c = 0;
            if (parts == 0)
            {
                for (var k = 0; k < 3 && !ok; k++)
                {
                    if (!Clitic(w, k, out var b)) continue;
                    if (NumWord(b, out hit)) { ok = true; c = w.Length - b.Length; }
                }
                if (!ok && w.Length > 3 && w[0] == 'ل' && w[1] == 'ل' && NumWord(w[2..], out hit)) ok = true;
            }
            else
            {
                if (w.Length > 1 && w[0] == 'و' && NumWord(w[1..], out hit)) { ok = true; conj = true; }
                else if (NumWord(w, out hit)) ok = true;
            }
            if (!ok) break;
            var (v, kind) = hit;
            if (conj && !(total >= 100 || (kind == NumKind.Ten && v >= 20 && total < 10) || (kind is NumKind.Hundred && total >= 1000))) break;
            if (parts > 0 && !conj)
            {
                if (kind == NumKind.Ten && v == 10 && last is > 0 and < 10) total += 10;
                else if (kind is NumKind.Hundred or NumKind.Thousand && last is > 0 and < 10) total = total - last + last * v;
                else if (group1 < 0 && total is >= 10 and <= 29 && kind is NumKind.Unit or NumKind.Ten or NumKind.Ordinal) { group1 = total; total = v; }
                else break;
            }
            else total += v;
            if (parts == 0) { clip = c; ordinal = kind == NumKind.Ordinal; }
            last = v;
            parts++;
            j++;
            end = j;
        }
        if (parts == 0) return false;
        value = group1 >= 0 ? group1 * 100 + total : total;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NumWord(ReadOnlySpan<char> w, out (int, NumKind) hit)
    {
        if (_lex.Numbers.TryGetValue(w, out hit)) return true;
        if (w.Length > 3 && w[0] == 'ا' && w[1] == 'ل' && _lex.Numbers.TryGetValue(w[2..], out hit)) return true;
        return false;
    }

    /// <summary>A year: four digits (three after "عام"), or spelled out, with an optional era suffix (هـ / م).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool YearAt(int i, bool afterYearWord, out int year, out int end, out bool hijri, out bool shortYear)
    {
        year = 0;
        end = i;
        hijri = false;
        shortYear = false;
        if (i >= _n) return false;
        if (_s.IsNum(i))
        {
            var len = _s.Toks[i].Len;
            var v = _s.NumValue(i);
            if (!(len == 4 || (afterYearWord && len == 3))) return false;
            if (v < (afterYearWord ? 100 : 1000) || v > 2999) return false;
            // "2025-02" or "2025.5" are not a year followed by words
            if (i + 1 < _n && _s.Toks[i + 1].Glued && (_s.IsPunct(i + 1, '.') || _s.IsPunct(i + 1, ',')) && _s.IsNum(i + 2) && _s.Toks[i + 2].Glued) return false;
            year = v;
            end = i + 1;
        }
        else if (Spelled(i, out var sv, out var se, out _, out var ord) && !ord && sv >= (afterYearWord ? 100 : 1000) && sv <= 2999)
        {
            year = sv;
            end = se;
        }
        else return false;
        if (Match(end, LexKind.Era, out var era, out var ee, out _, false))
        {
            hijri = era.Str == "h";
            end = ee;
        }
        return true;
    }

    /// <summary>Direction word after a unit/month ("الماضي"), or "بعد القادم" (+2) / "قبل الماضي" (-2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DirAt(int i, out int dir, out int end)
    {
        dir = 0;
        end = i;
        if ((Is(i, "بعد") || Is(i, "قبل")) && Match(i + 1, LexKind.Dir, out var p2, out var e2, out _, false) && p2.Value != 0)
        {
            dir = 2 * p2.Value;
            end = e2;
            return true;
        }
        if (Match(i, LexKind.Dir, out var p, out end, out _, false)) { dir = p.Value; return true; }
        return false;
    }

    /// <summary>A calendar unit with the article: "الأسبوع", "الشهر", "العام", "السنة"; plural tells a plural form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DefUnitAt(int i, out char unit, out int clip, out bool plural, out bool dual)
    {
        unit = '\0';
        clip = 0;
        plural = false;
        dual = false;
        if (!_s.IsWord(i)) return false;
        var w = _s.W(i);
        for (var k = 0; k < 3; k++)
        {
            if (!Clitic(w, k, out var b)) continue;
            if (b.Length < 4 || b[0] != 'ا' || b[1] != 'ل') continue;
            if (!_lex.ByFirst.TryGetValue(b[2..], out var list)) continue;
            foreach (var p in list)
            {
                if (p.Words.Length != 1 || (p.Kind != LexKind.Unit && p.Kind != LexKind.Dual)) continue;
                unit = UnitChar(p.Str);
                dual = p.Kind == LexKind.Dual;
                plural = !dual && IsPlural(b[2..]);
                clip = w.Length - b.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>An indefinite unit ("يوم", "أيام", "يومين"); count 2 for a dual form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool UnitAt(int i, out char unit, out bool dual, out bool plural)
    {
        unit = '\0';
        dual = false;
        plural = false;
        if (!_s.IsWord(i)) return false;
        var w = _s.W(i);
        if (!_lex.ByFirst.TryGetValue(w, out var list)) return false;
        foreach (var p in list)
        {
            if (p.Words.Length != 1 || (p.Kind != LexKind.Unit && p.Kind != LexKind.Dual)) continue;
            unit = UnitChar(p.Str);
            dual = p.Kind == LexKind.Dual;
            plural = !dual && IsPlural(w);
            return true;
        }
        return false;
    }

    private static char UnitChar(string s) => s switch { "decade" => 'D', "min" => 'n', "" => 'd', _ => s[0] };

    private static bool IsPlural(ReadOnlySpan<char> w) =>
        w.SequenceEqual("ايام") || w.SequenceEqual("اسابيع") || w.SequenceEqual("اشهر") || w.SequenceEqual("شهور")
        || w.SequenceEqual("اعوام") || w.SequenceEqual("سنوات") || w.SequenceEqual("سنين") || w.SequenceEqual("عقود")
        || w.SequenceEqual("ساعات") || w.SequenceEqual("دقايق");

    // ---- rules ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryExplicit(int i)
    {
        var j = i;
        var clip = 0;
        var today = false;
        var weekday = 0;
        var clipSet = false;
        // "مساء اليوم، الاثنين 10 آذار": a part of the day before "today" keeps it today
        var partClip = -1;
        if (Match(j, LexKind.DayPart, out _, out var tpe, out var tpc) && Match(tpe, LexKind.Day, out var tp, out _, out _, false) && tp.Value == 0 && tp.Words.Length == 1)
        {
            partClip = tpc;
            j = tpe;
        }
        if (Match(j, LexKind.Day, out var dp, out var de, out var dc) && dp.Value == 0 && dp.Words.Length == 1)
        {
            today = true;
            clip = partClip >= 0 ? partClip : dc;
            clipSet = true;
            j = de;
            if (IsComma(j) || _s.IsPunct(j, '-') || _s.IsPunct(j, ':')) j++;
        }
        var thisMonth = false;
        if (!today && Match(j, LexKind.This, out _, out var thisEnd, out var thisClip) && MonthAt(thisEnd, out _, out _, out _, true))
        {
            // "هذا سبتمبر", "هذا شهر آذار": this year's
            thisMonth = true;
            clip = thisClip;
            clipSet = true;
            j = thisEnd;
        }
        var k2 = j;
        var yawm = false;
        if (Is(k2, "يوم") || Is(k2, "ويوم")) { k2++; yawm = true; }
        if (Match(k2, LexKind.Weekday, out var wp, out var we, out var wc) && (!wp.NeedsContext || yawm))
        {
            weekday = wp.Value;
            if (!clipSet) { clip = yawm ? 0 : wc; clipSet = true; }
            if (yawm && !today && j == i) { /* span starts at the weekday, as the peer suite does */ j = k2; clip = wc; i = k2; }
            j = we;
            if (IsComma(j)) j++;
            else if (Match(j, LexKind.DayGlue, out _, out var ge, out _, false)) j = ge;
        }
        else if (yawm && !today && !thisMonth && DayNum(k2, out _, out _, out _))
        {
            // "يوم 2 أكتوبر": the span starts at the day
            i = k2;
            j = k2;
        }
        else if (!today && !thisMonth) j = i;

        if ((weekday > 0 || today) && TryNumeric(j) is { Day: > 0 } num)
        {
            // "الأربعاء 12/2/2025"
            num.T0 = i;
            num.Clip = clip;
            num.Weekday = weekday;
            num.Today = today;
            return num;
        }
        var e = new TimeExpr { Kind = ExprKind.Explicit, T0 = i, Clip = clip, Weekday = weekday, Today = today };
        var day = 0;
        var month = 0;
        Phrase? mp = null;
        var monthEnd = -1;
        var glued = j > _lo && (Is(j - 1, "في") || Is(j - 1, "الموافق"));
        // A: day [sep | من] month
        if (DayNum(j, out var d, out var dEnd, out var dClip) && (weekday == 0 || glued || _s.IsNum(j) || MonthFollows(dEnd)))
        {
            if (!clipSet && j == i) clip = dClip;
            var m = dEnd;
            if (m < _n && (_s.IsPunct(m, '-') || _s.IsPunct(m, '/') || _s.IsPunct(m, '.') || _s.IsPunct(m, ','))) m++;
            else if (Is(m, "من") || Is(m, "في")) m++;
            if (MonthAt(m, out var p, out var me, out _, true))
            {
                day = d;
                mp = p;
                monthEnd = me;
            }
            else if (RelMonthAt(dEnd, out var off, out var re))
            {
                e.Day = d;
                e.MonthRel = off;
                e.T1 = re;
                e.Clip = clip;
                return e;
            }
            else if (weekday > 0)
            {
                e.Kind = ExprKind.DayOnly;
                e.Day = d;
                e.T1 = dEnd;
                e.Clip = clip;
                return e;
            }
        }
        // B: month day
        if (mp == null)
        {
            var hasCtx = weekday > 0 || today || (i > _lo && (Match(i - 1, LexKind.TimePrep, out _, out _, out _) || Match(i - 1, LexKind.This, out _, out _, out _)));
            if (!MonthAt(j, out var p, out var me, out var mclip, hasCtx)) return null;
            if (!clipSet && j == i) clip = mclip;
            mp = p;
            monthEnd = me;
            var k = PairedMonth(me, p);
            monthEnd = k;
            var kk = k;
            if (_s.IsPunct(kk, '-') || _s.IsPunct(kk, '.')) kk++;
            if (!_s.IsNum(kk) || _s.Toks[kk].Len <= 2)
            {
                if (DayNum(kk, out var d2, out var d2End, out _))
                {
                    // "يناير 1" but not "مايو 2025" (that is a year) nor "أيار 15 ألف" (a count)
                    day = d2;
                    monthEnd = d2End;
                }
            }
        }
        else monthEnd = PairedMonth(monthEnd, mp);
        month = mp.Value;
        if (thisMonth) e.MonthDir = 0;
        e.Hijri = mp.Calendar is 'h' or 'p';
        e.Persian = mp.Calendar == 'p';
        e.Day = day;
        e.Month = month;
        e.Clip = clip;
        var end = monthEnd;
        // year
        var y = end;
        if (IsComma(y) || _s.IsPunct(y, '.') || _s.IsPunct(y, '-') || _s.IsPunct(y, '/')) y++;
        if (Is(y, "من")) y++;
        var yw = false;
        if (Match(y, LexKind.YearWord, out _, out var ywEnd, out _)) { y = ywEnd; yw = true; }
        if (YearAt(y, yw, out var year, out var yEnd, out var hj, out _))
        {
            e.Year = year;
            if (hj) e.Hijri = true;
            end = yEnd;
        }
        else if (!thisMonth && DirAt(end, out var dir, out var dirEnd))
        {
            e.MonthDir = dir;
            end = dirEnd;
            end = YearRelAt(end, e);
        }
        else end = YearRelAt(end, e);
        e.T1 = end;
        // "ملعب 15 أكتوبر", "ثورة 14 جانفي": a day and month right after such a noun is a name
        if (e.Year == 0 && e.Day > 0 && !today && weekday == 0 && !thisMonth && e.MonthDir == TimeExpr.None && e.YearRel == TimeExpr.None
            && e.T0 == j && j > _lo && Match(j - 1, LexKind.NameHead, out _, out var nhEnd, out _) && nhEnd == j)
            return null;
        if (e.Year > 0 && e.Day > 0 && !e.Hijri && e.Day > DateTime.DaysInMonth(e.Year, e.Month)) e.Invalid = "no such day in that month";
        if (e.Day > 0 && !e.Hijri && e.Day > MaxDays(e.Month)) e.Invalid = "no such day in that month";
        if (e.Hijri && e.Day > (e.Persian ? 31 : 30)) e.Invalid = "no such day in a Hijri month";
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MonthFollows(int k)
    {
        if (k < _n && (_s.IsPunct(k, '-') || _s.IsPunct(k, '/') || _s.IsPunct(k, '.') || _s.IsPunct(k, ',') || Is(k, "من") || Is(k, "في"))) k++;
        return MonthAt(k, out _, out _, out _, true);
    }

    private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2000, month);

    /// <summary>"مارس / آذار", "ديسمبر (كانون الأول)": a second name of the same month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PairedMonth(int end, Phrase first)
    {
        var k = end;
        var open = false;
        if (_s.IsPunct(k, '/') || _s.IsPunct(k, '-') || _s.IsPunct(k, '(') || _s.IsPunct(k, '|')) { open = _s.IsPunct(k, '('); k++; }
        else if (IsComma(k)) k++;
        if (Match(k, LexKind.Month, out var p2, out var e2, out _, false) && p2.Value == first.Value && p2.Calendar == first.Calendar)
        {
            if (open && _s.IsPunct(e2, ')')) e2++;
            return e2;
        }
        return end;
    }

    /// <summary>"من العام الماضي", "العام المقبل", "من هذا العام" after a month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int YearRelAt(int i, TimeExpr e)
    {
        var k = i;
        if (Is(k, "من") || Is(k, "في")) k++;
        if (Match(k, LexKind.This, out _, out var te, out _, false) && DefUnitAt(te, out var u0, out _, out _, out _) && u0 == 'y')
        {
            e.YearRel = 0;
            return te + 1;
        }
        if (DefUnitAt(k, out var u, out _, out var pl, out var du) && u == 'y' && !pl && !du && DirAt(k + 1, out var dir, out var de))
        {
            e.YearRel = dir;
            return de;
        }
        return i;
    }

    /// <summary>"من الشهر المقبل", "من هذا الشهر", "الشهر الجاري" after a day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RelMonthAt(int i, out int off, out int end)
    {
        off = 0;
        end = i;
        var k = i;
        if (Is(k, "من") || Is(k, "في")) k++;
        if (Match(k, LexKind.This, out _, out var te, out _, false) && DefUnitAt(te, out var u0, out _, out var p0, out _) && u0 == 'm' && !p0)
        {
            end = te + 1;
            return true;
        }
        if (DefUnitAt(k, out var u, out _, out var pl, out var du) && u == 'm' && !pl && !du)
        {
            if (DirAt(k + 1, out off, out end)) return true;
            off = 0;
            end = k + 1;
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryNumeric(int i)
    {
        if (!_s.IsNum(i)) return null;
        var t = _s.Toks;
        if (i + 2 >= _n) return null;
        var sep = _s.Norm[t[i + 1].S];
        if (t[i + 1].K != TK.Punct || sep is not ('/' or '-' or '.') || !t[i + 1].Glued || !_s.IsNum(i + 2) || !t[i + 2].Glued) return null;
        var a = _s.NumValue(i);
        var la = t[i].Len;
        var b = _s.NumValue(i + 2);
        var lb = t[i + 2].Len;
        var three = i + 4 < _n && _s.IsPunct(i + 3, sep) && t[i + 3].Glued && _s.IsNum(i + 4) && t[i + 4].Glued;
        var last = three ? i + 4 : i + 2;
        // part of a longer digit chain (a phone number, an IP address, a version): not a date
        if (last + 2 < _n && t[last + 1].K == TK.Punct && t[last + 1].Glued && _s.IsNum(last + 2) && t[last + 2].Glued) return null;
        if (i > _lo + 1 && t[i].Glued && t[i - 1].K == TK.Punct && _s.IsNum(i - 2) && t[i - 1].Glued) return null;
        var e = new TimeExpr { Kind = ExprKind.Explicit, T0 = i, T1 = last + 1, Numeric = true };
        if (three)
        {
            var c = _s.NumValue(i + 4);
            var lc = t[i + 4].Len;
            if (la == 4 && lb <= 2 && lc <= 2) { e.Year = a; e.Month = b; e.Day = c; }
            else if (la <= 2 && lb <= 2 && (lc == 4 || lc == 2))
            {
                if (b > 12 && a <= 12) { e.Month = a; e.Day = b; }
                else { e.Day = a; e.Month = b; }
                e.Year = c;
                e.ShortYear = lc == 2;
            }
            else return null;
            // "16.07.25" is a date only as a time stamp ("[16.07.25 18:40]"); otherwise a version or a score
            if (sep == '.' && la != 4 && lc != 4 && !(_s.IsNum(last + 1) && _s.IsPunct(last + 2, ':') && _s.IsNum(last + 3))) return null;
        }
        else
        {
            if (sep == '.') return null; // 4.22 is a decimal number in running text
            if (la == 4 && lb <= 2) { e.Year = a; e.Month = b; }
            else if (lb == 4 && la <= 2) { e.Year = b; e.Month = a; }
            else if (la == 4 && lb == 4)
            {
                if (a < 1000 || b > 2999 || b <= a) return null;
                return new TimeExpr
                {
                    Kind = ExprKind.Range, T0 = i, T1 = i + 3,
                    Inner = new TimeExpr { Kind = ExprKind.Year, Year = a, T0 = i, T1 = i + 1 },
                    To = new TimeExpr { Kind = ExprKind.Year, Year = b, T0 = i + 2, T1 = i + 3 },
                };
            }
            else if (la <= 2 && lb <= 2)
            {
                // a bare d/m needs a time word before it (a score "2-1" or a fraction "1/2" is not a date)
                var prep = i > _lo && Match(i - 1, LexKind.TimePrep, out _, out _, out _);
                if (!prep && !(sep == '/' && (la == 2 || lb == 2))) return null;
                if (b > 12 && a <= 12) { e.Month = a; e.Day = b; }
                else { e.Day = a; e.Month = b; }
                // "11/12, 2016"
                if (IsComma(i + 3) && _s.IsNum(i + 4) && t[i + 4].Len is 4 or 2)
                {
                    e.Year = _s.NumValue(i + 4);
                    e.ShortYear = t[i + 4].Len == 2;
                    e.T1 = i + 5;
                }
            }
            else return null;
        }
        if (e.Month is < 1 or > 12) return null;
        if (e.Year is > 0 and < 1000 && !e.ShortYear) return null;
        if (e.Day < 0 || (e.Day > 0 && e.Day > MaxDays(e.Month))) return null;
        if (e.Day == 0 && e.Year == 0) return null;
        if (e.Day > 0 && e.Year >= 1000 && e.Day > DateTime.DaysInMonth(e.Year, e.Month)) return null;
        // "1446/12/17 هـ": a numeric date in the Hijri calendar, marked by its era.
        if (e.Year > 0 && Match(e.T1, LexKind.Era, out var era, out var eraEnd, out _, false))
        {
            e.Hijri = era.Str == "h";
            e.T1 = eraEnd;
            if (e.Hijri && e.Day > 30) return null;
        }
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryTime(int i)
    {
        var j = i;
        if (Is(j, "الساعه") || Is(j, "بالساعه")) j++;
        if (!_s.IsNum(j) || j + 2 >= _n || !_s.IsPunct(j + 1, ':') || !_s.IsNum(j + 2) || _s.Toks[j + 2].Len != 2 || !_s.Toks[j + 1].Glued || !_s.Toks[j + 2].Glued) return null;
        var h = _s.NumValue(j);
        var m = _s.NumValue(j + 2);
        if (_s.Toks[j].Len > 2 || h > 24 || m > 59) return null;
        var end = j + 3;
        if (Is(end, "مساء") || Is(end, "مساءا") || Is(end, "ليلا") || Is(end, "pm")) { if (h < 12) h += 12; end++; }
        else if (Is(end, "صباحا") || Is(end, "صباح") || Is(end, "ظهرا") || Is(end, "am")) end++;
        return new TimeExpr { Kind = ExprKind.Time, T0 = i, T1 = end, Hour = h % 24, Minute = m };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryRange(int i)
    {
        var j = i;
        var pref = false;
        var between = false;
        var clip = 0;
        if (_s.IsWord(j))
        {
            var w = _s.W(j);
            if (w.SequenceEqual("من") || w.SequenceEqual("ومن")) { pref = true; clip = w.Length - 2; j++; }
            else if (w.SequenceEqual("بين") || w.SequenceEqual("وبين")) { pref = true; between = true; clip = w.Length - 3; j++; }
        }
        if (_s.IsNum(j) && _s.IsPunct(j + 1, '-') && _s.IsNum(j + 2) && _s.Toks[j + 1].Glued && _s.Toks[j + 2].Glued
            && DayNum(j, out var dd1, out _, out _) && TryExplicit(j + 2) is { Day: > 0 } yy && (yy.Month > 0 || yy.MonthRel != TimeExpr.None))
        {
            // "4-22 يناير 2017", "19-20 نوفمبر"
            if (dd1 >= yy.Day) return null;
            if (yy.MonthRel != TimeExpr.None)
            {
                var xr = new TimeExpr { Kind = ExprKind.Explicit, Day = dd1, MonthRel = yy.MonthRel, T0 = j, T1 = j + 1 };
                return new TimeExpr { Kind = ExprKind.Range, T0 = between || pref ? i : j, Clip = clip, T1 = yy.T1, Inner = xr, To = yy };
            }
            var xx = new TimeExpr { Kind = ExprKind.Explicit, Day = dd1, Month = yy.Month, Year = yy.Year, Hijri = yy.Hijri, Persian = yy.Persian, MonthDir = yy.MonthDir, YearRel = yy.YearRel, T0 = j, T1 = j + 1 };
            return new TimeExpr { Kind = ExprKind.Range, T0 = between || pref ? i : j, Clip = clip, T1 = yy.T1, Inner = xx, To = yy };
        }
        var x = RangeEnd(j, first: true);
        if (x == null) return null;
        if (!pref && x.Kind is ExprKind.DayOnly or ExprKind.Year) { /* needs "-" below */ }
        var k = x.T1;
        int yStart;
        var conn = "";
        if (k < _n && Match(k, LexKind.RangeTo, out var rp, out var re, out _, false))
        {
            conn = rp.Words[0];
            yStart = re;
        }
        else if (between && _s.IsWord(k) && _s.W(k)[0] == 'و') { conn = "و"; yStart = k; }
        else return null;
        if (conn == "و" && !between) return null;
        var y = RangeEnd(yStart, first: false);
        if (y == null) return null;
        if (!pref && conn != "-" && (x.Kind == ExprKind.Year || (x.Kind == ExprKind.DayOnly && !(conn is "حتي" or "الي" && y.Kind == ExprKind.Explicit && y.Day > x.Day)))) return null;
        if (x.Kind == ExprKind.DayOnly && x.Weekday > 0 && y.Kind == ExprKind.DayOnly && y.Weekday > 0) { /* "الجمعة 11 حتى الثلاثاء 15" */ }
        else if (x.Kind == ExprKind.DayOnly)
        {
            // "من 4 إلى 22 يناير 2017": the first day borrows the month of the second
            if (y.Kind != ExprKind.Explicit || y.Day == 0) return null;
            x.Kind = ExprKind.Explicit;
            x.Month = y.Month;
            x.Year = y.Year;
            x.Hijri = y.Hijri;
            x.Persian = y.Persian;
            x.MonthDir = y.MonthDir;
            x.YearRel = y.YearRel;
            x.MonthRel = y.MonthRel;
            if (x.Month > 0 && x.Day > MaxDays(x.Month)) return null;
        }
        else if (x.Kind == ExprKind.Year && y.Kind != ExprKind.Year) return null;
        else if (x.Kind != ExprKind.Year && y.Kind == ExprKind.Year) return null;
        if (x.Kind == ExprKind.Explicit && y.Kind == ExprKind.Explicit && x.Year == 0 && y.Year > 0 && x.MonthDir == TimeExpr.None) x.Year = y.Year;
        // "24 خرداد 1404 - 14 حزيران 2025", "1446/12/17 هـ - 2025/06/13 م": one day in two calendars, not a span.
        if (x.Kind == ExprKind.Explicit && y.Kind == ExprKind.Explicit && x.Year > 0 && y.Year > 0 && (x.Hijri != y.Hijri || x.Persian != y.Persian)) return null;
        // "بين" always opens the span; "من" only before a day ("من 4 إلى 22 ..."), not before a weekday or "اليوم"
        var keepPrefix = between || (pref && x.Kind is ExprKind.DayOnly or ExprKind.Explicit or ExprKind.Year && !x.Numeric && x.T0 == i + 1 && x.Weekday == 0 && !x.Today);
        return new TimeExpr { Kind = ExprKind.Range, T0 = keepPrefix ? i : x.T0, Clip = keepPrefix ? clip : x.Clip, T1 = y.T1, Inner = x, To = y };
    }

    /// <summary>One end of a range: a date, a weekday, a relative day, a year, or (first end only) a bare day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? RangeEnd(int j, bool first)
    {
        if (j >= _n) return null;
        TimeExpr? best = null;
        best = Longer(best, TryExplicit(j));
        best = Longer(best, TryNumeric(j));
        best = Longer(best, TryRelDay(j));
        best = Longer(best, TryWeekday(j));
        if (_s.IsNum(j) && _s.Toks[j].Len == 4 && YearAt(j, false, out var yv, out var ye, out _, out _))
            best = Longer(best, new TimeExpr { Kind = ExprKind.Year, Year = yv, T0 = j, T1 = ye });
        else if (Spelled(j, out var sv, out var se, out var sc, out var so) && !so && sv >= 1000 && sv <= 2999)
            best = Longer(best, new TimeExpr { Kind = ExprKind.Year, Year = sv, T0 = j, T1 = se, Clip = sc });
        if (first && best == null && DayNum(j, out var d, out var de, out var dc))
            best = new TimeExpr { Kind = ExprKind.DayOnly, Day = d, T0 = j, T1 = de, Clip = dc };
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TrySince(int i)
    {
        if (!_s.IsWord(i)) return null;
        var w = _s.W(i);
        if (!(w.SequenceEqual("منذ") || w.SequenceEqual("ومنذ"))) return null;
        var j = i + 1;
        TimeExpr? best = null;
        best = Longer(best, TryExplicit(j));
        best = Longer(best, TryNumeric(j));
        best = Longer(best, TryYear(j, true));
        best = Longer(best, TryRelUnit(j, false));
        best = Longer(best, TryRelDay(j));
        best = Longer(best, TryWeekday(j));
        best = Longer(best, TryDecade(j));
        best = Longer(best, TryPart(j));
        if (best == null) return null;
        return new TimeExpr { Kind = ExprKind.Since, T0 = i, Clip = w.Length - 3, T1 = best.T1, Inner = best };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryPart(int i)
    {
        if (!Match(i, LexKind.Part, out var p, out var pe, out var clip)) return null;
        var inner = PeriodAt(pe);
        if (inner == null) return null;
        return new TimeExpr { Kind = ExprKind.Part, Part = p.Str, T0 = i, Clip = clip, T1 = inner.T1, Inner = inner };
    }

    /// <summary>A period a part or an "earlier in" refers to: a month, a relative unit, a bare "الشهر" (current), a year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? PeriodAt(int j)
    {
        TimeExpr? best = null;
        var ex = TryExplicitMonthOnly(j);
        best = Longer(best, ex);
        best = Longer(best, TryRelUnit(j, true));
        best = Longer(best, TryYear(j, true));
        best = Longer(best, TryDecade(j));
        best = Longer(best, TrySeason(j));
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryExplicitMonthOnly(int j)
    {
        // a part word is a time context, so ctx months ("مارس") are accepted after it
        var e = TryExplicitWithContext(j);
        return e is { Kind: ExprKind.Explicit, Day: 0 } ? e : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryExplicitWithContext(int j)
    {
        var e = TryExplicit(j);
        if (e != null) return e;
        if (!MonthAt(j, out var p, out var me, out var clip, true)) return null;
        var x = new TimeExpr { Kind = ExprKind.Explicit, T0 = j, Clip = clip, Month = p.Value, Hijri = p.Calendar is 'h' or 'p', Persian = p.Calendar == 'p' };
        var end = PairedMonth(me, p);
        var y = end;
        if (IsComma(y)) y++;
        if (Is(y, "من")) y++;
        var yw = false;
        if (Match(y, LexKind.YearWord, out _, out var ywe, out _)) { y = ywe; yw = true; }
        if (YearAt(y, yw, out var year, out var ye, out var hj, out _)) { x.Year = year; x.Hijri |= hj; end = ye; }
        else if (DirAt(end, out var dir, out var de)) { x.MonthDir = dir; end = YearRelAt(de, x); }
        else end = YearRelAt(end, x);
        x.T1 = end;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryWithin(int i)
    {
        if (!Match(i, LexKind.Within, out var p, out var pe, out var clip)) return null;
        var rd = TryRelDay(pe);
        var inner = PeriodAt(pe);
        if (rd != null && (inner == null || rd.T1 >= inner.T1))
        {
            // "في وقت سابق اليوم": the day itself
            rd.T0 = i;
            rd.Clip = clip;
            return rd;
        }
        if (inner == null) return null;
        return new TimeExpr { Kind = ExprKind.Part, Part = p.Str, T0 = i, Clip = clip, T1 = inner.T1, Inner = inner };
    }

    /// <summary>"الأسبوع الماضي", "هذا الشهر", "العام المقبل"; bare "الشهر" only when <paramref name="bareOk"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryRelUnit(int i, bool bareOk)
    {
        var j = i;
        var clip = 0;
        var hasThis = false;
        if (Match(j, LexKind.This, out _, out var te, out var tc)) { hasThis = true; clip = tc; j = te; }
        if (!DefUnitAt(j, out var unit, out var uc, out var plural, out var dual)) return null;
        if (!hasThis) clip = uc;
        if (unit is 'h' or 'n') return null;
        if (plural || dual)
        {
            // "الأيام الماضية", "الأسابيع الثلاثة الماضية", "اليومين المقبلين"
            var k = j + 1;
            var count = dual ? 2 : 0;
            if (!dual)
            {
                if (_s.IsNum(k) && _s.NumValue(k) is > 0 and < 1000) { count = _s.NumValue(k); k++; }
                else if (Match(k, LexKind.Few, out var fp, out var fe, out _, false)) { count = fp.Value; k = fe; }
                else if (Spelled(k, out var sv, out var se, out _, out var so) && !so && sv is > 0 and < 1000) { count = sv; k = se; }
            }
            if (!DirAt(k, out var dir, out var de) || dir == 0) return null;
            return new TimeExpr { Kind = ExprKind.LastN, T0 = i, Clip = clip, T1 = de, Unit = unit, Count = count == 0 ? 3 : count, Offset = dir > 0 ? 1 : -1, Part = count == 0 ? "vague" : null, Counted = !dual && count != 0 };
        }
        var end = j + 1;
        var off = 0;
        if (DirAt(end, out var d, out var de2)) { off = d; end = de2; }
        else if (!hasThis && !bareOk) return null;
        var e = new TimeExpr { Kind = ExprKind.RelUnit, T0 = i, Clip = clip, T1 = end, Unit = unit, Offset = off };
        if (unit == 'w')
        {
            // "الأسبوع المقبل بين الأربعاء والجمعة", "هذا الأسبوع من الثلاثاء إلى الخميس"
            var r = end;
            if ((Is(r, "بين") || Is(r, "من")) && Match(r + 1, LexKind.Weekday, out var w1, out var w1e, out _, false) && !w1.NeedsContext)
            {
                var c = w1e;
                var ok = false;
                if (Is(c, "و") || Is(c, "الي") || Is(c, "حتي")) { c++; ok = true; }
                if (Match(c, LexKind.Weekday, out var w2, out var w2e, out _) && (ok || _s.W(c)[0] == 'و'))
                    return new TimeExpr
                    {
                        Kind = ExprKind.Range, T0 = i, Clip = clip, T1 = w2e,
                        Inner = new TimeExpr { Kind = ExprKind.Weekday, Weekday = w1.Value, WeekRel = off, T0 = r + 1, T1 = w1e },
                        To = new TimeExpr { Kind = ExprKind.Weekday, Weekday = w2.Value, WeekRel = off, T0 = c, T1 = w2e },
                    };
            }
            // "الأسبوع المقبل يوم الجمعة"
            var k = end;
            if (Is(k, "يوم")) k++;
            if (Match(k, LexKind.Weekday, out var wp, out var we, out _, false) && (!wp.NeedsContext || k > end))
                return new TimeExpr { Kind = ExprKind.Weekday, T0 = i, Clip = clip, T1 = we, Weekday = wp.Value, WeekRel = off };
        }
        if (unit == 'd') return null; // "اليوم" is a relative day, handled there
        return e;
    }

    /// <summary>"3 أيام القادمة", "آخر 3 سنوات", "2 العقود الماضية", "الثلاثة عقود القادمة".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryLastNNum(int i)
    {
        var j = i;
        var last = false;
        var clip = 0;
        if (Is(j, "اخر") || Is(j, "لاخر")) { last = true; j++; }
        int n, ue;
        if (_s.IsNum(j)) { n = _s.NumValue(j); ue = j + 1; }
        else if (!last && Spelled(j, out var sv, out var se, out var sc, out var so) && !so) { n = sv; ue = se; clip = sc; }
        else return null;
        if (n is < 1 or > 999) return null;
        char u;
        if (UnitAt(ue, out u, out var dual, out _)) { if (dual) return null; }
        else if (!last && DefUnitAt(ue, out u, out var dc, out var pl, out _) && pl && dc == 0) { }
        else return null;
        if (u is 'h' or 'n' or 'q') return null;
        if (last) return new TimeExpr { Kind = ExprKind.LastN, T0 = i, T1 = ue + 1, Unit = u, Count = n, Offset = -1 };
        if (!DirAt(ue + 1, out var dir, out var de) || dir == 0) return null;
        return new TimeExpr { Kind = ExprKind.LastN, T0 = i, Clip = clip, T1 = de, Unit = u, Count = n, Offset = dir > 0 ? 1 : -1 };
    }

    /// <summary>
    /// A duration of several units, "شهر و 21 يوما", "2 سنة و1 شهر و21 يوما": after "منذ"/"قبل"/"بعد" (the span
    /// keeps the particle) or before "من الآن" (the span is the duration and "من الآن"; a particle before it sets the direction).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryCompound(int i)
    {
        var sign = 0;
        var j = i;
        var clip = 0;
        if (Match(i, LexKind.Ago, out var p, out var pe, out var pc))
        {
            if (p.Value == 0) return null;
            sign = p.Value;
            j = pe;
            clip = pc;
        }
        if (!DurPart(j, sign == 0 ? 1 : sign, out var first, out var end)) return null;
        var lastPart = first;
        var parts = 1;
        while (parts < 5)
        {
            var k = end;
            if (Is(k, "و") || IsComma(k)) k++;
            if (!DurPart(k, sign == 0 ? 1 : sign, out var next, out var ne)) break;
            lastPart.To = next;
            lastPart = next;
            end = ne;
            parts++;
        }
        if (parts < 2) return null;
        if (Match(end, LexKind.AgoSuffix, out _, out var sfx, out _, false))
        {
            first.T0 = j;
            first.Clip = 0;
            first.T1 = sfx;
            return first;
        }
        if (sign == 0) return null;
        first.T0 = i;
        first.Clip = clip;
        first.T1 = end;
        return first;
    }

    /// <summary>One unit of a compound duration: "21 يوما", "وثلاثة أشهر", "شهر", "عامين"; the offset carries <paramref name="sign"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DurPart(int j, int sign, out TimeExpr part, out int end)
    {
        part = null!;
        end = j;
        var count = 0;
        var u0 = j;
        if (_s.IsNum(j) && _s.Toks[j].Len <= 3) { count = _s.NumValue(j); u0 = j + 1; }
        else if (Spelled(j, out var sv, out var se, out _, out var so) && !so && sv is > 0 and < 1000) { count = sv; u0 = se; }
        if (!UnitAt(u0, out var unit, out var dual, out var plural) && !(u0 == j && _s.IsWord(j) && _s.W(j).Length > 1 && _s.W(j)[0] == 'و' && UnitAtWord(_s.W(j)[1..], out unit, out dual, out plural)))
            return false;
        if (unit is 'h' or 'n' or 'q') return false;
        if (dual) { if (count != 0) return false; count = 2; }
        else if (count == 0) { if (plural) return false; count = 1; }
        part = new TimeExpr { Kind = ExprKind.Ago, Unit = unit, Count = count, Offset = sign * count };
        end = u0 + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool UnitAtWord(ReadOnlySpan<char> w, out char unit, out bool dual, out bool plural)
    {
        unit = '\0';
        dual = false;
        plural = false;
        if (!_lex.ByFirst.TryGetValue(w, out var list)) return false;
        foreach (var p in list)
        {
            if (p.Words.Length != 1 || (p.Kind != LexKind.Unit && p.Kind != LexKind.Dual)) continue;
            unit = UnitChar(p.Str);
            dual = p.Kind == LexKind.Dual;
            plural = !dual && IsPlural(w);
            return true;
        }
        return false;
    }

    /// <summary>"قبل يومين", "منذ ثلاثة أشهر", "بعد أسبوع"; a duration after "لمدة"/"خلال".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryAgo(int i)
    {
        if (!Match(i, LexKind.Ago, out var p, out var pe, out var clip)) return null;
        var j = pe;
        var count = 0;
        var vague = false;
        if (_s.IsNum(j) && _s.Toks[j].Len <= 4) { count = _s.NumValue(j); j++; }
        else if (Match(j, LexKind.Few, out var fp, out var fe, out _, false)) { count = fp.Value; vague = true; j = fe; }
        else if (Spelled(j, out var sv, out var se, out _, out var so) && !so && sv is > 0 and < 10000) { count = sv; j = se; }
        if (!UnitAt(j, out var unit, out var dual, out var plural) || unit == 'q') return null;
        if (dual) { if (count != 0) return null; count = 2; }
        else if (count == 0) { if (plural) { count = 3; vague = true; } else count = 1; }
        j++;
        if (p.Value != 0 && Match(j, LexKind.AgoSuffix, out _, out var sfx, out _, false)) j = sfx;
        if (count <= 0) return null;
        var kind = p.Value == 0 ? ExprKind.Duration : ExprKind.Ago;
        return new TimeExpr
        {
            Kind = kind, T0 = i, Clip = clip, T1 = j, Unit = unit, Count = count, Offset = p.Value * count, Part = vague ? "vague" : null,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryWeekday(int i)
    {
        var j = i;
        var clip = 0;
        var clipSet = false;
        var weekRel = TimeExpr.None;
        if (Match(j, LexKind.DayPart, out _, out var dpe, out var dpc)) { clip = dpc; clipSet = true; j = dpe; }
        if (Match(j, LexKind.This, out _, out var te, out var tc)) { if (!clipSet) { clip = tc; clipSet = true; } weekRel = 0; j = te; }
        var yawm = false;
        if (Is(j, "يوم") || Is(j, "ويوم") || Is(j, "بيوم") || Is(j, "ليوم")) { yawm = true; j++; }
        if (!Match(j, LexKind.Weekday, out var wp, out var we, out var wc)) return null;
        if (wp.NeedsContext && !yawm) return null;
        var t0 = i;
        if (!clipSet)
        {
            // the peer suite and readers expect the span to start at the weekday, not at "يوم"
            t0 = j;
            clip = wc;
        }
        var e = new TimeExpr { Kind = ExprKind.Weekday, T0 = t0, Clip = clip, Weekday = wp.Value, WeekRel = weekRel };
        var end = we;
        if (DirAt(end, out var dir, out var de)) { e.Offset = dir; end = de; }
        else
        {
            var k = end;
            if (Is(k, "من") || Is(k, "في")) k++;
            if (Match(k, LexKind.This, out _, out var te2, out _, false) && DefUnitAt(te2, out var u, out _, out _, out _) && u == 'w')
            {
                e.WeekRel = 0;
                end = te2 + 1;
            }
            else if (DefUnitAt(k, out var u2, out _, out var pl, out _) && u2 == 'w' && !pl && DirAt(k + 1, out var d2, out var de2))
            {
                e.WeekRel = d2;
                end = de2;
            }
            else if (Spelled(end, out var nth, out var ne, out _, out var ord) && ord && nth is >= 1 and <= 5)
            {
                e.Count = nth; // "السبت الثاني": the second Saturday of the month
                end = ne;
            }
        }
        e.T1 = end;
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryRelDay(int i)
    {
        var j = i;
        var clip = 0;
        var hasPart = false;
        if (Match(j, LexKind.DayPart, out _, out var dpe, out var dpc)) { clip = dpc; j = dpe; hasPart = true; }
        if (!Match(j, LexKind.Day, out var p, out var end, out var c)) return null;
        if (!hasPart) clip = c;
        if (p.Words.Length == 1 && p.Value == 0 && Match(end, LexKind.NotDay, out _, out _, out _, false)) return null;
        var e = new TimeExpr { Kind = ExprKind.RelDay, T0 = i, Clip = clip, Offset = p.Value, Anaphoric = p.Anaphoric };
        // "أمس الأحد", "اليوم، الخميس", "غداً يوم الأربعاء": the weekday names the same day
        var k = end;
        if (IsComma(k)) k++;
        var yawm = false;
        if (Is(k, "يوم")) { yawm = true; k++; }
        if (Match(k, LexKind.Weekday, out var wp, out var we, out _, false) && (!wp.NeedsContext || yawm) && !DirAt(we, out _, out _))
        {
            e.Weekday = wp.Value;
            end = we;
        }
        e.T1 = end;
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryYear(int i, bool bareOk)
    {
        if (Match(i, LexKind.YearWord, out _, out var ye, out var clip) && YearAt(ye, true, out var y, out var end, out var hj, out _))
            return new TimeExpr { Kind = ExprKind.Year, T0 = i, Clip = clip, T1 = end, Year = y, Hijri = hj };
        if (!_s.IsNum(i) || _s.Toks[i].Len != 4) return null;
        if (!YearAt(i, false, out y, out end, out hj, out _)) return null;
        var ctx = end > i + 1 || bareOk || (i > _lo && (Match(i - 1, LexKind.TimePrep, out _, out _, out _) || Match(i - 1, LexKind.Part, out _, out _, out _)));
        if (!ctx) return null;
        if (end == i + 1 && !bareOk && !YearFollowerOk(end)) return null;
        return new TimeExpr { Kind = ExprKind.Year, T0 = i, T1 = end, Year = y, Hijri = hj };
    }

    /// <summary>What may follow a bare year: the end, punctuation, a conjunction, a direction or range word; not a noun ("2000 جندي").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool YearFollowerOk(int k)
    {
        if (k >= _n) return true;
        var t = _s.Toks[k];
        if (t.K == TK.Punct) return true;
        if (t.K == TK.Num) return false;
        var w = _s.W(k);
        if (w.Length > 1 && w[0] == 'و') return true;
        return Match(k, LexKind.Dir, out _, out _, out _, false) || Match(k, LexKind.RangeTo, out _, out _, out _, false)
               || Match(k, LexKind.TimePrep, out _, out _, out _, false) || Match(k, LexKind.Month, out _, out _, out _, false)
               || w.SequenceEqual("ثم") || w.SequenceEqual("او") || w.SequenceEqual("عندما") || w.SequenceEqual("حين");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryDecade(int i)
    {
        if (!Match(i, LexKind.Decade, out var p, out var end, out var clip)) return null;
        var e = new TimeExpr { Kind = ExprKind.Decade, T0 = i, Clip = clip, T1 = end, Year = p.Value };
        // "سبعينيات القرن الماضي", "السبعينيات من القرن التاسع عشر"
        var k = end;
        if (Is(k, "من")) k++;
        if (Is(k, "القرن"))
        {
            if (DirAt(k + 1, out var dir, out var de) && dir == -1) { e.YearRel = -1; e.T1 = de; }
            else if (Spelled(k + 1, out var c, out var ce, out _, out _) && c is >= 1 and <= 21) { e.Year = (c - 1) * 100 + p.Value % 100; e.T1 = ce; }
        }
        return e;
    }

    /// <summary>"الأسبوع الثالث من هذا الشهر", "الأسبوع الأخير من عام 2015", "الربع الثالث من عام 2016".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryNth(int i)
    {
        if (!_s.IsWord(i)) return null;
        if (Is(i, "اسبوع") && TryExplicit(i + 1) is { Day: > 0, Month: > 0 } wd0)
            return new TimeExpr { Kind = ExprKind.Part, Part = "weekof", T0 = i, T1 = wd0.T1, Inner = wd0 };
        char unit;
        var clip = 0;
        if (DefUnitAt(i, out var u, out var uc, out var pl, out var du) && u is 'w' or 'q' && !pl && !du) { unit = u; clip = uc; }
        else return null;
        if (unit == 'w' && TryExplicit(i + 1 + (Is(i + 1, "في") ? 1 : 0)) is { Day: > 0, Month: > 0 } wd)
        {
            // "أسبوع 15 سبتمبر": the week of that day
            return new TimeExpr { Kind = ExprKind.Part, Part = "weekof", T0 = i, Clip = clip, T1 = wd.T1, Inner = wd };
        }
        var j = i + 1;
        int n;
        if (Is(j, "الاخير") || Is(j, "الاخيره")) { n = -1; j++; }
        else if (Spelled(j, out var v, out var ve, out _, out var ord) && ord && v >= 1 && v <= (unit == 'q' ? 4 : 5)) { n = v; j = ve; }
        else return null;
        var k = j;
        if (Is(k, "من") || Is(k, "في")) k++;
        var period = PeriodAt(k);
        if (period == null && YearAt(j, false, out var y, out var ye, out _, out _))
            period = new TimeExpr { Kind = ExprKind.Year, Year = y, T0 = j, T1 = ye };
        // "الربع الثالث من ألفين وعشرين": after a quarter or week and من, a number is a year (spelled or not)
        if (period == null && k > j && Is(j, "من") && YearAt(k, true, out y, out ye, out _, out _) && y >= 1000)
            period = new TimeExpr { Kind = ExprKind.Year, Year = y, T0 = k, T1 = ye };
        if (period == null) return null;
        return new TimeExpr { Kind = ExprKind.Part, Part = (unit == 'w' ? "week:" : "quarter:") + n, T0 = i, Clip = clip, T1 = period.T1, Inner = period };
    }

    /// <summary>"هذا الصيف", "الربيع القادم", "صيف 2016".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TrySeason(int i)
    {
        var j = i;
        var clip = 0;
        var off = TimeExpr.None;
        if (Match(j, LexKind.This, out _, out var te, out var tc)) { clip = tc; j = te; off = 0; }
        if (!Match(j, LexKind.Season, out var p, out var end, out var sc)) return null;
        if (j == i) clip = sc;
        var e = new TimeExpr { Kind = ExprKind.Part, Part = "season:" + p.Value, T0 = i, Clip = clip };
        if (YearAt(end, false, out var y, out var ye, out _, out _)) { e.Year = y; end = ye; }
        else if (Match(end, LexKind.YearWord, out _, out var ywe, out _, false) && YearAt(ywe, true, out y, out ye, out _, out _)) { e.Year = y; end = ye; }
        else if (DirAt(end, out var d, out var de)) { off = d; end = de; }
        e.Offset = off;
        e.T1 = end;
        return e;
    }

    /// <summary>"أول يوم جمعة من يوليو", "ثاني يوم اثنين من هذا الشهر".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryNthWeekday(int i)
    {
        int n;
        var j = i;
        if (Is(j, "اخر")) { n = -1; j++; }
        else if (Spelled(j, out var v, out var ve, out _, out var ord) && ord && v is >= 1 and <= 5) { n = v; j = ve; }
        else return null;
        if (!Is(j, "يوم")) return null;
        if (!Match(j + 1, LexKind.Weekday, out var wp, out var we, out _, false)) return null;
        var k = we;
        if (Is(k, "من") || Is(k, "في")) k++;
        var period = PeriodAt(k);
        if (period == null) return null;
        return new TimeExpr { Kind = ExprKind.Weekday, Weekday = wp.Value, Count = n, Inner = period, T0 = i, T1 = period.T1 };
    }

    /// <summary>"نوفمبر بين 15 و 19", "شهر نوفمبر بين 19 و 20".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryMonthBetween(int i)
    {
        if (!MonthAt(i, out var p, out var me, out var clip, true)) return null;
        var j = me;
        if (!Is(j, "بين")) return null;
        if (!DayNum(j + 1, out var d1, out var e1, out _)) return null;
        var k = e1;
        if (Is(k, "و") || _s.IsPunct(k, '-')) k++;
        if (!DayNum(k, out var d2, out var e2, out _) || d2 <= d1) return null;
        var x = new TimeExpr { Kind = ExprKind.Explicit, Month = p.Value, Day = d1, Hijri = p.Calendar is 'h' or 'p', Persian = p.Calendar == 'p', T0 = j + 1, T1 = e1 };
        var y = new TimeExpr { Kind = ExprKind.Explicit, Month = p.Value, Day = d2, Hijri = p.Calendar is 'h' or 'p', Persian = p.Calendar == 'p', T0 = k, T1 = e2 };
        if (d2 > MaxDays(p.Value)) return null;
        return new TimeExpr { Kind = ExprKind.Range, T0 = i, Clip = clip, T1 = e2, Inner = x, To = y };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpr? TryDayOnly(int i)
    {
        if (Is(i, "يوم") && _s.IsNum(i + 1) && _s.Toks[i + 1].Len <= 2 && _s.NumValue(i + 1) is >= 1 and <= 31)
        {
            // "يوم 27" (but "يوم 27 ألف"? a number word after it makes it a count)
            if (i + 2 < _n && _s.IsWord(i + 2) && NumWord(_s.W(i + 2), out _)) return null;
            return new TimeExpr { Kind = ExprKind.DayOnly, T0 = i, T1 = i + 2, Day = _s.NumValue(i + 1) };
        }
        if (Is(i, "في") && _s.IsNum(i + 1) && _s.Toks[i + 1].Len <= 2 && _s.NumValue(i + 1) is >= 1 and <= 31
            && (i + 2 >= _n || _s.IsPunct(i + 2, '.') || _s.IsPunct(i + 2, '!') || _s.IsPunct(i + 2, '?')))
            return new TimeExpr { Kind = ExprKind.DayOnly, T0 = i + 1, T1 = i + 2, Day = _s.NumValue(i + 1) };
        return null;
    }
}
