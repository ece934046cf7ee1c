using Rasd.Actors;
using Rasd.Cli.Commands;

namespace Rasd.Tests.Actors;

public class NerStackTests
{
    // Letters that are no proclitic, so a made-up name is its own stem.
    private const string Letters = "تثجحخدذرزسشصضطظعغقمنهي";

    private static string Name(Random rng)
    {
        var chars = new char[rng.Next(4, 7)];
        for (var i = 0; i < chars.Length; i++) chars[i] = Letters[rng.Next(Letters.Length)];
        return new string(chars);
    }

    // Two-sentence documents: a new name once in a context that tells its type (قال X → person, في X → place),
    // then alone in a context that does not (رأى X): only the first sentence can tell the second's tag.
    private static List<(string[] Tokens, string[] Tags)> Documents(int count, int seed)
    {
        var rng = new Random(seed);
        var data = new List<(string[], string[])>();
        for (var d = 0; d < count; d++)
        {
            var x = Name(rng);
            var person = rng.Next(2) == 0;
            var tag = person ? "B-PERS" : "B-LOC";
            data.Add((new[] { person ? "قال" : "في", x, "أمس" }, new[] { "O", tag, "O" }));
            data.Add((new[] { "رأى", x }, new[] { "O", tag }));
        }
        return data;
    }

    [Fact]
    public void Second_stage_tags_a_repeated_name_by_what_the_first_stage_found_for_it_nearby()
    {
        var train = Documents(150, 1);
        var options = new NerTrainOptions
        {
            BucketBits = 14, MaxEpochs = 4, CvFolds = 3, CorpusGazetteerFolds = 0, RareDropout = 0, Stack = true, StackWindow = 1, StackBits = 12, StackMaxEpochs = 4,
            BiasGrid = new[] { 0f },
        };
        var result = NerTrainer.Train(train, new(), options);
        var model = result.Model;
        Assert.NotNull(model.Stack);
        Assert.NotNull(result.StackHeldOut);
        var test = Documents(100, 2);
        var sentences = test.Select(IReadOnlyList<string> (s) => s.Tokens).ToList();
        int Correct(string[][] tagged) => Enumerable.Range(0, test.Count).Count(s => s % 2 == 1 && tagged[s][1] == test[s].Tags[1]);
        var stacked = Correct(model.TagDocument(sentences));
        var firstStage = model.WithCache(0);
        firstStage.Stack = null;
        var alone = Correct(firstStage.TagDocument(sentences));
        // 100 second sentences: the first stage alone can only guess; the second stage reads the first sentence.
        Assert.True(stacked >= 95, $"stacked {stacked}/100");
        Assert.True(alone <= 75, $"first stage alone {alone}/100");
        // Saved and loaded, cached or not: the same tags.
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var again = NerModel.Load(ms);
        Assert.NotNull(again.Stack);
        Assert.Equal(model.TagDocument(sentences), again.TagDocument(sentences));
        Assert.Equal(model.TagDocument(sentences), again.WithCache(4).TagDocument(sentences));
        // A sentence alone is a document of its own: its window holds nothing else.
        Assert.Equal(model.TagDocument(new[] { sentences[1] })[0], model.Tag(sentences[1]));
        // rasd ner reads the whole input as one document when the model has a second stage.
        var input = string.Join("\n\n", sentences.Take(20).Select(s => string.Join('\n', s))) + "\n";
        var sw = new StringWriter { NewLine = "\n" };
        NerCommand.Run(model, new StringReader(input), sw);
        var expected = model.TagDocument(sentences.Take(20).ToList());
        var blocks = sw.ToString().TrimEnd('\n').Split("\n\n");
        Assert.Equal(20, blocks.Length);
        for (var s = 0; s < 20; s++) Assert.Equal(expected[s], blocks[s].Split('\n').Select(l => l.Split(' ')[1]).ToArray());
    }

    [Fact]
    public void Window_counts_leave_out_the_token_itself_and_sentences_beyond_the_window()
    {
        var stack = new NerStack(NerModel.BilouTags.Length, 12, 1);
        // Four sentences of one token each, all the same stem: tagged U-PERS (4), O, U-LOC (8), U-PERS.
        var stems = new ulong[] { 7, 7, 7, 7 };
        var tags = new[] { 4, 0, 8, 4 };
        var offsets = new[] { 0, 1, 2, 3, 4 };
        var counts = new NerStack.WindowCounts(stack.Tags);
        counts.Reset();
        counts.MoveTo(0, 1, stems, tags, offsets);
        Assert.Equal(2, counts.Get(7)![^1]);           // sentences 0 and 1
        counts.MoveTo(1, 1, stems, tags, offsets);
        Assert.Equal(3, counts.Get(7)![^1]);
        counts.MoveTo(2, 1, stems, tags, offsets);
        var c = counts.Get(7)!;
        Assert.Equal(3, c[^1]);                        // sentences 1–3: sentence 0 left the window
        Assert.Equal(1, c[4]);
        Assert.Equal(1, c[8]);
        Assert.Null(counts.Get(0));
        Assert.Null(counts.Get(9));
        // The token's own tag is not evidence about itself: a stem seen once has no other occurrence.
        var f = new int[NerStack.MaxFeatures];
        var g = new int[NerStack.MaxFeatures];
        counts.Reset();
        counts.MoveTo(0, 0, stems.AsSpan(0, 1), tags.AsSpan(0, 1), offsets.AsSpan(0, 2));
        var n = stack.Features(stems.AsSpan(0, 1), tags.AsSpan(0, 1), 0, counts, f);
        var empty = new NerStack.WindowCounts(stack.Tags);
        var m = stack.Features(stems.AsSpan(0, 1), tags.AsSpan(0, 1), 0, empty, g);
        Assert.Equal(g[..m], f[..n]);
    }

    [Fact]
    public void Two_words_inside_one_name_elsewhere_are_evidence_of_their_own()
    {
        var stack = new NerStack(NerModel.BilouTags.Length, 14, 1);
        int[] Of(ulong[] stems, int[] tags, int[] offsets)
        {
            var counts = new NerStack.WindowCounts(stack.Tags);
            counts.Reset();
            counts.MoveTo(1, 1, stems, tags, offsets);
            var f = new int[NerStack.MaxFeatures];
            var n = stack.Features(stems.AsSpan(offsets[1], 2), tags.AsSpan(offsets[1], 2), 1, counts, f);
            return f[..n].Order().ToArray();
        }
        // a b (B-PERS L-PERS), then a b untagged: the pair was one name.
        var together = Of(new ulong[] { 3, 5, 3, 5 }, new[] { 1, 3, 0, 0 }, new[] { 0, 2, 4 });
        // a x b (B-PERS I-PERS L-PERS): the same counts for a and for b, but the pair was never seen.
        var apart = Of(new ulong[] { 3, 7, 5, 3, 5 }, new[] { 1, 2, 3, 0, 0 }, new[] { 0, 3, 5 });
        Assert.NotEqual(together, apart);
        Assert.Equal(1, NerStack.WindowCounts.Joined(1, 3));   // B-PERS L-PERS
        Assert.Equal(0, NerStack.WindowCounts.Joined(4, 4));   // U-PERS U-PERS: two names
        Assert.Equal(0, NerStack.WindowCounts.Joined(1, 7));   // B-PERS L-LOC
    }
}
