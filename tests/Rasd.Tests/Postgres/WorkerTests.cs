using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store.Postgres;

namespace Rasd.Tests.Postgres;

/// <summary>
/// Order-sensitive story threading for the tests: an item joins the story sharing most title words with it, and
/// when two stories both match, the later one is merged into the earlier and removed. Events are kept per story
/// and outlet. Its index lives in Corpus.State and is rebuilt from the items when absent, as the team rules ask.
/// Real event and story stages may not be registered yet; this one exercises merging, removal and stage state.
/// </summary>
internal sealed class TitleStoriesStage : ICorpusStage
{
    private const string Key = "test.title-stories";
    public string Name => "test-title-stories";

    private static IEnumerable<string> Words(Item i) =>
        ArabicNormalizer.Normalize(i.Title ?? (i.CleanText.Length > 80 ? i.CleanText[..80] : i.CleanText))
            .Split(' ', '\n', '\t', '،', ',', '.', ':', '"', '«', '»', '(', ')').Where(w => w.Length >= 5).Distinct();

    public void Process(Document doc, Corpus corpus)
    {
        var index = corpus.GetState(Key, () =>
        {
            var ix = new Dictionary<string, List<string>>();
            foreach (var it in corpus.Items)
                if (it.Story != null)
                    foreach (var w in Words(it))
                    {
                        if (!ix.TryGetValue(w, out var l)) ix[w] = l = new List<string>();
                        if (!l.Contains(it.Story)) l.Add(it.Story);
                    }
            return ix;
        });
        foreach (var item in doc.Items)
        {
            var votes = new Dictionary<string, int>();
            foreach (var w in Words(item))
                if (index.TryGetValue(w, out var ss))
                    foreach (var s in ss) votes[s] = votes.GetValueOrDefault(s) + 1;
            var order = corpus.Stories.Select((s, n) => (s.Id, n)).ToDictionary(x => x.Id, x => x.n);
            var matches = votes.Where(v => v.Value >= 2 && order.ContainsKey(v.Key)).OrderByDescending(v => v.Value).ThenBy(v => order[v.Key]).Select(v => v.Key).ToList();
            Story story;
            if (matches.Count == 0)
            {
                story = new Story { Id = "story-" + item.Id, Title = item.Title ?? item.Id };
                corpus.Stories.Add(story);
            }
            else
            {
                story = corpus.Stories.First(s => s.Id == matches[0]);
                if (matches.Count > 1)
                {
                    var other = corpus.Stories.First(s => s.Id == matches[1]);
                    foreach (var id in other.Items) { story.Items.Add(id); corpus.Items.First(i => i.Id == id).Story = story.Id; }
                    foreach (var id in other.Events) { story.Events.Add(id); corpus.Events.First(e => e.Id == id).Story = story.Id; }
                    corpus.Stories.Remove(other);
                    corpus.State.Remove(Key);
                }
            }
            item.Story = story.Id;
            story.Items.Add(item.Id);
            var evId = "event-" + story.Id + "-" + (doc.Meta.Outlet ?? "none").Length;
            var ev = corpus.Events.FirstOrDefault(e => e.Id == evId);
            if (ev == null)
            {
                ev = new Event { Id = evId, Story = story.Id, Type = "report", Cameo = "010", Date = doc.Meta.Published };
                corpus.Events.Add(ev);
                story.Events.Add(evId);
            }
            ev.Mentions.Add(new Mention { Document = doc.Id, Item = item.Id, Span = item.Span, Text = item.Title ?? "", Outlet = doc.Meta.Outlet });
            if (corpus.State.TryGetValue(Key, out _))
                foreach (var w in Words(item))
                {
                    if (!index.TryGetValue(w, out var l)) index[w] = l = new List<string>();
                    if (!l.Contains(story.Id)) l.Add(story.Id);
                }
        }
    }
}

public sealed class WorkerTests
{
    internal static Analyzer WithStories() => new(StageRegistry.DocumentStages(), StageRegistry.CorpusStages().Append(new TitleStoriesStage()));

    [PgFact]
    public void Four_workers_in_one_process_build_the_same_corpus_as_a_single_process()
    {
        using var db = new PgTestDatabase();
        var docs = ScaleOutKit.Ant(300, skip: 2000);
        var (reference, refDocs) = ScaleOutKit.SingleProcess(docs, WithStories());
        var threaded = reference.Stories.Count(st => st.Id.StartsWith("story-", StringComparison.Ordinal));
        Assert.True(threaded > 10 && threaded < 300, $"the test stage should thread stories ({threaded})");

        using (var store = new PostgresStore(db.Url)) store.PutMany(ScaleOutKit.Copy(docs));
        var summaries = new WorkerSummary[4];
        var threads = Enumerable.Range(0, 4).Select(n => new Thread(() =>
        {
            using var s = new PostgresStore(db.Url);
            summaries[n] = new Worker(s, WithStories(), new WorkerOptions { Id = "w" + n, Batch = 3, ExitWhenIdle = true, Poll = TimeSpan.FromMilliseconds(20) }).Run();
        })).ToList();
        threads.ForEach(t => t.Start());
        Assert.True(threads.All(t => t.Join(TimeSpan.FromMinutes(3))), "workers did not finish within 3 minutes");

        using var check = new PostgresStore(db.Url);
        var q = check.Queue();
        Assert.Equal((docs.Count, 0L), (q.Done, q.Total - q.Done));
        Assert.Equal(docs.Count, summaries.Sum(s => s.Linked));
        Assert.True(summaries.Count(s => s.Analysed > 0) >= 2, "work should be shared: " + string.Join(", ", summaries.Select(s => s.Analysed)));
        var expected = ScaleOutKit.Canonical(reference);
        var actual = ScaleOutKit.Canonical(check);
        Assert.True(expected == actual, ScaleOutKit.FirstDifference(expected, actual));
        // Each document's own analysis (blocks, items, mentions after linking) is the single-process one too.
        foreach (var d in refDocs.Take(60))
            Assert.Equal(ScaleOutKit.Sorted(Rasd.Store.StoreJson.SerializeDocument(d, false)), ScaleOutKit.Sorted(Rasd.Store.StoreJson.SerializeDocument(check.GetDocument(d.Id)!, false)));
    }

    [PgFact]
    public void A_worker_that_linked_before_a_reset_of_the_analyses_starts_its_replica_over()
    {
        using var db = new PgTestDatabase();
        var docs = ScaleOutKit.Ant(30, skip: 1200);
        using var store = new PostgresStore(db.Url);
        store.PutMany(ScaleOutKit.Copy(docs));
        var worker = new Worker(store, WithStories(), new WorkerOptions { Id = "w", Batch = 4, ExitWhenIdle = true, Poll = TimeSpan.FromMilliseconds(20) });
        Assert.Equal(docs.Count, worker.Run().Linked);
        Assert.Equal(docs.Count, store.ResetAnalyses());
        Assert.Equal((0L, 0L, (long)docs.Count), (store.Stats().Events, store.Stats().Stories, store.Queue().Pending));

        // Its replica still holds the corpus of the first run; linking onto it would count every report twice.
        Assert.Equal(docs.Count, worker.Run().Linked);
        var expected = ScaleOutKit.Canonical(ScaleOutKit.SingleProcess(docs, WithStories()).Corpus);
        var actual = ScaleOutKit.Canonical(store);
        Assert.True(expected == actual, ScaleOutKit.FirstDifference(expected, actual));
        Assert.Equal(new Dictionary<string, long> { [WithStories().Rules] = docs.Count }, store.AnalysedBy());
    }

    [PgFact]
    public void A_claim_skips_rows_others_hold_and_an_expired_claim_is_taken_over()
    {
        using var db = new PgTestDatabase();
        using var store = new PostgresStore(db.Url);
        var docs = ScaleOutKit.Ant(5);
        store.PutMany(docs);
        var a = store.Claim("a", 2, TimeSpan.FromMinutes(5));
        var b = store.Claim("b", 2, TimeSpan.FromMilliseconds(300));
        Assert.Equal(docs.Take(2).Select(d => d.Id), a.Select(c => c.Document.Id));
        Assert.Equal(docs.Skip(2).Take(2).Select(d => d.Id), b.Select(c => c.Document.Id));
        Assert.Equal((1L, 4L), (store.Queue().Pending, store.Queue().Claimed));
        Thread.Sleep(700);
        // b "died": its two documents come back first (queue order), then the last one.
        var c = store.Claim("c", 5, TimeSpan.FromMinutes(5));
        Assert.Equal(docs.Skip(2).Select(d => d.Id), c.Select(x => x.Document.Id));
        Assert.Equal(2, c[0].Attempts);
        // b wakes up late: c's claim stands, and once c stored the analysis b's copy is ignored.
        Assert.False(store.Renew("b", docs[2].Id, TimeSpan.FromMinutes(1)));
        var analyzer = Analyzer.Default();
        var mine = c[0].Document;
        analyzer.ProcessDocument(mine);
        Assert.True(store.StoreAnalysed("c", mine, 1));
        Assert.False(store.StoreAnalysed("b", mine, 1));
        Assert.Equal(1, store.Queue().Analysed);
    }

    [PgFact]
    public void A_document_that_keeps_killing_workers_is_failed_after_its_attempts()
    {
        using var db = new PgTestDatabase();
        using var store = new PostgresStore(db.Url);
        var d = ScaleOutKit.Ant(1)[0];
        store.Put(d);
        for (var i = 0; i < PostgresStore.MaxAttempts; i++)
        {
            Assert.Single(store.Claim("w" + i, 1, TimeSpan.FromMilliseconds(50)));
            Thread.Sleep(120);
        }
        Assert.Empty(store.Claim("last", 1, TimeSpan.FromMinutes(1)));
        var info = store.GetInfo(d.Id)!;
        Assert.Equal(Rasd.Store.DocumentStatus.Failed, info.Status);
        Assert.Contains("abandoned", info.Error);
    }

    [PgFact]
    public void Documents_are_linked_in_queue_order_even_when_analysed_out_of_order()
    {
        using var db = new PgTestDatabase();
        using var store = new PostgresStore(db.Url);
        var docs = ScaleOutKit.Ant(3, skip: 100);
        store.PutMany(docs);
        var claimed = store.Claim("w", 3, TimeSpan.FromMinutes(1));
        var analyzer = WithStories();
        var replica = new CorpusReplica();
        // The third is analysed first: nothing can be linked until the first is.
        analyzer.ProcessDocument(claimed[2].Document);
        store.StoreAnalysed("w", claimed[2].Document, 1);
        Assert.Equal(0, store.LinkReady(replica, analyzer.Link).Linked);
        analyzer.ProcessDocument(claimed[0].Document);
        store.StoreAnalysed("w", claimed[0].Document, 1);
        Assert.Equal(1, store.LinkReady(replica, analyzer.Link).Linked);
        analyzer.ProcessDocument(claimed[1].Document);
        store.StoreAnalysed("w", claimed[1].Document, 1);
        Assert.Equal(2, store.LinkReady(replica, analyzer.Link).Linked);
        Assert.True(store.Drained());
        var (reference, _) = ScaleOutKit.SingleProcess(docs, WithStories());
        Assert.Equal(ScaleOutKit.Canonical(reference), ScaleOutKit.Canonical(store));
    }
}
