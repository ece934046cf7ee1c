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
    /// <summary>Probability of hiding the word-identity features of a word seen at most twice in the training data
    /// (such words stand for the unseen names of new text).</summary>
    public double RareDropout { get; init; } = 0.25;
    /// <summary>Models trained with this many shuffle seeds (Seed, Seed+1, …) and their weights averaged.</summary>
    public int Ensemble { get; init; } = 1;
    /// <summary>Fixed number of epochs: skip the held-out search.</summary>
    public int? Epochs { get; init; }
    /// <summary>Fixed "O" bias (with <see cref="Epochs"/>); else chosen on held-out data from <see cref="BiasGrid"/>.</summary>
    public float? OutsideBias { get; init; }
    public float[] BiasGrid { get; init; } = { 0f, 4f, 8f, 12f, 16f, 20f, 24f, 32f };
    /// <summary>Decode with BILOU tags internally (output stays BIO).</summary>
    public bool Bilou { get; init; } = true;
    /// <summary>Folds for the corpus gazetteer (0: none). Each training sentence sees a gazetteer built from the
    /// other folds only (jackknife), so the model learns how far to trust it on unseen text.</summary>
    public int CorpusGazetteerFolds { get; init; } = 10;
    /// <summary>Share of a word's occurrences that must carry a type for the corpus gazetteer.</summary>
    public double CorpusGazetteerShare { get; init; } = 0.3;
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
            if (options.Ensemble > 1)
            {
                var avg = Averaged(train, gazetteer, clusters, options, epochs, log, sw);
                avg.OutsideBias = bias;
                var report = ConllEval.Score(dev.Select(s => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)avg.Tag(s.Tokens))));
                log?.Invoke($"average of {options.Ensemble} seeds on held-out data: macro-F1 {report.MacroF1:F2}, micro-F1 {report.Micro.F1:F2}");
            }
        }
        var final = Averaged(data, gazetteer, clusters, options, epochs, log, sw);
        final.OutsideBias = bias;
        return new NerTrainResult(final, epochs, devScores, sw.Elapsed, bias);
    }

    // Trains options.Ensemble models (seeds Seed, Seed+1, …) for the given epochs and averages their weights.
    private static NerModel Averaged(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        Dictionary<string, int[]>? clusters, NerTrainOptions options, int epochs, Action<string>? log, Stopwatch sw)
    {
        var n = Math.Max(1, options.Ensemble);
        NerModel? first = null;
        float[]? w = null, tr = null;
        for (var k = 0; k < n; k++)
        {
            RunEpochs(data, gazetteer, clusters, options with { Seed = options.Seed + k }, epochs, (epoch, model) =>
            {
                log?.Invoke($"seed {options.Seed + k} epoch {epoch} ({sw.Elapsed.TotalSeconds:F0}s)");
                if (epoch != epochs) return;
                if (first == null) { first = model; w = model.Weights; tr = model.Transitions; return; }
                var mw = model.Weights;
                for (var i = 0; i < mw.Length; i++) w![i] += mw[i];
                var mt = model.Transitions;
                for (var i = 0; i < mt.Length; i++) tr![i] += mt[i];
            });
        }
        if (n > 1)
        {
            for (var i = 0; i < w!.Length; i++) w[i] /= n;
            for (var i = 0; i < tr!.Length; i++) tr[i] /= n;
        }
        return first!;
    }

    private static void RunEpochs(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        Dictionary<string, int[]>? clusters, NerTrainOptions options, int epochs, Action<int, NerModel> afterEpoch)
    {
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        var t = tags.Length;
        var tagIndex = tags.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var folds = options.CorpusGazetteerFolds;
        var corpusGaz = folds > 0 ? NerFeatures.BuildCorpusGazetteer(data, options.CorpusGazetteerShare) : null;
        var foldGaz = new Dictionary<ulong, byte>[Math.Max(folds, 0)];
        for (var f = 0; f < folds; f++)
        {
            var fold = f;
            foldGaz[f] = NerFeatures.BuildCorpusGazetteer(data.Where((_, s) => s % folds != fold), options.CorpusGazetteerShare);
        }
        var model = new NerModel(tags, options.BucketBits, gazetteer, clusters: clusters, corpusGazetteer: corpusGaz);
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
            var p = folds > 0 ? model.Features.Prepare(tokens, foldGaz[s % folds]) : model.Features.Prepare(tokens);
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
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (tokens, _) in data) foreach (var tok in tokens) freq[tok] = freq.GetValueOrDefault(tok) + 1;
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
                {
                    var drop = options.LexicalDropout > 0 && rng.NextDouble() < options.LexicalDropout;
                    if (!drop && options.RareDropout > 0 && freq[data[s].Tokens[i]] <= 2) drop = rng.NextDouble() < options.RareDropout;
                    f[i] = drop ? all[i][lexical[s][i]..] : all[i];
                }
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
            afterEpoch(epoch, new NerModel(tags, options.BucketBits, gazetteer, avgW, avgT, clusters, corpusGaz));
        }
    }
}
