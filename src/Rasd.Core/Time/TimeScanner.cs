using System.Runtime.CompilerServices;
using Rasd.Language;

namespace Rasd.Time;

internal enum TK : byte { Word, Num, Punct }

/// <summary>A token of the normalised view: [S, E) in normalised chars.</summary>
internal readonly record struct Tok(int S, int E, TK K, bool Glued)
{
    public int Len => E - S;
}

/// <summary>
/// The normalised view of a span of text (ArabicNormalizer's mapping, with the offset of each normalised char in the
/// original) cut into words, digit runs and single punctuation marks. Digits and letters are split ("سبتمبر10",
/// "20th"); Glued says no space came before. A scanner made by <see cref="Rent"/> borrows its arrays from the thread
/// (the time stage scans every document once) and gives them back with <see cref="Return"/>.
/// </summary>
internal sealed class TimeScanner
{
    /// <summary>Normalised chars [0, NormLength).</summary>
    public readonly char[] Norm;
    public readonly int NormLength;
    /// <summary>Original offset of each normalised char.</summary>
    public readonly int[] Map;
    /// <summary>Tokens [0, TokCount).</summary>
    public readonly Tok[] Toks;
    public readonly int TokCount;
    public readonly string Source;
    private readonly Buffers? _pool;

    /// <summary>Arrays a thread's scans reuse; documents longer than <see cref="MaxPooledChars"/> get their own.</summary>
    internal sealed class Buffers
    {
        public char[] Norm = [];
        public int[] Map = [];
        public Tok[] Toks = [];
        public (Phrase P, int Clip)[]?[] Hits = [];
        public byte[] HitsDone = [];
        public sbyte[] Gate = [];
        public bool InUse;
    }

    private const int MaxPooledChars = 1 << 16;
    [ThreadStatic] private static Buffers? _threadBuffers;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimeScanner(string text, int start, int end) : this(text, start, end, null) { }

    /// <summary>A scanner on the thread's arrays (own arrays when they are in use or the text is long); call <see cref="Return"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimeScanner Rent(string text, int start, int end)
    {
        var b = _threadBuffers ??= new Buffers();
        if (b.InUse || end - start > MaxPooledChars) return new TimeScanner(text, start, end, null);
        b.InUse = true;
        return new TimeScanner(text, start, end, b);
    }

    public void Return()
    {
        if (_pool is not null) _pool.InUse = false;
    }

    /// <summary>The parser's per-token arrays, from the pool when this scanner has one.</summary>
    internal ((Phrase P, int Clip)[]?[] Hits, byte[] HitsDone, sbyte[] Gate) ParserArrays()
    {
        var n = TokCount;
        if (_pool is null) return (new (Phrase, int)[]?[n], new byte[n], new sbyte[n]);
        if (_pool.Hits.Length < n) { _pool.Hits = new (Phrase, int)[]?[n * 2]; _pool.HitsDone = new byte[n * 2]; _pool.Gate = new sbyte[n * 2]; }
        Array.Clear(_pool.HitsDone, 0, n);
        Array.Clear(_pool.Gate, 0, n);
        return (_pool.Hits, _pool.HitsDone, _pool.Gate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeScanner(string text, int start, int end, Buffers? pool)
    {
        Source = text;
        _pool = pool;
        var src = text.AsSpan(start, end - start);
        var cap = src.Length + 8;
        var norm = pool is null ? new char[cap] : pool.Norm.Length >= cap ? pool.Norm : pool.Norm = new char[cap * 2];
        var map = pool is null ? new int[cap] : pool.Map.Length >= cap ? pool.Map : pool.Map = new int[cap * 2];
        // normalise (ligatures expand to several chars, dropped chars leave nothing)
        var n = 0;
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            var m = ArabicNormalizer.Map(c);
            if (m == '\0') continue;
            if (c >= ExpandFrom && m != c && ArabicNormalizer.Expand(c) is { } exp)
            {
                foreach (var x in exp)
                {
                    if (n == norm.Length) Grow(ref norm, ref map, pool);
                    norm[n] = x;
                    map[n++] = start + i;
                }
                continue;
            }
            if (n == norm.Length) Grow(ref norm, ref map, pool);
            norm[n] = m;
            map[n++] = start + i;
        }
        Norm = norm;
        Map = map;
        NormLength = n;
        // tokens: at most one per normalised char
        var toks = pool is null ? new Tok[n / 3 + 8] : pool.Toks.Length >= n + 1 ? pool.Toks : pool.Toks = new Tok[(n + 1) * 2];
        var count = 0;
        var k = 0;
        var glued = false;
        while (k < n)
        {
            var ch = norm[k];
            var cls = ClassOf(ch);
            if (cls == Space) { k++; glued = false; continue; }
            var s0 = k;
            TK kind;
            if (cls == Digit)
            {
                while (k < n && norm[k] >= '0' && norm[k] <= '9') k++;
                kind = TK.Num;
            }
            else if (cls == Letter)
            {
                while (k < n && ClassOf(norm[k]) == Letter) k++;
                kind = TK.Word;
            }
            else
            {
                k++;
                if (char.IsHighSurrogate(ch) && k < n && char.IsLowSurrogate(norm[k])) k++;
                kind = TK.Punct;
            }
            if (count == toks.Length) Array.Resize(ref toks, toks.Length * 2);
            toks[count++] = new Tok(s0, k, kind, glued);
            glued = true;
        }
        if (pool is not null && toks.Length > pool.Toks.Length) pool.Toks = toks;
        Toks = toks;
        TokCount = count;
        Hi = count;
    }

    /// <summary>Ligatures and presentation forms (the only chars that expand) start here.</summary>
    private const char ExpandFrom = '\uFB50';
    private const byte Other = 0, Space = 1, Digit = 2, Letter = 3;
    /// <summary>char.IsWhiteSpace / ASCII digit / char.IsLetter of every char, looked up once.</summary>
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var t = new byte[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            t[i] = char.IsWhiteSpace(c) ? Space : c is >= '0' and <= '9' ? Digit : char.IsLetter(c) ? Letter : Other;
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ClassOf(char c) => Classes[c];

    private static void Grow(ref char[] norm, ref int[] map, Buffers? pool)
    {
        Array.Resize(ref norm, norm.Length * 2);
        Array.Resize(ref map, map.Length * 2);
        if (pool is null) return;
        pool.Norm = norm;
        pool.Map = map;
    }

    /// <summary>
    /// The window of tokens [Lo, Hi) the rules may see: the whole scan by default, one sentence when a document is
    /// scanned once and read sentence by sentence (<see cref="SetWindow"/>).
    /// </summary>
    public int Lo { get; private set; }
    public int Hi { get; private set; }

    /// <summary>End of the window (tokens at and after it are out of sight).</summary>
    public int Count => Hi;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> W(int i) => new(Norm, Toks[i].S, Toks[i].Len);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => i >= Lo && i < Hi && Toks[i].K == TK.Word;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNum(int i) => i >= Lo && i < Hi && Toks[i].K == TK.Num;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c) => i >= Lo && i < Hi && Toks[i].K == TK.Punct && Norm[Toks[i].S] == c;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string w) => i >= Lo && i < Hi && W(i).SequenceEqual(w);

    public void SetWindow(int lo, int hi)
    {
        Lo = lo;
        Hi = hi;
    }

    /// <summary>The tokens lying wholly inside the original-text span [start, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Lo, int Hi) TokensIn(int start, int end)
    {
        // first token starting at or after start; first token ending after end
        int a = 0, b = TokCount;
        while (a < b) { var m = (a + b) >>> 1; if (Map[Toks[m].S] < start) a = m + 1; else b = m; }
        var lo = a;
        b = TokCount;
        while (a < b) { var m = (a + b) >>> 1; if (Map[Toks[m].E - 1] < end) a = m + 1; else b = m; }
        return (lo, Math.Max(lo, a));
    }

    /// <summary>Value of a digit token (at most 9 digits), or -1.</summary>
    public int NumValue(int i)
    {
        if (!IsNum(i) || Toks[i].Len > 9) return -1;
        var v = 0;
        foreach (var ch in W(i)) v = v * 10 + (ch - '0');
        return v;
    }

    /// <summary>Original-text span of tokens [t0, t1), skipping <paramref name="clip"/> normalised chars at the start.</summary>
    public (int Start, int End) OrigSpan(int t0, int t1, int clip = 0)
    {
        var end = Map[Toks[t1 - 1].E - 1] + 1;
        // Diacritics and tatweel after the last letter belong to the word ("غداً").
        while (end < Source.Length && ArabicNormalizer.IsDiacritic(Source[end])) end++;
        return (Map[Toks[t0].S + clip], end);
    }
}
