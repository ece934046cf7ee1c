using System.Globalization;
using Rasd.Language;

namespace Rasd.Clean;

/// <summary>Allocation-free scans over the original text through the normaliser: word hashes, emoji tests.</summary>
public static class TextScan
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// Calls <paramref name="onWord"/> with the 64-bit hash of each normalised word (letters and digits) in
    /// text[start,end), lower-cased, with diacritics, tatweel and bidi marks ignored.
    /// </summary>
    public static int ForEachWord<TState>(string text, int start, int end, ref TState state, WordAction<TState> onWord)
    {
        var h = FnvOffset;
        var len = 0;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var m = ArabicNormalizer.Map(text[i]);
            if (m == '\0') continue;
            if (char.IsLetterOrDigit(m))
            {
                h = (h ^ char.ToLowerInvariant(m)) * FnvPrime;
                len++;
            }
            else if (len > 0)
            {
                onWord(ref state, Finish(h), len);
                count++;
                h = FnvOffset; len = 0;
            }
        }
        if (len > 0) { onWord(ref state, Finish(h), len); count++; }
        return count;
    }

    public delegate void WordAction<TState>(ref TState state, ulong hash, int length);

    /// <summary>Hash of the normalised letters and digits of text[start,end): equal for lines that differ only in marks, spacing or punctuation.</summary>
    public static ulong LetterHash(string text, int start, int end)
    {
        var h = FnvOffset;
        for (var i = start; i < end; i++)
        {
            var m = ArabicNormalizer.Map(text[i]);
            if (m != '\0' && char.IsLetterOrDigit(m)) h = (h ^ char.ToLowerInvariant(m)) * FnvPrime;
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
