using Rasd.Data;
using Rasd.Language;

namespace Rasd.Events;

/// <summary>One row of events/triggers.tsv.</summary>
public sealed record TriggerRow(int Index, string Type, string Cameo, string? Plover, string? Mode, string Frame, bool Verb, IReadOnlyList<string[]> Context)
{
    /// <summary>Words that must not come between the trigger and its context words ("تحدث عن ... مع" is no talk with anyone).</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];
}

/// <summary>A word form (one or more words) and what it stands for.</summary>
/// <summary>A trigger form; <paramref name="Hamza"/>: a hamza the text must write on the first word, where the normalised word would be another ("هنأ!" is not "هنا", here).</summary>
internal sealed record FormEntry(string[] Words, int Row, char? Hamza = null);

public enum FrameKind { Prep, Relay, Statement, Verb }

/// <summary>
/// The language knowledge of event extraction, read from Data/events: triggers, attribution frames and cue words.
/// Words are matched in the normalised view with Arabic clitics: proclitics (و ف ب ل ك ال س) and pronoun/number suffixes.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> _default = new(() => new EventLexicon());
    public static EventLexicon Default => _default.Value;

    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "ول", "وب", "فب", "فل", "ولل", "وبال", "فلل", "س", "وس", "فس"];
    private static readonly HashSet<string> Suffixes = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ت", "تا", "وا", "ا", "ان", "ين", "ون", "تم", "ته", "تها", "تهم", "تهما", "اه", "اها", "اهم"];
    // After a ta marbuta written as ت (زيارته): only pronouns and dual endings.
    private static readonly HashSet<string> TSuffixes = ["", "ه", "ها", "هم", "هما", "ين", "ان", "نا", "ك"];

    public IReadOnlyList<TriggerRow> Rows { get; }
    private readonly Dictionary<string, List<(FormEntry Entry, bool TVariant)>> _triggerFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, FrameKind Kind, bool TVariant, string? Needs)>> _frameFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<(string[] Words, bool TVariant)>>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _exactCues = new(StringComparer.Ordinal);

    public EventLexicon()
    {
        var rows = new List<TriggerRow>();
        foreach (var f in DataFiles.ReadTsv("events/triggers.tsv"))
        {
            if (f.Length < 7) throw new FormatException($"events/triggers.tsv: row needs 7 or 8 columns: {string.Join(" | ", f)}");
            var verb = f[1].Trim() == "v";
            var groups = f.Length > 7 ? f[7].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            static string Word(string w) => w.EndsWith('=') ? Norm(w[..^1]) + "=" : Norm(w);
            var context = groups.Where(g => !g.StartsWith('!')).Select(g => g.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Word).ToArray()).ToList();
            var unless = groups.Where(g => g.StartsWith('!')).SelectMany(g => g[1..].Split('|', StringSplitOptions.RemoveEmptyEntries)).Select(Word).ToArray();
            if (unless.Length > 0 && context.Count == 0) throw new FormatException($"events/triggers.tsv: a '!' group needs a context group: {string.Join(" | ", f)}");
            var row = new TriggerRow(rows.Count, f[2].Trim(), f[3].Trim(), Empty(f[4]), Empty(f[5]), f[6].Trim(), verb, context) { Unless = unless };
            rows.Add(row);
            foreach (var raw in f[0].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                // "هنأ!": only as written, with its hamza (the normaliser would make it "هنا").
                var spelled = raw.EndsWith('!');
                var form = spelled ? raw[..^1] : raw;
                char? hamza = spelled ? form.FirstOrDefault(c => c is 'أ' or 'إ' or 'ؤ' or 'ئ' or 'ء') : null;
                if (spelled && hamza == '\0') throw new FormatException($"events/triggers.tsv: '{raw}' is marked to be spelled with its hamza but has none");
                var words = Words(form);
                if (words.Length == 0) continue;
                Remember(words);
                var entry = new FormEntry(words, row.Index, hamza);
                foreach (var (key, tv) in Keys(words[0])) Add(_triggerFirst, key, (entry, tv));
            }
        }
        Rows = rows;
        foreach (var f in DataFiles.ReadTsv("events/frames.tsv"))
        {
            var kind = f[1].Trim() switch
            {
                "prep" => FrameKind.Prep,
                "relay" => FrameKind.Relay,
                "statement" => FrameKind.Statement,
                "verb" => FrameKind.Verb,
                var k => throw new FormatException($"events/frames.tsv: unknown kind {k}"),
            };
            // "needs=posted-on": a verb that reports only with a cue of that kind within the few words after it ("كتب ترامب
            // على منصته", not "كتب الروائي رواية").
            var needs = f.Length > 2 && f[2].Trim() is { Length: > 0 } n
                ? n.StartsWith("needs=", StringComparison.Ordinal) ? n[6..] : throw new FormatException($"events/frames.tsv: unknown column {n}")
                : null;
            foreach (var form in f[0].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = Words(form);
                // "وفقا ل": a lone trailing letter is a clitic of the next word, not a word.
                if (words.Length > 1 && words[^1].Length == 1) words = words[..^1];
                Remember(words);
                foreach (var (key, tv) in Keys(words[0])) Add(_frameFirst, key, (words, kind, tv, needs));
            }
        }
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in DataFiles.ReadTsv("events/cues.tsv"))
        {
            var kind = f[0].Trim();
            // A kind named twice would silently take the other line's words (a new "day-of" once extended the old one).
            if (!kinds.Add(kind)) throw new FormatException($"events/cues.tsv: the kind '{kind}' is defined on two lines");
            if (!_cues.TryGetValue(kind, out var d)) _cues[kind] = d = new(StringComparer.Ordinal);
            foreach (var form in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                // "قد=": this very word, with no clitic and no suffix read off it.
                if (form.EndsWith('='))
                {
                    if (!_exactCues.TryGetValue(kind, out var ex)) _exactCues[kind] = ex = new(StringComparer.Ordinal);
                    ex.Add(Norm(form[..^1].Trim()));
                    continue;
                }
                var words = Words(form);
                if (words.Length == 0) continue;
                Remember(words);
                foreach (var (key, tv) in Keys(words[0])) Add(d, key, (words, tv));
            }
        }
    }

    /// <summary>Every word of every form (and its ت variant): a word reading to none of them matches nothing.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly object KnownLock = new();

    // Per first and last letter of the known words, the lengths they come in (bit n: length n): most candidate stems of
    // a word are ruled out by this before they are hashed.
    private static readonly ulong[] KnownShapes = new ulong[64 * 64];

    private static int ShapeIndex(char first, char last)
    {
        uint a = (uint)(first - '\u0620'), b = (uint)(last - '\u0620');
        return a < 64 && b < 64 ? (int)(a * 64 + b) : -1;
    }

    private static bool MayBeKnown(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s.Length > 63) return true;
        var i = ShapeIndex(s[0], s[^1]);
        return i < 0 || ((KnownShapes[i] >> s.Length) & 1) != 0;
    }

    private static void Remember(string[] words)
    {
        lock (KnownLock)
            foreach (var w in words)
                foreach (var (k, _) in Keys(w))
                {
                    Known.Add(k);
                    if (k.Length is > 0 and <= 63 && ShapeIndex(k[0], k[^1]) is var i and >= 0) KnownShapes[i] |= 1UL << k.Length;
                }
    }

    private static void Add<T>(Dictionary<string, List<T>> d, string key, T v)
    {
        if (!d.TryGetValue(key, out var l)) d[key] = l = new List<T>();
        l.Add(v);
    }

    private static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    public static string Norm(string s) => ArabicNormalizer.Normalize(s.Trim());
    private static string[] Words(string form) => form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Norm).Where(w => w.Length > 0).ToArray();

    /// <summary>Lookup keys of a form: itself, and with a final ة (normalised ه) written ت before a suffix.</summary>
    private static IEnumerable<(string, bool)> Keys(string w)
    {
        yield return (w, false);
        if (w.Length > 2 && w[^1] == 'ه') yield return (w[..^1] + "ت", true);
        // "لقائه", "لقاؤه": a final hamza takes its seat before a suffix (ئ, ؤ, normalised to ي, و).
        if (w.Length > 3 && w[^1] == 'ء' && w[^2] == 'ا') { yield return (w[..^1] + "ي", true); yield return (w[..^1] + "و", true); }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = new HashSet<string>(Suffixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TSuffixLookup = new HashSet<string>(TSuffixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // The same word is read by TriggersAt, FrameAt, CueAt (several kinds) and WordIs: remember recent words per thread.
    [ThreadStatic] private static Dictionary<string, (string Stem, string Proclitic, string Suffix)[]>? _readingsCache;
    private const int ReadingsCacheSize = 200_000;
    [ThreadStatic] private static string? _lastWord;
    [ThreadStatic] private static (string Stem, string Proclitic, string Suffix)[]? _lastReadings;

    /// <summary>Readings of a word: (stem, proclitic) pairs whose suffix is allowed, longest stems first.</summary>
    private static (string Stem, string Proclitic, string Suffix)[] Readings(string w)
    {
        // Callers ask about the same word object several times in a row (frame, trigger, cues): check it first.
        if (ReferenceEquals(w, _lastWord)) return _lastReadings!;
        // Most words read to nothing: that is found without the cache (a large table, read at random, costs more).
        if (!AnyKnownStem(w)) return [];
        var cache = _readingsCache ??= new Dictionary<string, (string, string, string)[]>(StringComparer.Ordinal);
        if (cache.TryGetValue(w, out var cached)) { _lastWord = w; _lastReadings = cached; return cached; }
        if (cache.Count >= ReadingsCacheSize) cache.Clear();
        List<(string, string, string)>? list = null;
        foreach (var p in Proclitics)
        {
            if (p.Length > 0 && (!w.StartsWith(p, StringComparison.Ordinal) || w.Length - p.Length < 2)) continue;
            var rest = w.AsSpan(p.Length);
            for (var cut = rest.Length; cut >= Math.Max(2, rest.Length - 4); cut--)
            {
                var tail = rest[cut..];
                // Only stems some form is made of are worth a string: most words read to none.
                if (!MayBeKnown(rest[..cut]) || !KnownLookup.Contains(rest[..cut])) continue;
                if (!SuffixLookup.TryGetValue(tail, out var suf) && !TSuffixLookup.TryGetValue(tail, out suf)) continue;
                // The article takes no pronoun and no verb ending: "الجمعة" (Friday) is no "جمعه" (gathered him).
                if (suf is not ("" or "ان" or "ين" or "ون") && (p.Contains("ال", StringComparison.Ordinal) || p.EndsWith("لل", StringComparison.Ordinal))) continue;
                (list ??= new List<(string, string, string)>()).Add((w.Substring(p.Length, cut), p, suf));
            }
        }
        var result = list?.ToArray() ?? [];
        cache[w] = result;
        _lastWord = w;
        _lastReadings = result;
        return result;
    }

    // Per thread, the readings of the word at each position of the sentence being read, keyed by the word object:
    // FrameAt, TriggersAt, CueAt and WordIs ask about the same positions many times (a hash of the word each time otherwise).
    [ThreadStatic] private static string?[]? _atWord;
    [ThreadStatic] private static (string Stem, string Proclitic, string Suffix)[][]? _atReadings;
    private const int MaxPositions = 4096;

    private static (string Stem, string Proclitic, string Suffix)[] ReadingsAt(IReadOnlyList<string> norms, int i)
    {
        var w = norms[i];
        if (i >= MaxPositions) return Readings(w);
        var words = _atWord;
        if (words == null || i >= words.Length)
        {
            var n = Math.Min(MaxPositions, Math.Max(256, (i + 1) * 2));
            Array.Resize(ref _atWord, n);
            Array.Resize(ref _atReadings, n);
            words = _atWord;
        }
        if (ReferenceEquals(words[i], w)) return _atReadings![i];
        var r = Readings(w);
        words[i] = w;
        _atReadings![i] = r;
        return r;
    }

    /// <summary>True when some stem of the word (after a proclitic, before up to four letters) is a known word.</summary>
    private static bool AnyKnownStem(string w)
    {
        foreach (var p in Proclitics)
        {
            if (p.Length > 0 && (w.Length - p.Length < 2 || p[0] != w[0] || !w.StartsWith(p, StringComparison.Ordinal))) continue;
            var rest = w.AsSpan(p.Length);
            for (var cut = rest.Length; cut >= Math.Max(2, rest.Length - 4); cut--)
                if (MayBeKnown(rest[..cut]) && KnownLookup.Contains(rest[..cut])) return true;
        }
        return false;
    }

    /// <summary>True when a trigger or an attribution frame could start at word <paramref name="i"/>.</summary>
    public bool MayMatchAt(IReadOnlyList<string> norms, int i)
    {
        foreach (var (stem, _, _) in ReadingsAt(norms, i))
            if (_triggerFirst.ContainsKey(stem) || _frameFirst.ContainsKey(stem)) return true;
        return false;
    }

    /// <summary>True when a trigger could start at word <paramref name="i"/>.</summary>
    public bool MayTriggerAt(IReadOnlyList<string> norms, int i)
    {
        foreach (var (stem, _, _) in ReadingsAt(norms, i))
            if (_triggerFirst.ContainsKey(stem)) return true;
        return false;
    }

    /// <summary>True when a trigger or an attribution frame could start at this word (readings are cached per thread).</summary>
    public bool MayMatch(string norm)
    {
        foreach (var (stem, _, _) in Readings(norm))
            if (_triggerFirst.ContainsKey(stem) || _frameFirst.ContainsKey(stem)) return true;
        return false;
    }

    /// <summary>True when a trigger could start at this word.</summary>
    public bool MayTrigger(string norm)
    {
        foreach (var (stem, _, _) in Readings(norm))
            if (_triggerFirst.ContainsKey(stem)) return true;
        return false;
    }

    /// <summary>True when the word is one of <paramref name="forms"/>' single words with clitics.</summary>
    public static bool WordIs(string norm, string form) => WordIs(Readings(norm), form);

    private static bool WordIsAt(IReadOnlyList<string> norms, int i, string form) => WordIs(ReadingsAt(norms, i), form);

    private static bool WordIs((string Stem, string Proclitic, string Suffix)[] readings, string form)
    {
        foreach (var (stem, _, suf) in readings)
        {
            if (stem == form && Suffixes.Contains(suf)) return true;
            // The ت variant of a form ending in ة (ه), compared in place rather than built per call.
            if (form.Length > 2 && form[^1] == 'ه' && stem.Length == form.Length && stem[^1] == 'ت'
                && stem.AsSpan(0, stem.Length - 1).SequenceEqual(form.AsSpan(0, form.Length - 1)) && TSuffixes.Contains(suf)) return true;
            if (form.Length > 3 && form[^1] == 'ء' && stem.Length == form.Length && stem[^1] is 'ي' or 'و' && suf.Length > 0
                && stem.AsSpan(0, stem.Length - 1).SequenceEqual(form.AsSpan(0, form.Length - 1)) && TSuffixes.Contains(suf)) return true;
        }
        return false;
    }

    /// <summary>Triggers starting at word <paramref name="i"/> of <paramref name="norms"/>: (row, words used, future prefix seen).</summary>
    /// <param name="text">The word as written: forms that must be spelled with their hamza match only when given it.</param>
    public IEnumerable<(TriggerRow Row, int Length, bool Future, bool ObjectSuffix, string Proclitic)> TriggersAt(IReadOnlyList<string> norms, int i, bool taMarbuta = false, string? text = null)
    {
        var results = new List<(TriggerRow, int, bool, bool, string)>();
        foreach (var (stem, p, suf) in ReadingsAt(norms, i))
        {
            // A word written with a final ة ends in ta marbuta, not in the pronoun ه (وزارة is not و+زار+ه).
            if (taMarbuta && suf.Length > 0 && suf[^1] == 'ه') continue;
            if (!_triggerFirst.TryGetValue(stem, out var list)) continue;
            foreach (var (entry, tv) in list)
            {
                if (tv ? !TSuffixes.Contains(suf) : !Suffixes.Contains(suf)) continue;
                if (entry.Hamza is { } h && (text == null || text.IndexOf(h) < 0)) continue;
                var row = Rows[entry.Row];
                if (p.Contains('س') && !(row.Verb && stem[0] is 'ي' or 'ت' or 'ن' or 'ا')) continue;
                if (p.Contains('س') && !row.Verb) continue;
                // The article never stands before a conjugated verb ("اليدين" is no "يدين").
                if (row.Verb && p.Contains("ال", StringComparison.Ordinal) && stem[0] is 'ي' or 'ت' or 'ن') continue;
                // Nor does a preposition: "بحث" (discussed) is no ب + "حث" (urged).
                if (row.Verb && (p.Contains('ب') || p.Contains('ك'))) continue;
                // ... nor a preposition written apart: "معرباً عن شكره" (his thanks), not "شكره" (he thanked him).
                // (but a preposition with its pronoun is complete, and a verb that agrees with a plural or feminine subject is
                // no noun: "والميليشيات المتحالفة معها ارتكبوا"; "الهدف منها حث" stays a noun)
                if (row.Verb && p.Length == 0 && i > 0 && IsCue("preposition", norms, i - 1)
                    && !(suf is "وا" or "ا" or "ت" or "تا" && !BarePreposition(norms, i - 1))) continue;
                var ok = true;
                for (var k = 1; k < entry.Words.Length && ok; k++)
                    ok = i + k < norms.Count && WordIsAt(norms, i + k, entry.Words[k]);
                if (!ok) continue;
                var objSuffix = suf is "ه" or "ها" or "هم" or "هما" or "ته" or "تها" or "تهم";
                results.Add((row, entry.Words.Length, p.Contains('س'), objSuffix, p));
            }
        }
        return results;
    }

    /// <summary>True when one of the context groups' words begin some word in the window.</summary>
    /// <summary>True when the original word ends in ة (diacritics aside).</summary>
    public static bool EndsWithTaMarbuta(string text)
    {
        for (var k = text.Length - 1; k >= 0; k--)
        {
            if (ArabicNormalizer.IsDiacritic(text[k])) continue;
            return text[k] == 'ة';
        }
        return false;
    }

    // A field, not a collection expression in the loop: that would build the array for every word looked at.
    private static readonly string[] ContextProclitics = ["و", "ف", "ب", "ل", "ال", "وال", "بال", "لل"];

    public static bool ContextHolds(TriggerRow row, IReadOnlyList<string> norms, int from, int to)
    {
        // Asked of every trigger reading: no list is built for the answer.
        var first = int.MaxValue;
        foreach (var group in row.Context)
        {
            var k = ContextWord(group, norms, from, to);
            if (k < 0) return false;
            first = Math.Min(first, k);
        }
        return row.Unless.Count == 0 || ContextWord(row.Unless, norms, from, first) < 0;
    }

    /// <summary>Word positions satisfying each context group of the row, or null when a group is missing.</summary>
    public static List<int>? ContextAt(TriggerRow row, IReadOnlyList<string> norms, int from, int to)
    {
        var at = new List<int>();
        foreach (var group in row.Context)
        {
            var found = ContextWord(group, norms, from, to);
            if (found < 0) return null;
            at.Add(found);
        }
        return at;
    }

    /// <summary>The first word in [from, to) that one of the group's words begins (after a proclitic), or -1.</summary>
    private static int ContextWord(IReadOnlyList<string> group, IReadOnlyList<string> norms, int from, int to)
    {
        for (var k = from; k < to && k < norms.Count; k++)
        {
            var w = norms[k];
            foreach (var alt in group)
            {
                // "مع=": the whole word, not a word it begins ("معركة").
                if (alt[^1] == '=')
                {
                    if (w.AsSpan().SequenceEqual(alt.AsSpan(0, alt.Length - 1)) || w.Length == alt.Length && w[0] == 'و' && w.AsSpan(1).SequenceEqual(alt.AsSpan(0, alt.Length - 1))) return k;
                    continue;
                }
                if (w.StartsWith(alt, StringComparison.Ordinal)) return k;
                foreach (var p in ContextProclitics)
                    if (w.Length > p.Length && w.StartsWith(p, StringComparison.Ordinal) && w.AsSpan(p.Length).StartsWith(alt, StringComparison.Ordinal)) return k;
            }
        }
        return -1;
    }

    /// <summary>An attribution frame cue starting at word <paramref name="i"/>: its kind and length in words.</summary>
    public (FrameKind Kind, int Length)? FrameAt(IReadOnlyList<string> norms, int i)
    {
        (FrameKind, int)? best = null;
        foreach (var (stem, p, suf) in ReadingsAt(norms, i))
        {
            if (!_frameFirst.TryGetValue(stem, out var list)) continue;
            foreach (var (words, kind, tv, needs) in list)
            {
                if (tv ? !TSuffixes.Contains(suf) : !Suffixes.Contains(suf)) continue;
                // Reporting verbs take no object pronoun in a frame (قالت، not قاله); prepositions take none.
                if (kind != FrameKind.Prep && suf is not ("" or "ت" or "وا" or "ا")) continue;
                if (kind == FrameKind.Prep && suf.Length > 0 && words.Length == 1 && suf != "") continue;
                var ok = true;
                for (var k = 1; k < words.Length && ok; k++) ok = i + k < norms.Count && WordIsAt(norms, i + k, words[k]);
                if (!ok) continue;
                if (needs != null)
                {
                    var found = false;
                    for (var k = i + words.Length; k < Math.Min(norms.Count, i + words.Length + 6) && !found; k++) found = CueAt(needs, norms, k) > 0;
                    if (!found) continue;
                }
                if (best is not { } b || words.Length > b.Item2) best = (kind, words.Length);
            }
        }
        return best;
    }

    /// <summary>Length in words of a cue of <paramref name="kind"/> (cues.tsv) starting at word i, or 0.</summary>
    public int CueAt(string kind, IReadOnlyList<string> norms, int i)
    {
        // (a frame or trigger at the end of a sentence asks about the word after it)
        if (!_cues.TryGetValue(kind, out var d) || (uint)i >= (uint)norms.Count) return 0;
        var best = _exactCues.TryGetValue(kind, out var exact) && exact.Contains(norms[i]) ? 1 : 0;
        // (a kind of exact words only reads nothing off the word: asked of every word by some rules)
        if (d.Count == 0) return best;
        foreach (var (stem, p, suf) in ReadingsAt(norms, i))
        {
            if (!d.TryGetValue(stem, out var list)) continue;
            foreach (var (words, tv) in list)
            {
                if (tv ? !TSuffixes.Contains(suf) : !Suffixes.Contains(suf)) continue;
                // A cue word keeps its own shape: only conjunctions and prepositions before it, no suffix (لم، not لمه).
                if (suf.Length > 0 && kind is "denied" or "future" or "hypothetical" or "complementizer" or "target") continue;
                // "والآن" (and now) is no "أن" with the article.
                if (kind == "complementizer" && p.Contains("ال", StringComparison.Ordinal)) continue;
                var ok = true;
                for (var k = 1; k < words.Length && ok; k++) ok = i + k < norms.Count && WordIsAt(norms, i + k, words[k]);
                if (ok && words.Length > best) best = words.Length;
            }
        }
        return best;
    }

    public bool IsCue(string kind, IReadOnlyList<string> norms, int i) => CueAt(kind, norms, i) > 0;

    /// <summary>A preposition written apart without a pronoun of its own ("عن", "وفي"; not "معها").</summary>
    private bool BarePreposition(IReadOnlyList<string> norms, int i) =>
        _cues.TryGetValue("preposition", out var d) && ReadingsAt(norms, i).Any(r => r.Suffix.Length == 0 && d.ContainsKey(r.Stem));

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal);

    /// <summary>The exact words ("word=") of a cue kind: for rules that ask of every word, a set look-up.</summary>
    public IReadOnlySet<string> ExactCues(string kind) => _exactCues.TryGetValue(kind, out var ex) ? ex : NoWords;
}
