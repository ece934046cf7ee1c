using System.Text;

namespace Rasd.Language;

/// <summary>
/// Normalises Arabic for matching only (never for storage): alef/hamza forms, alef maqsura, ta marbuta,
/// diacritics, tatweel, Arabic-Indic and Persian digits, Persian/Urdu letter variants, presentation forms
/// (FB50–FDFF, FE70–FEFF, by NFKC), bidi and zero-width marks, punctuation variants.
/// <see cref="NormalizeWithMap"/> also returns, for each output char, the offset of the original char it came from,
/// so matches found in the normalised view map back to spans of the original text.
/// </summary>
public static class ArabicNormalizer
{
    // One lookup per char: '\0' drops the char. Ligatures (lam-alef, "allah"...) expand to several chars.
    private static readonly char[] Table = BuildTable(out Expansions);
    private static readonly Dictionary<char, string> Expansions;

    /// <summary>Maps one char to its normalised form; '\0' means the char is dropped.
    /// A ligature that expands to several chars maps to its first char here (use <see cref="Normalize(string)"/> for the full text).</summary>
    public static char Map(char c) => Table[c];

    private static char[] BuildTable(out Dictionary<char, string> expansions)
    {
        var t = new char[65536];
        for (var i = 0; i < t.Length; i++) t[i] = BaseMap((char)i);
        expansions = new Dictionary<char, string>();
        foreach (var (lo, hi) in new[] { (0xFB50, 0xFDFF), (0xFE70, 0xFEFE) })
        {
            for (var i = lo; i <= hi; i++)
            {
                var c = (char)i;
                string nfkc;
                try { nfkc = c.ToString().Normalize(NormalizationForm.FormKC); }
                catch (ArgumentException) { continue; }
                if (nfkc.Length == 1 && nfkc[0] == c) continue;
                var sb = new StringBuilder(nfkc.Length);
                foreach (var x in nfkc)
                {
                    var m = BaseMap(x);
                    if (m != '\0') sb.Append(m);
                }
                var s = sb.ToString();
                if (s.Length == 0) t[i] = '\0';
                else
                {
                    t[i] = s[0];
                    if (s.Length > 1) expansions[c] = s;
                }
            }
        }
        return t;
    }

    private static char BaseMap(char c)
    {
        switch (c)
        {
            case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ': case 'ٵ': return 'ا';
            case 'ى': case 'ی': case 'ې': case 'ۍ': case 'ێ': return 'ي';
            case 'ئ': return 'ي';
            case 'ؤ': case 'ٶ': return 'و';
            case 'ة': case 'ۃ': case 'ۀ': case 'ھ': case 'ہ': case 'ە': return 'ه';
            case 'ک': case 'ڪ': return 'ك';
            case 'ـ': return '\0'; // tatweel
            case '،': return ',';
            case '؛': return ';';
            case '؟': return '?';
            case '٪': return '%';
            case '٫': return '.';
            case '٬': return ',';
            case '“': case '”': case '„': case '«': case '»': case '″': return '"';
            case '‘': case '’': case '‚': case '′': return '\'';
            case '–': case '—': case '‒': case '―': case '−': return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003': return ' ';
        }
        if (c >= '\u064B' && c <= '\u065F') return '\0'; // harakat, shadda, sukun
        if (c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')) return '\0'; // superscript alef, Quranic marks
        if ((c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C')
            return '\0'; // zero-width and bidi controls
        if (c >= '٠' && c <= '٩') return (char)('0' + (c - '٠'));
        if (c >= '۰' && c <= '۹') return (char)('0' + (c - '۰'));
        if (c >= 'A' && c <= 'Z') return (char)(c + 32);
        return c;
    }

    /// <summary>The several chars a ligature normalises to ("ﻻ" → "لا"), or null for a char that maps to one.</summary>
    public static string? Expand(char c) => Expansions.TryGetValue(c, out var e) ? e : null;

    /// <summary>The normalised string; <paramref name="s"/> itself when nothing changes (no copy).</summary>
    public static string Normalize(string s)
    {
        var i = Unchanged(s);
        return i == s.Length ? s : Normalize(s.AsSpan(), i);
    }

    public static string Normalize(ReadOnlySpan<char> s)
    {
        var i = Unchanged(s);
        return i == s.Length ? s.ToString() : Normalize(s, i);
    }

    /// <summary>Length of the prefix of <paramref name="s"/> that normalising leaves as it is.</summary>
    private static int Unchanged(ReadOnlySpan<char> s)
    {
        var table = Table;
        var i = 0;
        for (; i < s.Length; i++) if (table[s[i]] != s[i]) break;
        return i;
    }

    private static string Normalize(ReadOnlySpan<char> s, int i)
    {
        var table = Table;
        // Without ligatures the result is no longer than the input: one buffer, no StringBuilder.
        var buf = s.Length <= 480 ? stackalloc char[512] : new char[s.Length + 32];
        s[..i].CopyTo(buf);
        var n = i;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var m = table[c];
            if (m == '\0') continue;
            if (m != c && Expansions.TryGetValue(c, out var exp))
            {
                if (n + exp.Length > buf.Length) return NormalizeSlow(s);
                exp.CopyTo(buf[n..]);
                n += exp.Length;
            }
            else buf[n++] = m;
        }
        return new string(buf[..n]);
    }

    private static string NormalizeSlow(ReadOnlySpan<char> s)
    {
        var table = Table;
        var sb = new StringBuilder(s.Length + 64);
        foreach (var c in s)
        {
            var m = table[c];
            if (m == '\0') continue;
            if (m != c && Expansions.TryGetValue(c, out var exp)) sb.Append(exp);
            else sb.Append(m);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Normalised text plus, per output char, the original offset it came from (offset + index in <paramref name="s"/>).
    /// Offsets are non-decreasing; a ligature's expanded chars all point at the ligature.
    /// </summary>
    public static (string Text, int[] Map) NormalizeWithMap(ReadOnlySpan<char> s, int offset = 0)
    {
        var table = Table;
        var buf = new char[s.Length + 8];
        var map = new int[s.Length + 8];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var m = table[c];
            if (m == '\0') continue;
            if (m != c && Expansions.TryGetValue(c, out var exp))
            {
                foreach (var x in exp)
                {
                    if (n == buf.Length) { Array.Resize(ref buf, buf.Length * 2); Array.Resize(ref map, map.Length * 2); }
                    buf[n] = x; map[n] = offset + i; n++;
                }
                continue;
            }
            if (n == buf.Length) { Array.Resize(ref buf, buf.Length * 2); Array.Resize(ref map, map.Length * 2); }
            buf[n] = m; map[n] = offset + i; n++;
        }
        if (map.Length != n) Array.Resize(ref map, n);
        return (new string(buf, 0, n), map);
    }

    /// <summary>Maps a span [start,end) of normalised text back to the original text through a map from <see cref="NormalizeWithMap"/>.</summary>
    public static (int Start, int End) MapBack(int[] map, int start, int end, int originalEnd)
    {
        if (map.Length == 0) return (originalEnd, originalEnd);
        var s = start < map.Length ? map[start] : originalEnd;
        var e = end < map.Length ? map[end] : originalEnd;
        if (end > start && end <= map.Length)
        {
            // End right after the last mapped char (covers a surrogate pair or a ligature).
            var last = map[end - 1];
            e = Math.Max(e == last ? last + 1 : e, last + 1);
            if (end < map.Length) e = Math.Min(e, map[end]);
            if (e <= last) e = last + 1;
        }
        return (s, Math.Max(s, e));
    }

    public static bool IsArabicLetter(char c) => (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FC');
    public static bool IsDiacritic(char c) => (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == 'ـ';
}
