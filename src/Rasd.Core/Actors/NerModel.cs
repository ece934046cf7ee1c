using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Rasd.Data;

namespace Rasd.Actors;

/// <summary>
/// A first-order linear-chain tagger: hashed emission weights per tag plus a tag-transition matrix, decoded with
/// Viterbi under BIO/BILOU constraints. Trained on ANERcorp (CAMeL Lab train split) by <see cref="NerTrainer"/>;
/// shipped as Data/actors/ner.model.
/// <para>
/// Weights are 16-bit integers (one scale for the model) and a token's score is an integer sum, so it does not
/// depend on the order of the additions: the per-word part of the score (see <see cref="NerFeatures"/>) is
/// cached per word type in a bounded table shared by all threads, and a token then costs a few cached vector
/// additions plus its conjunction features, with the same result as computing everything afresh.
/// </para>
/// </summary>
public sealed class NerModel
{
    /// <summary>The tags the tagger outputs (BIO, as ANERcorp spells them).</summary>
    public static readonly string[] DefaultTags = { "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC" };
    /// <summary>The tags the model decodes internally: BILOU (begin, inside, last, unit), which separates single-word
    /// names from the edges of longer ones (Ratinov &amp; Roth 2009); converted back to BIO on output.</summary>
    public static readonly string[] BilouTags =
    {
        "O", "B-PERS", "I-PERS", "L-PERS", "U-PERS", "B-LOC", "I-LOC", "L-LOC", "U-LOC",
        "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
    };
    // RASDNER6: RASDNER5 with a bias per tag in each stage (per entity type, chosen by the folds).
    // RASDNER7: RASDNER6 with the second stage's lexicon (none: count -1) after its tag biases.
    private const string Magic = "RASDNER7";
    // RASDNER8: RASDNER7 with word classes as 32-bit values (Brown prefix codes); written only when a class needs it.
    private const string WideMagic = "RASDNER8";
    /// <summary>Stored columns per weight row: every tag but "O", whose emission is the zero point (Viterbi is
    /// unchanged when the same amount is added to all tags of a token), so a row is 16 shorts, one 256-bit vector.</summary>
    internal const int Columns = 16;
    /// <summary>Word types the shared score cache of a model holds (a power of two): the ANT corpus has about 100,000,
    /// and at 2^17 direct-mapped slots 6% of its tokens miss (7.8% at 2^16), for at most about 60 MB of entries.</summary>
    public const int DefaultCacheSlots = 1 << 17;
    // Tokens longer than this are scored afresh: a cache must not keep huge strings alive.
    private const int MaxCachedLength = 64;

    public string[] Tags { get; }
    /// <summary>Subtracted from the "O" score of every token: trades precision for recall (chosen on held-out data).</summary>
    public float OutsideBias { get; set; }
    /// <summary>Added to each tag's score in the first stage (index 0, "O", unused; the same value on every tag of
    /// an entity type when chosen per type). Length <see cref="Tags"/>, or empty for none.</summary>
    public float[] TagBias
    {
        get => _tagBias;
        set
        {
            if (value.Length != 0 && value.Length != Tags.Length) throw new ArgumentException("one bias per tag");
            _tagBias = value;
            _tagBiasScaled = value.Select(x => (double)(x / _scale)).ToArray();
        }
    }
    private float[] _tagBias = Array.Empty<float>();
    private double[] _tagBiasScaled = Array.Empty<double>();
    public int BucketBits { get; }
    public NerFeatures Features { get; }
    internal TagSet Structure { get; }
    /// <summary>Transition weights, [(prev) * T + tag]; prev == T is the sentence start.</summary>
    internal float[] Transitions { get; }
    // Only the non-zero rows, in bucket order, packed [row * Columns + tag − 1] in units of _scale (weight of the
    // tag minus that of "O"); row 0 is all zeros, the row of every bucket without weights (added rather than tested
    // for: no branch on a cache-missing load in the feature loop). A bucket's row is its rank among the buckets
    // with weights, read from a bitmap with counts (see RankBlock): a quarter of a MB instead of a table of 2^21 ints.
    private readonly RankBlock[] _rank;
    private readonly short[] _rows;
    private readonly float _scale;
    // Score vectors of the positions beyond the sentence edges, [(d + Reach) * Columns + tag − 1] (d = 0 unused).
    private readonly int[] _pad;
    private readonly WordCache? _cache;
    private NerStack? _stack;
    // The second stage in this model's units: weights / _scale, transitions (first + second stage) / _scale.
    // Weights kept as the floats they are (the quotient is a float), widened when added: half the memory per row.
    private float[] _stackW = Array.Empty<float>();
    private double[] _stackTransPacked = Array.Empty<double>();
    private double[] _stackTagBias = Array.Empty<double>();
    private readonly double[] _transPacked;

    /// <summary>The second stage (document-level stacking), or null for a one-stage tagger.</summary>
    public NerStack? Stack
    {
        get => _stack;
        set
        {
            if (value != null && value.Tags != Tags.Length) throw new ArgumentException("stack tags differ from the model's");
            _stack = value;
            if (value == null) return;
            _stackW = value.Weights.Select(x => x / _scale).ToArray();
            _stackTransPacked = Structure.Pack(Transitions.Zip(value.Transitions, (a, b) => (double)((a + b) / _scale)).ToArray());
            var tb = value.TagBias;
            if (tb.Length != 0 && tb.Length != Tags.Length) throw new ArgumentException("stack: one bias per tag");
            _stackTagBias = tb.Select(x => (double)(x / _scale)).ToArray();
        }
    }

    /// <summary>A model from dense float weights [bucket * T + tag] (quantised to 16 bits, as <see cref="Save"/> stores them).</summary>
    public NerModel(string[] tags, int bucketBits, Dictionary<string, GazClass> gazetteer, float[]? weights = null, float[]? transitions = null,
        Dictionary<string, int[]>? clusters = null, Dictionary<ulong, byte>? corpusGazetteer = null)
        : this(tags, bucketBits, new NerFeatures(bucketBits, gazetteer, clusters, corpusGazetteer), transitions ?? new float[(tags.Length + 1) * tags.Length],
            Quantise(weights ?? Array.Empty<float>(), tags.Length, bucketBits), DefaultCacheSlots)
    {
    }

    private NerModel(string[] tags, int bucketBits, NerFeatures features, float[] transitions, (RankBlock[] Rank, short[] Rows, float Scale) weights, int cacheSlots)
    {
        if (tags.Length is < 2 or > Columns + 1 || tags[0] != "O") throw new ArgumentException($"tags: \"O\" first and at most {Columns} others");
        Tags = tags;
        BucketBits = bucketBits;
        Features = features;
        Structure = new TagSet(tags);
        Transitions = transitions;
        (_rank, _rows, _scale) = weights;
        _transPacked = Structure.Pack(transitions.Select(x => (double)(x / _scale)).ToArray());
        _pad = new int[NerFeatures.Offsets * Columns];
        Span<int> feats = stackalloc int[NerFeatures.MaxWordFeatures];
        for (var d = -NerFeatures.Reach; d <= NerFeatures.Reach; d++)
        {
            if (d == 0) continue;
            var k = Features.PadFeatures(d, feats);
            AddRows(feats[..k], _pad.AsSpan((d + NerFeatures.Reach) * Columns, Columns));
        }
        _cache = cacheSlots > 0 ? new WordCache(cacheSlots) : null;
    }

    /// <summary>The same model with its own score cache of <paramref name="slots"/> word types (0: no cache, every token scored afresh).</summary>
    public NerModel WithCache(int slots)
    {
        if (slots < 0 || (slots & (slots - 1)) != 0) throw new ArgumentException("cache slots must be 0 or a power of two", nameof(slots));
        return new NerModel(Tags, BucketBits, Features, Transitions, (_rank, _rows, _scale), slots) { OutsideBias = OutsideBias, TagBias = TagBias, Stack = Stack };
    }

    /// <summary>64 buckets: which have weights, and how many buckets before them do.</summary>
    internal struct RankBlock
    {
        public ulong Bits;
        public int Before;
    }

    private static RankBlock[] Rank(int bits, IEnumerable<int> bucketsWithWeights)
    {
        var rank = new RankBlock[Math.Max(1, (1 << bits) >> 6)];
        foreach (var b in bucketsWithWeights) rank[b >> 6].Bits |= 1UL << b;
        var before = 0;
        for (var k = 0; k < rank.Length; k++)
        {
            rank[k].Before = before;
            before += BitOperations.PopCount(rank[k].Bits);
        }
        return rank;
    }

    // The row of a bucket: 0 when it has no weights, else 1 + the number of buckets before it that have.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RowOf(RankBlock[] rank, int bucket)
    {
        var block = rank[bucket >> 6];
        var has = (int)(block.Bits >> bucket) & 1;
        return has * (block.Before + BitOperations.PopCount(block.Bits & ((1UL << bucket) - 1)) + 1);
    }

    private static (RankBlock[], short[], float) Quantise(float[] weights, int t, int bits)
    {
        var buckets = 1 << bits;
        var with = new List<int>();
        if (weights.Length == 0) return (Rank(bits, with), new short[Columns], 1f);
        if (weights.Length != buckets * t) throw new ArgumentException($"weights: expected {buckets * t} values, got {weights.Length}");
        var max = 0f;
        for (var r = 0; r < buckets; r++)
            for (var c = 1; c < t; c++) max = Math.Max(max, Math.Abs(weights[r * t + c] - weights[r * t]));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        var q = new short[Columns];
        var rows = new List<short>(q);
        for (var r = 0; r < buckets; r++)
        {
            var any = false;
            for (var c = 1; c < t; c++) { q[c - 1] = (short)Math.Round((weights[r * t + c] - weights[r * t]) / scale); any |= q[c - 1] != 0; }
            if (!any) continue;
            with.Add(r);
            rows.AddRange(q);
        }
        return (Rank(bits, with), rows.ToArray(), scale);
    }

    internal static string ToBio(string tag) => tag.Length > 2 && tag[1] == '-'
        ? tag[0] switch { 'U' => "B" + tag[1..], 'L' => "I" + tag[1..], _ => tag }
        : tag;

    /// <summary>BIO tags of a sentence → BILOU.</summary>
    internal static string[] ToBilou(IReadOnlyList<string> bio)
    {
        var result = new string[bio.Count];
        for (var i = 0; i < bio.Count; i++) result[i] = "O";
        foreach (var (start, end, type) in ConllEval.Chunks(bio))
        {
            if (end - start == 1) { result[start] = "U-" + type; continue; }
            result[start] = "B-" + type;
            for (var k = start + 1; k < end - 1; k++) result[k] = "I-" + type;
            result[end - 1] = "L-" + type;
        }
        return result;
    }

    private static readonly Lazy<NerModel> _default = new(() =>
    {
        using var s = DataFiles.Open("actors/ner.model");
        return Load(s);
    });

    /// <summary>The shipped model (embedded resource), loaded once.</summary>
    public static NerModel Default => _default.Value;

    /// <summary>Tags a sentence of tokens; never throws for odd tokens (empty, huge, any script). With a second
    /// stage the sentence is a document of its own (see <see cref="TagDocument"/>).</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        if (n == 0) return Array.Empty<string>();
        if (_stack != null) return TagDocument(new[] { tokens })[0];
        var path = n <= Scratch.MaxKept ? Scratch.Get().Path(n) : new int[n];
        Tag(tokens, path);
        var result = new string[n];
        var output = Structure.Output;
        for (var i = 0; i < n; i++) result[i] = output[path[i]];
        return result;
    }

    /// <summary>Tags a sentence into <paramref name="tags"/> with the first stage alone: indices into <see cref="Tags"/> (BIO output: <see cref="TagSet.Output"/>).</summary>
    internal void Tag(IReadOnlyList<string> tokens, Span<int> tags)
    {
        var n = tokens.Count;
        if (n == 0) return;
        var t = Tags.Length;
        var big = n > Scratch.MaxKept;
        var s = big ? new Scratch() : Scratch.Get();
        s.Ensure(n, t);
        var em = s.Emissions.AsSpan(0, n * t);
        Emissions(tokens, s, em, default);
        var bias = -OutsideBias / _scale;
        for (var i = 0; i < n; i++) em[i * t] = bias;
        AddTagBias(em, n, _tagBiasScaled);
        Structure.ViterbiPacked(em, n, _transPacked, s.Score, s.Back, tags);
    }

    /// <summary>
    /// Tags the sentences of one document. With a second stage (<see cref="Stack"/>), each token's score also
    /// counts what the first stage predicted for the same stem in the sentences within the stack's window;
    /// without one, the same as tagging each sentence.
    /// </summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var result = new string[sentences.Count][];
        var stack = _stack;
        if (stack == null)
        {
            for (var k = 0; k < sentences.Count; k++) result[k] = Tag(sentences[k]);
            return result;
        }
        var t = Tags.Length;
        var d = DocScratch.Get(t);
        var offsets = d.Offsets(sentences.Count + 1);
        offsets[0] = 0;
        for (var k = 0; k < sentences.Count; k++) offsets[k + 1] = offsets[k] + sentences[k].Count;
        var total = offsets[sentences.Count];
        d.Ensure(total, t);
        var maxLen = 0;
        for (var k = 0; k < sentences.Count; k++) maxLen = Math.Max(maxLen, sentences[k].Count);
        var s = maxLen > Scratch.MaxKept ? new Scratch() : Scratch.Get();
        s.Ensure(Math.Max(maxLen, 1), t);
        var bias1 = -OutsideBias / _scale;
        for (var k = 0; k < sentences.Count; k++)
        {
            var n = sentences[k].Count;
            if (n == 0) continue;
            var em = d.Em.AsSpan(offsets[k] * t, n * t);
            Emissions(sentences[k], s, em, d.Stems.AsSpan(offsets[k], n));
            var first = s.Emissions.AsSpan(0, n * t);
            em.CopyTo(first);
            for (var i = 0; i < n; i++) first[i * t] = bias1;
            AddTagBias(first, n, _tagBiasScaled);
            Structure.ViterbiPacked(first, n, _transPacked, s.Score, s.Back, d.Pred.AsSpan(offsets[k], n));
        }
        var counts = d.Counts;
        counts.Reset();
        Span<int> feats = stackalloc int[NerStack.MaxFeatures];
        var bias2 = -stack.OutsideBias / _scale;
        var w = _stackW;
        var output = Structure.Output;
        for (var k = 0; k < sentences.Count; k++)
        {
            var n = sentences[k].Count;
            if (n == 0) { result[k] = Array.Empty<string>(); continue; }
            counts.MoveTo(k, stack.Window, d.Stems.AsSpan(0, total), d.Pred.AsSpan(0, total), offsets.AsSpan(0, sentences.Count + 1));
            var stems = d.Stems.AsSpan(offsets[k], n);
            var pred = d.Pred.AsSpan(offsets[k], n);
            var em = s.Emissions.AsSpan(0, n * t);
            d.Em.AsSpan(offsets[k] * t, n * t).CopyTo(em);
            var majority = d.Majority.AsSpan(0, n);
            stack.Majorities(stems, pred, counts, majority);
            for (var i = 0; i < n; i++)
            {
                var row = em.Slice(i * t, t);
                row[0] = bias2;
                var m = stack.Features(stems, pred, majority, i, counts, feats, stack.Lexicon);
                foreach (var f in feats[..m])
                {
                    var wr = w.AsSpan(f * t, t);
                    var c = 0;
                    for (; c + Vector256<float>.Count <= t; c += Vector256<float>.Count)
                    {
                        var (lo, hi) = Vector256.Widen(Vector256.Create<float>(wr[c..]));
                        (Vector256.Create<double>(row[c..]) + lo).CopyTo(row[c..]);
                        (Vector256.Create<double>(row[(c + Vector256<double>.Count)..]) + hi).CopyTo(row[(c + Vector256<double>.Count)..]);
                    }
                    for (; c < t; c++) row[c] += wr[c];
                }
            }
            AddTagBias(em, n, _stackTagBias);
            var path = s.Path(n);
            Structure.ViterbiPacked(em, n, _stackTransPacked, s.Score, s.Back, path);
            var tags = result[k] = new string[n];
            for (var i = 0; i < n; i++) tags[i] = output[path[i]];
        }
        return result;
    }

    // Adds a bias per tag (none when empty) to every token's scores.
    private void AddTagBias(Span<double> em, int n, double[] bias)
    {
        if (bias.Length == 0) return;
        var t = Tags.Length;
        for (var i = 0; i < n; i++)
        {
            var row = em.Slice(i * t, t);
            for (var c = 1; c < t; c++) row[c] += bias[c];
        }
    }

    // Emission scores of a sentence, [token * T + tag] in units of _scale relative to "O" ("O" column 0), and the
    // stem keys of its tokens when asked for.
    private void Emissions(IReadOnlyList<string> tokens, Scratch s, Span<double> em, Span<ulong> stems)
    {
        var n = tokens.Count;
        var t = Tags.Length;
        var vecs = s.Entries;
        var keys = s.Keys;
        for (var i = 0; i < n; i++)
        {
            var e = Lookup(tokens[i] ?? "");
            vecs[i] = e;
            keys[i] = e.Keys;
            if (!stems.IsEmpty) stems[i] = e.Keys.Stem;
        }
        Span<int> acc = stackalloc int[Columns];
        Span<int> feats = stackalloc int[NerFeatures.MaxConjunctions];
        for (var i = 0; i < n; i++)
        {
            var v0 = Vector256<int>.Zero;
            var v1 = Vector256<int>.Zero;
            for (var d = -NerFeatures.Reach; d <= NerFeatures.Reach; d++)
            {
                var j = i + d;
                // Word j sits at offset d of token i: its slot Reach − d.
                ReadOnlySpan<int> src = j >= 0 && j < n ? ((ReadOnlySpan<int>)vecs[j].Vector).Slice((NerFeatures.Reach - d) * Columns, Columns) : _pad.AsSpan((d + NerFeatures.Reach) * Columns, Columns);
                v0 += Vector256.Create<int>(src);
                v1 += Vector256.Create<int>(src[8..]);
            }
            v0.CopyTo(acc);
            v1.CopyTo(acc[8..]);
            var k = Features.ConjunctionFeatures(i > 0 ? keys[i - 1] : NerFeatures.Start, keys[i], i + 1 < n ? keys[i + 1] : NerFeatures.End, feats);
            AddRows(feats[..k], acc);
            var row = em.Slice(i * t, t);
            row[0] = 0;
            for (var c = 1; c < t; c++) row[c] = acc[c - 1];
        }
        if (n <= Scratch.MaxKept) Array.Clear(vecs, 0, n);
    }

    // The per-word score vectors of a token: from the cache, or computed (and stored when the cache is on).
    private WordCache.Entry Lookup(string token)
    {
        if (_cache == null || token.Length > MaxCachedLength) return Compute(token);
        var slot = (int)(WordCache.Hash(token) & (uint)_cache.Mask);
        // A plain read: a reference is read whole, and the entry it points to was complete before it was published.
        var e = _cache.Slots[slot];
        if (e != null && string.Equals(e.Key, token, StringComparison.Ordinal)) return e;
        e = Compute(token);
        Volatile.Write(ref _cache.Slots[slot], e);
        return e;
    }

    private WordCache.Entry Compute(string token)
    {
        var w = Features.Analyze(token);
        var e = new WordCache.Entry(token, w.Keys);
        Span<int> vec = e.Vector;
        Span<int> feats = stackalloc int[NerFeatures.MaxWordFeatures];
        // Slot Reach − d: what the word gives a token when it sits d positions from it.
        for (var d = -NerFeatures.Reach; d <= NerFeatures.Reach; d++)
        {
            var k = Features.WordFeatures(w, d, feats, out _);
            AddRows(feats[..k], vec.Slice((NerFeatures.Reach - d) * Columns, Columns));
        }
        return e;
    }

    private void AddRows(ReadOnlySpan<int> feats, Span<int> dst)
    {
        var a0 = Vector256.Create<int>(dst);
        var a1 = Vector256.Create<int>(dst[8..]);
        var rows = _rows;
        foreach (var f in feats)
        {
            var r = RowOf(_rank, f);
            var (lo, hi) = Vector256.Widen(Vector256.Create<short>(rows.AsSpan(r * Columns, Columns)));
            a0 += lo;
            a1 += hi;
        }
        a0.CopyTo(dst);
        a1.CopyTo(dst[8..]);
    }

    /// <summary>Direct-mapped table of per-word score vectors: bounded, lock-free (an entry is published whole).</summary>
    private sealed class WordCache(int slots)
    {
        public sealed class Entry(string key, NerFeatures.WordKeys keys)
        {
            public readonly string Key = key;
            public readonly NerFeatures.WordKeys Keys = keys;
            // Inline, so a hit reads one object.
            public Vectors Vector;
        }

        [System.Runtime.CompilerServices.InlineArray(NerFeatures.Offsets * Columns)]
        public struct Vectors { private int _first; }

        public readonly Entry?[] Slots = new Entry?[slots];
        public readonly int Mask = slots - 1;

        // Not string.GetHashCode: Marvin is several times slower on short words, and this table needs no flooding defence (it is bounded).
        public static uint Hash(string s)
        {
            var h = 2166136261u;
            foreach (var c in s) h = (h ^ c) * 16777619u;
            return h ^ (h >> 15);
        }
    }

    // Per-thread buffers of the decoder, so tagging a sentence allocates only its result.
    private sealed class Scratch
    {
        public const int MaxKept = 4096;
        [ThreadStatic] private static Scratch? _current;
        public static Scratch Get() => _current ??= new Scratch();
        public WordCache.Entry[] Entries = Array.Empty<WordCache.Entry>();
        public NerFeatures.WordKeys[] Keys = Array.Empty<NerFeatures.WordKeys>();
        public double[] Emissions = Array.Empty<double>();
        public double[] Score = Array.Empty<double>();
        public int[] Back = Array.Empty<int>();
        private int[] _path = Array.Empty<int>();

        public int[] Path(int n)
        {
            if (_path.Length < n) _path = new int[Math.Max(n, 64)];
            return _path;
        }

        public void Ensure(int n, int t)
        {
            if (Entries.Length >= n && Emissions.Length >= n * t) return;
            var m = Math.Max(n, 64);
            Entries = new WordCache.Entry[m];
            Keys = new NerFeatures.WordKeys[m];
            Emissions = new double[m * t];
            Score = new double[m * t];
            Back = new int[m * t];
        }
    }

    // Per-thread buffers of a document's first stage (emissions, stems, tags of all its tokens) and window counts.
    private sealed class DocScratch
    {
        [ThreadStatic] private static DocScratch? _current;
        public static DocScratch Get(int tags) => _current is { } d && d._tags == tags ? d : _current = new DocScratch(tags);
        private readonly int _tags;
        private DocScratch(int tags) { _tags = tags; Counts = new NerStack.WindowCounts(tags); }
        public readonly NerStack.WindowCounts Counts;
        public double[] Em = Array.Empty<double>();
        public ulong[] Stems = Array.Empty<ulong>();
        public int[] Pred = Array.Empty<int>();
        public int[] Majority = Array.Empty<int>();
        private int[] _offsets = Array.Empty<int>();

        public int[] Offsets(int n) => _offsets.Length >= n ? _offsets : _offsets = new int[Math.Max(n, 64)];

        public void Ensure(int tokens, int t)
        {
            if (Stems.Length >= tokens) return;
            var m = Math.Max(tokens, 1024);
            Em = new double[m * t];
            Stems = new ulong[m];
            Pred = new int[m];
            Majority = new int[m];
        }
    }

    /// <summary>
    /// Saves as gzip: header, tags, gazetteer, transitions, then only the non-zero weight rows with 16-bit
    /// quantised weights (one scale for the whole model), so the file stays a few MB.
    /// </summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8);
        var t = Tags.Length;
        var clusters = Features.Clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var wide = clusters.Any(kv => kv.Value.Any(c => c is < 0 or > ushort.MaxValue));
        w.Write(wide ? WideMagic : Magic);
        w.Write(BucketBits);
        w.Write(t);
        foreach (var tag in Tags) w.Write(tag);
        var gaz = Features.Gazetteer.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(gaz.Count);
        foreach (var (k, v) in gaz) { w.Write(k); w.Write((byte)v); }
        w.Write(clusters.Count);
        w.Write(clusters.Count == 0 ? 0 : clusters[0].Value.Length);
        foreach (var (k, v) in clusters) { w.Write(k); foreach (var c in v) { if (wide) w.Write(c); else w.Write((ushort)c); } }
        var corpus = Features.CorpusGazetteer.OrderBy(kv => kv.Key).ToList();
        w.Write(corpus.Count);
        foreach (var (k, v) in corpus) { w.Write(k); w.Write(v); }
        foreach (var x in Transitions) w.Write(x);
        w.Write(OutsideBias);
        WriteTagBias(w, TagBias, t);
        w.Write(_scale);
        w.Write(_rows.Length / Columns - 1);
        var prev = -1;
        for (var b = 0; b < 1 << BucketBits; b++)
        {
            var r = RowOf(_rank, b);
            if (r == 0) continue;
            w.Write7BitEncodedInt(b - prev);
            prev = b;
            for (var c = 0; c < t - 1; c++) w.Write(_rows[r * Columns + c]);
        }
        w.Write(_stack != null);
        if (_stack == null) return;
        _stack.Save(w);
        WriteTagBias(w, _stack.TagBias, t);
        var lexicon = _stack.Lexicon?.OrderBy(kv => kv.Key).ToList();
        w.Write(lexicon?.Count ?? -1);
        foreach (var (k, v) in lexicon ?? new()) { w.Write(k); w.Write(v); }
    }

    private static void WriteTagBias(BinaryWriter w, float[] bias, int t)
    {
        for (var c = 0; c < t; c++) w.Write(bias.Length == 0 ? 0f : bias[c]);
    }

    // Biases stored for every tag; none (empty) when all are zero, so models without them decode as before.
    private static float[] ReadTagBias(BinaryReader r, int t)
    {
        var bias = new float[t];
        for (var c = 0; c < t; c++) bias[c] = r.ReadSingle();
        if (bias.Any(x => !float.IsFinite(x)) || bias[0] != 0) throw new InvalidDataException("corrupt NER model tag biases");
        return bias.All(x => x == 0) ? Array.Empty<float>() : bias;
    }

    public static NerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8);
        var magic = r.ReadString();
        var wide = magic == WideMagic;
        if (wide) magic = Magic;
        if (magic is "RASDNER2" or "RASDNER3") throw new InvalidDataException($"NER model format {magic} is older than this tagger ({Magic}): retrain it with `rasd train ner`");
        // RASDNER4 is the same layout without the second stage, RASDNER5 without the tag biases, RASDNER6 without the stack lexicon.
        if (magic != Magic && magic is not ("RASDNER4" or "RASDNER5" or "RASDNER6")) throw new InvalidDataException("not a Rasd NER model");
        var bits = r.ReadInt32();
        var t = r.ReadInt32();
        if (bits is < 8 or > 24 || t is < 2 or > Columns + 1) throw new InvalidDataException("corrupt NER model header");
        var tags = new string[t];
        for (var i = 0; i < t; i++) tags[i] = r.ReadString();
        var gn = r.ReadInt32();
        var gaz = new Dictionary<string, GazClass>(gn, StringComparer.Ordinal);
        for (var i = 0; i < gn; i++) { var k = r.ReadString(); gaz[k] = (GazClass)r.ReadByte(); }
        var cn = r.ReadInt32();
        var cg = r.ReadInt32();
        if (cn < 0 || cg is < 0 or > 16) throw new InvalidDataException("corrupt NER model clusters");
        var clusters = new Dictionary<string, int[]>(cn, StringComparer.Ordinal);
        for (var i = 0; i < cn; i++)
        {
            var k = r.ReadString();
            var v = new int[cg];
            for (var g = 0; g < cg; g++) v[g] = wide ? r.ReadInt32() : r.ReadUInt16();
            clusters[k] = v;
        }
        var kn = r.ReadInt32();
        if (kn < 0) throw new InvalidDataException("corrupt NER model corpus gazetteer");
        var corpus = new Dictionary<ulong, byte>(kn);
        for (var i = 0; i < kn; i++) { var k = r.ReadUInt64(); corpus[k] = r.ReadByte(); }
        var trans = new float[(t + 1) * t];
        for (var i = 0; i < trans.Length; i++) trans[i] = r.ReadSingle();
        var bias = r.ReadSingle();
        var tagBias = magic is "RASDNER6" or Magic ? ReadTagBias(r, t) : Array.Empty<float>();
        var scale = r.ReadSingle();
        var count = r.ReadInt32();
        if (count < 0 || count > 1 << bits || !(scale > 0)) throw new InvalidDataException("corrupt NER model weights");
        var with = new int[count];
        var rows = new short[(count + 1) * Columns];
        var bucket = -1;
        for (var i = 0; i < count; i++)
        {
            var step = r.Read7BitEncodedInt();
            bucket += step;
            // Rows are found by rank, so buckets must strictly increase.
            if (step < 1 || bucket < 0 || bucket >= 1 << bits) throw new InvalidDataException("corrupt NER model weights");
            with[i] = bucket;
            for (var c = 0; c < t - 1; c++) rows[(i + 1) * Columns + c] = r.ReadInt16();
        }
        if (tags[0] != "O") throw new InvalidDataException("corrupt NER model tags");
        NerStack? stack = null;
        if (magic != "RASDNER4" && r.ReadBoolean())
        {
            if (t != BilouTags.Length) throw new InvalidDataException("corrupt NER model: a second stage needs BILOU tags");
            stack = NerStack.Load(r, t);
            if (magic is "RASDNER6" or Magic) stack.TagBias = ReadTagBias(r, t);
            if (magic == Magic)
            {
                var ln = r.ReadInt32();
                if (ln < -1) throw new InvalidDataException("corrupt NER model stack lexicon");
                if (ln >= 0)
                {
                    var lex = new Dictionary<ulong, byte>(ln);
                    for (var i = 0; i < ln; i++) { var k = r.ReadUInt64(); lex[k] = r.ReadByte(); }
                    stack.Lexicon = lex;
                }
            }
        }
        var features = new NerFeatures(bits, gaz, clusters, corpus);
        return new NerModel(tags, bits, features, trans, (Rank(bits, with), rows, scale), DefaultCacheSlots) { OutsideBias = bias, TagBias = tagBias, Stack = stack };
    }
}

/// <summary>A tag set with its BIO/BILOU constraints and the Viterbi decoder over it.</summary>
internal sealed class TagSet
{
    public readonly string[] Tags;
    /// <summary>BIO tag of each tag (BILOU's U/L become B/I).</summary>
    public readonly string[] Output;
    /// <summary>Allowed transitions, [(prev) * T + tag]; prev == T is the sentence start.</summary>
    public readonly bool[] Allowed;
    /// <summary>Tags a sentence may end with.</summary>
    public readonly bool[] AllowedEnd;
    // For each tag c, the tags that may precede it (Viterbi skips the rest): _prev[_prevStart[c] .. _prevStart[c + 1]).
    private readonly int[] _prev;
    private readonly int[] _prevStart;

    public TagSet(string[] tags)
    {
        Tags = tags;
        var t = tags.Length;
        var bilou = tags.Any(x => x.StartsWith("L-", StringComparison.Ordinal));
        Allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++)
                Allowed[p * t + c] = IsAllowed(p < t ? tags[p] : "O", tags[c], bilou);
        AllowedEnd = tags.Select(x => !bilou || !(x.StartsWith("B-", StringComparison.Ordinal) || x.StartsWith("I-", StringComparison.Ordinal))).ToArray();
        Output = tags.Select(NerModel.ToBio).ToArray();
        var lists = Enumerable.Range(0, t).Select(c => Enumerable.Range(0, t).Where(p => Allowed[p * t + c]).ToArray()).ToArray();
        _prev = lists.SelectMany(x => x).ToArray();
        _prevStart = new int[t + 1];
        for (var c = 0; c < t; c++) _prevStart[c + 1] = _prevStart[c] + lists[c].Length;
    }

    private static bool IsAllowed(string prev, string cur, bool bilou)
    {
        var inside = prev.StartsWith("B-", StringComparison.Ordinal) || prev.StartsWith("I-", StringComparison.Ordinal);
        var continues = cur.StartsWith("I-", StringComparison.Ordinal) || cur.StartsWith("L-", StringComparison.Ordinal);
        if (continues) return inside && prev[2..] == cur[2..];
        // In BILOU an open name (B-, I-) must go on with I- or L- of its type; in BIO anything may follow.
        return !(bilou && inside);
    }

    /// <summary>Length of <see cref="Pack(ReadOnlySpan{double})"/>'s result.</summary>
    public int PackedLength => _prev.Length + Tags.Length;

    /// <summary>Transitions [(prev) * T + tag] in the decoder's order: for each tag the weights from the tags that
    /// may precede it, then the weights from the sentence start.</summary>
    public double[] Pack(ReadOnlySpan<double> transitions)
    {
        var packed = new double[PackedLength];
        Pack(transitions, packed);
        return packed;
    }

    private void Pack(ReadOnlySpan<double> transitions, Span<double> packed)
    {
        var t = Tags.Length;
        for (var c = 0; c < t; c++)
            for (var k = _prevStart[c]; k < _prevStart[c + 1]; k++) packed[k] = transitions[_prev[k] * t + c];
        for (var c = 0; c < t; c++) packed[_prev.Length + c] = transitions[t * t + c];
    }

    /// <summary>Best tag sequence for per-token emission scores [n * T] and transitions [(prev) * T + tag].</summary>
    public void Viterbi(ReadOnlySpan<double> emissions, int n, ReadOnlySpan<double> transitions, Span<double> score, Span<int> back, Span<int> path)
    {
        Span<double> packed = stackalloc double[PackedLength];
        Pack(transitions, packed);
        ViterbiPacked(emissions, n, packed, score, back, path);
    }

    /// <summary>As <see cref="Viterbi"/> with transitions from <see cref="Pack(ReadOnlySpan{double})"/>.</summary>
    public void ViterbiPacked(ReadOnlySpan<double> emissions, int n, ReadOnlySpan<double> packed, Span<double> score, Span<int> back, Span<int> path)
    {
        var t = Tags.Length;
        if (packed.Length != PackedLength || emissions.Length < n * t || score.Length < n * t || back.Length < n * t || path.Length < n)
            throw new ArgumentException("Viterbi buffers are too small");
        var startAt = _prev.Length;
        for (var c = 0; c < t; c++)
            score[c] = Allowed[t * t + c] ? emissions[c] + packed[startAt + c] : double.NegativeInfinity;
        // Sizes checked above: the loop reads through refs without bounds checks.
        ref var prev = ref MemoryMarshal.GetArrayDataReference(_prev);
        ref var start = ref MemoryMarshal.GetArrayDataReference(_prevStart);
        ref var tr = ref MemoryMarshal.GetReference(packed);
        ref var sc = ref MemoryMarshal.GetReference(score);
        ref var bk = ref MemoryMarshal.GetReference(back);
        ref var em = ref MemoryMarshal.GetReference(emissions);
        for (var i = 1; i < n; i++)
        {
            ref var prevScore = ref Unsafe.Add(ref sc, (i - 1) * t);
            ref var cur = ref Unsafe.Add(ref sc, i * t);
            ref var curBack = ref Unsafe.Add(ref bk, i * t);
            ref var emi = ref Unsafe.Add(ref em, i * t);
            var k = 0;
            for (var c = 0; c < t; c++)
            {
                var bestScore = double.NegativeInfinity;
                var bestPrev = 0;
                for (var end = Unsafe.Add(ref start, c + 1); k < end; k++)
                {
                    var p = Unsafe.Add(ref prev, k);
                    var s = Unsafe.Add(ref prevScore, p) + Unsafe.Add(ref tr, k);
                    if (s > bestScore) { bestScore = s; bestPrev = p; }
                }
                Unsafe.Add(ref cur, c) = bestScore + Unsafe.Add(ref emi, c);
                Unsafe.Add(ref curBack, c) = bestPrev;
            }
        }
        var last = 0;
        for (var c = 1; c < t; c++) if (AllowedEnd[c] && score[(n - 1) * t + c] > score[(n - 1) * t + last]) last = c;
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * t + path[i]];
    }
}
