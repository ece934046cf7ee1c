using System.Runtime.CompilerServices;
using Rasd.Data;
using Rasd.Language;

namespace Rasd.Time;

internal enum LexKind
{
    Month, Weekday, Day, DayPart, Unit, Dual, Dir, This, Part, Within, Ago, YearWord, Era, TimePrep,
    Future, NotFuture, NotDay, Few, Decade, RangeTo, DayGlue, OrdSuffix, Background, AgoSuffix, Season, Nth, NameHead,
}

/// <summary>One entry of the time word lists: a phrase of one or more normalised words.</summary>
internal sealed class Phrase
{
    public required string[] Words { get; init; }
    public required LexKind Kind { get; init; }
    public int Value { get; init; }
    public string Str { get; init; } = "";
    /// <summary>Calendar of a month: 'g' Gregorian, 'h' Hijri.</summary>
    public char Calendar { get; init; } = 'g';
    /// <summary>The word has another common meaning and needs a time context.</summary>
    public bool NeedsContext { get; init; }
    /// <summary>A day counted from the day the text last named ("اليوم التالي"), not from the publication date.</summary>
    public bool Anaphoric { get; init; }
}

internal enum NumKind { Unit, Ten, Hundred, Thousand, Ordinal }

/// <summary>
/// The time words of src/Rasd.Core/Data/time, indexed by their first normalised word so the scanner can
/// look a token up without allocating (alternate span lookup).
/// </summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> Lazy = new(() => new TimeLexicon());
    public static TimeLexicon Instance => Lazy.Value;

    private readonly Dictionary<string, List<Phrase>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Value, NumKind Kind)> _numbers = new(StringComparer.Ordinal);
    public readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> ByFirst;
    public readonly Dictionary<string, (int Value, NumKind Kind)>.AlternateLookup<ReadOnlySpan<char>> Numbers;

    private TimeLexicon()
    {
        foreach (var row in DataFiles.ReadTsv("time/months.tsv"))
        {
            if (row.Length < 4) continue;
            Add(new Phrase
            {
                Words = Split(row[0]), Kind = LexKind.Month, Value = int.Parse(row[1]), Calendar = row[2].Length > 0 ? row[2][0] : 'g',
                Str = row[3], NeedsContext = row.Length > 4 && row[4].Trim() == "ctx",
            });
        }
        foreach (var row in DataFiles.ReadTsv("time/weekdays.tsv"))
        {
            if (row.Length < 2) continue;
            var norm = ArabicNormalizer.Normalize(row[0].Trim());
            // A weekday without the article ("أحد", "خميس") is also a common word or name: it needs "يوم" before it.
            var bare = ArabicNormalizer.IsArabicLetter(norm[0]) && !norm.StartsWith("ال", StringComparison.Ordinal);
            Add(new Phrase { Words = Split(row[0]), Kind = LexKind.Weekday, Value = int.Parse(row[1]), NeedsContext = bare });
        }
        foreach (var row in DataFiles.ReadTsv("time/relative.tsv"))
        {
            if (row.Length < 2) continue;
            var kind = row[0] switch
            {
                "day" => LexKind.Day, "daypart" => LexKind.DayPart, "unit" => LexKind.Unit, "dual" => LexKind.Dual,
                "dir" => LexKind.Dir, "this" => LexKind.This, "part" => LexKind.Part, "within" => LexKind.Within,
                "ago" => LexKind.Ago, "yearword" => LexKind.YearWord, "era" => LexKind.Era, "timeprep" => LexKind.TimePrep,
                "future" => LexKind.Future, "notfuture" => LexKind.NotFuture, "notday" => LexKind.NotDay, "few" => LexKind.Few,
                "decade" => LexKind.Decade, "rangeto" => LexKind.RangeTo, "dayglue" => LexKind.DayGlue, "ordsuffix" => LexKind.OrdSuffix,
                "background" => LexKind.Background, "agosuffix" => LexKind.AgoSuffix, "season" => LexKind.Season, "nth" => LexKind.Nth,
                "namehead" => LexKind.NameHead,
                _ => (LexKind?)null,
            };
            if (kind is null) continue;
            var val = row.Length > 2 ? row[2].Trim() : "";
            var iv = 0;
            if (kind is LexKind.Unit or LexKind.Dual) iv = 0;
            else if (val.Length > 0 && !int.TryParse(val, out iv)) iv = 0;
            Add(new Phrase { Words = Split(row[1]), Kind = kind.Value, Value = iv, Str = val, Anaphoric = row.Length > 3 && row[3].Trim() == "anaphoric" });
        }
        foreach (var row in DataFiles.ReadTsv("time/numbers.tsv"))
        {
            if (row.Length < 3) continue;
            var k = row[2].Trim() switch
            {
                "unit" => NumKind.Unit, "ten" => NumKind.Ten, "hundred" => NumKind.Hundred, "thousand" => NumKind.Thousand,
                _ => NumKind.Ordinal,
            };
            _numbers[ArabicNormalizer.Normalize(row[0].Trim())] = (int.Parse(row[1]), k);
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        // Pre-filter bits: every first word and number word, with and without the article, and the particles that
        // open an expression. A token none of whose clitic readings has its bit set starts nothing.
        foreach (var k in _byFirst.Keys) AddGate(k);
        foreach (var k in _numbers.Keys) { AddGate(k); AddGate("ال" + k); }
        foreach (var w in GateWords) AddGate(w);
        foreach (var list in _byFirst.Values)
            foreach (var p in list)
                if (p.Kind == LexKind.Future) SetBit(FutureBits, Hash(p.Words[0]));
        ByFirst = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        Numbers = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        BuildReadings();
    }

    private static readonly string[] GateWords = ["من", "بين", "يوم", "منذ", "اسبوع", "اخر", "الساعه", "ال", "شهر"];

    public const int GateBitCount = 1 << 18;
    public readonly ulong[] GateBits = new ulong[GateBitCount / 64];
    public readonly ulong[] FutureBits = new ulong[GateBitCount / 64];

    private void AddGate(string w)
    {
        SetBit(GateBits, Hash(w));
        // "الشهر" is also reached as "شهر" after the article, "للشهر" as "شهر"
        if (w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal)) SetBit(GateBits, Hash(w.AsSpan(2)));
    }

    private static void SetBit(ulong[] bits, uint h) => bits[h >> 6] |= 1UL << (int)(h & 63);

    public static bool TestBit(ulong[] bits, uint h) => (bits[h >> 6] & (1UL << (int)(h & 63))) != 0;

    /// <summary>FNV-1a over the chars from the last to the first, folded to the bit table size.</summary>
    public static uint Hash(ReadOnlySpan<char> w)
    {
        var h = 14695981039346656037UL;
        for (var i = w.Length - 1; i >= 0; i--) h = (h ^ w[i]) * 1099511628211UL;
        return Fold(h);
    }

    public static uint Fold(ulong h) => (uint)(h ^ (h >> 29) ^ (h >> 43)) & (GateBitCount - 1);

    private static string[] Split(string s) =>
        ArabicNormalizer.Normalize(s.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private void Add(Phrase p)
    {
        if (p.Words.Length == 0) return;
        if (!_byFirst.TryGetValue(p.Words[0], out var list)) _byFirst[p.Words[0]] = list = new List<Phrase>();
        list.Add(p);
    }

    private static readonly (Phrase, int)[] NoHits = [];
    /// <summary>The readings of every word that has one: a first word of the lists with its possible clitics.</summary>
    private Dictionary<string, (Phrase P, int Clip)[]>.AlternateLookup<ReadOnlySpan<char>> _readings;

    /// <summary>Built once: every first word, with و ف ب ل ك or two of them before it, and "لل" for "ال".</summary>
    private void BuildReadings()
    {
        var all = new Dictionary<string, (Phrase P, int Clip)[]>(StringComparer.Ordinal);
        var one = new[] { 'و', 'ف', 'ب', 'ل', 'ك' };
        foreach (var key in _byFirst.Keys)
        {
            var cands = new List<string> { key };
            foreach (var c in one) cands.Add(c + key);
            foreach (var c1 in "وف") foreach (var c2 in "بلك") cands.Add(new string([c1, c2]) + key);
            if (key.StartsWith("ال", StringComparison.Ordinal)) cands.Add("لل" + key[2..]);
            foreach (var w in cands)
            {
                if (all.ContainsKey(w)) continue;
                var r = Readings(w);
                if (r.Length > 0) all[w] = r;
            }
        }
        _readings = all.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Every phrase whose first word is <paramref name="w"/> under some clitic reading (و ف ب ل ك, "لل" for "ال"),
    /// with the number of letters peeled off. <paramref name="lexical"/>: some reading of the word is in the lists'
    /// bit table (a first word or a number word; false means the word starts nothing).
    /// </summary>
    public (Phrase P, int Clip)[] HitsOf(ReadOnlySpan<char> w, out bool lexical)
    {
        lexical = TimeParser.MaybeLexical(w, GateBits);
        return lexical && _readings.TryGetValue(w, out var hit) ? hit : NoHits;
    }

    private (Phrase P, int Clip)[] Readings(string w)
    {
        List<(Phrase, int)>? list = null;
        for (var k = 0; k < 3; k++)
        {
            ReadOnlySpan<char> b;
            if (k == 0) b = w;
            else if (k == 1 && w.Length >= 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك') b = w.AsSpan(1);
            else if (k == 2 && w.Length >= 4 && w[0] is 'و' or 'ف' && w[1] is 'ب' or 'ل' or 'ك') b = w.AsSpan(2);
            else continue;
            if (!ByFirst.TryGetValue(b, out var ps)) continue;
            list ??= new List<(Phrase, int)>();
            foreach (var ph in ps) list.Add((ph, w.Length - b.Length));
        }
        if (w.Length > 3 && w[0] == 'ل' && w[1] == 'ل' && _byFirst.TryGetValue("ال" + w[2..], out var lps))
        {
            // "للثاني" = ل + الثاني
            list ??= new List<(Phrase, int)>();
            foreach (var ph in lps) list.Add((ph, 0));
        }
        return list is null ? NoHits : list.ToArray();
    }

    /// <summary>True when any phrase of this kind is exactly this one normalised word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsWord(ReadOnlySpan<char> w, LexKind kind)
    {
        if (!ByFirst.TryGetValue(w, out var list)) return false;
        foreach (var p in list) if (p.Kind == kind && p.Words.Length == 1) return true;
        return false;
    }
}
