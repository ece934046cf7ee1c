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
        var maxEpochs = new Option<int>("--max-epochs") { Description = "most epochs tried when choosing on held-out data", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "shuffle seed", DefaultValueFactory = _ => 17 };
        var bits = new Option<int>("--bits") { Description = "log2 of the number of hashed feature buckets", DefaultValueFactory = _ => 19 };
        var noGaz = new Option<bool>("--no-gazetteer") { Description = "train without the actor dictionary's gazetteer features" };
        var ner = new Command("ner", "train the named-entity tagger (averaged perceptron, BIO, Viterbi)") { data, output, epochs, maxEpochs, seed, bits, noGaz };
        ner.SetAction(pr =>
        {
            var path = pr.GetValue(data)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"rasd train ner: {path}: file not found"); return 2; }
            var b = pr.GetValue(bits);
            if (b is < 10 or > 24) { Console.Error.WriteLine("rasd train ner: --bits must be between 10 and 24"); return 2; }
            var sentences = ConllReader.ReadFile(path);
            if (sentences.Count == 0) { Console.Error.WriteLine($"rasd train ner: {path}: no sentences"); return 2; }
            Console.Error.WriteLine($"{path}: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
            var gaz = pr.GetValue(noGaz) ? new Dictionary<string, GazClass>() : ActorDictionary.Default.Gazetteer();
            var result = NerTrainer.Train(sentences, gaz, new NerTrainOptions
            {
                BucketBits = b, Seed = pr.GetValue(seed), Epochs = pr.GetValue(epochs), MaxEpochs = pr.GetValue(maxEpochs),
            }, msg => Console.Error.WriteLine(msg));
            var outPath = pr.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir != null) Directory.CreateDirectory(dir);
            using (var f = File.Create(outPath)) result.Model.Save(f);
            Console.Error.WriteLine($"trained {result.Epochs} epochs in {result.Elapsed.TotalSeconds:F1}s; wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return 0;
        });
        return new Command("train", "train a model") { ner };
    }
}
