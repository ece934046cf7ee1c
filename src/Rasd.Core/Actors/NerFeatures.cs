using Rasd.Language;

namespace Rasd.Actors;

/// <summary>Gazetteer classes a token may belong to (bit flags), from the actor dictionary.</summary>
[Flags]
public enum GazClass : byte
{
    None = 0,
    PersonFirst = 1,
    PersonLast = 2,
    Location = 4,
    Organization = 8,
    Title = 16,
    Demonym = 32,
}

/// <summary>
/// Hashed feature extraction for the tagger: every feature is a template id plus strings, hashed (FNV-1a) into
/// a fixed number of buckets, so no feature dictionary is needed and extraction allocates little.
/// </summary>
public sealed class NerFeatures
{
    public const int MaxFeatures = 112;
    // Long tokens (URLs, garbage) are hashed on a bounded prefix/suffix so a 10,000-char token costs no more than a word.
    private const int MaxChars = 40;
    private readonly int _mask;
    private readonly Dictionary<string, GazClass> _gazetteer;
    private readonly Dictionary<string, int[]> _clusters;

    private readonly Dictionary<ulong, byte> _corpusGaz;

    public NerFeatures(int bucketBits, Dictionary<string, GazClass> gazetteer, Dictionary<string, int[]>? clusters = null,
        Dictionary<ulong, byte>? corpusGazetteer = null)
    {
        _mask = (1 << bucketBits) - 1;
        _gazetteer = gazetteer;
        _clusters = clusters ?? new Dictionary<string, int[]>(StringComparer.Ordinal);
        _corpusGaz = corpusGazetteer ?? new Dictionary<ulong, byte>();
    }

    /// <summary>
    /// Gazetteer learned from the labelled training sentences: for the 64-bit hash of a word (normalised form and
    /// clitic-stripped stem), bit <c>2·type + (0 first word / 1 later word)</c> for each entity type (PERS, LOC, ORG,
    /// MISC) the word is usually tagged with. Only hashes are kept (no text of the corpus).
    /// </summary>
    public IReadOnlyDictionary<ulong, byte> CorpusGazetteer => _corpusGaz;

    private static readonly string[] CorpusTypes = { "PERS", "LOC", "ORG", "MISC" };

    /// <summary>64-bit FNV-1a of a word (the key of <see cref="CorpusGazetteer"/>).</summary>
    public static ulong WordKey(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) { h ^= c; h *= Prime; }
        return h;
    }

    /// <summary>
    /// Builds a <see cref="CorpusGazetteer"/> from BIO-tagged sentences: a word gets a type bit when at least
    /// <paramref name="minShare"/> of its occurrences carry that type (and it occurs tagged at least <paramref name="minCount"/> times).
    /// </summary>
    public static Dictionary<ulong, byte> BuildCorpusGazetteer(IEnumerable<(string[] Tokens, string[] Tags)> sentences, double minShare = 0.3, int minCount = 1)
    {
        var total = new Dictionary<ulong, int>();
        var typed = new Dictionary<ulong, int[]>();
        void Count(ulong key, int bit)
        {
            total[key] = total.GetValueOrDefault(key) + 1;
            if (bit < 0) return;
            if (!typed.TryGetValue(key, out var a)) typed[key] = a = new int[8];
            a[bit]++;
        }
        foreach (var (tokens, tags) in sentences)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                var norm = ArabicNormalizer.Normalize(tokens[i] ?? "");
                if (norm.Length < 2) continue;
                var tag = tags[i];
                var bit = -1;
                if (tag.Length > 2 && tag[1] == '-')
                {
                    var ty = Array.IndexOf(CorpusTypes, tag[2..]);
                    if (ty >= 0) bit = 2 * ty + (tag[0] == 'B' ? 0 : 1);
                }
                Count(WordKey(norm), bit);
                var pl = ArabicClitics.PrefixLength(norm);
                if (pl > 0) Count(WordKey(norm.AsSpan(pl)), bit);
            }
        }
        var result = new Dictionary<ulong, byte>();
        foreach (var (key, a) in typed)
        {
            var n = total[key];
            byte m = 0;
            for (var b = 0; b < 8; b++)
                if (a[b] >= minCount && a[b] >= minShare * n) m |= (byte)(1 << b);
            if (m != 0) result[key] = m;
        }
        return result;
    }

    public IReadOnlyDictionary<string, GazClass> Gazetteer => _gazetteer;
    /// <summary>Word classes from unlabelled text (<see cref="WordClusters"/>), by stem.</summary>
    public IReadOnlyDictionary<string, int[]> Clusters => _clusters;
    private static readonly int[] NoCluster = Array.Empty<int>();

    /// <summary>Per-token views computed once per sentence.</summary>
    public sealed class Prepared
    {
        public required string[] Raw;
        public required string[] Norm;
        public required string[] Stem;
        public required string[] Prefix;
        public required GazClass[] Gaz;
        public required int[][] Cluster;
        public required byte[] Corpus;
        public int Length => Raw.Length;
    }

    public Prepared Prepare(IReadOnlyList<string> tokens) => Prepare(tokens, _corpusGaz);

    /// <summary>As <see cref="Prepare(IReadOnlyList{string})"/> with another corpus gazetteer (training uses one built without the sentence's own fold).</summary>
    public Prepared Prepare(IReadOnlyList<string> tokens, IReadOnlyDictionary<ulong, byte> corpusGaz)
    {
        var n = tokens.Count;
        var p = new Prepared { Raw = new string[n], Norm = new string[n], Stem = new string[n], Prefix = new string[n], Gaz = new GazClass[n], Cluster = new int[n][], Corpus = new byte[n] };
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i] ?? "";
            if (t.Length > MaxChars * 2) t = string.Concat(t.AsSpan(0, MaxChars), t.AsSpan(t.Length - MaxChars));
            p.Raw[i] = t;
            var norm = ArabicNormalizer.Normalize(t);
            p.Norm[i] = norm;
            var pl = ArabicClitics.PrefixLength(norm);
            p.Prefix[i] = pl == 0 ? "" : norm[..pl];
            var stem = norm[pl..];
            p.Stem[i] = stem;
            var g = _gazetteer.GetValueOrDefault(norm);
            if (pl > 0) g |= _gazetteer.GetValueOrDefault(stem);
            p.Gaz[i] = g;
            p.Cluster[i] = _clusters.GetValueOrDefault(stem) ?? NoCluster;
            if (corpusGaz.Count > 0)
            {
                var cg = corpusGaz.GetValueOrDefault(WordKey(norm));
                if (pl > 0) cg |= corpusGaz.GetValueOrDefault(WordKey(stem));
                p.Corpus[i] = cg;
            }
        }
        return p;
    }

    /// <summary>Writes the feature buckets of token <paramref name="i"/> into <paramref name="dst"/>; returns how many.</summary>
    public int Extract(Prepared p, int i, Span<int> dst) => Extract(p, i, dst, out _);

    /// <summary>As <see cref="Extract(Prepared,int,Span{int})"/>; the first <paramref name="lexical"/> features are the word's identity (dropped at random in training so context and affixes learn too).</summary>
    public int Extract(Prepared p, int i, Span<int> dst, out int lexical)
    {
        var k = 0;
        var norm = p.Norm[i].AsSpan();
        var stem = p.Stem[i].AsSpan();
        dst[k++] = H(2, norm);
        if (!p.Raw[i].AsSpan().SequenceEqual(norm)) dst[k++] = H(3, p.Raw[i]);
        dst[k++] = H(4, stem);
        var sl = ArabicClitics.SuffixLength(stem);
        if (sl > 0) dst[k++] = H(18, stem[..^sl]);
        lexical = k;
        dst[k++] = H(1, "");
        dst[k++] = H(5, p.Prefix[i]);
        for (var l = 1; l <= 3; l++)
        {
            if (norm.Length >= l) { dst[k++] = H(5 + l, norm[..l]); dst[k++] = H(8 + l, norm[^l..]); }
            if (stem.Length > l + 1) { dst[k++] = H(11 + l, stem[..l]); dst[k++] = H(14 + l, stem[^l..]); }
        }
        dst[k++] = H(19, Shape(p.Raw[i]));
        dst[k++] = H(20, LengthClass(stem.Length));
        // Character trigrams of the stem with boundary marks, bounded.
        if (stem.Length >= 3)
        {
            Span<char> buf = stackalloc char[3];
            var grams = Math.Min(stem.Length - 2, 8);
            buf[0] = '^'; buf[1] = stem[0]; buf[2] = stem[1];
            dst[k++] = H(21, buf);
            for (var j = 0; j < grams; j++) dst[k++] = H(21, stem.Slice(j, 3));
            buf[0] = stem[^2]; buf[1] = stem[^1]; buf[2] = '$';
            dst[k++] = H(21, buf);
        }
        // Context words ±2 (normalised and stemmed) and bigrams.
        var prev = i > 0 ? p.Norm[i - 1] : "<s>";
        var next = i + 1 < p.Length ? p.Norm[i + 1] : "</s>";
        dst[k++] = H(22, prev);
        dst[k++] = H(23, next);
        dst[k++] = H(24, i > 1 ? p.Norm[i - 2] : "<s>");
        dst[k++] = H(25, i + 2 < p.Length ? p.Norm[i + 2] : "</s>");
        dst[k++] = H(26, i > 0 ? p.Stem[i - 1] : "<s>");
        dst[k++] = H(27, i + 1 < p.Length ? p.Stem[i + 1] : "</s>");
        dst[k++] = H2(28, prev, norm);
        dst[k++] = H2(29, norm, next);
        dst[k++] = H2(30, prev, next);
        if (i > 0 && p.Norm[i - 1].Length >= 2) dst[k++] = H(31, p.Norm[i - 1].AsSpan()[^2..]);
        if (i + 1 < p.Length && p.Norm[i + 1].Length >= 2) dst[k++] = H(32, p.Norm[i + 1].AsSpan()[^2..]);
        if (i > 0) dst[k++] = H(33, Shape(p.Raw[i - 1]));
        if (i + 1 < p.Length) dst[k++] = H(34, Shape(p.Raw[i + 1]));
        // Gazetteer membership of the token and its neighbours.
        var g = p.Gaz[i];
        if (g != GazClass.None)
        {
            for (var b = 0; b < 6; b++)
                if (((int)g & (1 << b)) != 0) { dst[k++] = H(35 + b, ""); dst[k++] = H2(41 + b, stem, ""); }
        }
        var gp = i > 0 ? p.Gaz[i - 1] : GazClass.None;
        var gn = i + 1 < p.Length ? p.Gaz[i + 1] : GazClass.None;
        dst[k++] = HI(47, (int)gp);
        dst[k++] = HI(48, (int)gn);
        dst[k++] = HI(49, ((int)gp << 8) | (int)g);
        if (i == 0) dst[k++] = H(50, "");
        // Word classes of the token and its neighbours (unknown words have none).
        var cl = p.Cluster[i];
        for (var q = 0; q < cl.Length; q++) dst[k++] = HI(60 + q, cl[q]);
        if (cl.Length == 0) dst[k++] = H(59, "");
        var clp = i > 0 ? p.Cluster[i - 1] : NoCluster;
        var cln = i + 1 < p.Length ? p.Cluster[i + 1] : NoCluster;
        for (var q = 0; q < Math.Min(2, clp.Length); q++) dst[k++] = HI(70 + q, clp[q]);
        for (var q = 0; q < Math.Min(2, cln.Length); q++) dst[k++] = HI(75 + q, cln[q]);
        if (cl.Length > 1 && clp.Length > 1) dst[k++] = HI(80, (clp[1] << 12) | cl[1]);
        if (cl.Length > 1) dst[k++] = H2(81, p.Prefix[i], cl[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Corpus gazetteer of the token and its neighbours.
        int m = p.Corpus[i], mp = i > 0 ? p.Corpus[i - 1] : 0, mn = i + 1 < p.Length ? p.Corpus[i + 1] : 0;
        if (m != 0)
        {
            for (var b = 0; b < 8; b++) if ((m & (1 << b)) != 0) dst[k++] = HI(90 + b, 0);
            dst[k++] = HI(98, m);
        }
        else dst[k++] = HI(99, 0);
        dst[k++] = HI(100, (mp << 8) | m);
        dst[k++] = HI(101, (m << 8) | mn);
        return k;
    }

    private static string Shape(string raw)
    {
        if (raw.Length == 0) return "e";
        bool ar = false, lat = false, dig = false, punct = false, up = false;
        foreach (var c in raw.AsSpan(0, Math.Min(raw.Length, MaxChars)))
        {
            if (ArabicNormalizer.IsArabicLetter(c)) ar = true;
            else if (c is >= 'a' and <= 'z') lat = true;
            else if (c is >= 'A' and <= 'Z') { lat = true; up = true; }
            else if (char.IsDigit(c)) dig = true;
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) punct = true;
        }
        return (ar ? "A" : "") + (lat ? (up ? "L" : "l") : "") + (dig ? "d" : "") + (punct ? "p" : "") + (raw.Length == 1 ? "1" : "");
    }

    private static string LengthClass(int n) => n switch { <= 2 => "s", <= 4 => "m", <= 7 => "l", _ => "x" };

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    private int H(int template, ReadOnlySpan<char> a)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        foreach (var c in a) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    private int H2(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        foreach (var c in a) { h ^= c; h *= Prime; }
        h ^= 0xFFFF; h *= Prime;
        foreach (var c in b) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    private int HI(int template, int v)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        h ^= (ulong)v; h *= Prime;
        return Finish(h);
    }

    private int Finish(ulong h)
    {
        h ^= h >> 29;
        return (int)(h & (ulong)_mask);
    }
}
