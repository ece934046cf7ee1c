using BenchmarkDotNet.Attributes;
using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;

namespace Rasd.Bench;

/// <summary>
/// Cleaning + items/sentences + near-duplicate indexing over the ANT corpus on one thread. One operation is one
/// pass over every article: documents/s = articles / mean time. The corpus is read from RASD_ANT or from
/// shared/data/antcorpus found above the working directory.
/// </summary>
[MemoryDiagnoser]
public class CleanBenchmarks
{
    private List<string> _texts = new();
    private List<Document> _cleaned = new();

    public static List<string> LoadAnt()
    {
        var dir = Environment.GetEnvironmentVariable("RASD_ANT");
        if (string.IsNullOrEmpty(dir))
        {
            for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d != null; d = d.Parent)
            {
                var cand = Path.Combine(d.FullName, "shared", "data", "antcorpus");
                if (Directory.Exists(cand)) { dir = cand; break; }
            }
        }
        if (dir == null || !Directory.Exists(dir)) throw new DirectoryNotFoundException("ANT corpus not found: set RASD_ANT to the antcorpus folder");
        var texts = new List<string>();
        foreach (var f in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var raw = File.ReadAllText(f);
            var a = raw.IndexOf("<TEXT>", StringComparison.Ordinal);
            var b = raw.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (a >= 0 && b > a) texts.Add(raw[(a + 6)..b].Trim());
        }
        return texts;
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = LoadAnt();
        _cleaned = _texts.Select(t => new Document(t, new DocumentMeta { Source = "ant" })).ToList();
        var clean = new CleanStage();
        var items = new ItemsStage();
        foreach (var d in _cleaned) { clean.Process(d); items.Process(d); }
    }

    [Benchmark(Description = "clean + items + sentences + near-dup index, whole ANT")]
    public int CleanSplitAndIndex() => CleanThroughput.Run(_texts, measureHeap: false).Items;

    [Benchmark(Description = "clean only, whole ANT")]
    public int CleanOnly()
    {
        var cleaner = new Cleaner();
        var n = 0;
        foreach (var t in _texts)
        {
            var d = new Document(t, new DocumentMeta { Source = "ant" });
            cleaner.Clean(d);
            n += d.Blocks.Count;
        }
        return n;
    }

    [Benchmark(Description = "MinHash + LSH index only, whole ANT")]
    public int IndexOnly()
    {
        var index = new NearDuplicateIndex();
        var dups = 0;
        foreach (var d in _cleaned)
            foreach (var item in d.Items)
            {
                if (index.Hasher.Signature(d.Text, item.Paragraphs) is not { } sig) continue;
                if (index.FindEarliest(sig).Id != null) dups++;
                index.Add(item.Id, sig);
            }
        return dups;
    }
}
