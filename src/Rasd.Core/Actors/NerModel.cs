using System.IO.Compression;
using System.Text;
using Rasd.Data;

namespace Rasd.Actors;

/// <summary>
/// A first-order linear-chain tagger (structured averaged perceptron): hashed emission weights per tag plus a
/// tag-transition matrix, decoded with Viterbi under BIO constraints (I-X only after B-X or I-X).
/// Trained on ANERcorp (CAMeL Lab train split) by <see cref="NerTrainer"/>; shipped as Data/actors/ner.model.
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
    private const string Magic = "RASDNER3";

    public string[] Tags { get; }
    /// <summary>Subtracted from the "O" score of every token: trades precision for recall (chosen on held-out data).</summary>
    public float OutsideBias { get; set; }
    public int BucketBits { get; }
    public NerFeatures Features { get; }
    /// <summary>Emission weights, [bucket * T + tag].</summary>
    internal float[] Weights { get; }
    // A loaded model keeps only its non-zero rows: bucket → row (or -1), rows packed [row * T + tag].
    private readonly int[]? _rowOf;
    private readonly float[]? _rows;
    /// <summary>Transition weights, [(prev) * T + tag]; prev == T is the sentence start.</summary>
    internal float[] Transitions { get; }
    /// <summary>Allowed transitions (BIO), same layout as <see cref="Transitions"/>.</summary>
    internal bool[] Allowed { get; }
    /// <summary>Tags a sentence may end with.</summary>
    internal bool[] AllowedEnd { get; }
    private readonly string[] _output;
    // For each tag, the tags that may precede it (Viterbi skips the rest).
    private readonly int[][] _allowedPrev;

    public NerModel(string[] tags, int bucketBits, Dictionary<string, GazClass> gazetteer, float[]? weights = null, float[]? transitions = null,
        Dictionary<string, int[]>? clusters = null, Dictionary<ulong, byte>? corpusGazetteer = null)
    {
        Tags = tags;
        BucketBits = bucketBits;
        Features = new NerFeatures(bucketBits, gazetteer, clusters, corpusGazetteer);
        var t = tags.Length;
        Weights = weights ?? new float[(1 << bucketBits) * t];
        Transitions = transitions ?? new float[(t + 1) * t];
        var bilou = IsBilou(tags);
        Allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++)
                Allowed[p * t + c] = IsAllowed(p < t ? tags[p] : "O", tags[c], bilou);
        AllowedEnd = tags.Select(x => !bilou || !(x.StartsWith("B-", StringComparison.Ordinal) || x.StartsWith("I-", StringComparison.Ordinal))).ToArray();
        _output = tags.Select(ToBio).ToArray();
        _allowedPrev = Enumerable.Range(0, t).Select(c => Enumerable.Range(0, t).Where(p => Allowed[p * t + c]).ToArray()).ToArray();
    }

    private NerModel(string[] tags, int bucketBits, Dictionary<string, GazClass> gazetteer, float[] transitions,
        Dictionary<string, int[]> clusters, Dictionary<ulong, byte> corpusGazetteer, int[] rowOf, float[] rows)
        : this(tags, bucketBits, gazetteer, Array.Empty<float>(), transitions, clusters, corpusGazetteer)
    {
        _rowOf = rowOf;
        _rows = rows;
    }

    /// <summary>Weight of (bucket, tag) whichever way the model stores them.</summary>
    private float WeightAt(int bucket, int tag)
    {
        var t = Tags.Length;
        if (_rowOf == null) return Weights[bucket * t + tag];
        var r = _rowOf[bucket];
        return r < 0 ? 0 : _rows![r * t + tag];
    }

    private static bool IsBilou(string[] tags) => tags.Any(x => x.StartsWith("L-", StringComparison.Ordinal));

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

    private static bool IsAllowed(string prev, string cur, bool bilou)
    {
        var inside = prev.StartsWith("B-", StringComparison.Ordinal) || prev.StartsWith("I-", StringComparison.Ordinal);
        var continues = cur.StartsWith("I-", StringComparison.Ordinal) || cur.StartsWith("L-", StringComparison.Ordinal);
        if (continues) return inside && prev[2..] == cur[2..];
        // In BILOU an open name (B-, I-) must go on with I- or L- of its type; in BIO anything may follow.
        return !(bilou && inside);
    }


    private static readonly Lazy<NerModel> _default = new(() =>
    {
        using var s = DataFiles.Open("actors/ner.model");
        return Load(s);
    });

    /// <summary>The shipped model (embedded resource), loaded once.</summary>
    public static NerModel Default => _default.Value;

    /// <summary>Tags a sentence of tokens; never throws for odd tokens (empty, huge, any script).</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        if (n == 0) return Array.Empty<string>();
        var p = Features.Prepare(tokens);
        var t = Tags.Length;
        var emissions = new float[n * t];
        Span<int> feats = stackalloc int[NerFeatures.MaxFeatures];
        for (var i = 0; i < n; i++)
        {
            var k = Features.Extract(p, i, feats);
            Score(feats[..k], emissions.AsSpan(i * t, t));
            emissions[i * t] -= OutsideBias;
        }
        var best = Viterbi(emissions, n);
        var result = new string[n];
        for (var i = 0; i < n; i++) result[i] = _output[best[i]];
        return result;
    }

    internal void Score(ReadOnlySpan<int> feats, Span<float> dst)
    {
        var t = Tags.Length;
        dst.Clear();
        if (_rowOf != null)
        {
            var rows = _rows!;
            foreach (var f in feats)
            {
                var r = _rowOf[f];
                if (r < 0) continue;
                var row = rows.AsSpan(r * t, t);
                for (var c = 0; c < t; c++) dst[c] += row[c];
            }
            return;
        }
        var w = Weights;
        foreach (var f in feats)
        {
            var row = w.AsSpan(f * t, t);
            for (var c = 0; c < t; c++) dst[c] += row[c];
        }
    }

    /// <summary>Best tag sequence for per-token emission scores [n * T].</summary>
    internal int[] Viterbi(float[] emissions, int n)
    {
        var t = Tags.Length;
        var score = new float[n * t];
        var back = new int[n * t];
        for (var c = 0; c < t; c++)
            score[c] = Allowed[t * t + c] ? emissions[c] + Transitions[t * t + c] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            for (var c = 0; c < t; c++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrev = 0;
                foreach (var p in _allowedPrev[c])
                {
                    var s = score[(i - 1) * t + p] + Transitions[p * t + c];
                    if (s > bestScore) { bestScore = s; bestPrev = p; }
                }
                score[i * t + c] = bestScore + emissions[i * t + c];
                back[i * t + c] = bestPrev;
            }
        }
        var path = new int[n];
        var last = 0;
        for (var c = 1; c < t; c++) if (AllowedEnd[c] && score[(n - 1) * t + c] > score[(n - 1) * t + last]) last = c;
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * t + path[i]];
        return path;
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
        w.Write(Magic);
        w.Write(BucketBits);
        w.Write(t);
        foreach (var tag in Tags) w.Write(tag);
        var gaz = Features.Gazetteer.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(gaz.Count);
        foreach (var (k, v) in gaz) { w.Write(k); w.Write((byte)v); }
        var clusters = Features.Clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(clusters.Count);
        w.Write(clusters.Count == 0 ? 0 : clusters[0].Value.Length);
        foreach (var (k, v) in clusters) { w.Write(k); foreach (var c in v) w.Write((ushort)c); }
        var corpus = Features.CorpusGazetteer.OrderBy(kv => kv.Key).ToList();
        w.Write(corpus.Count);
        foreach (var (k, v) in corpus) { w.Write(k); w.Write(v); }
        foreach (var x in Transitions) w.Write(x);
        w.Write(OutsideBias);
        var max = 0f;
        foreach (var x in _rows ?? Weights) max = Math.Max(max, Math.Abs(x));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        w.Write(scale);
        var rows = 1 << BucketBits;
        var q = new short[t];
        var prevRow = -1;
        var nonZero = new List<int>();
        for (var r = 0; r < rows; r++)
        {
            var any = false;
            for (var c = 0; c < t; c++) if ((short)Math.Round(WeightAt(r, c) / scale) != 0) { any = true; break; }
            if (any) nonZero.Add(r);
        }
        w.Write(nonZero.Count);
        foreach (var r in nonZero)
        {
            w.Write7BitEncodedInt(r - prevRow);
            prevRow = r;
            for (var c = 0; c < t; c++) w.Write((short)Math.Round(WeightAt(r, c) / scale));
        }
    }

    public static NerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8);
        var magic = r.ReadString();
        // RASDNER2 models (before the corpus gazetteer) still load.
        if (magic != Magic && magic != "RASDNER2") throw new InvalidDataException("not a Rasd NER model");
        var bits = r.ReadInt32();
        var t = r.ReadInt32();
        if (bits is < 8 or > 24 || t is < 1 or > 64) throw new InvalidDataException("corrupt NER model header");
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
            for (var g = 0; g < cg; g++) v[g] = r.ReadUInt16();
            clusters[k] = v;
        }
        var kn = magic == Magic ? r.ReadInt32() : 0;
        if (kn < 0) throw new InvalidDataException("corrupt NER model corpus gazetteer");
        var corpus = new Dictionary<ulong, byte>(kn);
        for (var i = 0; i < kn; i++) { var k = r.ReadUInt64(); corpus[k] = r.ReadByte(); }
        var trans = new float[(t + 1) * t];
        for (var i = 0; i < trans.Length; i++) trans[i] = r.ReadSingle();
        var bias = r.ReadSingle();
        var scale = r.ReadSingle();
        var count = r.ReadInt32();
        if (count < 0 || count > 1 << bits) throw new InvalidDataException("corrupt NER model weights");
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var rows = new float[count * t];
        var bucket = -1;
        for (var i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            if (bucket >= rowOf.Length) throw new InvalidDataException("corrupt NER model weights");
            rowOf[bucket] = i;
            for (var c = 0; c < t; c++) rows[i * t + c] = r.ReadInt16() * scale;
        }
        return new NerModel(tags, bits, gaz, trans, clusters, corpus, rowOf, rows) { OutsideBias = bias };
    }
}
