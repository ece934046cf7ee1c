using System.Diagnostics;

namespace Rasd.Actors;

public sealed record NerTrainOptions
{
    public int BucketBits { get; init; } = 21;
    /// <summary>Maximum epochs; the best on the held-out tail of the training data is kept.</summary>
    public int MaxEpochs { get; init; } = 16;
    /// <summary>Share of training sentences (taken from the end) held out to choose the number of epochs.</summary>
    public double DevFraction { get; init; } = 0.1;
    public int Seed { get; init; } = 17;
    /// <summary>Probability of hiding a token's word-identity features in a training pass (feature dropout).</summary>
    public double LexicalDropout { get; init; }
    /// <summary>Fixed number of epochs: skip the held-out search.</summary>
    public int? Epochs { get; init; }
    /// <summary>Fixed "O" bias (with <see cref="Epochs"/>); else chosen on held-out data from <see cref="BiasGrid"/>.</summary>
    public float? OutsideBias { get; init; }
    public float[] BiasGrid { get; init; } = { 0f, 2f, 4f, 6f, 8f, 12f };
    /// <summary>Decode with BILOU tags internally (output stays BIO).</summary>
    public bool Bilou { get; init; } = true;
}

public sealed record NerTrainResult(NerModel Model, int Epochs, IReadOnlyList<double> DevMacroF1, TimeSpan Elapsed, float OutsideBias = 0);

/// <summary>
/// Structured averaged perceptron (Collins 2002) for <see cref="NerModel"/>. Deterministic: sentence order is
/// shuffled with a fixed seed and features are hashed, so the same data give the same model byte for byte.
/// </summary>
public static class NerTrainer
{
    public static NerTrainResult Train(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        NerTrainOptions? options = null, Action<string>? log = null, Dictionary<string, int[]>? clusters = null)
    {
        options ??= new NerTrainOptions();
        var sw = Stopwatch.StartNew();
        var devScores = new List<double>();
        var epochs = options.Epochs ?? 0;
        var bias = options.OutsideBias ?? 0f;
        if (options.Epochs == null)
        {
            var devCount = (int)Math.Round(data.Count * options.DevFraction);
            var train = data.Take(data.Count - devCount).ToList();
            var dev = data.Skip(data.Count - devCount).ToList();
            var best = -1.0;
            RunEpochs(train, gazetteer, clusters, options, options.MaxEpochs, (epoch, model) =>
            {
                // Per epoch, the best "O" bias on the held-out sentences (a small grid).
                foreach (var b in options.BiasGrid)
                {
                    model.OutsideBias = b;
                    var report = ConllEval.Score(dev.Select(s => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)model.Tag(s.Tokens))));
                    if (b == 0) devScores.Add(report.MacroF1);
                    log?.Invoke($"epoch {epoch} O-bias {b}: held-out macro-F1 {report.MacroF1:F2}, micro-F1 {report.Micro.F1:F2} ({sw.Elapsed.TotalSeconds:F0}s)");
                    if (report.MacroF1 > best) { best = report.MacroF1; epochs = epoch; bias = b; }
                }
            });
            log?.Invoke($"best on held-out data: {epochs} epochs, O-bias {bias} (macro-F1 {best:F2})");
        }
        NerModel? final = null;
        RunEpochs(data, gazetteer, clusters, options, epochs, (epoch, model) =>
        {
            log?.Invoke($"full data epoch {epoch} ({sw.Elapsed.TotalSeconds:F0}s)");
            if (epoch == epochs) final = model;
        });
        final!.OutsideBias = bias;
        return new NerTrainResult(final, epochs, devScores, sw.Elapsed, bias);
    }

    private static void RunEpochs(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        Dictionary<string, int[]>? clusters, NerTrainOptions options, int epochs, Action<int, NerModel> afterEpoch)
    {
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        var t = tags.Length;
        var tagIndex = tags.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var model = new NerModel(tags, options.BucketBits, gazetteer, clusters: clusters);
        var w = model.Weights;
        var tr = model.Transitions;
        var wAcc = new double[w.Length];
        var trAcc = new double[tr.Length];
        // Features are extracted once: they do not depend on the weights.
        var feats = new int[data.Count][][];
        var gold = new int[data.Count][];
        var lexical = new int[data.Count][];
        Span<int> buf = stackalloc int[NerFeatures.MaxFeatures];
        for (var s = 0; s < data.Count; s++)
        {
            var (tokens, bio) = data[s];
            var labels = options.Bilou ? NerModel.ToBilou(bio) : bio;
            var p = model.Features.Prepare(tokens);
            feats[s] = new int[tokens.Length][];
            gold[s] = new int[tokens.Length];
            lexical[s] = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var k = model.Features.Extract(p, i, buf, out lexical[s][i]);
                feats[s][i] = buf[..k].ToArray();
                gold[s][i] = tagIndex.TryGetValue(labels[i], out var g) ? g : 0;
            }
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        var c = 1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var s in order)
            {
                var all = feats[s];
                var n = all.Length;
                if (n == 0) continue;
                // Feature dropout: some tokens are seen without their word identity in this pass.
                var f = new int[n][];
                for (var i = 0; i < n; i++)
                    f[i] = options.LexicalDropout > 0 && rng.NextDouble() < options.LexicalDropout ? all[i][lexical[s][i]..] : all[i];
                var em = new float[n * t];
                for (var i = 0; i < n; i++) model.Score(f[i], em.AsSpan(i * t, t));
                var pred = model.Viterbi(em, n);
                var g = gold[s];
                for (var i = 0; i < n; i++)
                {
                    var gp = i == 0 ? t : g[i - 1];
                    var pp = i == 0 ? t : pred[i - 1];
                    if (g[i] != pred[i])
                    {
                        foreach (var x in f[i])
                        {
                            w[x * t + g[i]] += 1; wAcc[x * t + g[i]] += c;
                            w[x * t + pred[i]] -= 1; wAcc[x * t + pred[i]] -= c;
                        }
                    }
                    if (g[i] != pred[i] || gp != pp)
                    {
                        tr[gp * t + g[i]] += 1; trAcc[gp * t + g[i]] += c;
                        tr[pp * t + pred[i]] -= 1; trAcc[pp * t + pred[i]] -= c;
                    }
                }
                c++;
            }
            // Averaged weights: w - acc / c.
            var avgW = new float[w.Length];
            for (var i = 0; i < w.Length; i++) avgW[i] = (float)(w[i] - wAcc[i] / c);
            var avgT = new float[tr.Length];
            for (var i = 0; i < tr.Length; i++) avgT[i] = (float)(tr[i] - trAcc[i] / c);
            afterEpoch(epoch, new NerModel(tags, options.BucketBits, gazetteer, avgW, avgT, clusters));
        }
    }
}
