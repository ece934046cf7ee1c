using Rasd.Language;

namespace Rasd.Time;

internal enum TK : byte { Word, Num, Punct }

/// <summary>A token of the normalised view: [S, E) in normalised chars.</summary>
internal readonly record struct Tok(int S, int E, TK K, bool Glued)
{
    public int Len => E - S;
}

/// <summary>
/// The normalised view of a span of text (ArabicNormalizer with its offset map) cut into words, digit runs and
/// single punctuation marks. Digits and letters are split ("سبتمبر10", "20th"); Glued says no space came before.
/// </summary>
internal sealed class TimeScanner
{
    public readonly string Norm;
    public readonly int[] Map;
    public readonly Tok[] Toks;
    public readonly string Source;

    public TimeScanner(string text, int start, int end)
    {
        Source = text;
        (Norm, Map) = ArabicNormalizer.NormalizeWithMap(text.AsSpan(start, end - start), start);
        var list = new List<Tok>(Norm.Length / 5 + 4);
        var n = Norm;
        var i = 0;
        var glued = false;
        while (i < n.Length)
        {
            var c = n[i];
            if (char.IsWhiteSpace(c)) { i++; glued = false; continue; }
            var s = i;
            if (c >= '0' && c <= '9')
            {
                while (i < n.Length && n[i] >= '0' && n[i] <= '9') i++;
                list.Add(new Tok(s, i, TK.Num, glued));
            }
            else if (char.IsLetter(c))
            {
                while (i < n.Length && char.IsLetter(n[i])) i++;
                list.Add(new Tok(s, i, TK.Word, glued));
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < n.Length && char.IsLowSurrogate(n[i])) i++;
                list.Add(new Tok(s, i, TK.Punct, glued));
            }
            glued = true;
        }
        Toks = list.ToArray();
        Hi = Toks.Length;
    }

    /// <summary>
    /// The window of tokens [Lo, Hi) the rules may see: the whole scan by default, one sentence when a document is
    /// scanned once and read sentence by sentence (<see cref="SetWindow"/>).
    /// </summary>
    public int Lo { get; private set; }
    public int Hi { get; private set; }

    /// <summary>End of the window (tokens at and after it are out of sight).</summary>
    public int Count => Hi;
    public ReadOnlySpan<char> W(int i) => Norm.AsSpan(Toks[i].S, Toks[i].Len);
    public bool IsWord(int i) => i >= Lo && i < Hi && Toks[i].K == TK.Word;
    public bool IsNum(int i) => i >= Lo && i < Hi && Toks[i].K == TK.Num;
    public bool IsPunct(int i, char c) => i >= Lo && i < Hi && Toks[i].K == TK.Punct && Norm[Toks[i].S] == c;
    public bool Is(int i, string w) => i >= Lo && i < Hi && W(i).SequenceEqual(w);

    public void SetWindow(int lo, int hi)
    {
        Lo = lo;
        Hi = hi;
    }

    /// <summary>The tokens lying wholly inside the original-text span [start, end).</summary>
    public (int Lo, int Hi) TokensIn(int start, int end)
    {
        // first token starting at or after start; first token ending after end
        int a = 0, b = Toks.Length;
        while (a < b) { var m = (a + b) >>> 1; if (Map[Toks[m].S] < start) a = m + 1; else b = m; }
        var lo = a;
        b = Toks.Length;
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
