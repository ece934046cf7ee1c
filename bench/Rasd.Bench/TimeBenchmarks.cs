using BenchmarkDotNet.Attributes;
using Rasd.Model;
using Rasd.Time;

namespace Rasd.Bench;

/// <summary>
/// Time recognition + resolution over the ANT corpus on one thread. One operation is one pass over every article
/// (title-less TEXT, resolved against a fixed reference): documents/s = articles / mean time.
/// The publication-date pass also infers each article's date from its text (no metadata).
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private List<string> _texts = new();
    private List<Document> _cleaned = new();
    private static readonly TimeContext Ref = TimeContext.Of(new DateOnly(2017, 1, 20));

    [GlobalSetup]
    public void Setup()
    {
        _texts = CleanBenchmarks.LoadAnt();
        var clean = new Rasd.Clean.CleanStage();
        var items = new Rasd.Items.ItemsStage();
        foreach (var t in _texts)
        {
            var d = new Document(t, new DocumentMeta { Source = "ant" });
            clean.Process(d);
            items.Process(d);
            _cleaned.Add(d);
        }
    }

    [Benchmark(Description = "time mentions: recognise + resolve, whole ANT")]
    public int FindAndResolve()
    {
        var n = 0;
        foreach (var t in _texts) n += TimeRecognizer.Find(t, Ref).Count;
        return n;
    }

    [Benchmark(Description = "normalise + tokenise only, whole ANT")]
    public int ScanOnly()
    {
        var n = 0;
        foreach (var t in _texts) n += new TimeScanner(t, 0, t.Length).Count;
        return n;
    }

    [Benchmark(Description = "normalise + tokenise + recognise (no resolution), whole ANT")]
    public int ParseOnly()
    {
        var n = 0;
        foreach (var t in _texts) n += new TimeParser(new TimeScanner(t, 0, t.Length)).ParseAll()?.Count ?? 0;
        return n;
    }

    /// <summary>As in the pipeline (and `rasd bench`): cleaned documents read sentence by sentence, their date known (TREC TIME).</summary>
    [Benchmark(Description = "time stage as in the pipeline (after clean + items, date known), whole ANT")]
    public int PipelineStage()
    {
        var stage = new TimeStage();
        var n = 0;
        foreach (var d in _cleaned)
        {
            d.Meta.Published = Ref.Reference;
            foreach (var it in d.Items) it.Published = null;
            stage.Process(d);
            n += d.Times.Count;
        }
        return n;
    }

    [Benchmark(Description = "time stage (publication date + mentions per line), whole ANT")]
    public int Stage()
    {
        var stage = new TimeStage();
        var n = 0;
        foreach (var t in _texts)
        {
            var d = new Document(t, new DocumentMeta { Source = "ant" });
            stage.Process(d);
            n += d.Times.Count;
        }
        return n;
    }
}
