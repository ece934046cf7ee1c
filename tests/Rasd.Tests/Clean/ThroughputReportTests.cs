using Rasd.Items;
using Xunit.Abstractions;

namespace Rasd.Tests.Clean;

/// <summary>
/// Prints cleaning + splitting + near-duplicate indexing throughput on ANT (one thread) and the heap retained as
/// the corpus grows. Figures only: speed is never asserted. Set RASD_BENCH_LARGE=1 for the 100k-document run.
/// </summary>
public sealed class ThroughputReportTests(ITestOutputHelper output)
{
    [Fact]
    public void PrintsThroughputAndMemoryOnAnt()
    {
        var texts = AntCorpus.Articles.Select(a => a.Text).ToList();
        CleanThroughput.Run(texts); // warm-up: JIT tiers, compiled regexes, data files
        var r10 = CleanThroughput.Run(texts);
        output.WriteLine("ANT x1:  " + r10);
        Console.WriteLine("ANT x1:  " + r10);
        Assert.Equal(texts.Count, r10.Documents);
        Assert.True(r10.Items >= texts.Count * 0.95, "nearly every ANT article should give an item");
        if (Environment.GetEnvironmentVariable("RASD_BENCH_LARGE") == "1")
        {
            var r100 = CleanThroughput.Run(CleanThroughput.Repeat(texts, 10));
            output.WriteLine("ANT x10: " + r100);
            Console.WriteLine("ANT x10: " + r100);
            // With a window of 20,000 items the index (and so the heap) stops growing.
            var w10 = CleanThroughput.Run(CleanThroughput.Repeat(texts, 1), new NearDuplicateIndex(window: 20_000));
            var w100 = CleanThroughput.Run(CleanThroughput.Repeat(texts, 10), new NearDuplicateIndex(window: 20_000));
            Console.WriteLine("window 20k, ANT x1:  " + w10);
            Console.WriteLine("window 20k, ANT x10: " + w100);
            output.WriteLine("window 20k, ANT x1:  " + w10);
            output.WriteLine("window 20k, ANT x10: " + w100);
        }
    }
}
