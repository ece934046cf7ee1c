using System.IO.Compression;

namespace Rasd.Actors;

/// <summary>The first stage's outputs on every training sentence from the fold model that did not see it.</summary>
internal sealed class OutOfFold(int epochs, float bias, float[][] emissions, float[][] transitions)
{
    private const string Magic = "RASDOOF1";
    public int Epochs { get; } = epochs;
    public float Bias { get; } = bias;
    /// <summary>Per sentence, [token * T + tag], relative to "O", without the bias.</summary>
    public float[][] Emissions { get; } = emissions;
    /// <summary>Per sentence, the transitions of the fold model that scored it.</summary>
    public float[][] Transitions { get; } = transitions;
    /// <summary>Added to every tag's emission (none when empty) before decoding, as <see cref="NerModel.TagBias"/>.</summary>
    public float[] TagBias { get; set; } = Array.Empty<float>();
    /// <summary>Per sentence, the first stage's tags (indices) with its bias (after <see cref="Decode"/>).</summary>
    public int[][] Predicted { get; private set; } = Array.Empty<int[]>();

    public void Decode(TagSet structure, int t)
    {
        Predicted = new int[Emissions.Length][];
        for (var s = 0; s < Emissions.Length; s++)
        {
            var e = Emissions[s];
            var n = e.Length / t;
            var em = new double[e.Length];
            for (var i = 0; i < e.Length; i++) em[i] = e[i];
            for (var i = 0; i < n; i++) em[i * t] = -Bias;
            if (TagBias.Length != 0)
                for (var i = 0; i < n; i++)
                    for (var c = 1; c < t; c++) em[i * t + c] += TagBias[c];
            Predicted[s] = new int[n];
            if (n == 0) continue;
            var trans = Transitions[s].Select(x => (double)x).ToArray();
            structure.Viterbi(em, n, trans, new double[e.Length], new int[e.Length], Predicted[s]);
        }
    }

    public void Save(string path)
    {
        using var f = File.Create(path);
        using var gz = new GZipStream(f, CompressionLevel.Fastest);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(Epochs);
        w.Write(Bias);
        w.Write(Emissions.Length);
        var distinct = new List<float[]>();
        foreach (var tr in Transitions) if (!distinct.Any(d => ReferenceEquals(d, tr))) distinct.Add(tr);
        w.Write(distinct.Count);
        foreach (var tr in distinct) { w.Write(tr.Length); foreach (var x in tr) w.Write(x); }
        for (var s = 0; s < Emissions.Length; s++)
        {
            w.Write(distinct.FindIndex(d => ReferenceEquals(d, Transitions[s])));
            w.Write(Emissions[s].Length);
            foreach (var x in Emissions[s]) w.Write(x);
        }
    }

    public static OutOfFold Load(string path, IReadOnlyList<(string[] Tokens, string[] Tags)> data)
    {
        using var f = File.OpenRead(path);
        using var gz = new GZipStream(f, CompressionMode.Decompress);
        using var r = new BinaryReader(gz);
        if (r.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Rasd out-of-fold file");
        var epochs = r.ReadInt32();
        var bias = r.ReadSingle();
        var count = r.ReadInt32();
        if (count != data.Count) throw new InvalidDataException($"{path}: {count} sentences, the training data has {data.Count}");
        var distinct = new float[r.ReadInt32()][];
        for (var i = 0; i < distinct.Length; i++)
        {
            distinct[i] = new float[r.ReadInt32()];
            for (var k = 0; k < distinct[i].Length; k++) distinct[i][k] = r.ReadSingle();
        }
        var em = new float[count][];
        var tr = new float[count][];
        for (var s = 0; s < count; s++)
        {
            tr[s] = distinct[r.ReadInt32()];
            em[s] = new float[r.ReadInt32()];
            if (em[s].Length != data[s].Tokens.Length * NerModel.BilouTags.Length) throw new InvalidDataException($"{path}: sentence {s + 1} does not match the training data");
            for (var k = 0; k < em[s].Length; k++) em[s][k] = r.ReadSingle();
        }
        return new OutOfFold(epochs, bias, em, tr);
    }
}

/// <summary>
/// Trains <see cref="NerStack"/>: an averaged perceptron (with the first stage's margin-style cost) over the
/// second-stage features, added to the first stage's out-of-fold emissions. Epochs and the "O" bias are chosen
/// by the same contiguous folds as the first stage (pooled counts), then it is trained on all sentences.
/// </summary>
internal static class NerStackTrainer
{
    public static (NerStack Stack, ConllReport HeldOut, string[][] OutOfFold) Train(IReadOnlyList<(string[] Tokens, string[] Tags)> data, OutOfFold oof,
        NerFeatures features, TagSet structure, NerTrainOptions options, Action<string>? log, Dictionary<ulong, byte>[]? lexicons = null)
    {
        var t = structure.Tags.Length;
        var tagIndex = structure.Tags.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        var proto = new NerStack(t, options.StackBits, options.StackWindow);
        var stems = data.Select(d => d.Tokens.Select(NerFeatures.StemKey).ToArray()).ToArray();
        var gold = data.Select(d => NerModel.ToBilou(d.Tags).Select(l => tagIndex.GetValueOrDefault(l)).ToArray()).ToArray();
        var k = Math.Max(options.CvFolds, 2);
        // The lexicon each sentence sees: built by a first stage that did not see it (its fold's), as on new text.
        Dictionary<ulong, byte>? LexiconOf(int s) => lexicons?[FoldOf(s, data.Count, k)];
        var feats = Featurize(proto, stems, oof.Predicted, LexiconOf);
        var grid = options.BiasGrid;
        var maxEpochs = options.StackMaxEpochs;
        var counters = new ConllEval.Counter[maxEpochs, grid.Length];
        for (var e = 0; e < maxEpochs; e++)
            for (var b = 0; b < grid.Length; b++) counters[e, b] = new ConllEval.Counter();
        for (var f = 0; f < k; f++)
        {
            int from = data.Count * f / k, to = data.Count * (f + 1) / k;
            var train = Enumerable.Range(0, data.Count).Where(s => s < from || s >= to).ToArray();
            var dev = Enumerable.Range(from, to - from).ToArray();
            Run(train, feats, oof, gold, structure, options, maxEpochs, (epoch, w, tr) =>
            {
                for (var b = 0; b < grid.Length; b++)
                    foreach (var s in dev)
                        counters[epoch - 1, b].Add(data[s].Tags, Decode(s, feats, oof, w, tr, grid[b], structure).Select(x => structure.Output[x]).ToArray());
            });
        }
        var best = -1.0;
        int epochs = 1;
        float bias = 0;
        ConllReport? report = null;
        for (var e = 0; e < maxEpochs; e++)
            for (var b = 0; b < grid.Length; b++)
            {
                var r = counters[e, b].Report();
                if (r.MacroF1 > best) { best = r.MacroF1; epochs = e + 1; bias = grid[b]; report = r; }
            }
        log?.Invoke($"stack (window ±{options.StackWindow}): best on held-out data {epochs} epochs, O-bias {bias} (macro-F1 {best:F2})\n{report!.Table()}");
        float[] weights = null!, trans = null!;
        Run(Enumerable.Range(0, data.Count).ToArray(), feats, oof, gold, structure, options, epochs, (epoch, w, tr) =>
        {
            if (epoch == epochs) (weights, trans) = (w, tr);
        });
        var stack = new NerStack(t, options.StackBits, options.StackWindow, weights, trans) { OutsideBias = bias };
        // Out-of-fold second-stage tags of the chosen setting, for error analysis: decoded per fold again (their
        // emissions and transitions kept for choosing type biases).
        var stacked = new string[data.Count][];
        var ems = new double[data.Count][];
        var trs = new double[data.Count][];
        for (var f = 0; f < k; f++)
        {
            int from = data.Count * f / k, to = data.Count * (f + 1) / k;
            var train = Enumerable.Range(0, data.Count).Where(s => s < from || s >= to).ToArray();
            Run(train, feats, oof, gold, structure, options, epochs, (epoch, w, tr) =>
            {
                if (epoch != epochs) return;
                for (var s = from; s < to; s++)
                {
                    ems[s] = Emissions(s, feats, oof, w, t);
                    trs[s] = Transitions(s, oof, tr);
                    stacked[s] = Decode(s, feats, oof, w, tr, bias, structure).Select(x => structure.Output[x]).ToArray();
                }
            });
        }
        if (options.TypeBiasSecond)
        {
            var (tagBias, r) = NerTrainer.ChooseTypeBias(data, structure, ems, trs, bias, options, "stack", log);
            stack.TagBias = tagBias;
            report = r;
            var decoder = new NerTypeBias.Decoder(structure, data, ems, trs);
            for (var s = 0; s < data.Count; s++) stacked[s] = decoder.Decode(s, bias, tagBias).Select(x => structure.Output[x]).ToArray();
        }
        return (stack, report!, stacked);
    }

    // The contiguous block (of k) sentence s of count belongs to, as the folds cut them.
    private static int FoldOf(int s, int count, int k)
    {
        for (var f = 0; f < k; f++) if (s < count * (f + 1) / k) return f;
        return k - 1;
    }

    private static int[][][] Featurize(NerStack stack, ulong[][] stems, int[][] predicted, Func<int, Dictionary<ulong, byte>?> lexicon)
    {
        var offsets = new int[stems.Length + 1];
        for (var s = 0; s < stems.Length; s++) offsets[s + 1] = offsets[s] + stems[s].Length;
        var flatStems = stems.SelectMany(x => x).ToArray();
        var flatTags = predicted.SelectMany(x => x).ToArray();
        var feats = new int[stems.Length][][];
        var counts = new NerStack.WindowCounts(stack.Tags);
        var buf = new int[NerStack.MaxFeatures];
        for (var s = 0; s < stems.Length; s++)
        {
            counts.MoveTo(s, stack.Window, flatStems, flatTags, offsets);
            feats[s] = new int[stems[s].Length][];
            var majority = new int[stems[s].Length];
            stack.Majorities(stems[s], predicted[s], counts, majority);
            for (var i = 0; i < stems[s].Length; i++)
            {
                var n = stack.Features(stems[s], predicted[s], majority, i, counts, buf, lexicon(s));
                feats[s][i] = buf[..n];
            }
        }
        return feats;
    }

    private static double[] Emissions(int s, int[][][] feats, OutOfFold oof, float[] w, int t)
    {
        var e1 = oof.Emissions[s];
        var em = new double[e1.Length];
        for (var i = 0; i < em.Length; i++) em[i] = e1[i];
        for (var i = 0; i < feats[s].Length; i++)
            foreach (var f in feats[s][i])
                for (var c = 0; c < t; c++) em[i * t + c] += w[f * t + c];
        return em;
    }

    private static double[] Transitions(int s, OutOfFold oof, float[] tr)
    {
        var t1 = oof.Transitions[s];
        var result = new double[t1.Length];
        for (var i = 0; i < result.Length; i++) result[i] = t1[i] + tr[i];
        return result;
    }

    private static int[] Decode(int s, int[][][] feats, OutOfFold oof, float[] w, float[] tr, float bias, TagSet structure)
    {
        var t = structure.Tags.Length;
        var n = feats[s].Length;
        var path = new int[n];
        if (n == 0) return path;
        var em = Emissions(s, feats, oof, w, t);
        for (var i = 0; i < n; i++) em[i * t] -= bias;
        structure.Viterbi(em, n, Transitions(s, oof, tr), new double[n * t], new int[n * t], path);
        return path;
    }

    // Averaged perceptron over the given sentences; afterEpoch gets the averaged weights and transitions (with
    // StackSeeds > 1, their mean over that many shuffle seeds).
    private static void Run(int[] sentences, int[][][] feats, OutOfFold oof, int[][] gold, TagSet structure, NerTrainOptions options, int epochs,
        Action<int, float[], float[]> afterEpoch)
    {
        var seeds = Math.Max(1, options.StackSeeds);
        if (seeds == 1) { RunSeed(sentences, feats, oof, gold, structure, options, options.Seed, epochs, afterEpoch); return; }
        var sumW = new float[epochs][];
        var sumT = new float[epochs][];
        for (var k = 0; k < seeds; k++)
            RunSeed(sentences, feats, oof, gold, structure, options, options.Seed + k, epochs, (epoch, w, tr) =>
            {
                if (sumW[epoch - 1] == null) { sumW[epoch - 1] = w; sumT[epoch - 1] = tr; return; }
                var sw = sumW[epoch - 1];
                var st = sumT[epoch - 1];
                for (var i = 0; i < sw.Length; i++) sw[i] += w[i];
                for (var i = 0; i < st.Length; i++) st[i] += tr[i];
            });
        for (var e = 0; e < epochs; e++)
        {
            var sw = sumW[e];
            var st = sumT[e];
            for (var i = 0; i < sw.Length; i++) sw[i] /= seeds;
            for (var i = 0; i < st.Length; i++) st[i] /= seeds;
            afterEpoch(e + 1, sw, st);
            sumW[e] = sumT[e] = null!;
        }
    }

    private static void RunSeed(int[] sentences, int[][][] feats, OutOfFold oof, int[][] gold, TagSet structure, NerTrainOptions options, int seed, int epochs,
        Action<int, float[], float[]> afterEpoch)
    {
        var t = structure.Tags.Length;
        var size = (1 << options.StackBits) * t;
        var w = new float[size];
        var acc = new double[size];
        var tr = new float[(t + 1) * t];
        var trAcc = new double[tr.Length];
        var order = sentences.ToArray();
        var rng = new Random(seed);
        var rate = options.StackRate;
        var c = 1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var s in order)
            {
                var n = feats[s].Length;
                if (n == 0) continue;
                var g = gold[s];
                var em = Emissions(s, feats, oof, w, t);
                if (options.StackMargin > 0)
                    for (var i = 0; i < n; i++)
                        for (var k = 0; k < t; k++) if (k != g[i]) em[i * t + k] += options.StackMargin;
                var pred = new int[n];
                structure.Viterbi(em, n, Transitions(s, oof, tr), new double[n * t], new int[n * t], pred);
                for (var i = 0; i < n; i++)
                {
                    var gp = i == 0 ? t : g[i - 1];
                    var pp = i == 0 ? t : pred[i - 1];
                    if (g[i] != pred[i])
                        foreach (var f in feats[s][i])
                        {
                            w[f * t + g[i]] += rate; acc[f * t + g[i]] += c * rate;
                            w[f * t + pred[i]] -= rate; acc[f * t + pred[i]] -= c * rate;
                        }
                    if (g[i] != pred[i] || gp != pp)
                    {
                        tr[gp * t + g[i]] += rate; trAcc[gp * t + g[i]] += c * rate;
                        tr[pp * t + pred[i]] -= rate; trAcc[pp * t + pred[i]] -= c * rate;
                    }
                }
                c++;
            }
            var avgW = new float[size];
            for (var i = 0; i < size; i++) avgW[i] = (float)(w[i] - acc[i] / c);
            var avgT = new float[tr.Length];
            for (var i = 0; i < tr.Length; i++) avgT[i] = (float)(tr[i] - trAcc[i] / c);
            afterEpoch(epoch, avgW, avgT);
        }
    }
}
