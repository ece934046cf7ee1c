using System.Text;

namespace Rasd.Language;

/// <summary>
/// Normalises Arabic for matching only (never for storage): alef/hamza forms, alef maqsura, ta marbuta,
/// diacritics, tatweel, Arabic-Indic and Persian digits, bidi and zero-width marks, punctuation variants.
/// <see cref="NormalizeWithMap"/> also returns, for each output char, the offset of the original char it came from,
/// so matches found in the normalised view map back to spans of the original text.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>Maps one char to its normalised form; '\0' means the char is dropped.</summary>
    public static char Map(char c)
    {
        switch (c)
        {
            case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ': return 'ا';
            case 'ى': case 'ی': case 'ې': return 'ي';
            case 'ئ': return 'ي';
            case 'ؤ': return 'و';
            case 'ة': return 'ه';
            case 'ک': return 'ك';
            case 'ـ': return '\0'; // tatweel
            case '،': return ',';
            case '؛': return ';';
            case '؟': return '?';
            case '٪': return '%';
            case '“': case '”': case '„': case '«': case '»': case '″': return '"';
            case '‘': case '’': case '‚': case '′': return '\'';
            case '–': case '—': case '‒': case '―': case '−': return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': return ' ';
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

    public static string Normalize(string s) => Normalize(s.AsSpan());

    public static string Normalize(ReadOnlySpan<char> s)
    {
        // Fast path: nothing to change.
        var i = 0;
        for (; i < s.Length; i++) if (Map(s[i]) != s[i]) break;
        if (i == s.Length) return s.ToString();
        var sb = new StringBuilder(s.Length);
        sb.Append(s[..i]);
        for (; i < s.Length; i++)
        {
            var m = Map(s[i]);
            if (m != '\0') sb.Append(m);
        }
        return sb.ToString();
    }

    /// <summary>Normalised text plus, per output char, the original offset it came from (offset + map[k]).</summary>
    public static (string Text, int[] Map) NormalizeWithMap(ReadOnlySpan<char> s, int offset = 0)
    {
        var sb = new StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var m = Map(s[i]);
            if (m == '\0') continue;
            sb.Append(m);
            map.Add(offset + i);
        }
        return (sb.ToString(), map.ToArray());
    }

    public static bool IsArabicLetter(char c) => (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FC');
    public static bool IsDiacritic(char c) => (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == 'ـ';
}
