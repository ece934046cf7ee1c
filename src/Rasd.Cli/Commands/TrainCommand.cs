using System.CommandLine;
using Rasd.Actors;

namespace Rasd.Cli.Commands;

/// <summary>`rasd train ner`: trains the named-entity tagger on a CoNLL file (ANERcorp train split).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "CoNLL training file (token TAG per line, blank line between sentences)", Required = true };
        var output = new Option<string>("--out") { Description = "where to write the model (gzip binary)", Required = true };
        var epochs = new Option<int?>("--epochs") { Description = "fixed number of epochs (default: chosen on the held-out tail of the training data)" };
        var cv = new Option<int>("--cv") { Description = "cross-validation folds (contiguous blocks) for choosing epochs and O-bias; 1: the last 10% as one held-out tail", DefaultValueFactory = _ => 5 };
        var maxEpochs = new Option<int>("--max-epochs") { Description = "most epochs tried when choosing on held-out data", DefaultValueFactory = _ => 16 };
        var seed = new Option<int>("--seed") { Description = "shuffle seed", DefaultValueFactory = _ => 17 };
        var bits = new Option<int>("--bits") { Description = "log2 of the number of hashed feature buckets", DefaultValueFactory = _ => 21 };
        var obias = new Option<float?>("--o-bias") { Description = "fixed bias against the O tag (default: chosen on held-out data)" };
        var dropout = new Option<double>("--dropout") { Description = "probability of hiding a token's word features in a training pass", DefaultValueFactory = _ => 0.0 };
        var unlabelled = new Option<string[]>("--unlabeled") { Description = "files or folders of unlabelled Arabic text for word classes (markup is stripped)", AllowMultipleArgumentsPerToken = true };
        var bio = new Option<bool>("--bio") { Description = "decode with BIO tags instead of BILOU" };
        var noGaz = new Option<bool>("--no-gazetteer") { Description = "train without gazetteer features" };
        var dictOnly = new Option<bool>("--dictionary-gazetteer-only") { Description = "gazetteer from the actor dictionary alone (without Data/actors/ner_gazetteer.tsv)" };
        var rare = new Option<double>("--rare-dropout") { Description = "probability of hiding the word features of a word seen at most twice", DefaultValueFactory = _ => 0.25 };
        var margin = new Option<float>("--margin") { Description = "cost-augmented training: margin by which the gold tags must win (0: plain perceptron)", DefaultValueFactory = _ => 200f };
        var ensemble = new Option<int>("--ensemble") { Description = "average the weights of models trained with this many shuffle seeds", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--gazetteer-folds") { Description = "folds for the gazetteer learned from the training data (0: none)", DefaultValueFactory = _ => 10 };
        var share = new Option<double>("--gazetteer-share") { Description = "share of a word's occurrences that must carry a type for the learned gazetteer", DefaultValueFactory = _ => 0.3 };
        var clustersFrom = new Option<string?>("--clusters-from") { Description = "reuse the word classes stored in an existing model instead of --unlabeled (for quick experiments)" };
        var gazetteerFrom = new Option<string?>("--gazetteer-from") { Description = "reuse the gazetteer stored in an existing model instead of today's actor dictionary (for experiments)" };
        var stack = new Option<bool>("--stack") { Description = "train the second stage (document-level stacking) on the folds' out-of-fold outputs" };
        var stackWindow = new Option<int>("--stack-window") { Description = "sentences on each side the second stage looks at", DefaultValueFactory = _ => 10 };
        var stackRate = new Option<float>("--stack-rate") { Description = "second-stage perceptron step", DefaultValueFactory = _ => 2f };
        var stackMargin = new Option<float>("--stack-margin") { Description = "second-stage margin", DefaultValueFactory = _ => 200f };
        var stackEpochs = new Option<int>("--stack-max-epochs") { Description = "most second-stage epochs tried", DefaultValueFactory = _ => 10 };
        var cvOnly = new Option<bool>("--cv-only") { Description = "stop after cross-validation (no model is written unless --cv-output is given): for experiments" };
        var oofCache = new Option<string?>("--oof-cache") { Description = "keep the first stage's out-of-fold outputs in this file (read when it exists): for second-stage experiments" };
        var cvOutput = new Option<string?>("--cv-output") { Description = "write the out-of-fold tags of every training sentence (token gold first-stage [second-stage]) for error analysis" };
        var crf = new Option<bool>("--crf") { Description = "train the first stage as a CRF (log-likelihood, AdaGrad) instead of the averaged perceptron" };
        var crfRate = new Option<float>("--crf-rate") { Description = "CRF AdaGrad step", DefaultValueFactory = _ => 0.1f };
        var crfL2 = new Option<float>("--crf-l2") { Description = "CRF L2 penalty on the weights each token touches", DefaultValueFactory = _ => 0f };
        var crfCost = new Option<float>("--crf-cost") { Description = "CRF softmax-margin cost (nats) on wrong tags", DefaultValueFactory = _ => 1f };
        var crfScale = new Option<float>("--crf-scale") { Description = "CRF weights are multiplied by this when handed on (the O-bias grid and the second stage are in perceptron units)", DefaultValueFactory = _ => 100f };
        var typeBias = new Option<string>("--type-bias") { Description = "choose a bias per entity type on the folds for the first stage, the second or both (none, first, second, both)", DefaultValueFactory = _ => "none" };
        typeBias.AcceptOnlyFromAmong("none", "first", "second", "both");
        var typeBiasStarts = new Option<bool>("--type-bias-starts") { Description = "type biases on the B and U tags only (per name) instead of every tag of the type (per word)" };
        var typeBiasNested = new Option<bool>("--type-bias-nested") { Description = "also log a nested estimate of the type biases (chosen on the other folds, each fold scored): for experiments" };
        var stackSeeds = new Option<int>("--stack-seeds") { Description = "average the second stage's weights over this many shuffle seeds", DefaultValueFactory = _ => 1 };
        var clusterMin = new Option<int>("--cluster-min-count") { Description = "occurrences a word stem needs in the unlabelled text (and training data) to get word classes", DefaultValueFactory = _ => 4 };
        var clusterMax = new Option<int>("--cluster-max-words") { Description = "most word stems given classes (the most frequent)", DefaultValueFactory = _ => 40000 };
        var clusterSizes = new Option<int[]>("--cluster-sizes") { Description = "numbers of word classes, one clustering each (default 64 256 1024)", AllowMultipleArgumentsPerToken = true };
        var selfTrain = new Option<string[]>("--self-train") { Description = "files or folders of unlabelled text for self-training (experiments)", AllowMultipleArgumentsPerToken = true };
        var selfStride = new Option<int>("--self-train-stride") { Description = "every n-th unlabelled sentence is a candidate", DefaultValueFactory = _ => 4 };
        var selfMax = new Option<int>("--self-train-max") { Description = "most self-training sentences added", DefaultValueFactory = _ => 4000 };
        var selfSpread = new Option<float>("--self-train-spread") { Description = "a sentence is kept when tagged the same with the O-bias moved this much either way", DefaultValueFactory = _ => 32f };
        var stackLexicon = new Option<string[]>("--stack-lexicon") { Description = "files or folders of unlabelled text the first stage tags for a second-stage lexicon of word stems (experiments)", AllowMultipleArgumentsPerToken = true };
        var brown = new Option<int>("--brown") { Description = "also give word stems Brown clusters (Liang's windowed algorithm) with this many classes, from the same text as the k-means classes (0: none)", DefaultValueFactory = _ => 0 };
        var brownPrefixes = new Option<int[]>("--brown-prefixes") { Description = "lengths of the Brown bit-string prefixes used as features (default 4 6 10 20)", AllowMultipleArgumentsPerToken = true };
        var brownCache = new Option<string?>("--brown-cache") { Description = "file keeping the Brown bit strings: read when it exists and was written with the same settings, written otherwise" };
        var brownOnly = new Option<bool>("--brown-only") { Description = "Brown clusters instead of the k-means classes (with --brown)" };
        var brownFar = new Option<bool>("--brown-far") { Description = "Brown prefixes also as features of the words two positions away (with --brown)" };
        var brownMin = new Option<int?>("--brown-min-count") { Description = "occurrences a word stem needs to get a Brown cluster (default: --cluster-min-count)" };
        var ner = new Command("ner", "train the named-entity tagger (averaged perceptron, BILOU, Viterbi)") { data, output, epochs, cv, maxEpochs, seed, bits, dropout, unlabelled, bio, obias, noGaz, dictOnly, folds, share, clustersFrom, rare, ensemble, margin, gazetteerFrom,
            stack, stackWindow, stackRate, stackMargin, stackEpochs, cvOnly, oofCache, cvOutput, crf, crfRate, crfL2, crfCost, crfScale,
            typeBias, typeBiasStarts, typeBiasNested, stackSeeds, clusterMin, clusterMax, clusterSizes, selfTrain, selfStride, selfMax, selfSpread, stackLexicon,
            brown, brownPrefixes, brownCache, brownOnly, brownFar, brownMin };
        ner.SetAction(pr =>
        {
            var path = pr.GetValue(data)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"rasd train ner: {path}: file not found"); return 2; }
            var b = pr.GetValue(bits);
            if (b is < 10 or > 24) { Console.Error.WriteLine("rasd train ner: --bits must be between 10 and 24"); return 2; }
            if (pr.GetValue(cv) is < 1 or > 20) { Console.Error.WriteLine("rasd train ner: --cv must be between 1 and 20"); return 2; }
            if (pr.GetValue(stack) && (pr.GetValue(cv) < 2 || pr.GetValue(bio))) { Console.Error.WriteLine("rasd train ner: --stack needs --cv 2 or more and BILOU tags"); return 2; }
            var tb = pr.GetValue(typeBias)!;
            if (tb is "first" or "both" && (pr.GetValue(cv) < 2 || pr.GetValue(bio))) { Console.Error.WriteLine("rasd train ner: --type-bias needs --cv 2 or more and BILOU tags"); return 2; }
            if (tb is "second" or "both" && !pr.GetValue(stack)) { Console.Error.WriteLine("rasd train ner: --type-bias second/both needs --stack"); return 2; }
            if (pr.GetValue(clusterMin) < 1 || pr.GetValue(clusterMax) < 1) { Console.Error.WriteLine("rasd train ner: --cluster-min-count and --cluster-max-words must be at least 1"); return 2; }
            if (pr.GetValue(stackWindow) is < 0 or > 1000) { Console.Error.WriteLine("rasd train ner: --stack-window must be between 0 and 1000"); return 2; }
            var sentences = ConllReader.ReadFile(path);
            if (sentences.Count == 0) { Console.Error.WriteLine($"rasd train ner: {path}: no sentences"); return 2; }
            Console.Error.WriteLine($"{path}: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
            var gaz = pr.GetValue(noGaz) ? new Dictionary<string, GazClass>() : pr.GetValue(dictOnly) ? ActorDictionary.Default.Gazetteer() : NerGazetteer.Build(ActorDictionary.Default);
            if (pr.GetValue(gazetteerFrom) is { } gazFrom)
            {
                try
                {
                    using var gs = File.OpenRead(gazFrom);
                    gaz = new Dictionary<string, GazClass>(NerModel.Load(gs).Features.Gazetteer, StringComparer.Ordinal);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"rasd train ner: {gazFrom}: {e.Message}");
                    return 2;
                }
            }
            Dictionary<string, int[]>? clusters = null;
            var extra = pr.GetValue(unlabelled) ?? Array.Empty<string>();
            var from = pr.GetValue(clustersFrom);
            if (from != null)
            {
                if (!File.Exists(from)) { Console.Error.WriteLine($"rasd train ner: {from}: not found"); return 2; }
                try
                {
                    using var ms = File.OpenRead(from);
                    clusters = new Dictionary<string, int[]>(NerModel.Load(ms).Features.Clusters, StringComparer.Ordinal);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"rasd train ner: {from}: {e.Message}");
                    return 2;
                }
            }
            else if (extra.Length > 0)
            {
                foreach (var u in extra)
                    if (!File.Exists(u) && !Directory.Exists(u)) { Console.Error.WriteLine($"rasd train ner: {u}: not found"); return 2; }
                var text = sentences.Select(s => s.Tokens.Select(WordClusters.Stem).ToList()).Concat(WordClusters.ReadUnlabelled(extra)).ToList();
                var sizes = pr.GetValue(clusterSizes) is { Length: > 0 } cs ? cs : WordClusters.DefaultSizes;
                if (sizes.Length > 4 || sizes.Any(x => x is < 2 or > 65535)) { Console.Error.WriteLine("rasd train ner: --cluster-sizes takes one to four sizes between 2 and 65535"); return 2; }
                var nb = pr.GetValue(brown);
                var prefixes = pr.GetValue(brownPrefixes) is { Length: > 0 } bp ? bp : BrownClusters.DefaultPrefixes;
                if (nb < 0 || (nb > 0 && (prefixes.Length > 8 || prefixes.Any(x => x is < 1 or > 24)))) { Console.Error.WriteLine("rasd train ner: --brown must be 0 or more, --brown-prefixes one to eight lengths between 1 and 24"); return 2; }
                if (pr.GetValue(brownOnly) && nb == 0) { Console.Error.WriteLine("rasd train ner: --brown-only needs --brown"); return 2; }
                clusters = pr.GetValue(brownOnly) ? new Dictionary<string, int[]>(StringComparer.Ordinal)
                    : WordClusters.Build(text, sizes, pr.GetValue(seed), minCount: pr.GetValue(clusterMin), maxWords: pr.GetValue(clusterMax), log: msg => Console.Error.WriteLine(msg));
                if (nb > 0)
                {
                    // The clustering does not depend on the seed: kept in a file, repeated runs skip it.
                    var bmin = pr.GetValue(brownMin) ?? pr.GetValue(clusterMin);
                    if (bmin < 1) { Console.Error.WriteLine("rasd train ner: --brown-min-count must be at least 1"); return 2; }
                    var header = $"brown {nb} min-count {bmin} max-words {pr.GetValue(clusterMax)} sentences {text.Count} tokens {text.Sum(x => x.Count)}";
                    var cache = pr.GetValue(brownCache);
                    var paths = cache != null && File.Exists(cache) ? BrownClusters.Load(cache, header) : null;
                    if (paths == null)
                    {
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                        paths = BrownClusters.Build(text, nb, bmin, pr.GetValue(clusterMax), msg => Console.Error.WriteLine(msg));
                        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                        Console.Error.WriteLine($"brown: clustering took {clock.Elapsed.TotalSeconds:F1}s ({cpu.TotalSeconds:F1}s CPU)");
                        if (cache != null) BrownClusters.Save(cache, header, paths);
                    }
                    else Console.Error.WriteLine($"{cache}: Brown bit strings of {paths.Count} stems");
                    var combined = new Dictionary<string, int[]>(StringComparer.Ordinal);
                    // Every row has one width: a stem with Brown bits but no k-means classes (rarer than their minimum)
                    // gets the class 65535 in their columns, one with classes but no bits the empty prefix.
                    var width = clusters.Count == 0 ? 0 : clusters.First().Value.Length;
                    int[] noClass = Enumerable.Repeat((int)ushort.MaxValue, width).ToArray(), noBits = Enumerable.Repeat(BrownClusters.Flag, prefixes.Length).ToArray();
                    foreach (var (stem, bits) in paths) combined[stem] = [.. clusters.GetValueOrDefault(stem) ?? noClass, .. BrownClusters.Codes(bits, prefixes, pr.GetValue(brownFar))];
                    foreach (var (stem, km) in clusters) combined.TryAdd(stem, [.. km, .. noBits]);
                    clusters = combined;
                }
            }
            var result = NerTrainer.Train(sentences, gaz, new NerTrainOptions
            {
                BucketBits = b, Seed = pr.GetValue(seed), LexicalDropout = pr.GetValue(dropout), Bilou = !pr.GetValue(bio), OutsideBias = pr.GetValue(obias), Epochs = pr.GetValue(epochs), MaxEpochs = pr.GetValue(maxEpochs), CvFolds = pr.GetValue(cv),
                CorpusGazetteerFolds = pr.GetValue(folds), CorpusGazetteerShare = pr.GetValue(share), RareDropout = pr.GetValue(rare), Ensemble = pr.GetValue(ensemble), Margin = pr.GetValue(margin),
                Stack = pr.GetValue(stack), StackWindow = pr.GetValue(stackWindow), StackRate = pr.GetValue(stackRate), StackMargin = pr.GetValue(stackMargin), StackMaxEpochs = pr.GetValue(stackEpochs),
                CvOnly = pr.GetValue(cvOnly), OutOfFoldCache = pr.GetValue(oofCache),
                Crf = pr.GetValue(crf), CrfRate = pr.GetValue(crfRate), CrfL2 = pr.GetValue(crfL2), CrfCost = pr.GetValue(crfCost), CrfScale = pr.GetValue(crfScale),
                TypeBiasFirst = tb is "first" or "both", TypeBiasSecond = tb is "second" or "both", TypeBiasStarts = pr.GetValue(typeBiasStarts), TypeBiasNested = pr.GetValue(typeBiasNested),
                StackSeeds = pr.GetValue(stackSeeds),
                SelfTrain = pr.GetValue(selfTrain) is { Length: > 0 } selfPaths ? WordClusters.ReadSentences(selfPaths, stride: Math.Max(1, pr.GetValue(selfStride))).ToList() : null,
                StackLexicon = pr.GetValue(stackLexicon) is { Length: > 0 } lexPaths ? WordClusters.ReadSentences(lexPaths).ToList() : null,
                SelfTrainMax = pr.GetValue(selfMax), SelfTrainSpread = pr.GetValue(selfSpread),
            }, msg => Console.Error.WriteLine(msg), clusters);
            if (pr.GetValue(cvOutput) is { } cvPath && result.OutOfFold is { } oof)
            {
                using var cw = new StreamWriter(cvPath) { NewLine = "\n" };
                for (var s = 0; s < sentences.Count; s++)
                {
                    for (var i = 0; i < sentences[s].Tokens.Length; i++)
                        cw.WriteLine($"{sentences[s].Tokens[i]} {sentences[s].Tags[i]} {oof[s][i]}" + (result.OutOfFoldStacked is { } st ? " " + st[s][i] : ""));
                    cw.WriteLine();
                }
            }
            if (pr.GetValue(cvOnly)) return 0;
            var outPath = pr.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir != null) Directory.CreateDirectory(dir);
            using (var f = File.Create(outPath)) result.Model.Save(f);
            Console.Error.WriteLine($"trained {result.Epochs} epochs (O-bias {result.OutsideBias}) in {result.Elapsed.TotalSeconds:F1}s; wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return 0;
        });
        return new Command("train", "train a model") { ner };
    }
}
