using System.Text;
using BenchmarkDotNet.Attributes;
using Rasd.Events;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Stories;

namespace Rasd.Bench;

/// <summary>
/// The events stages over ANT articles already through clean → items → time → actors (one thread): event extraction
/// per document, and event coreference + story assignment per document. documents/s = Documents / mean time.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    [Params(1000)]
    public int Documents { get; set; }

    private List<Document> _docs = new();

    [GlobalSetup]
    public void Setup()
    {
        var texts = CleanBenchmarks.LoadAnt().Take(Documents).ToList();
        var stages = StageRegistry.DocumentStages().Where(s => s.Name != "events").ToList();
        _docs = texts.Select((t, i) => new Document(t, new DocumentMeta { Source = "ant#" + i })).ToList();
        Parallel.ForEach(_docs, d => { foreach (var s in stages) s.Process(d); });
    }

    [Benchmark(Description = "events stage (extraction), per batch")]
    public int Extract()
    {
        var stage = new EventsStage();
        var n = 0;
        foreach (var d in _docs) { stage.Process(d); n += d.Events.Count; }
        return n;
    }

    [Benchmark(Description = "extraction + event-coref + stories, per batch")]
    public int ExtractLinkAndThread()
    {
        var stage = new EventsStage();
        var coref = new EventCorefStage();
        var stories = new StoriesStage();
        var corpus = new Corpus();
        foreach (var d in _docs)
        {
            stage.Process(d);
            foreach (var it in d.Items) it.Story = null;
            corpus.Items.AddRange(d.Items);
            coref.Process(d, corpus);
            stories.Process(d, corpus);
        }
        return corpus.Stories.Count;
    }
}

/// <summary>
/// Story assignment as the store grows: the cost of threading a batch of new items into a corpus already holding
/// 10k or 100k synthetic items (flat per item when the inverted index keeps the cost independent of the store size).
/// </summary>
[MemoryDiagnoser]
public class StoryScalingBenchmarks
{
    [Params(10_000, 100_000)]
    public int StoreItems { get; set; }

    public const int Batch = 1000;
    private Corpus _corpus = new();
    private SyntheticNews _gen = new(1);
    private readonly StoriesStage _stage = new();

    [GlobalSetup]
    public void Setup()
    {
        _gen = new SyntheticNews(42);
        _corpus = new Corpus();
        for (var i = 0; i < StoreItems; i++) Thread(_gen.Next());
    }

    private void Thread(Document d)
    {
        _corpus.Items.AddRange(d.Items);
        _stage.Process(d, _corpus);
    }

    [Benchmark(Description = "thread 1000 new items into the store")]
    public int AssignBatch()
    {
        for (var i = 0; i < Batch; i++) Thread(_gen.Next());
        return _corpus.Stories.Count;
    }
}

/// <summary>
/// Synthetic news items for scaling measurements: each belongs to a hidden thread with its own actors and words, mixed
/// with actors and words common to all threads, and dated near its thread's days. Ids are unique per generator.
/// </summary>
public sealed class SyntheticNews(int seed)
{
    private readonly Random _rnd = new(seed);
    private int _n;
    private const int Threads = 20_000;

    public Document Next()
    {
        var n = _n++;
        // Recent threads are more active (a story runs for a while, then stops).
        var thread = Math.Max(0, Math.Min(Threads - 1, n / 25 + _rnd.Next(-40, 40)));
        var sb = new StringBuilder();
        var ents = new List<(int Start, int End, string Id, EntityType Type)>();
        void Word(string w) { if (sb.Length > 0) sb.Append(' '); sb.Append(w); }
        void Ent(string name, string id, EntityType t)
        {
            if (sb.Length > 0) sb.Append(' ');
            var s = sb.Length;
            sb.Append(name);
            ents.Add((s, sb.Length, id, t));
        }
        for (var k = 0; k < 40; k++)
        {
            var r = _rnd.NextDouble();
            if (r < 0.08) { var e = thread * 3 + _rnd.Next(3); Ent("كيان" + Letters(e), "syn:e" + e, EntityType.Person); }
            else if (r < 0.11) { var c = _rnd.Next(30); Ent("بلد" + Letters(c), "syn:c" + c, EntityType.Country); }
            else if (r < 0.55) Word("كلمة" + Letters(thread * 12 + _rnd.Next(12)));
            else Word("عام" + Letters(_rnd.Next(3000)));
        }
        sb.Append('.');
        var text = sb.ToString();
        var day = new DateOnly(2020, 1, 1).AddDays(thread / 8 + _rnd.Next(0, 5));
        var doc = new Document(text + " #" + n, new DocumentMeta { Source = "synthetic#" + n, Published = DateValue.OfDay(day, "metadata") });
        var item = new Item { Id = $"{doc.Id}-{n}", DocumentId = doc.Id, Span = new Span(0, text.Length) };
        item.Paragraphs.Add(item.Span);
        item.CleanText = text;
        item.Title = text[..Math.Min(60, text.Length)];
        doc.Items.Add(item);
        foreach (var (s, e, id, t) in ents) doc.Entities.Add(new EntityMention { Span = new Span(s, e), Text = text[s..e], Type = t, EntityId = id });
        return doc;
    }

    private static string Letters(int v)
    {
        const string abc = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var sb = new StringBuilder();
        do { sb.Append(abc[v % abc.Length]); v /= abc.Length; } while (v > 0);
        return sb.ToString();
    }
}
