using BenchmarkDotNet.Attributes;
using Rasd.Model;
using Rasd.Store;
using Rasd.Store.Sqlite;

namespace Rasd.Bench;

/// <summary>
/// The store's hot paths: putting a batch of documents (one transaction, prepared insert), saving analyses,
/// and the JSON every backend writes. Documents are synthetic Arabic articles of news length (about 2 KB).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    [Params(1000)]
    public int Documents { get; set; }

    private List<Document> _docs = [];
    private string _dir = "";
    private SqliteStore? _store;
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "rasd-bench-store-" + Guid.NewGuid().ToString("N")[..8]);
        _docs = Make(Documents, 0);
    }

    private static List<Document> Make(int n, int round)
    {
        var body = string.Concat(Enumerable.Repeat("أعلنت الوزارة اليوم أن الاجتماع عقد في العاصمة بحضور الوفد الرسمي وممثلين عن المنظمات الدولية. ", 20));
        return Enumerable.Range(0, n).Select(i =>
        {
            var d = new Document($"عنوان الخبر {round}-{i}\n{body}\n", new DocumentMeta { Source = $"doc{round}-{i}.txt", Outlet = "وكالة" });
            d.Items.Add(new Item { Id = d.Id + "-0", DocumentId = d.Id, Span = new Span(0, d.Text.Length), CleanText = d.Text });
            return d;
        }).ToList();
    }

    [IterationSetup]
    public void FreshStore()
    {
        _store?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
        _store = new SqliteStore(Path.Combine(_dir, "rasd.db"));
        _docs = Make(Documents, ++_round);
    }

    [Benchmark(Description = "PutMany: batch of new documents in one transaction")]
    public int PutBatch() => _store!.PutMany(_docs).Count(o => o == PutOutcome.Stored);

    [Benchmark(Description = "Put + SaveAnalyses in groups of 64")]
    public int PutAndSave()
    {
        _store!.PutMany(_docs);
        var corpus = new Corpus();
        foreach (var chunk in _docs.Chunk(64))
        {
            foreach (var d in chunk) corpus.Items.AddRange(d.Items);
            _store.SaveAnalyses(chunk, corpus);
        }
        return corpus.Items.Count;
    }

    [Benchmark(Description = "StoreJson round trip of analysed documents")]
    public int JsonRoundTrip()
    {
        var n = 0;
        foreach (var d in _docs) n += StoreJson.DeserializeDocument(StoreJson.SerializeDocument(d)).Items.Count;
        return n;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }
}
