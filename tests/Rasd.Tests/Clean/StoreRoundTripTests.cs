using Rasd.Items;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store;

namespace Rasd.Tests.Clean;

/// <summary>What the clean and near-duplicate stages keep on the model survives the store's JSON.</summary>
public sealed class StoreRoundTripTests
{
    [Fact]
    public void BlocksItemStartsAndFingerprintsRoundTrip()
    {
        var analyzer = new Analyzer(new IDocumentStage[] { new Rasd.Clean.CleanStage(), new ItemsStage() }, new ICorpusStage[] { new NearDuplicateStage() });
        var doc = new Document(CleanTestKit.Example("003"), new DocumentMeta { Source = "003" });
        var corpus = new Corpus();
        analyzer.Run(new[] { doc }, corpus);
        var back = StoreJson.DeserializeDocument(StoreJson.SerializeDocument(doc));
        Assert.Equal(doc.Blocks, back.Blocks);
        Assert.Contains(back.Blocks, b => b.ItemStart);
        Assert.Equal(doc.Removed, back.Removed);
        Assert.Equal(doc.Items.Select(i => i.Fingerprint), back.Items.Select(i => i.Fingerprint), new SigComparer());
        Assert.All(back.Items, i => Assert.Equal(NearDuplicateIndex.DefaultHashes, i.Fingerprint!.Length));

        // A corpus loaded from the store: the index is rebuilt from the stored fingerprints.
        var loaded = new Corpus();
        loaded.Items.AddRange(back.Items);
        var repost = new Document(string.Join("\n", "الرئيسية » أخبار", CleanTestKit.Example("003").Split('\n')[13..20].Aggregate((a, b) => a + "\n" + b), "شارك"), new DocumentMeta { Source = "repost" });
        analyzer.ProcessDocument(repost);
        analyzer.Link(repost, loaded);
        Assert.Equal(back.Items[1].Id, repost.Items.Single().NearDuplicateOf);
    }

    private sealed class SigComparer : IEqualityComparer<uint[]?>
    {
        public bool Equals(uint[]? x, uint[]? y) => x == null ? y == null : y != null && x.SequenceEqual(y);
        public int GetHashCode(uint[]? obj) => obj?.Length ?? 0;
    }
}
