using System.Diagnostics;

namespace Rasd.Actors;

public sealed record NerTrainOptions
{
    public int BucketBits { get; init; } = 21;
    /// <summary>Maximum epochs; the best on held-out data is kept.</summary>
    public int MaxEpochs { get; init; } = 16;
    /// <summary>Cross-validation folds (contiguous blocks of sentences) for choosing epochs and the "O" bias; 1: one held-out tail.</summary>
    public int CvFolds { get; init; } = 5;
    /// <summary>Share of training sentences (taken from the end) held out when <see cref="CvFolds"/> is 1.</summary>
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
    public float[] BiasGrid { get; init; } = { 0f, 4f, 8f, 12f, 16f, 20f, 24f, 32f, 40f, 48f, 64f, 80f };
    /// <summary>Decode with BILOU tags internally (output stays BIO).</summary>
    public bool Bilou { get; init; } = true;
    /// <summary>Folds for the corpus gazetteer (0: none). Each training sentence sees a gazetteer built from the
    /// other folds only (jackknife), so the model learns how far to trust it on unseen text.</summary>
    public int CorpusGazetteerFolds { get; init; } = 10;
    /// <summary>Cost-augmented training: the decoder sees every wrong tag this much better than it is, so updates
    /// continue until the gold path wins by a margin (0: plain perceptron).</summary>
    public float Margin { get; init; } = 200f;
    /// <summary>Share of a word's occurrences that must carry a type for the corpus gazetteer.</summary>
    public double CorpusGazetteerShare { get; init; } = 0.3;
    /// <summary>Train the second stage (<see cref="NerStack"/>) on the cross-validation folds' out-of-fold outputs.</summary>
    public bool Stack { get; init; }
    /// <summary>Sentences on each side a token's second-stage features look at.</summary>
    public int StackWindow { get; init; } = 10;
    public int StackBits { get; init; } = 16;
    public int StackMaxEpochs { get; init; } = 10;
    /// <summary>Second-stage perceptron step (the first stage's scores are in the hundreds to thousands).</summary>
    public float StackRate { get; init; } = 2f;
    public float StackMargin { get; init; } = 200f;
    /// <summary>Second-stage weights averaged over this many shuffle seeds (Seed, Seed+1, …).</summary>
    public int StackSeeds { get; init; } = 1;
    /// <summary>Stop after the cross-validation (the result's model is then untrained): for experiments.</summary>
    public bool CvOnly { get; init; }
    /// <summary>File keeping the first stage's out-of-fold outputs: read when it exists (skipping the first
    /// stage's cross-validation), written otherwise. For experiments on the second stage only.</summary>
    public string? OutOfFoldCache { get; init; }
    /// <summary>Train the first stage as a CRF (log-likelihood with AdaGrad) instead of the perceptron. For experiments:
    /// 5-fold CV of the first stage 65.6–67.7 macro-F1 over four settings, against the perceptron's 68.8 (NER-MODEL.md).</summary>
    public bool Crf { get; init; }
    /// <summary>CRF AdaGrad step.</summary>
    public float CrfRate { get; init; } = 0.1f;
    /// <summary>CRF L2 penalty, applied to the weights a token's gradient touches.</summary>
    public float CrfL2 { get; init; }
    /// <summary>Softmax-margin cost (nats) added to every wrong tag while training the CRF (Gimpel &amp; Smith 2010).</summary>
    public float CrfCost { get; init; } = 1f;
    /// <summary>CRF weights are multiplied by this when handed on, so scores have the perceptron's magnitudes (the
    /// "O"-bias grid and the second stage's step and margin are in those units).</summary>
    public float CrfScale { get; init; } = 100f;
    /// <summary>Choose a bias per entity type for the first stage's decoding (coordinate ascent on the pooled
    /// out-of-fold scores, <see cref="TypeBiasGrid"/> offsets on top of the "O" bias); BILOU only.</summary>
    public bool TypeBiasFirst { get; init; }
    /// <summary>The same for the second stage (chosen on its pooled out-of-fold scores).</summary>
    public bool TypeBiasSecond { get; init; }
    /// <summary>Type biases on the B and U tags only (a bias per name) instead of every tag of the type (per word).</summary>
    public bool TypeBiasStarts { get; init; }
    /// <summary>Also log a nested estimate of the type biases (chosen on four folds, the fifth scored): for experiments.</summary>
    public bool TypeBiasNested { get; init; }
    public float[] TypeBiasGrid { get; init; } = NerTypeBias.DefaultGrid;
    /// <summary>Self-training: unlabelled sentences (tokens) a first model tags; those it tags the same under
    /// the "O" bias ± <see cref="SelfTrainSpread"/> and that have a name are added to the training sentences
    /// (in each fold, tagged by a model of the other folds). For experiments.</summary>
    public IReadOnlyList<string[]>? SelfTrain { get; init; }
    public int SelfTrainEpochs { get; init; } = 10;
    public float SelfTrainBias { get; init; } = 64f;
    public float SelfTrainSpread { get; init; } = 32f;
    public int SelfTrainMax { get; init; } = 4000;
    /// <summary>Unlabelled sentences the first stage tags for the second stage's <see cref="NerStack.Lexicon"/> (in
    /// each fold by a first stage trained on the other folds). For experiments.</summary>
    public IReadOnlyList<string[]>? StackLexicon { get; init; }
}

public sealed record NerTrainResult(NerModel Model, int Epochs, IReadOnlyList<double> DevMacroF1, TimeSpan Elapsed, float OutsideBias = 0,
    ConllReport? HeldOut = null)
{
    /// <summary>The first stage's held-out report with its "O" bias alone, when type biases were chosen (else <see cref="HeldOut"/>).</summary>
    public ConllReport? HeldOutScalar { get; init; }
    /// <summary>Out-of-fold BIO tags of every training sentence (first stage), when folds were run.</summary>
    public IReadOnlyList<string[]>? OutOfFold { get; init; }
    /// <summary>The same for the second stage, when one was trained.</summary>
    public IReadOnlyList<string[]>? OutOfFoldStacked { get; init; }
    public ConllReport? StackHeldOut { get; init; }
}

/// <summary>
/// Structured averaged perceptron (Collins 2002) for <see cref="NerModel"/>. Deterministic: sentence order is
/// shuffled with a fixed seed and features are hashed, so the same data give the same model byte for byte.
/// Epochs and the "O" bias are chosen by k-fold cross-validation over contiguous blocks of the training
/// sentences (pooled counts), then the model is trained on all of them.
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
        ConllReport? heldOut = null;
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        OutOfFold? oof = null;
        if (options.Stack && !options.Bilou) throw new ArgumentException("stacking needs BILOU decoding");
        if ((options.TypeBiasFirst || options.TypeBiasSecond) && !options.Bilou) throw new ArgumentException("type biases need BILOU decoding");
        if (options.TypeBiasSecond && !options.Stack) throw new ArgumentException("second-stage type biases need the second stage");
        if (options.OutOfFoldCache is { } cachePath && File.Exists(cachePath))
        {
            oof = OutOfFold.Load(cachePath, data);
            (epochs, bias) = (oof.Epochs, oof.Bias);
            log?.Invoke($"{cachePath}: out-of-fold first-stage outputs ({epochs} epochs, O-bias {bias})");
        }
        else if (options.Epochs == null || options.Stack)
        {
            var maxEpochs = options.Epochs ?? options.MaxEpochs;
            var grid = options.Epochs == null ? options.BiasGrid : new[] { bias };
            var counters = new ConllEval.Counter[maxEpochs, grid.Length];
            for (var e = 0; e < maxEpochs; e++)
                for (var b = 0; b < grid.Length; b++) counters[e, b] = new ConllEval.Counter();
            // Out-of-fold emissions of every epoch (the best epoch is known only at the end), for the second stage.
            var keep = options.Stack || options.CvOnly || options.TypeBiasFirst;
            var em = keep ? new float[maxEpochs][][] : null;
            var tr = keep ? new float[maxEpochs][][] : null;
            if (keep) for (var e = 0; e < maxEpochs; e++) { em![e] = new float[data.Count][]; tr![e] = new float[data.Count][]; }
            foreach (var (plain, dev, name, from) in Splits(data, options))
            {
                var train = options.SelfTrain == null ? plain : plain.Concat(Pseudo(plain, gazetteer, clusters, options, log)).ToList();
                RunEpochs(train, dev, gazetteer, clusters, options, maxEpochs, (epoch, trained) =>
                {
                    for (var b = 0; b < grid.Length; b++)
                    {
                        var pred = trained.DecodeDev(grid[b]);
                        for (var s = 0; s < dev.Count; s++) counters[epoch - 1, b].Add(dev[s].Tags, pred[s]);
                    }
                    if (keep)
                    {
                        var dem = trained.DevEmissions();
                        for (var s = 0; s < dev.Count; s++) { em![epoch - 1][from + s] = dem[s]; tr![epoch - 1][from + s] = trained.Transitions; }
                    }
                    log?.Invoke($"{name}: epoch {epoch} ({sw.Elapsed.TotalSeconds:F0}s)");
                });
            }
            var best = -1.0;
            for (var e = 0; e < maxEpochs; e++)
            {
                for (var b = 0; b < grid.Length; b++)
                {
                    var report = counters[e, b].Report();
                    if (grid[b] == 0) devScores.Add(report.MacroF1);
                    log?.Invoke($"epoch {e + 1} O-bias {grid[b]}: held-out macro-F1 {report.MacroF1:F2}, micro-F1 {report.Micro.F1:F2}");
                    if (options.Epochs != null ? e == maxEpochs - 1 : report.MacroF1 > best) { best = report.MacroF1; epochs = e + 1; bias = grid[b]; heldOut = report; }
                }
            }
            log?.Invoke($"best on held-out data: {epochs} epochs, O-bias {bias} (macro-F1 {best:F2})\n{heldOut!.Table()}");
            if (keep && options.CvFolds > 1)
            {
                oof = new OutOfFold(epochs, bias, em![epochs - 1], tr![epochs - 1]);
                if (options.OutOfFoldCache is { } path) oof.Save(path);
            }
        }
        IReadOnlyList<string[]>? oofTags = null, oofStacked = null;
        ConllReport? stackReport = null, scalarReport = null;
        NerStack? stack = null;
        var tagBias = Array.Empty<float>();
        if (oof != null)
        {
            var structure = new TagSet(tags);
            if (options.TypeBiasFirst)
            {
                scalarReport = heldOut;
                var distinct = new Dictionary<float[], double[]>(ReferenceEqualityComparer.Instance);
                var trans = oof.Transitions.Select(x => distinct.TryGetValue(x, out var d) ? d : distinct[x] = ToDouble(x)).ToArray();
                (tagBias, heldOut) = ChooseTypeBias(data, structure, oof.Emissions.Select(ToDouble).ToArray(), trans, oof.Bias, options, "first stage", log);
                oof.TagBias = tagBias;
            }
            oof.Decode(structure, tags.Length);
            oofTags = oof.Predicted.Select(p => p.Select(x => structure.Output[x]).ToArray()).ToArray();
            heldOut ??= ConllEval.Score(data.Select((d, s) => ((IReadOnlyList<string>)d.Tags, (IReadOnlyList<string>)oofTags[s])));
            if (options.Stack)
            {
                var features = new NerFeatures(options.BucketBits, gazetteer, clusters);
                Dictionary<ulong, byte>[]? lexicons = null;
                if (options.StackLexicon != null)
                {
                    var list = new List<Dictionary<ulong, byte>>();
                    foreach (var (train, _, name, _) in Splits(data, options))
                    {
                        var m = Averaged(train, gazetteer, clusters, options with { SelfTrain = null }, epochs, bias, null, sw);
                        m.TagBias = tagBias;
                        list.Add(NerStack.BuildLexicon(m, options.StackLexicon));
                        log?.Invoke($"{name}: lexicon of {list[^1].Count} stems ({sw.Elapsed.TotalSeconds:F0}s)");
                    }
                    lexicons = list.ToArray();
                }
                (stack, stackReport, oofStacked) = NerStackTrainer.Train(data, oof, features, structure, options, log, lexicons);
            }
        }
        if (options.CvOnly)
            return new NerTrainResult(new NerModel(tags, options.BucketBits, gazetteer), epochs, devScores, sw.Elapsed, bias, heldOut)
                { OutOfFold = oofTags, OutOfFoldStacked = oofStacked, StackHeldOut = stackReport, HeldOutScalar = scalarReport ?? heldOut };
        var final = Averaged(data, gazetteer, clusters, options, epochs, bias, log, sw);
        final.TagBias = tagBias;
        if (stack != null && options.StackLexicon != null)
        {
            stack.Lexicon = NerStack.BuildLexicon(final, options.StackLexicon);
            log?.Invoke($"lexicon of {stack.Lexicon.Count} stems");
        }
        final.Stack = stack;
        return new NerTrainResult(final, epochs, devScores, sw.Elapsed, bias, heldOut)
            { OutOfFold = oofTags, OutOfFoldStacked = oofStacked, StackHeldOut = stackReport, HeldOutScalar = scalarReport ?? heldOut };
    }

    private static double[] ToDouble(float[] x)
    {
        var d = new double[x.Length];
        for (var i = 0; i < x.Length; i++) d[i] = x[i];
        return d;
    }

    /// <summary>
    /// Per-tag biases (from one per entity type) chosen on out-of-fold emissions, with the pooled report they give;
    /// with <see cref="NerTrainOptions.TypeBiasNested"/> also logs what choosing them on four folds gives on the fifth.
    /// </summary>
    internal static (float[] TagBias, ConllReport Report) ChooseTypeBias(IReadOnlyList<(string[] Tokens, string[] Tags)> data, TagSet structure,
        IReadOnlyList<double[]> emissions, IReadOnlyList<double[]> transitions, float outsideBias, NerTrainOptions options, string stage, Action<string>? log)
    {
        var decoder = new NerTypeBias.Decoder(structure, data, emissions, transitions);
        var starts = options.TypeBiasStarts;
        var none = NerTypeBias.Expand(new float[NerTypeBias.Types], starts);
        var scalar = decoder.Score(outsideBias, none);
        var (perType, _) = NerTypeBias.Search(b => decoder.Score(outsideBias, NerTypeBias.Expand(b, starts)).MacroF1, options.TypeBiasGrid, log: m => log?.Invoke($"{stage}: {m}"));
        var tagBias = NerTypeBias.Expand(perType, starts);
        var report = decoder.Score(outsideBias, tagBias);
        log?.Invoke($"{stage}: O-bias {outsideBias} alone macro-F1 {scalar.MacroF1:F2}, with type biases {report.MacroF1:F2}{(starts ? " (on B/U tags)" : "")}\n{report.Table()}");
        if (options.TypeBiasNested)
        {
            var nested = NerTypeBias.Nested(decoder, data, Math.Max(options.CvFolds, 2), outsideBias, starts, options.TypeBiasGrid);
            log?.Invoke($"{stage}: type biases chosen on the other folds, nested macro-F1 {nested.MacroF1:F2} (scalar {scalar.MacroF1:F2})\n{nested.Table()}");
        }
        return (perType.Any(x => x != 0) ? tagBias : Array.Empty<float>(), report);
    }

    // k contiguous blocks (each held out once), or the last DevFraction of the sentences.
    private static IEnumerable<(List<(string[] Tokens, string[] Tags)> Train, List<(string[] Tokens, string[] Tags)> Dev, string Name, int From)> Splits(
        IReadOnlyList<(string[] Tokens, string[] Tags)> data, NerTrainOptions options)
    {
        if (options.CvFolds <= 1)
        {
            var devCount = (int)Math.Round(data.Count * options.DevFraction);
            yield return (data.Take(data.Count - devCount).ToList(), data.Skip(data.Count - devCount).ToList(), "held-out tail", data.Count - devCount);
            yield break;
        }
        var k = options.CvFolds;
        for (var f = 0; f < k; f++)
        {
            int from = data.Count * f / k, to = data.Count * (f + 1) / k;
            var train = data.Take(from).Concat(data.Skip(to)).ToList();
            var dev = data.Skip(from).Take(to - from).ToList();
            yield return (train, dev, $"fold {f + 1}/{k}", from);
        }
    }

    // Trains options.Ensemble models (seeds Seed, Seed+1, …) for the given epochs and averages their weights.
    private static NerModel Averaged(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        Dictionary<string, int[]>? clusters, NerTrainOptions options, int epochs, float bias, Action<string>? log, Stopwatch sw)
    {
        var n = Math.Max(1, options.Ensemble);
        float[]? w = null, tr = null;
        Dictionary<ulong, byte>? corpus = null;
        if (options.SelfTrain != null) data = data.Concat(Pseudo(data, gazetteer, clusters, options, log)).ToList();
        for (var k = 0; k < n; k++)
        {
            RunEpochs(data, new(), gazetteer, clusters, options with { Seed = options.Seed + k }, epochs, (epoch, trained) =>
            {
                log?.Invoke($"seed {options.Seed + k} epoch {epoch} ({sw.Elapsed.TotalSeconds:F0}s)");
                if (epoch != epochs) return;
                corpus = trained.CorpusGazetteer;
                if (w == null) { w = trained.Weights; tr = trained.Transitions; return; }
                for (var i = 0; i < w.Length; i++) w[i] += trained.Weights[i];
                for (var i = 0; i < tr!.Length; i++) tr[i] += trained.Transitions[i];
            });
        }
        if (n > 1)
        {
            for (var i = 0; i < w!.Length; i++) w[i] /= n;
            for (var i = 0; i < tr!.Length; i++) tr[i] /= n;
        }
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        return new NerModel(tags, options.BucketBits, gazetteer, w, tr, clusters, corpus) { OutsideBias = bias };
    }

    // Self-training sentences: the unlabelled ones a model trained on data tags the same under two "O" biases, with a name.
    private static List<(string[] Tokens, string[] Tags)> Pseudo(IReadOnlyList<(string[] Tokens, string[] Tags)> data, Dictionary<string, GazClass> gazetteer,
        Dictionary<string, int[]>? clusters, NerTrainOptions options, Action<string>? log)
    {
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        NerModel? lo = null;
        RunEpochs(data, new(), gazetteer, clusters, options, options.SelfTrainEpochs, (epoch, trained) =>
        {
            if (epoch == options.SelfTrainEpochs)
                lo = new NerModel(tags, options.BucketBits, gazetteer, trained.Weights, trained.Transitions, clusters, trained.CorpusGazetteer);
        });
        lo!.OutsideBias = options.SelfTrainBias - options.SelfTrainSpread;
        var hi = lo.WithCache(NerModel.DefaultCacheSlots);
        hi.OutsideBias = options.SelfTrainBias + options.SelfTrainSpread;
        var result = new List<(string[] Tokens, string[] Tags)>();
        var seen = 0;
        foreach (var s in options.SelfTrain!)
        {
            seen++;
            var a = lo.Tag(s);
            if (a.All(t => t == "O")) continue;
            if (!a.AsSpan().SequenceEqual(hi.Tag(s))) continue;
            result.Add((s, a));
            if (result.Count >= options.SelfTrainMax) break;
        }
        log?.Invoke($"self-training: {result.Count} of {seen} unlabelled sentences kept ({result.Sum(r => r.Tokens.Length)} tokens)");
        return result;
    }

    /// <summary>Averaged weights after an epoch, and the held-out sentences decoded with them.</summary>
    private sealed class Trained
    {
        public required float[] Weights;
        public required float[] Transitions;
        public required Dictionary<ulong, byte>? CorpusGazetteer;
        public required Func<float, string[][]> DecodeDev;
        /// <summary>Emissions of the held-out sentences, [token * T + tag], relative to "O" and without the bias.</summary>
        public required Func<float[][]> DevEmissions;
    }

    private static (int[][] Feats, int[] Lexical) Featurize(NerFeatures features, string[] tokens, IReadOnlyDictionary<ulong, byte> corpusGaz)
    {
        var words = features.Analyze(tokens, corpusGaz);
        var feats = new int[tokens.Length][];
        var lexical = new int[tokens.Length];
        Span<int> buf = stackalloc int[NerFeatures.MaxFeatures];
        for (var i = 0; i < tokens.Length; i++)
        {
            var k = features.Extract(words, i, buf, out lexical[i]);
            feats[i] = buf[..k].ToArray();
        }
        return (feats, lexical);
    }

    private static void Emissions(int[][] feats, float[] w, int t, double[] em)
    {
        for (var i = 0; i < feats.Length; i++)
        {
            var row = em.AsSpan(i * t, t);
            row.Clear();
            foreach (var x in feats[i])
            {
                var wr = w.AsSpan(x * t, t);
                for (var c = 0; c < t; c++) row[c] += wr[c];
            }
        }
    }

    private static void RunEpochs(IReadOnlyList<(string[] Tokens, string[] Tags)> data, List<(string[] Tokens, string[] Tags)> dev,
        Dictionary<string, GazClass> gazetteer, Dictionary<string, int[]>? clusters, NerTrainOptions options, int epochs, Action<int, Trained> afterEpoch)
    {
        var tags = options.Bilou ? NerModel.BilouTags : NerModel.DefaultTags;
        var structure = new TagSet(tags);
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
        var features = new NerFeatures(options.BucketBits, gazetteer, clusters, corpusGaz);
        var w = new float[(1 << options.BucketBits) * t];
        var tr = new double[(t + 1) * t];
        var wAcc = new double[w.Length];
        var trAcc = new double[tr.Length];
        // Features are extracted once: they do not depend on the weights.
        var feats = new int[data.Count][][];
        var gold = new int[data.Count][];
        var lexical = new int[data.Count][];
        for (var s = 0; s < data.Count; s++)
        {
            var (tokens, bio) = data[s];
            var labels = options.Bilou ? NerModel.ToBilou(bio) : bio;
            (feats[s], lexical[s]) = Featurize(features, tokens, folds > 0 ? foldGaz[s % folds] : features.CorpusGazetteer);
            gold[s] = labels.Select(l => tagIndex.TryGetValue(l, out var g) ? g : 0).ToArray();
        }
        var devFeats = dev.Select(s => Featurize(features, s.Tokens, features.CorpusGazetteer).Feats).ToArray();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (tokens, _) in data) foreach (var tok in tokens) freq[tok] = freq.GetValueOrDefault(tok) + 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        var c = 1.0;
        var maxLen = Math.Max(data.Count == 0 ? 1 : data.Max(s => s.Tokens.Length), dev.Count == 0 ? 1 : dev.Max(s => s.Tokens.Length));
        var em = new double[maxLen * t];
        var crf = options.Crf ? new CrfState(w.Length, tr.Length, maxLen * t) : null;
        var score = new double[maxLen * t];
        var back = new int[maxLen * t];
        var pred = new int[maxLen];
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
                Emissions(f, w, t, em);
                var g = gold[s];
                if (crf != null)
                {
                    CrfUpdate(crf, structure, f, g, n, t, em, w, wAcc, tr, trAcc, c, options);
                    c++;
                    continue;
                }
                if (options.Margin > 0)
                    for (var i = 0; i < n; i++)
                        for (var k = 0; k < t; k++) if (k != g[i]) em[i * t + k] += options.Margin;
                structure.Viterbi(em, n, tr, score, back, pred);
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
            var scale = crf != null ? options.CrfScale : 1.0;
            var avgW = new float[w.Length];
            for (var i = 0; i < w.Length; i++) avgW[i] = (float)((w[i] - wAcc[i] / c) * scale);
            var avgT = new float[tr.Length];
            for (var i = 0; i < tr.Length; i++) avgT[i] = (float)((tr[i] - trAcc[i] / c) * scale);
            var avgTd = avgT.Select(x => (double)x).ToArray();
            string[][] DecodeDev(float bias)
            {
                var result = new string[devFeats.Length][];
                for (var s = 0; s < devFeats.Length; s++)
                {
                    var n = devFeats[s].Length;
                    result[s] = Array.Empty<string>();
                    if (n == 0) continue;
                    Emissions(devFeats[s], avgW, t, em);
                    for (var i = 0; i < n; i++) em[i * t] -= bias;
                    structure.Viterbi(em, n, avgTd, score, back, pred);
                    result[s] = pred.Take(n).Select(p => structure.Output[p]).ToArray();
                }
                return result;
            }
            float[][] DevEmissions()
            {
                var result = new float[devFeats.Length][];
                for (var s = 0; s < devFeats.Length; s++)
                {
                    var n = devFeats[s].Length;
                    Emissions(devFeats[s], avgW, t, em);
                    var r = result[s] = new float[n * t];
                    for (var i = 0; i < n; i++)
                        for (var k = 1; k < t; k++) r[i * t + k] = (float)(em[i * t + k] - em[i * t]);
                }
                return result;
            }
            afterEpoch(epoch, new Trained { Weights = avgW, Transitions = avgT, CorpusGazetteer = corpusGaz, DecodeDev = DecodeDev, DevEmissions = DevEmissions });
        }
    }

    private sealed class CrfState(int weights, int transitions, int cells)
    {
        // AdaGrad's sums of squared gradients.
        public readonly float[] G = new float[weights];
        public readonly double[] GT = new double[transitions];
        public readonly double[] TGrad = new double[transitions];
        public readonly double[] Alpha = new double[cells], Beta = new double[cells];
    }

    private static double LogSumExp(ReadOnlySpan<double> x)
    {
        var m = double.NegativeInfinity;
        foreach (var v in x) if (v > m) m = v;
        if (double.IsNegativeInfinity(m)) return m;
        var sum = 0.0;
        foreach (var v in x) sum += Math.Exp(v - m);
        return m + Math.Log(sum);
    }

    // One AdaGrad step on a sentence's negative log-likelihood under the BILOU constraints, with the softmax-margin
    // cost on wrong tags; updates are mirrored into the averaging sums as the perceptron's are.
    private static void CrfUpdate(CrfState st, TagSet structure, int[][] f, int[] g, int n, int t, double[] em,
        float[] w, double[] wAcc, double[] tr, double[] trAcc, double c, NerTrainOptions options)
    {
        var cost = options.CrfCost;
        if (cost > 0)
            for (var i = 0; i < n; i++)
                for (var k = 0; k < t; k++) if (k != g[i]) em[i * t + k] += cost;
        var allowed = structure.Allowed;
        var alpha = st.Alpha;
        var beta = st.Beta;
        Span<double> buf = stackalloc double[t];
        for (var k = 0; k < t; k++) alpha[k] = allowed[t * t + k] ? em[k] + tr[t * t + k] : double.NegativeInfinity;
        for (var i = 1; i < n; i++)
            for (var k = 0; k < t; k++)
            {
                for (var p = 0; p < t; p++) buf[p] = allowed[p * t + k] ? alpha[(i - 1) * t + p] + tr[p * t + k] : double.NegativeInfinity;
                alpha[i * t + k] = em[i * t + k] + LogSumExp(buf);
            }
        for (var k = 0; k < t; k++) buf[k] = structure.AllowedEnd[k] ? alpha[(n - 1) * t + k] : double.NegativeInfinity;
        var z = LogSumExp(buf);
        for (var k = 0; k < t; k++) beta[(n - 1) * t + k] = structure.AllowedEnd[k] ? 0 : double.NegativeInfinity;
        for (var i = n - 2; i >= 0; i--)
            for (var p = 0; p < t; p++)
            {
                for (var k = 0; k < t; k++) buf[k] = allowed[p * t + k] ? tr[p * t + k] + em[(i + 1) * t + k] + beta[(i + 1) * t + k] : double.NegativeInfinity;
                beta[i * t + p] = LogSumExp(buf);
            }
        var rate = options.CrfRate;
        var l2 = options.CrfL2;
        var G = st.G;
        var tg = st.TGrad;
        Array.Clear(tg);
        Span<double> d = stackalloc double[t];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < t; k++) d[k] = Math.Exp(alpha[i * t + k] + beta[i * t + k] - z) - (k == g[i] ? 1 : 0);
            foreach (var x in f[i])
                for (var k = 0; k < t; k++)
                {
                    // Gradients this small change nothing but cost time (most tokens are certain).
                    if (Math.Abs(d[k]) < 1e-4) continue;
                    var j = x * t + k;
                    var grad = d[k] + l2 * w[j];
                    if (grad == 0) continue;
                    G[j] += (float)(grad * grad);
                    var step = (float)(rate * grad / Math.Sqrt(G[j]));
                    w[j] -= step;
                    wAcc[j] -= c * step;
                }
            if (i == 0)
            {
                for (var k = 0; k < t; k++) tg[t * t + k] += d[k];
                continue;
            }
            for (var p = 0; p < t; p++)
                for (var k = 0; k < t; k++)
                    if (allowed[p * t + k])
                        tg[p * t + k] += Math.Exp(alpha[(i - 1) * t + p] + tr[p * t + k] + em[i * t + k] + beta[i * t + k] - z);
            tg[g[i - 1] * t + g[i]] -= 1;
        }
        for (var j = 0; j < tg.Length; j++)
        {
            if (tg[j] == 0) continue;
            st.GT[j] += tg[j] * tg[j];
            var step = rate * tg[j] / Math.Sqrt(st.GT[j]);
            tr[j] -= step;
            trAcc[j] -= c * step;
        }
    }
}
