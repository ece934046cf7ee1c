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
    /// <summary>No longer fed (ANERcorp does not tag titles); kept so the bit keeps its meaning in the model file.</summary>
    Title = 16,
    Demonym = 32,
    /// <summary>A word of a multi-word place name (Data/actors/ner_gazetteer.tsv).</summary>
    LocationPart = 64,
    /// <summary>A word heading organisation names: حزب، وزارة، شركة… (Data/actors/ner_gazetteer.tsv).</summary>
    OrgHead = 128,
}

/// <summary>The tagger's gazetteer: the actor dictionary's classes plus the place names and organisation head words of Data/actors/ner_gazetteer.tsv.</summary>
public static class NerGazetteer
{
    private const string File = "actors/ner_gazetteer.tsv";

    public static Dictionary<string, GazClass> Build(ActorDictionary dictionary) => Build(dictionary, Rasd.Data.DataFiles.ReadTsv(File), File);

    /// <summary>As <see cref="Build(ActorDictionary)"/> with the rows (phrase, class) of another source, named in errors.</summary>
    public static Dictionary<string, GazClass> Build(ActorDictionary dictionary, IEnumerable<string[]> rows, string source)
    {
        var g = dictionary.Gazetteer();
        void Add(string norm, GazClass c)
        {
            if (norm.Length < 2) return;
            g[norm] = g.GetValueOrDefault(norm) | c;
            var pl = ArabicClitics.PrefixLength(norm);
            if (pl > 0) g[norm[pl..]] = g.GetValueOrDefault(norm[pl..]) | c;
        }
        var line = 0;
        foreach (var c in rows)
        {
            line++;
            if (c.Length != 2) throw new InvalidDataException($"{source}: entry {line}: expected phrase<TAB>class");
            var words = ActorDictionary.Key(c[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (c[1])
            {
                case "LOC":
                    foreach (var w in words) Add(w, words.Length == 1 ? GazClass.Location : GazClass.LocationPart);
                    break;
                case "ORGHEAD":
                    foreach (var w in words) Add(w, GazClass.OrgHead);
                    break;
                default:
                    throw new InvalidDataException($"{source}: entry {line}: unknown class {c[1]}");
            }
        }
        return g;
    }
}

/// <summary>
/// Hashed feature extraction for the tagger: every feature is a template id plus strings, hashed (FNV-1a) into
/// a fixed number of buckets, so no feature dictionary is needed.
/// <para>
/// Features come in two kinds. Most depend on one word only: what the word at relative position d ∈ [−2, 2]
/// contributes to the token being tagged (its forms and affixes at d = 0, its form, stem, shape, classes and
/// gazetteer bits as a neighbour). Their score vectors are therefore fixed per (word type, d) and the tagger
/// caches them (<see cref="NerModel"/>). The few others are conjunctions of two neighbouring words
/// (<see cref="ConjunctionFeatures"/>), computed per token from the words' small <see cref="Word"/> keys.
/// </para>
/// </summary>
public sealed class NerFeatures
{
    /// <summary>Relative positions a word contributes to: −Reach … +Reach.</summary>
    public const int Reach = 2;
    public const int Offsets = 2 * Reach + 1;
    /// <summary>Most features one word contributes at one offset.</summary>
    public const int MaxWordFeatures = 80;
    public const int MaxConjunctions = 16;
    public const int MaxFeatures = Offsets * MaxWordFeatures + MaxConjunctions;
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

    /// <summary>What the tagger knows of one token, independent of its context.</summary>
    public sealed class Word
    {
        public required string Raw;
        public required string Norm;
        public required string Stem;
        public required string Prefix;
        public required GazClass Gaz;
        public required int[] Cluster;
        public required byte Corpus;
        /// <summary>The small keys conjunction features read (also kept by the tagger's cache).</summary>
        public required WordKeys Keys;
    }

    /// <summary>Per-word values the conjunction features combine.</summary>
    /// <param name="Stem">The key the second stage counts a word's repeats by (<see cref="StemKey"/>).</param>
    public readonly record struct WordKeys(ulong Norm, int Gaz, int Cluster, int Corpus, ulong Stem);

    /// <summary>Keys standing for the position before the sentence and after it.</summary>
    public static readonly WordKeys Start = new(WordKey("<s>"), 0, -1, 0, 0), End = new(WordKey("</s>"), 0, -1, 0, 0);

    /// <summary>64-bit key of a token's clitic-stripped stem for counting its repeats in a document; 0 for
    /// tokens that are no word (punctuation, digits, one letter).</summary>
    public static ulong StemKey(string? token)
    {
        var t = token ?? "";
        if (t.Length > MaxChars * 2) t = string.Concat(t.AsSpan(0, MaxChars), t.AsSpan(t.Length - MaxChars));
        var norm = ArabicNormalizer.Normalize(t);
        return StemKey(norm.AsSpan(ArabicClitics.PrefixLength(norm)));
    }

    private static ulong StemKey(ReadOnlySpan<char> stem) => stem.Length >= 2 && char.IsLetter(stem[0]) ? WordKey(stem) | 1 : 0;

    public Word Analyze(string token) => Analyze(token, _corpusGaz);

    /// <summary>As <see cref="Analyze(string)"/> with another corpus gazetteer (training uses one built without the sentence's own fold).</summary>
    public Word Analyze(string? token, IReadOnlyDictionary<ulong, byte> corpusGaz)
    {
        var t = token ?? "";
        if (t.Length > MaxChars * 2) t = string.Concat(t.AsSpan(0, MaxChars), t.AsSpan(t.Length - MaxChars));
        var norm = ArabicNormalizer.Normalize(t);
        var pl = ArabicClitics.PrefixLength(norm);
        var stem = norm[pl..];
        var g = _gazetteer.GetValueOrDefault(norm);
        if (pl > 0) g |= _gazetteer.GetValueOrDefault(stem);
        var cl = _clusters.GetValueOrDefault(stem) ?? NoCluster;
        byte cg = 0;
        if (corpusGaz.Count > 0)
        {
            cg = corpusGaz.GetValueOrDefault(WordKey(norm));
            if (pl > 0) cg |= corpusGaz.GetValueOrDefault(WordKey(stem));
        }
        return new Word
        {
            Raw = t, Norm = norm, Stem = stem, Prefix = pl == 0 ? "" : norm[..pl], Gaz = g, Cluster = cl, Corpus = cg,
            Keys = new WordKeys(WordKey(norm), (int)g, cl.Length > 1 ? cl[1] : -1, cg, StemKey(stem)),
        };
    }

    public Word[] Analyze(IReadOnlyList<string> tokens) => Analyze(tokens, _corpusGaz);

    public Word[] Analyze(IReadOnlyList<string> tokens, IReadOnlyDictionary<ulong, byte> corpusGaz)
    {
        var words = new Word[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = Analyze(tokens[i], corpusGaz);
        return words;
    }

    /// <summary>
    /// Features word <paramref name="w"/> contributes to the token at relative position −<paramref name="d"/>
    /// (d = 0: the token itself; d = −1: the word is the token's predecessor). For d = 0 the first
    /// <paramref name="lexical"/> features are the word's identity (dropped at random in training).
    /// </summary>
    public int WordFeatures(Word w, int d, Span<int> dst, out int lexical)
    {
        var k = 0;
        lexical = 0;
        var norm = w.Norm.AsSpan();
        var stem = w.Stem.AsSpan();
        switch (d)
        {
            case 0:
                dst[k++] = H(2, norm);
                if (!w.Raw.AsSpan().SequenceEqual(norm)) dst[k++] = H(3, w.Raw);
                dst[k++] = H(4, stem);
                var sl = ArabicClitics.SuffixLength(stem);
                if (sl > 0) dst[k++] = H(18, stem[..^sl]);
                lexical = k;
                dst[k++] = H(1, "");
                dst[k++] = H(5, w.Prefix);
                for (var l = 1; l <= 3; l++)
                {
                    if (norm.Length >= l) { dst[k++] = H(5 + l, norm[..l]); dst[k++] = H(8 + l, norm[^l..]); }
                    if (stem.Length > l + 1) { dst[k++] = H(11 + l, stem[..l]); dst[k++] = H(14 + l, stem[^l..]); }
                }
                dst[k++] = HI(19, Shape(w.Raw));
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
                var g = w.Gaz;
                if (g != GazClass.None)
                {
                    for (var b = 0; b < 8; b++)
                        if (((int)g & (1 << b)) != 0) { dst[k++] = H(b < 6 ? 35 + b : 110 + b, ""); dst[k++] = H2(b < 6 ? 41 + b : 120 + b, stem, ""); }
                }
                var cl = w.Cluster;
                // Brown prefixes (flagged, after the k-means classes) have templates of their own.
                for (int q = 0, bq = 0; q < cl.Length; q++) dst[k++] = (cl[q] & BrownClusters.Flag) != 0 ? HI(140 + bq++, cl[q]) : HI(60 + q, cl[q]);
                if (cl.Length == 0) dst[k++] = H(59, "");
                if (cl.Length > 1) dst[k++] = HSI(81, w.Prefix, cl[1]);
                int m = w.Corpus;
                if (m != 0)
                {
                    for (var b = 0; b < 8; b++) if ((m & (1 << b)) != 0) dst[k++] = HI(90 + b, 0);
                    dst[k++] = HI(98, m);
                }
                else dst[k++] = HI(99, 0);
                break;
            case -1 or 1:
                var before = d == -1;
                dst[k++] = H(before ? 22 : 23, norm);
                dst[k++] = H(before ? 26 : 27, stem);
                if (norm.Length >= 2) dst[k++] = H(before ? 31 : 32, norm[^2..]);
                dst[k++] = HI(before ? 33 : 34, Shape(w.Raw));
                dst[k++] = HI(before ? 47 : 48, (int)w.Gaz);
                for (int q = 0, bq = 0; q < w.Cluster.Length; q++)
                    dst[k++] = (w.Cluster[q] & BrownClusters.Flag) != 0 ? HI((before ? 150 : 160) + bq++, w.Cluster[q]) : HI((before ? 70 : 75) + q, w.Cluster[q]);
                dst[k++] = H(before ? 130 : 131, w.Prefix);
                break;
            case -2 or 2:
                var far = d < 0;
                dst[k++] = H(far ? 24 : 25, norm);
                dst[k++] = H(far ? 132 : 133, stem);
                dst[k++] = HI(far ? 134 : 135, (int)w.Gaz);
                if (w.Cluster.Length > 1) dst[k++] = HI(far ? 136 : 137, w.Cluster[1]);
                for (int q = 0, bq = 0; q < w.Cluster.Length; q++)
                    if ((w.Cluster[q] & BrownClusters.FarFlag) != 0) dst[k++] = HI((far ? 170 : 180) + bq++, w.Cluster[q]);
                break;
        }
        return k;
    }

    /// <summary>Features of a position beyond the sentence edge at relative position <paramref name="d"/> (≠ 0).</summary>
    public int PadFeatures(int d, Span<int> dst)
    {
        var k = 0;
        switch (d)
        {
            case -1: dst[k++] = H(22, "<s>"); dst[k++] = H(26, "<s>"); dst[k++] = HI(47, 0); dst[k++] = H(50, ""); break;
            case 1: dst[k++] = H(23, "</s>"); dst[k++] = H(27, "</s>"); dst[k++] = HI(48, 0); break;
            case -2: dst[k++] = H(24, "<s>"); break;
            case 2: dst[k++] = H(25, "</s>"); break;
        }
        return k;
    }

    /// <summary>Features of two neighbouring words together (the only ones a per-word cache cannot hold). Word
    /// bigrams are left out: they cost a random memory access each per token and were worth nothing on held-out
    /// data (5-fold CV 68.06 with them, 67.90 without).</summary>
    public int ConjunctionFeatures(in WordKeys prev, in WordKeys cur, in WordKeys next, Span<int> dst)
    {
        var k = 0;
        dst[k++] = HI(49, (prev.Gaz << 8) | cur.Gaz);
        if (cur.Cluster >= 0 && prev.Cluster >= 0) dst[k++] = HI(80, (prev.Cluster << 12) | cur.Cluster);
        dst[k++] = HI(100, (prev.Corpus << 8) | cur.Corpus);
        dst[k++] = HI(101, (cur.Corpus << 8) | next.Corpus);
        return k;
    }

    /// <summary>All features of token <paramref name="i"/> (training; the tagger sums cached per-word scores instead).</summary>
    public int Extract(Word[] words, int i, Span<int> dst, out int lexical)
    {
        var k = WordFeatures(words[i], 0, dst, out lexical);
        for (var d = -Reach; d <= Reach; d++)
        {
            if (d == 0) continue;
            var j = i + d;
            k += j >= 0 && j < words.Length ? WordFeatures(words[j], d, dst[k..], out _) : PadFeatures(d, dst[k..]);
        }
        var prev = i > 0 ? words[i - 1].Keys : Start;
        var next = i + 1 < words.Length ? words[i + 1].Keys : End;
        k += ConjunctionFeatures(prev, words[i].Keys, next, dst[k..]);
        return k;
    }

    // Which kinds of characters a token has (bit flags; 64 = empty).
    private static int Shape(string raw)
    {
        if (raw.Length == 0) return 64;
        bool ar = false, lat = false, dig = false, punct = false, up = false;
        foreach (var c in raw.AsSpan(0, Math.Min(raw.Length, MaxChars)))
        {
            if (ArabicNormalizer.IsArabicLetter(c)) ar = true;
            else if (c is >= 'a' and <= 'z') lat = true;
            else if (c is >= 'A' and <= 'Z') { lat = true; up = true; }
            else if (char.IsDigit(c)) dig = true;
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) punct = true;
        }
        return (ar ? 1 : 0) | (lat ? 2 : 0) | (up ? 4 : 0) | (dig ? 8 : 0) | (punct ? 16 : 0) | (raw.Length == 1 ? 32 : 0);
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

    private int HSI(int template, ReadOnlySpan<char> a, int v)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        foreach (var c in a) { h ^= c; h *= Prime; }
        h ^= 0xFFFF; h *= Prime;
        h ^= (ulong)v; h *= Prime;
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
