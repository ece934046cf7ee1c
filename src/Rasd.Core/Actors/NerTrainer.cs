using System.Diagnostics;

namespace Rasd.Actors;

public sealed record NerTrainOptions
{
    public int BucketBits { get; init; } = 19;
    /// <summary>Maximum epochs; the best on the held-out tail of the training data is kept.</summary>
    public int MaxEpochs { get; init; } = 15;
    /// <summary>Share of training sentences (taken from the end) held out to choose the number of epochs.</summary>
    public double DevFraction { get; init; } = 0.1;
    public int Seed { get; init; } = 17;
    /// <summary>Fixed number of epochs: skip the held-out search.</summary>
    public int? Epochs { get; init; }
}

public sealed record NerTrainResult(NerModel Model, int Epochs, IReadOnlyList<double> DevMacroF1, TimeSpan Elapsed);

/// <summary>
/// Structured averaged perceptron (Collins 2002) for <see cref="NerModel"/>. Deterministic: sentence order is
/// shuffled with a fixed seed and features are hashed, so the same data give the same model byte for byte.
/// </summary>
public static class NerTrainer
{
    public static NerTrainResult Train(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        NerTrainOptions? options = null, Action<string>? log = null)
    {
        options ??= new NerTrainOptions();
        var sw = Stopwatch.StartNew();
        var devScores = new List<double>();
        var epochs = options.Epochs ?? 0;
        if (options.Epochs == null)
        {
            var devCount = (int)Math.Round(data.Count * options.DevFraction);
            var train = data.Take(data.Count - devCount).ToList();
            var dev = data.Skip(data.Count - devCount).ToList();
            var best = -1.0;
            RunEpochs(train, gazetteer, options, options.MaxEpochs, (epoch, model) =>
            {
                var report = ConllEval.Score(dev.Select(s => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)model.Tag(s.Tokens))));
                devScores.Add(report.MacroF1);
                log?.Invoke($"epoch {epoch}: held-out macro-F1 {report.MacroF1:F2}, micro-F1 {report.Micro.F1:F2} ({sw.Elapsed.TotalSeconds:F0}s)");
                if (report.MacroF1 > best) { best = report.MacroF1; epochs = epoch; }
            });
            log?.Invoke($"best epoch count on held-out data: {epochs}");
        }
        NerModel? final = null;
        RunEpochs(data, gazetteer, options, epochs, (epoch, model) =>
        {
            log?.Invoke($"full data epoch {epoch} ({sw.Elapsed.TotalSeconds:F0}s)");
            if (epoch == epochs) final = model;
        });
        return new NerTrainResult(final!, epochs, devScores, sw.Elapsed);
    }

    private static void RunEpochs(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        NerTrainOptions options, int epochs, Action<int, NerModel> afterEpoch)
    {
        var tags = NerModel.DefaultTags;
        var t = tags.Length;
        var tagIndex = tags.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var model = new NerModel(tags, options.BucketBits, gazetteer);
        var w = model.Weights;
        var tr = model.Transitions;
        var wAcc = new double[w.Length];
        var trAcc = new double[tr.Length];
        // Features are extracted once: they do not depend on the weights.
        var feats = new int[data.Count][][];
        var gold = new int[data.Count][];
        Span<int> buf = stackalloc int[NerFeatures.MaxFeatures];
        for (var s = 0; s < data.Count; s++)
        {
            var (tokens, labels) = data[s];
            var p = model.Features.Prepare(tokens);
            feats[s] = new int[tokens.Length][];
            gold[s] = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var k = model.Features.Extract(p, i, buf);
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
                var f = feats[s];
                var n = f.Length;
                if (n == 0) continue;
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
            afterEpoch(epoch, new NerModel(tags, options.BucketBits, gazetteer, avgW, avgT));
        }
    }
}
