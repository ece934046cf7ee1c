using Rasd.Ingest;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store;
using Rasd.Store.Sqlite;

namespace Rasd.Tests.Store;

public class IngestionTests
{
    private sealed class ThrowOn(string marker) : IDocumentStage
    {
        public string Name => "throw-on";
        public void Process(Document doc)
        {
            if (doc.Text.Contains(marker)) throw new InvalidOperationException("cannot handle " + marker);
            doc.Warnings.Add("seen");
        }
    }

    /// <summary>A corpus stage that keeps one event per document and fails on a marker after half-updating the corpus.</summary>
    private sealed class Linker(string marker) : ICorpusStage
    {
        public string Name => "linker";
        public void Process(Document doc, Corpus corpus)
        {
            var ev = corpus.Events.FirstOrDefault(e => e.Id == "shared");
            if (ev == null) corpus.Events.Add(ev = new Event { Id = "shared", Type = "t", Cameo = "01", Date = DateValue.Unknown("x") });
            ev.Mentions.Add(new Mention { Document = doc.Id, Item = doc.Id + "-0", Span = new Span(0, 1), Text = doc.Text[..1] });
            if (doc.Text.Contains(marker)) throw new InvalidOperationException("link failed");
        }
    }

    private static IEnumerable<ReadResult> Docs(params string[] texts) =>
        texts.Select((t, i) => ReadResult.Ok(new Document(t, new DocumentMeta { Source = $"doc{i}.txt" })));

    [Fact]
    public void Ingesting_the_same_content_twice_stores_it_once_and_says_so()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var ing = new Ingestion(store, new Analyzer([new ThrowOn("never")], []));
        var first = ing.Run(Docs("أ", "ب", "أ"));
        Assert.Equal("3 read, 2 stored, 1 duplicates, 0 rejected", first.Line);
        Assert.Equal(2, first.Analysed);
        Assert.Equal(2, first.Documents.Count);
        var second = ing.Run(Docs("ب", "أ", "ج"));
        Assert.Equal("3 read, 1 stored, 2 duplicates, 0 rejected", second.Line);
        Assert.Equal(1, second.Analysed);
        Assert.Equal([ContentHash.Of("ب"), ContentHash.Of("أ"), ContentHash.Of("ج")], second.Documents);
        Assert.Equal(3, store.Stats().Documents);
        Assert.Contains("seen", store.GetDocument(ContentHash.Of("ج"))!.Warnings);
    }

    [Fact]
    public void A_failing_document_is_marked_failed_with_its_reason_and_the_batch_goes_on()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var ing = new Ingestion(store, new Analyzer([new ThrowOn("BOOM")], []));
        var results = Docs("one", "two BOOM", "three").Append(ReadResult.Rejected("bad.bin", "binary file"));
        var s = ing.Run(results, new IngestionOptions { BatchSize = 2 });
        Assert.Equal("3 read, 3 stored, 0 duplicates, 1 rejected", s.Line);
        Assert.Equal(2, s.Analysed);
        Assert.Equal(1, s.Failed);
        Assert.Equal(new Rejection("bad.bin", "binary file"), Assert.Single(s.Rejections));
        Assert.Contains("cannot handle BOOM", Assert.Single(s.Failures).Reason);
        var info = store.GetInfo(ContentHash.Of("two BOOM"))!;
        Assert.Equal(DocumentStatus.Failed, info.Status);
        Assert.Contains("cannot handle BOOM", info.Error);
        Assert.Equal(new StoreStats(3, 0, 0, 0, 0, 0, 1), store.Stats());
    }

    [Fact]
    public void A_corpus_stage_failure_leaves_nothing_of_that_document_and_the_others_complete()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var ing = new Ingestion(store, new Analyzer([], [new Linker("BAD")])) { SaveGroup = 10 };
        var s = ing.Run(Docs("a1", "a2", "BAD3", "a4", "a5"));
        Assert.Equal(4, s.Analysed);
        Assert.Equal(1, s.Failed);
        var ev = store.LoadCorpus().Events.Single();
        var docs = ev.Mentions.Select(m => m.Document).ToList();
        // Every saved document's mention is there once; the failed document's half-made mention is not.
        Assert.Equal(new[] { "a1", "a2", "a4", "a5" }.Select(ContentHash.Of).Order(), docs.Order());
        Assert.Equal(0, store.Stats().Pending);
    }

    /// <summary>The SQLite store, recording the largest pending query asked of it.</summary>
    private sealed class PendingSpy(SqliteStore inner) : IStore
    {
        public int MaxPending { get; private set; }
        public string Location => inner.Location;
        public PutOutcome Put(Document doc) => inner.Put(doc);
        public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<Document> docs) => inner.PutMany(docs);
        public DocumentInfo? GetInfo(string id) => inner.GetInfo(id);
        public Document? GetDocument(string id) => inner.GetDocument(id);
        public IReadOnlyList<string> Pending(int max)
        {
            MaxPending = Math.Max(MaxPending, max);
            return inner.Pending(max);
        }
        public void SaveAnalysis(Document doc, Corpus corpus) => inner.SaveAnalysis(doc, corpus);
        public void SaveAnalyses(IReadOnlyList<Document> docs, Corpus corpus) => inner.SaveAnalyses(docs, corpus);
        public void MarkFailed(string documentId, string reason) => inner.MarkFailed(documentId, reason);
        public Corpus LoadCorpus() => inner.LoadCorpus();
        public IReadOnlyList<Story> Stories() => inner.Stories();
        public Story? GetStory(string id) => inner.GetStory(id);
        public Event? GetEvent(string id) => inner.GetEvent(id);
        public Entity? GetEntity(string id) => inner.GetEntity(id);
        public IReadOnlyList<Event> Events(string? storyId = null) => inner.Events(storyId);
        public IEnumerable<Document> Documents() => inner.Documents();
        public StoreStats Stats() => inner.Stats();
        public void Dispose() => inner.Dispose();
    }

    [Fact]
    public void The_pending_query_stays_two_batches_long_however_many_documents_are_analysed()
    {
        using var dir = new TempDir();
        using var store = new PendingSpy(new SqliteStore(dir.File("s.db")));
        var ing = new Ingestion(store, new Analyzer([new ThrowOn("BOOM")], [])) { SaveGroup = 3 };
        var texts = Enumerable.Range(0, 60).Select(i => i % 7 == 3 ? $"نص {i} BOOM" : $"نص {i}").ToArray();
        var s = ing.Run(Docs(texts), new IngestionOptions { BatchSize = 4 });
        Assert.Equal(51, s.Analysed);
        Assert.Equal(9, s.Failed);
        Assert.Equal(0, store.Stats().Pending);
        // Saved and failed documents are no longer pending: the query need not skip them. It skips only the
        // documents in flight: a batch being read, the read-ahead window (two batches) and an unsaved group.
        Assert.InRange(store.MaxPending, 4, 4 + 4 + 2 * 4 + 3);
    }

    [Fact]
    public void Nothing_read_is_reported_so()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var s = new Ingestion(store).Run([dir.File("missing.txt")]);
        Assert.True(s.NothingRead);
        Assert.Equal("0 read, 0 stored, 0 duplicates, 1 rejected", s.Line);
        Assert.Equal(dir.File("missing.txt"), s.Rejections[0].Source);
    }
}
