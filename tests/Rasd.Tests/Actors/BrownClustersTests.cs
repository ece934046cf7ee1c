using Rasd.Actors;

namespace Rasd.Tests.Actors;

public class BrownClustersTests
{
    // Three word classes, each pair of words in exactly the same contexts, the classes in different ones.
    private static List<IReadOnlyList<string>> Corpus()
    {
        var text = new List<IReadOnlyList<string>>();
        string[] det = { "the", "a" }, noun = { "cat", "dog" }, verb = { "sat", "ran" };
        for (var r = 0; r < 3; r++)
            foreach (var d in det) foreach (var n in noun) foreach (var v in verb) text.Add(new[] { d, n, v, "." });
        text.Add(new[] { "rare", "the" });
        return text;
    }

    [Fact]
    public void Words_of_identical_contexts_share_a_cluster_and_paths_are_prefix_consistent()
    {
        var paths = BrownClusters.Build(Corpus(), clusters: 4, minCount: 2);
        Assert.DoesNotContain("rare", paths.Keys);
        Assert.Equal(7, paths.Count);
        Assert.Equal(paths["the"], paths["a"]);
        Assert.Equal(paths["cat"], paths["dog"]);
        Assert.Equal(paths["sat"], paths["ran"]);
        var distinct = paths.Values.Distinct().ToList();
        Assert.Equal(4, distinct.Count);
        Assert.All(distinct, p => Assert.Matches("^[01]+$", p));
        // Leaves of one binary tree: no path is a prefix of another.
        foreach (var p in distinct)
            foreach (var q in distinct)
                if (p != q) Assert.False(q.StartsWith(p, StringComparison.Ordinal), $"{p} is a prefix of {q}");
        // Deterministic.
        Assert.Equal(paths.OrderBy(kv => kv.Key), BrownClusters.Build(Corpus(), clusters: 4, minCount: 2).OrderBy(kv => kv.Key));
    }

    [Fact]
    public void The_window_merges_words_beyond_its_size_into_the_cluster_of_their_contexts()
    {
        // Two clusters only: nouns and verbs entering after the window is full still end with their kind.
        var text = new List<IReadOnlyList<string>>();
        string[] noun = { "n1", "n2", "n3", "n4" }, verb = { "v1", "v2", "v3", "v4" };
        for (var i = 0; i < 4; i++)
            for (var r = 0; r <= 4 - i; r++)
                foreach (var v in verb) text.Add(new[] { noun[i], v, noun[(i + r) % 4], verb[(r + i) % 4] });
        var paths = BrownClusters.Build(text, clusters: 2, minCount: 1);
        Assert.Single(noun.Select(n => paths[n]).Distinct());
        Assert.Single(verb.Select(v => paths[v]).Distinct());
        Assert.NotEqual(paths["n1"], paths["v1"]);
    }

    [Fact]
    public void Losses_kept_incrementally_equal_losses_computed_afresh()
    {
        // A random text of 60 word types (Zipf-like) through a window of 8 clusters.
        var rng = new Random(5);
        var text = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 400; i++)
            text.Add(Enumerable.Range(0, 8).Select(_ => "w" + (int)(60 * Math.Pow(rng.NextDouble(), 2))).ToArray());
        var worst = 0.0;
        var steps = 0;
        var paths = BrownClusters.Build(text, 8, 1, 1000, null, d => { worst = Math.Max(worst, d); steps++; });
        Assert.True(steps > 100);
        Assert.True(worst < 1e-9, $"drift {worst}");
        Assert.Equal(8, paths.Values.Distinct().Count());
    }

    [Fact]
    public void Prefix_codes_nest_and_are_flagged()
    {
        var codes = BrownClusters.Codes("0110101", new[] { 2, 4, 10 });
        Assert.All(codes, c => Assert.True((c & BrownClusters.Flag) != 0));
        Assert.Equal(BrownClusters.Flag | 0b100 | 0b01, codes[0]);
        Assert.Equal(BrownClusters.Flag | 0b10000 | 0b0110, codes[1]);
        // A path shorter than the prefix is its own prefix.
        Assert.Equal(BrownClusters.Flag | (1 << 7) | 0b0110101, codes[2]);
        Assert.NotEqual(BrownClusters.Codes("01", new[] { 4 })[0], BrownClusters.Codes("0100", new[] { 4 })[0]);
    }

    [Fact]
    public void Bit_strings_round_trip_through_their_cache_file_and_other_settings_are_not_read()
    {
        var file = Path.GetTempFileName();
        try
        {
            var paths = BrownClusters.Build(Corpus(), clusters: 3, minCount: 2);
            BrownClusters.Save(file, "brown 3", paths);
            Assert.Equal(paths.OrderBy(kv => kv.Key), BrownClusters.Load(file, "brown 3")!.OrderBy(kv => kv.Key));
            Assert.Null(BrownClusters.Load(file, "brown 4"));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_model_with_Brown_classes_saves_them_wide_and_tags_the_same_after_loading()
    {
        var paths = BrownClusters.Build(Corpus(), clusters: 3, minCount: 2);
        var clusters = paths.ToDictionary(kv => kv.Key, kv => new[] { 1, 2 }.Concat(BrownClusters.Codes(kv.Value, BrownClusters.DefaultPrefixes)).ToArray(), StringComparer.Ordinal);
        var data = new List<(string[], string[])>();
        for (var i = 0; i < 12; i++) data.Add(("the cat sat in Paris .".Split(' '), "O O O O B-LOC O".Split(' ')));
        var options = new NerTrainOptions { BucketBits = 12, Epochs = 2, OutsideBias = 0, CorpusGazetteerFolds = 0 };
        var model = NerTrainer.Train(data, new(), options, clusters: clusters).Model;
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var again = NerModel.Load(ms);
        Assert.Equal(clusters.OrderBy(kv => kv.Key).Select(kv => (kv.Key, string.Join(',', kv.Value))),
            again.Features.Clusters.OrderBy(kv => kv.Key).Select(kv => (kv.Key, string.Join(',', kv.Value))));
        var tokens = "a dog ran in Paris .".Split(' ');
        Assert.Equal(model.Tag(tokens), again.Tag(tokens));
        // The Brown prefixes are features of their own.
        var word = model.Features.Analyze("cat");
        Span<int> with = stackalloc int[NerFeatures.MaxWordFeatures];
        var k = model.Features.WordFeatures(word, 0, with, out _);
        var plain = new NerFeatures(12, new(), clusters.ToDictionary(kv => kv.Key, kv => kv.Value[..2], StringComparer.Ordinal));
        Span<int> without = stackalloc int[NerFeatures.MaxWordFeatures];
        Assert.Equal(k - BrownClusters.DefaultPrefixes.Length, plain.WordFeatures(plain.Analyze("cat"), 0, without, out _));
    }
}
