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
    public static readonly string[] DefaultTags = { "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC" };
    private const string Magic = "RASDNER1";

    public string[] Tags { get; }
    public int BucketBits { get; }
    public NerFeatures Features { get; }
    /// <summary>Emission weights, [bucket * T + tag].</summary>
    internal float[] Weights { get; }
    /// <summary>Transition weights, [(prev) * T + tag]; prev == T is the sentence start.</summary>
    internal float[] Transitions { get; }
    /// <summary>Allowed transitions (BIO), same layout as <see cref="Transitions"/>.</summary>
    internal bool[] Allowed { get; }

    public NerModel(string[] tags, int bucketBits, Dictionary<string, GazClass> gazetteer, float[]? weights = null, float[]? transitions = null)
    {
        Tags = tags;
        BucketBits = bucketBits;
        Features = new NerFeatures(bucketBits, gazetteer);
        var t = tags.Length;
        Weights = weights ?? new float[(1 << bucketBits) * t];
        Transitions = transitions ?? new float[(t + 1) * t];
        Allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++)
                Allowed[p * t + c] = IsAllowed(p < t ? tags[p] : "O", tags[c]);
    }

    private static bool IsAllowed(string prev, string cur)
    {
        if (!cur.StartsWith("I-")) return true;
        return prev.Length > 2 && prev[2..] == cur[2..];
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
        }
        var best = Viterbi(emissions, n);
        var result = new string[n];
        for (var i = 0; i < n; i++) result[i] = Tags[best[i]];
        return result;
    }

    internal void Score(ReadOnlySpan<int> feats, Span<float> dst)
    {
        var t = Tags.Length;
        dst.Clear();
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
                for (var p = 0; p < t; p++)
                {
                    if (!Allowed[p * t + c]) continue;
                    var s = score[(i - 1) * t + p] + Transitions[p * t + c];
                    if (s > bestScore) { bestScore = s; bestPrev = p; }
                }
                score[i * t + c] = bestScore + emissions[i * t + c];
                back[i * t + c] = bestPrev;
            }
        }
        var path = new int[n];
        var last = 0;
        for (var c = 1; c < t; c++) if (score[(n - 1) * t + c] > score[(n - 1) * t + last]) last = c;
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
        foreach (var x in Transitions) w.Write(x);
        var max = 0f;
        foreach (var x in Weights) max = Math.Max(max, Math.Abs(x));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        w.Write(scale);
        var rows = 1 << BucketBits;
        var q = new short[t];
        var prevRow = -1;
        var nonZero = new List<int>();
        for (var r = 0; r < rows; r++)
        {
            var any = false;
            for (var c = 0; c < t; c++) if ((short)Math.Round(Weights[r * t + c] / scale) != 0) { any = true; break; }
            if (any) nonZero.Add(r);
        }
        w.Write(nonZero.Count);
        foreach (var r in nonZero)
        {
            w.Write7BitEncodedInt(r - prevRow);
            prevRow = r;
            for (var c = 0; c < t; c++) w.Write((short)Math.Round(Weights[r * t + c] / scale));
        }
    }

    public static NerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException("not a Rasd NER model");
        var bits = r.ReadInt32();
        var t = r.ReadInt32();
        if (bits is < 8 or > 24 || t is < 1 or > 64) throw new InvalidDataException("corrupt NER model header");
        var tags = new string[t];
        for (var i = 0; i < t; i++) tags[i] = r.ReadString();
        var gn = r.ReadInt32();
        var gaz = new Dictionary<string, GazClass>(gn, StringComparer.Ordinal);
        for (var i = 0; i < gn; i++) { var k = r.ReadString(); gaz[k] = (GazClass)r.ReadByte(); }
        var trans = new float[(t + 1) * t];
        for (var i = 0; i < trans.Length; i++) trans[i] = r.ReadSingle();
        var scale = r.ReadSingle();
        var weights = new float[(1 << bits) * t];
        var count = r.ReadInt32();
        var row = -1;
        for (var i = 0; i < count; i++)
        {
            row += r.Read7BitEncodedInt();
            for (var c = 0; c < t; c++) weights[row * t + c] = r.ReadInt16() * scale;
        }
        return new NerModel(tags, bits, gaz, weights, trans);
    }
}
