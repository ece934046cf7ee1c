using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store;
using Rasd.Tests.Postgres;
using Rasd.Store.Sqlite;

namespace Rasd.Tests.Store;

/// <summary>
/// What every store backend must do, whatever it is built on. Each backend runs this same suite through a
/// subclass (<see cref="SqliteStoreContractTests"/>, Rasd.Tests.Postgres.PostgresStoreContractTests).
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    private readonly List<IStore> _open = new();

    /// <summary>A new empty store.</summary>
    protected abstract IStore CreateStore();
    /// <summary>The same store opened again (a new process would see this).</summary>
    protected abstract IStore ReopenStore();
    /// <summary>True when the backend cannot run here (reported by the subclass, e.g. no PostgreSQL outside CI).</summary>
    protected virtual bool Unavailable => false;

    protected IStore Track(IStore s) { _open.Add(s); return s; }

    public virtual void Dispose()
    {
        foreach (var s in _open) s.Dispose();
        _open.Clear();
    }

    internal static Document Doc(string body, string source = "test.txt") =>
        new($"عنوان\n{body}\n", new DocumentMeta { Source = source, Format = "text", Outlet = "Outlet", Title = "عنوان" });

    /// <summary>A document as the pipeline would leave it: an item, an entity mention, an event mention.</summary>
    internal static Document Analysed(string body, string source = "test.txt")
    {
        var d = Doc(body, source);
        var item = new Item { Id = d.Id + "-1", DocumentId = d.Id, Span = new Span(0, d.Text.Length), Title = "عنوان", CleanText = body, TitleSpan = new Span(0, 5) };
        item.Paragraphs.Add(new Span(6, 6 + body.Length));
        d.Items.Add(item);
        d.Sentences.Add(new Sentence(new Span(6, 6 + body.Length), item.Id, 0));
        d.Entities.Add(new EntityMention { Span = new Span(6, 9), Text = d.Text[6..9], Type = EntityType.Person, EntityId = "person:x", Source = "ner" });
        d.Times.Add(new TimeMention { Span = new Span(6, 9), Text = d.Text[6..9], Value = DateValue.OfDay(new DateOnly(2017, 1, 26), "explicit"), Iso = "2017-01-26" });
        d.Meta.Published = DateValue.OfDay(new DateOnly(2017, 1, 26), "metadata");
        return d;
    }

    /// <summary>Links a document the way corpus stages would: its item joins a story, its event is merged.</summary>
    internal static void LinkInto(Document d, Corpus c, string storyId, string eventId)
    {
        c.Documents.Add(d);
        c.Items.AddRange(d.Items);
        var story = c.Stories.FirstOrDefault(s => s.Id == storyId);
        if (story == null) { story = new Story { Id = storyId, Title = "قصة " + storyId }; c.Stories.Add(story); }
        foreach (var i in d.Items) { i.Story = storyId; story.Items.Add(i.Id); }
        if (!c.Entities.TryGetValue("person:x", out var ent)) c.Entities["person:x"] = ent = new Entity { Id = "person:x", Name = "فلان", Type = EntityType.Person };
        ent.AddAlias(d.Entities[0].Text);
        var ev = c.Events.FirstOrDefault(e => e.Id == eventId);
        if (ev == null)
        {
            ev = new Event { Id = eventId, Story = storyId, Type = "meet", Cameo = "040", Date = DateValue.OfDay(new DateOnly(2017, 1, 26), "explicit") };
            c.Events.Add(ev);
            story.Events.Add(eventId);
        }
        ev.Mentions.Add(new Mention { Document = d.Id, Item = d.Items[0].Id, Span = d.Items[0].Span, Text = d.Items[0].CleanText, Outlet = d.Meta.Outlet });
        story.First ??= ev.Date;
        story.Last = ev.Date;
    }

    [Fact]
    public void Same_content_twice_is_stored_once_and_reported_as_duplicate()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        Assert.Equal(PutOutcome.Stored, store.Put(Doc("الخبر الأول")));
        Assert.Equal(PutOutcome.Duplicate, store.Put(Doc("الخبر الأول", "other-name.txt")));
        var outcomes = store.PutMany([Doc("الخبر الثاني"), Doc("الخبر الأول"), Doc("الخبر الثالث")]);
        Assert.Equal([PutOutcome.Stored, PutOutcome.Duplicate, PutOutcome.Stored], outcomes);
        var stats = store.Stats();
        Assert.Equal(3, stats.Documents);
        Assert.Equal(3, stats.Pending);
        Assert.Equal([Doc("الخبر الأول").Id, Doc("الخبر الثاني").Id, Doc("الخبر الثالث").Id], store.Pending(10));
        Assert.Single(store.Pending(1));
    }

    [Fact]
    public void Text_and_metadata_come_back_unchanged_before_analysis()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var d = Doc("نص فيه \"علامات\" و\ttab وسطر\r\nجديد 😀", "a/b.txt");
        store.Put(d);
        var back = Track(ReopenStore()).GetDocument(d.Id)!;
        Assert.Equal(d.Text, back.Text);
        Assert.Equal(d.Id, back.Id);
        Assert.Equal("a/b.txt", back.Meta.Source);
        Assert.Equal("Outlet", back.Meta.Outlet);
        Assert.Null(store.GetDocument("0000000000000000"));
        var info = store.GetInfo(d.Id)!;
        Assert.Equal(DocumentStatus.Pending, info.Status);
        Assert.Equal(d.Text.Length, info.Length);
    }

    [Fact]
    public void Analysis_and_corpus_round_trip_through_a_reopened_store()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var a = Analysed("التقى الوزير بالسفير في تونس");
        var b = Analysed("الوزير يلتقي السفير مجددا");
        store.PutMany([Doc("التقى الوزير بالسفير في تونس"), Doc("الوزير يلتقي السفير مجددا")]);
        var corpus = new Corpus();
        LinkInto(a, corpus, "s1", "e1");
        store.SaveAnalysis(a, corpus);
        LinkInto(b, corpus, "s1", "e1");
        store.SaveAnalysis(b, corpus);

        var again = Track(ReopenStore());
        var stats = again.Stats();
        Assert.Equal((2L, 2L, 1L, 1L, 1L, 0L), (stats.Documents, stats.Items, stats.Entities, stats.Events, stats.Stories, stats.Pending));
        var back = again.GetDocument(a.Id)!;
        Assert.Equal(a.Text, back.Text);
        Assert.Single(back.Items);
        Assert.Equal("s1", back.Items[0].Story);
        Assert.Equal("person:x", back.Entities[0].EntityId);
        Assert.Equal("2017-01-26", back.Times[0].Value.Iso);
        Assert.Equal("2017-01-26", back.Meta.Published.Iso);
        Assert.Equal(2, again.GetEvent("e1")!.Mentions.Count);
        Assert.Equal(2, again.GetStory("s1")!.Items.Count);
        Assert.Equal(2, again.GetEntity("person:x")!.Aliases.Count);
        Assert.Single(again.Events("s1"));
        Assert.Empty(again.Events("nope"));
        Assert.Equal("s1", again.GetItem(b.Items[0].Id)!.Story);
        Assert.Equal(DocumentStatus.Done, again.GetInfo(a.Id)!.Status);

        var loaded = again.LoadCorpus();
        Assert.Equal(corpus.Items.Select(i => i.Id), loaded.Items.Select(i => i.Id));
        Assert.Equal(StoreJson.Serialize(corpus.Events[0]), StoreJson.Serialize(loaded.Events[0]));
        Assert.Equal(StoreJson.Serialize(corpus.Stories[0]), StoreJson.Serialize(loaded.Stories[0]));
        Assert.Equal(StoreJson.Serialize(corpus.Entities["person:x"]), StoreJson.Serialize(loaded.Entities["person:x"]));
        Assert.Equal([a.Id, b.Id], again.Documents().Select(d => d.Id));
    }

    [Fact]
    public void Continuing_from_a_loaded_corpus_updates_earlier_objects_and_deletes_merged_ones()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var a = Analysed("الخبر الأول عن العقوبات");
        var b = Analysed("خبر ثان عن موضوع آخر");
        var c = Analysed("خبر ثالث يجمع الموضوعين");
        store.PutMany([Doc("الخبر الأول عن العقوبات"), Doc("خبر ثان عن موضوع آخر"), Doc("خبر ثالث يجمع الموضوعين")]);
        var corpus = new Corpus();
        LinkInto(a, corpus, "s1", "e1");
        store.SaveAnalysis(a, corpus);
        LinkInto(b, corpus, "s2", "e2");
        store.SaveAnalysis(b, corpus);

        // A later run loads the corpus and merges story s2 into s1 while linking c.
        var second = Track(ReopenStore());
        var loaded = second.LoadCorpus();
        var s1 = loaded.Stories.Single(s => s.Id == "s1");
        var s2 = loaded.Stories.Single(s => s.Id == "s2");
        foreach (var id in s2.Items) { s1.Items.Add(id); loaded.Items.Single(i => i.Id == id).Story = "s1"; }
        foreach (var id in s2.Events) { s1.Events.Add(id); loaded.Events.Single(e => e.Id == id).Story = "s1"; }
        loaded.Stories.Remove(s2);
        LinkInto(c, loaded, "s1", "e1");
        second.SaveAnalysis(c, loaded);

        var third = Track(ReopenStore());
        Assert.Null(third.GetStory("s2"));
        Assert.Single(third.Stories());
        Assert.Equal(3, third.GetStory("s1")!.Items.Count);
        Assert.Equal("s1", third.GetEvent("e2")!.Story);
        Assert.Equal("s1", third.GetItem(b.Items[0].Id)!.Story);
        Assert.Equal(2, third.GetEvent("e1")!.Mentions.Count);
        Assert.Equal(2, third.Events("s1").Count);
    }

    [Fact]
    public void Saving_the_same_analysis_twice_writes_no_duplicate_rows()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var a = Analysed("خبر يحفظ مرتين");
        store.Put(Doc("خبر يحفظ مرتين"));
        var corpus = new Corpus();
        LinkInto(a, corpus, "s1", "e1");
        store.SaveAnalysis(a, corpus);
        store.SaveAnalysis(a, corpus);
        Track(ReopenStore()).SaveAnalysis(a, corpus);
        var stats = Track(ReopenStore()).Stats();
        Assert.Equal((1L, 1L, 1L, 1L, 1L), (stats.Documents, stats.Items, stats.Entities, stats.Events, stats.Stories));
        Assert.Single(store.GetEvent("e1")!.Mentions);
    }

    [Fact]
    public void Saving_an_analysis_of_a_document_never_put_is_refused()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var a = Analysed("خبر لم يخزن");
        var corpus = new Corpus();
        LinkInto(a, corpus, "s1", "e1");
        Assert.Throws<StoreException>(() => store.SaveAnalysis(a, corpus));
        Assert.Equal(0, store.Stats().Events);
    }

    /// <summary>The rules of an earlier rasd, as far as a store can tell: the same pipeline without its event stage.</summary>
    internal static Analyzer EarlierRules() =>
        new(StageRegistry.DocumentStages().Where(s => s is not Rasd.Events.EventsStage), StageRegistry.CorpusStages());

    [Fact]
    public void Analyses_record_their_rules_and_a_reanalysis_rebuilds_the_corpus_a_fresh_ingestion_builds()
    {
        if (Unavailable) return;
        var docs = ScaleOutKit.Ant(40, skip: 700);
        var store = Track(CreateStore());
        var earlier = new Ingestion(store, EarlierRules());
        Assert.NotEqual(Analyzer.Default().Rules, earlier.Analyzer.Rules);
        earlier.Run(ScaleOutKit.Copy(docs).Select(d => new Rasd.Ingest.ReadResult(d, d.Meta.Source, null)));
        Assert.Equal(new Dictionary<string, long> { [earlier.Analyzer.Rules] = docs.Count }, store.AnalysedBy());
        Assert.Equal(0, store.Stats().Events);
        // A date the time stage decided (the readers gave none): the analysis holds it, the document keeps what was read.
        var dated = docs.Select(d => store.GetDocument(d.Id)!).First(d => d.Meta.Published.Resolved).Id;
        var failed = docs[^1].Id;
        store.MarkFailed(failed, "as if the earlier rules had failed on it");

        var reopened = Track(ReopenStore());
        Assert.Equal(docs.Count, reopened.ResetAnalyses());
        var reset = reopened.Stats();
        Assert.Equal((docs.Count, docs.Count, 0L, 0L, 0L, 0L, 0L), (reset.Documents, reset.Pending, reset.Items, reset.Entities, reset.Events, reset.Stories, reset.Failed));
        Assert.Empty(reopened.AnalysedBy());
        // The queue keeps the order the documents were first stored in, and their text and metadata as read.
        Assert.Equal(docs.Select(d => d.Id), reopened.Pending(1000));
        var back = reopened.GetDocument(dated)!;
        Assert.Equal(docs.Single(d => d.Id == dated).Text, back.Text);
        Assert.Empty(back.Items);
        Assert.Equal(docs.Single(d => d.Id == dated).Meta.Outlet, back.Meta.Outlet);
        Assert.False(back.Meta.Published.Resolved);

        var now = new Ingestion(reopened);
        Assert.Equal((docs.Count, 0), now.AnalysePending());
        Assert.Equal(new Dictionary<string, long> { [now.Analyzer.Rules] = docs.Count }, reopened.AnalysedBy());
        var (reference, _) = ScaleOutKit.SingleProcess(docs);
        Assert.True(reference.Events.Count > 5, $"the documents should give events ({reference.Events.Count})");
        var expected = ScaleOutKit.Canonical(reference);
        var actual = ScaleOutKit.Canonical(Track(ReopenStore()).LoadCorpus());
        Assert.True(expected == actual, ScaleOutKit.FirstDifference(expected, actual));
        Assert.Equal(docs.Count, Track(ReopenStore()).Stats().Documents);
    }

    [Fact]
    public void A_corpus_read_back_lists_its_objects_in_the_order_they_were_made()
    {
        if (Unavailable) return;
        var docs = ScaleOutKit.Ant(300, skip: 1500);
        new Ingestion(Track(CreateStore())).Run(ScaleOutKit.Copy(docs).Select(d => new Rasd.Ingest.ReadResult(d, d.Meta.Source, null)));
        var (reference, _) = ScaleOutKit.SingleProcess(docs);
        var back = Track(ReopenStore()).LoadCorpus();
        // (objects updated after they were made, as later reports join events and stories, keep their place)
        Assert.Equal(reference.Events.Select(e => e.Id), back.Events.Select(e => e.Id));
        Assert.Equal(reference.Stories.Select(e => e.Id), back.Stories.Select(e => e.Id));
        Assert.Equal(reference.Items.Select(e => e.Id), back.Items.Select(e => e.Id));
    }

    [Fact]
    public void An_interrupted_reanalysis_leaves_the_rest_pending_and_goes_on_to_the_same_corpus()
    {
        if (Unavailable) return;
        var docs = ScaleOutKit.Ant(24, skip: 900);
        var store = Track(CreateStore());
        new Ingestion(store, EarlierRules()).Run(ScaleOutKit.Copy(docs).Select(d => new Rasd.Ingest.ReadResult(d, d.Meta.Source, null)));
        store.ResetAnalyses();
        using var stop = new CancellationTokenSource();
        var first = new Ingestion(store) { SaveGroup = 4 };
        var (done, _) = first.AnalysePending(new IngestionOptions
        {
            BatchSize = 4,
            Cancellation = stop.Token,
            Progress = p => { if (p.Phase == "analyse" && p.Done >= 8) stop.Cancel(); },
        });
        Assert.InRange(done, 8, docs.Count - 1);
        Assert.Equal(docs.Count - done, store.Stats().Pending);

        // A later run (a new process) finishes the queue against the corpus the store holds.
        var later = Track(ReopenStore());
        new Ingestion(later).AnalysePending();
        var expected = ScaleOutKit.Canonical(ScaleOutKit.SingleProcess(docs).Corpus);
        var actual = ScaleOutKit.Canonical(Track(ReopenStore()).LoadCorpus());
        Assert.True(expected == actual, ScaleOutKit.FirstDifference(expected, actual));
        Assert.Equal(new Dictionary<string, long> { [Analyzer.Default().Rules] = docs.Count }, later.AnalysedBy());
    }

    [Fact]
    public void Failed_documents_keep_their_reason_and_can_be_retried()
    {
        if (Unavailable) return;
        var store = Track(CreateStore());
        var d = Doc("خبر يفشل");
        store.Put(d);
        store.MarkFailed(d.Id, "the cleaner found nothing");
        var stats = store.Stats();
        Assert.Equal((1L, 0L), (stats.Failed, stats.Pending));
        Assert.Empty(store.Pending(10));
        var info = Track(ReopenStore()).GetInfo(d.Id)!;
        Assert.Equal(DocumentStatus.Failed, info.Status);
        Assert.Equal("the cleaner found nothing", info.Error);
        Assert.Equal(1, store.RetryFailed());
        Assert.Equal([d.Id], store.Pending(10));
        Assert.Equal(0, store.Stats().Failed);
    }
}

public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempDir _dir = new();
    private string Path => _dir.File("contract.db");
    protected override IStore CreateStore() => new SqliteStore(Path);
    protected override IStore ReopenStore() => new SqliteStore(Path);

    public override void Dispose()
    {
        base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
