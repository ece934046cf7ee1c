using System.Globalization;
using Rasd.Language;

namespace Rasd.Clean;

/// <summary>Allocation-free scans over the original text through the normaliser: word hashes, emoji tests.</summary>
public static class TextScan
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Per char: what the word scans hash. '\0' is dropped (marks), Separator ends a word, anything else is the
    // normalised, lower-cased letter or digit. One lookup instead of Map + IsLetterOrDigit + ToLowerInvariant,
    // whose non-ASCII case goes through ICU.
    private const char Separator = '\u0001';
    private static readonly char[] HashChars = BuildHashChars();

    private static char[] BuildHashChars()
    {
        var t = new char[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var m = ArabicNormalizer.Map((char)i);
            t[i] = m == '\0' ? '\0' : char.IsLetterOrDigit(m) ? char.ToLowerInvariant(m) : Separator;
        }
        return t;
    }

    /// <summary>Receives the words of a scan; a struct, so the call inlines into the scan loop.</summary>
    public interface IWordSink
    {
        void Word(ulong hash, int length);
    }

    /// <summary>
    /// Gives <paramref name="sink"/> the 64-bit hash of each normalised word (letters and digits) in
    /// text[start,end), lower-cased, with diacritics, tatweel and bidi marks ignored. Returns the number of words.
    /// </summary>
    public static int ForEachWord<TSink>(string text, int start, int end, ref TSink sink) where TSink : struct, IWordSink
    {
        var table = HashChars;
        var h = FnvOffset;
        var len = 0;
        var count = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            var m = table[c];
            if (m > Separator)
            {
                h = (h ^ m) * FnvPrime;
                len++;
            }
            else if (m == Separator && len > 0)
            {
                sink.Word(Finish(h), len);
                count++;
                h = FnvOffset; len = 0;
            }
        }
        if (len > 0) { sink.Word(Finish(h), len); count++; }
        return count;
    }

    /// <summary>Hash of the normalised letters and digits of text[start,end): equal for lines that differ only in marks, spacing or punctuation.</summary>
    public static ulong LetterHash(string text, int start, int end)
    {
        var table = HashChars;
        var h = FnvOffset;
        foreach (var c in text.AsSpan(start, end - start))
        {
            var m = table[c];
            if (m > Separator) h = (h ^ m) * FnvPrime;
        }
        return Finish(h);
    }

    public static ulong Finish(ulong h)
    {
        // splitmix64 finaliser: spreads FNV's low-entropy high bits for MinHash and banding.
        h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27; h *= 0x94d049bb133111ebUL;
        h ^= h >> 31;
        return h;
    }

    public static ulong Combine(ulong a, ulong b) => Finish(a * 31 + b + 0x9e3779b97f4a7c15UL);

    /// <summary>True for emoji, pictographs and other symbols that channels put before a post ("🗓", "📞", "☝️").</summary>
    public static bool IsEmojiOrSymbol(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c)) return true;
        if (c == '\uFE0F' || c == '\u200D' || c == '\u20E3') return true;
        if (c >= '\u2190' && c <= '\u2BFF') return true; // arrows, technical, shapes, dingbats, misc symbols
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.OtherSymbol;
    }
}
